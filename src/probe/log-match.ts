/**
 * Which gateway log line belongs to which probe. nginx names the upstream it tried
 * (`upstream: "http://127.0.0.1:9001/…"`) and the request it served (`request: "GET /a HTTP/1.1"`,
 * `host: "127.0.0.1:8080"`); HAProxy and ALB name the request and the server/target. A line matches
 * a probe whose upstream side has that address, or whose gateway side sent that request.
 */
import { parseAlbLine } from '../logs/alb.js';
import { parseHaproxyRequest } from '../logs/haproxy.js';
import { contextField } from '../logs/nginx.js';
import type { LogEvent } from '../logs/types.js';
import { hostPort, type Leg } from './targets.js';

/** Path and query of the request a log line records (ALB logs an absolute URL). */
function requestPath(event: LogEvent): string | undefined {
  const request =
    event.format === 'nginx'
      ? contextField(event.text, 'request')
      : event.format === 'haproxy'
        ? parseHaproxyRequest(event.text)?.request
        : parseAlbLine(event.text)?.request;
  const target = request?.split(' ')[1];
  if (target === undefined || target.startsWith('/')) return target;
  try {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

/**
 * nginx logs the Host header too, so its lines match on host and path; HAProxy and ALB lines carry
 * the request line only (the Host the client sent is not in the default formats), so path alone.
 */
function sentByGatewayLeg(event: LogEvent, leg: Leg): boolean {
  if (leg.kind !== 'http') return false;
  const url = new URL(leg.target);
  if (requestPath(event) !== `${url.pathname}${url.search}`) return false;
  return event.format !== 'nginx' || contextField(event.text, 'host') === url.host;
}

/**
 * The event for this leg: first one the leg's own request caused (its Host header and path), then
 * one naming the leg's upstream address, its own (a direct probe of an upstream) or its `direct`
 * partner's (a via probe). The request match goes first because several routes may share an upstream.
 */
export function matchLogEvent(events: readonly LogEvent[], leg: Leg, partner?: Leg): LogEvent | undefined {
  const own = leg.role !== 'direct' ? events.find((event) => sentByGatewayLeg(event, leg)) : undefined;
  if (own) return own;
  const upstreams = new Set([hostPort(leg), ...(partner ? [hostPort(partner)] : [])]);
  return events.find((event) => event.upstream !== undefined && upstreams.has(event.upstream));
}

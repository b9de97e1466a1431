/**
 * Which gateway log line belongs to which probe. nginx names the upstream it tried
 * (`upstream: "http://127.0.0.1:9001/…"`) and the request it served (`request: "GET /a HTTP/1.1"`,
 * `host: "127.0.0.1:8080"`), so a line matches a probe whose upstream side has that address, or
 * whose gateway side sent that Host header and path.
 */
import { contextField } from '../logs/nginx.js';
import type { LogEvent } from '../logs/types.js';
import { hostPort, type Leg } from './targets.js';

function requestPath(text: string): string | undefined {
  const request = contextField(text, 'request');
  return request?.split(' ')[1];
}

function sentByGatewayLeg(event: LogEvent, leg: Leg): boolean {
  if (leg.kind !== 'http') return false;
  const url = new URL(leg.target);
  return contextField(event.text, 'host') === url.host && requestPath(event.text) === `${url.pathname}${url.search}`;
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

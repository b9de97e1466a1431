/**
 * Which gateway log line belongs to which probe. nginx names the upstream it tried
 * (`upstream: "http://127.0.0.1:9001/…"`) and the request it served (`request: "GET /a HTTP/1.1"`,
 * `host: "127.0.0.1:8080"`); HAProxy and ALB name the request and the server/target. The fields come
 * from logs/line.ts, the same reading citation uses.
 *
 * A line is attached only when its request is this probe's: the via leg's own request (path, and Host
 * for nginx), or — for a line naming an upstream address — a request of this probe's pair. A line that
 * names another probe's path is never attached, even when both routes share an upstream.
 */
import { readLogLine } from '../logs/line.js';
import type { LogEvent } from '../logs/types.js';
import { hostPort, type Leg } from './targets.js';

/** Path and query of a request line's target (ALB logs an absolute URL). */
function pathOf(request: string | undefined): string | undefined {
  const target = request?.split(' ')[1];
  if (target === undefined || target.startsWith('/')) return target;
  try {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

function legPath(leg: Leg): string | undefined {
  if (leg.kind !== 'http') return undefined;
  const url = new URL(leg.target);
  return `${url.pathname}${url.search}`;
}

/**
 * nginx logs the Host header too, so its lines match on host and path; HAProxy and ALB lines carry
 * the request line only (the Host the client sent is not in the default formats), so path alone.
 */
function sentByGatewayLeg(event: LogEvent, leg: Leg): boolean {
  if (leg.kind !== 'http') return false;
  const { fields } = readLogLine(event.text, event.format);
  if (pathOf(fields.request) !== legPath(leg)) return false;
  return event.format !== 'nginx' || fields.host === new URL(leg.target).host;
}

/** A line naming `upstreams`, for a request of this probe (or with no request recorded at all). */
function namesUpstreamOfProbe(event: LogEvent, upstreams: ReadonlySet<string>, paths: ReadonlySet<string | undefined>): boolean {
  if (event.upstream === undefined || !upstreams.has(event.upstream)) return false;
  const request = readLogLine(event.text, event.format).fields.request;
  return request === undefined || paths.has(pathOf(request));
}

/**
 * The event for this leg: first one the leg's own request caused (its Host header and path), then
 * one naming the leg's upstream address, its own (a direct probe of an upstream) or its partner's,
 * for a request of this pair. The request match goes first because several routes may share an upstream.
 */
export function matchLogEvent(events: readonly LogEvent[], leg: Leg, partner?: Leg): LogEvent | undefined {
  const own = leg.role !== 'direct' ? events.find((event) => sentByGatewayLeg(event, leg)) : undefined;
  if (own) return own;
  const legs = partner ? [leg, partner] : [leg];
  // A via leg's log line records the via request; the direct leg's own path may differ (`/` vs `/api`).
  const paths = new Set(legs.filter((candidate) => candidate.role !== 'direct' || !partner).map(legPath));
  const upstreams = new Set(legs.map(hostPort));
  return events.find((event) => namesUpstreamOfProbe(event, upstreams, paths));
}

/** A ProbeSpec → the one or two requests ("legs") it stands for, or the reason it cannot run. */
import { validateHeaderName, validateHeaderValue } from 'node:http';
import type { ProbeSpec } from '../config.js';
import { normalizeHost } from '../safety/blocked-target.js';
import { splitHostPort } from './tcp-probe.js';

export interface Leg {
  kind: 'http' | 'tcp';
  /** The URL, or `host:port` for tcp. */
  target: string;
  role?: 'via' | 'direct';
}

export type LegPlan = { legs: Leg[] } | { error: string };

function checkUrl(value: string, key: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${key} ${JSON.stringify(value)} is not a valid URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${key} ${JSON.stringify(value)} must start with http:// or https://`;
  if (url.hostname === '') return `${key} ${JSON.stringify(value)} has no host`;
  return undefined;
}

/** node:http throws on a header it cannot send; say which one at plan time instead. */
function checkHeaders(headers: Record<string, string> | undefined): string | undefined {
  for (const [name, value] of Object.entries(headers ?? {})) {
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      return `sets header ${JSON.stringify(name)} that HTTP cannot carry (invalid name or a control character in the value)`;
    }
  }
  return undefined;
}

/**
 * `via` is the gateway side and `direct` the upstream side of a pair; `url` alone is a single probe
 * (and plays the gateway side when only `direct` is given); `tcp` is a single connect probe.
 */
export function planLegs(spec: ProbeSpec): LegPlan {
  if (spec.url && spec.via && spec.url !== spec.via) return { error: 'sets both url and via; use via (gateway side) with direct, or url alone' };
  if (spec.tcp && (spec.url || spec.via || spec.direct)) return { error: 'sets tcp together with url/via/direct; split it into two probes' };
  if (spec.tcp) {
    try {
      const { port } = splitHostPort(spec.tcp);
      if (port < 1 || port > 65535) return { error: `tcp ${JSON.stringify(spec.tcp)} has port ${port} outside 1-65535` };
    } catch {
      return { error: `tcp ${JSON.stringify(spec.tcp)} is not host:port` };
    }
    return { legs: [{ kind: 'tcp', target: spec.tcp }] };
  }
  const headerError = checkHeaders(spec.headers);
  if (headerError) return { error: headerError };
  const main = spec.via ?? spec.url;
  if (!main) return { error: spec.direct ? 'sets direct without via (the gateway side)' : 'sets none of url, via or tcp' };
  const mainError = checkUrl(main, spec.via ? 'via' : 'url');
  if (mainError) return { error: mainError };
  if (!spec.direct) return { legs: [{ kind: 'http', target: main }] };
  const directError = checkUrl(spec.direct, 'direct');
  if (directError) return { error: directError };
  return {
    legs: [
      { kind: 'http', target: main, role: 'via' },
      { kind: 'http', target: spec.direct, role: 'direct' },
    ],
  };
}

/** `host:port` as nginx writes it in `upstream: "http://host:port/…"` (default ports made explicit). */
export function hostPort(leg: Leg): string {
  if (leg.kind === 'tcp') {
    const { host, port } = splitHostPort(leg.target);
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  }
  const url = new URL(leg.target);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = normalizeHost(url.hostname);
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** What the result's `url` shows: the URL, or `tcp://host:port`. */
export function displayTarget(leg: Leg): string {
  return leg.kind === 'tcp' ? `tcp://${leg.target}` : leg.target;
}

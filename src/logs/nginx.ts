/**
 * nginx error.log signatures → LogEvent (DESIGN §6 class table, measured on nginx 1.22.1).
 *
 * A proxy error line looks like
 * `2026/11/27 07:00:00 [error] 12#12: *3 connect() failed (111: Connection refused) while connecting
 * to upstream, client: 127.0.0.1, server: _, request: "GET /a HTTP/1.1", upstream: "http://127.0.0.1:9001/a", host: "127.0.0.1:8080"`.
 * The text before `, client:` is stable across versions; the context fields name the upstream.
 */
import type { ProbeClass } from '../failure-class.js';
import { contextField } from './line.js';
import type { LogEvent, LogLineClassifier } from './types.js';

interface Signature {
  pattern: RegExp;
  class: ProbeClass;
  /** What a client of the gateway saw, per the class table's "via nginx" column. */
  httpStatus: number;
}

// Order matters: body-phase lines ("while reading upstream") before header-phase ones, and the
// more specific connect() failures before the generic one.
const SIGNATURES: readonly Signature[] = [
  { pattern: /no live upstreams while connecting to upstream/, class: 'no_live_upstream', httpStatus: 502 },
  { pattern: /upstream timed out \(110: [^)]*\) while (?:connecting|SSL handshaking) to upstream/, class: 'timeout_connect', httpStatus: 504 },
  { pattern: /upstream timed out \(110: [^)]*\) while reading response header from upstream/, class: 'timeout_headers', httpStatus: 504 },
  { pattern: /upstream timed out \(110: [^)]*\) while (?:reading upstream|sending request to upstream)/, class: 'truncated_body', httpStatus: 200 },
  { pattern: /upstream prematurely closed connection while reading upstream/, class: 'truncated_body', httpStatus: 200 },
  { pattern: /(?:recv|readv)\(\) failed \(104: [^)]*\) while reading upstream/, class: 'truncated_body', httpStatus: 200 },
  { pattern: /upstream prematurely closed connection while reading response header from upstream/, class: 'closed_early', httpStatus: 502 },
  { pattern: /(?:recv|readv|send|writev|sendfile)\(\) failed \(104: [^)]*\)/, class: 'reset', httpStatus: 502 },
  { pattern: /(?:send|writev|sendfile)\(\) failed \(32: [^)]*\) while sending request to upstream/, class: 'closed_early', httpStatus: 502 },
  // The last three are newer nginx refusing a response 1.22.1 passed on as 200 (docs/gateway-versions.md, measured on 1.26.3).
  {
    pattern:
      /upstream sent (?:no valid HTTP\/1\.0 header|too big header|invalid header|invalid status|invalid chunked response|duplicate header line|unexpected FastCGI record|invalid "Content-Length" header|unknown "Transfer-Encoding"|"Content-Length" and "Transfer-Encoding" headers at the same time)/,
    class: 'bad_response',
    httpStatus: 502,
  },
  { pattern: /upstream SSL certificate (?:verify error: \([^)]*\)|does not match "[^"]*")/, class: 'tls_verify', httpStatus: 502 },
  { pattern: /SSL_do_handshake\(\) failed(?: \(SSL: [^)]*\))?/, class: 'tls_protocol', httpStatus: 502 },
  { pattern: /no resolver defined to resolve \S+/, class: 'dns', httpStatus: 502 },
  { pattern: /\S+ could not be resolved \([^)]*\)/, class: 'dns', httpStatus: 502 },
  { pattern: /host not found in upstream "[^"]*"/, class: 'dns', httpStatus: 502 },
  { pattern: /connect\(\)(?: to \S+)? failed \((?:101|113): [^)]*\) while connecting to upstream/, class: 'unreachable', httpStatus: 502 },
  { pattern: /connect\(\)(?: to \S+)? failed \(\d+: [^)]*\) while connecting to upstream/, class: 'refused', httpStatus: 502 },
];

const LINE = /^(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d) \[(\w+)\] \d+#\d+: (?:\*\d+ )?(.*)$/;

/**
 * `http://127.0.0.1:9001/path` → `127.0.0.1:9001`; `http://unix:/run/app.sock:/` → `unix:/run/app.sock`;
 * `http://backend/` (an upstream block's name, as in "no live upstreams") → `backend`.
 */
export function upstreamAddress(field: string): string {
  const withoutScheme = field.replace(/^[a-z]+:\/\//i, '');
  const unix = /^unix:[^:]+/.exec(withoutScheme);
  if (unix) return unix[0];
  const slash = withoutScheme.indexOf('/');
  return slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
}

export const classifyNginxLine: LogLineClassifier = (text, line) => {
  const parsed = LINE.exec(text);
  if (!parsed) return undefined;
  const [, time, , rest] = parsed;
  // The stable message ends where nginx appends its ", client: …" context.
  const clientAt = rest!.indexOf(', client: ');
  const message = clientAt === -1 ? rest! : rest!.slice(0, clientAt);
  for (const signature of SIGNATURES) {
    const match = signature.pattern.exec(message);
    if (!match) continue;
    const upstream = contextField(text, 'upstream');
    const event: LogEvent = {
      format: 'nginx',
      line,
      text,
      class: signature.class,
      signature: match[0],
      httpStatus: signature.httpStatus,
      time: time!,
      ...(upstream !== undefined ? { upstream: upstreamAddress(upstream) } : {}),
    };
    return event;
  }
  return undefined;
};

/**
 * HAProxy log lines → LogEvent: `option httplog` / `option tcplog` request lines (termination state,
 * timers, backend/server) and the health-check `Server BE/SRV is DOWN, reason: …` lines.
 * Facts: configuration.txt §8.2.2–8.5 (2.6) and the loopback measurements in GATEWAYS.md §2.
 */
import type { ProbeClass } from '../failure-class.js';
import type { LogEvent, LogLineClassifier } from './types.js';
import { FOREIGN, OK, type LineVerdict } from './verdict.js';

export interface HaproxyRequest {
  client: string;
  time: string;
  frontend: string;
  backend: string;
  server: string;
  /** TR/Tw/Tc/Tr/Ta for httplog, Tw/Tc/Tt for tcplog; -1 = the event never happened. */
  timers: number[];
  /** Undefined for tcplog lines. */
  status?: number;
  termination: string;
  retries: number;
  request?: string;
}

/*
 * httplog: `%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq [{hdrs}] %{+Q}r`.
 * Anything may precede the client address (syslog `haproxy[pid]:`, `docker compose logs` service prefix),
 * so the pattern is anchored on the bracketed date instead of the line start.
 */
const HTTPLOG =
  /(?:^|\s)(\S+:\d+) \[(\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d(?:\.\d+)?)\] (\S+) ([^\s/]+)\/(\S+) (-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+)\/\+?(-?\d+) (-?\d+) \+?\d+ \S+ \S+ (\S+) \d+\/\d+\/\d+\/\d+\/\+?(\d+) \d+\/\d+(?: \{[^}]*\})*(?: "([^"]*)"?)?/;

/* tcplog: `%ci:%cp [%t] %ft %b/%s %Tw/%Tc/%Tt %B %ts %ac/%fc/%bc/%sc/%rc %sq/%bq`. */
const TCPLOG =
  /(?:^|\s)(\S+:\d+) \[(\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d(?:\.\d+)?)\] (\S+) ([^\s/]+)\/(\S+) (-?\d+)\/(-?\d+)\/\+?(-?\d+) \+?\d+ (\S+) \d+\/\d+\/\d+\/\d+\/\+?(\d+) \d+\/\d+/;

/* Health checks (src/check.c): `Server be/s1 is DOWN, reason: Layer7 wrong status, code: 404, info: "Not Found", check duration: 15ms. …` */
const HEALTH_DOWN = /Server ([^\s/]+)\/(\S+) is DOWN, reason: ([^,.]+)(?:, code: (\d+))?(?:, info: "([^"]*)")?/;
const NO_SERVER = /backend '?([^\s']+)'? has no server available!/;
const HEALTH_OTHER = /Server [^\s/]+\/\S+ is (?:UP|going DOWN|DOWN for maintenance|UP \(leaving forced)|Health check for server/;
/* A date in HAProxy's own `[27/Nov/2026:07:05:56.542]` form with nothing parseable after it: a cut line. */
const BRACKET_DATE = /\S+:\d+ \[\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d/;

/* configuration.txt §8.5: the documented first (event) and second (session state) characters. */
const FIRST = new Set([...'CSPLRIDUKcs-']);
const SECOND = new Set([...'RQCHDLT-']);

export function parseHaproxyRequest(text: string): HaproxyRequest | undefined {
  const http = HTTPLOG.exec(text);
  if (http) {
    return {
      client: http[1]!,
      time: http[2]!,
      frontend: http[3]!,
      backend: http[4]!,
      server: http[5]!,
      timers: [http[6], http[7], http[8], http[9], http[10]].map(Number),
      status: Number(http[11]),
      termination: http[12]!,
      retries: Number(http[13]),
      ...(http[14] !== undefined ? { request: http[14] } : {}),
    };
  }
  const tcp = TCPLOG.exec(text);
  if (!tcp) return undefined;
  return {
    client: tcp[1]!,
    time: tcp[2]!,
    frontend: tcp[3]!,
    backend: tcp[4]!,
    server: tcp[5]!,
    timers: [tcp[6], tcp[7], tcp[8]].map(Number),
    termination: tcp[9]!,
    retries: Number(tcp[10]),
  };
}

/**
 * Termination state → failure class, after the §8.5 table and the measured statuses (GATEWAYS.md §2.2):
 * `SC` refused (or `<NOSRV>`: nothing usable), `sC` connect timeout, `SH` server closed before headers,
 * `sH` server timeout (504), `PH` invalid response (502), `sQ` queue timeout (503 `<NOSRV>`),
 * data-phase aborts cut the body. Client-side (`C`/`c`), local (`L`) and admin (`K`, `U`) endings are not gateway failures.
 */
function terminationClass(flags: string, noServer: boolean, connectTimedOut: boolean): ProbeClass | 'ok' {
  const [event, state] = [flags[0]!, flags[1]!];
  if ('CcLKU-'.includes(event)) return 'ok';
  if (event === 'S') {
    if (state === 'C') return noServer ? 'no_live_upstream' : connectTimedOut ? 'timeout_connect' : 'refused';
    if (state === 'H') return 'closed_early';
    if (state === 'D' || state === 'L') return 'truncated_body';
    if (state === 'Q') return 'no_live_upstream';
    return 'closed_early';
  }
  if (event === 's') {
    if (state === 'C') return 'timeout_connect';
    if (state === 'Q') return 'no_live_upstream';
    if (state === 'D' || state === 'L') return 'truncated_body';
    return 'timeout_headers';
  }
  if (event === 'P') return state === 'H' || state === 'D' ? 'bad_response' : state === 'C' ? 'refused' : 'ok';
  // D: killed because the server went down; R: local resources (sockets, ports) exhausted; I: internal error.
  if (event === 'D') return 'no_live_upstream';
  return 'http_status';
}

/** Health-check reason (check_statuses[] in src/check.c) → the class a probe of that server would get. */
function healthClass(reason: string, info: string | undefined): ProbeClass | undefined {
  switch (reason.trim()) {
    case 'Layer4 connection problem':
      return info && /unreachable|No route/i.test(info) ? 'unreachable' : 'refused';
    case 'Layer4 timeout':
      return 'timeout_connect';
    case 'Layer6 invalid response':
    case 'Layer6 timeout':
      return 'tls_protocol';
    case 'Layer7 timeout':
      return 'timeout_headers';
    case 'Layer7 invalid response':
      return 'bad_response';
    case 'Layer7 wrong status':
      return 'http_status';
    case 'Socket error':
      return 'unreachable';
    default:
      return undefined;
  }
}

function event(text: string, line: number, fields: Omit<LogEvent, 'format' | 'line' | 'text'>): LineVerdict {
  return { kind: 'event', event: { format: 'haproxy', line, text, ...fields } };
}

/** Reads one line of a HAProxy log (stdout, syslog or `docker compose logs`); never throws. */
export function readHaproxyLine(text: string, line: number): LineVerdict {
  const request = parseHaproxyRequest(text);
  if (request) return requestVerdict(request, text, line);
  const down = HEALTH_DOWN.exec(text);
  if (down) {
    const [, backend, server, reason, code, info] = down;
    const klass = healthClass(reason!, info);
    if (!klass) return { kind: 'warning', reason: `unknown health-check reason "${reason!.trim()}"` };
    return event(text, line, {
      class: klass,
      signature: down[0],
      upstream: `${backend}/${server}`,
      ...(code !== undefined ? { httpStatus: Number(code) } : {}),
    });
  }
  const noServer = NO_SERVER.exec(text);
  if (noServer) {
    return event(text, line, { class: 'no_live_upstream', signature: noServer[0], upstream: `${noServer[1]}/<NOSRV>`, httpStatus: 503 });
  }
  if (HEALTH_OTHER.test(text)) return OK;
  if (BRACKET_DATE.test(text)) return { kind: 'warning', reason: 'truncated or unrecognised HAProxy log line' };
  return FOREIGN;
}

/** What one refused connect attempt may take, turn-around included: a refusal is answered at once. */
const REFUSAL_MS = 1000;
const REFUSAL_SLACK_MS = 500;

/**
 * `SC` is "refused" only when the attempts were quick. With no `timeout connect`, each attempt ends when
 * the kernel gives up on the SYN (≈7 s with tcp_syn_retries=2, GATEWAYS.md r04d) and HAProxy logs `SC`
 * too, not `sC`. Refusals take at most the 1 s turn-around per retry (r02: 3 retries, 3.0 s), so time
 * spent connecting beyond that is a connect timeout. Connect time = total − TR − Tw (the -1s excluded).
 */
function connectTimedOut(request: HaproxyRequest): boolean {
  const timers = request.timers;
  const [before, total] = request.status !== undefined ? [[timers[0]!, timers[1]!], timers[4]!] : [[timers[0]!], timers[2]!];
  const connecting = total - before.filter((value) => value > 0).reduce((sum, value) => sum + value, 0);
  return connecting > request.retries * REFUSAL_MS + REFUSAL_SLACK_MS;
}

function requestVerdict(request: HaproxyRequest, text: string, line: number): LineVerdict {
  const flags = request.termination;
  const httpMode = request.status !== undefined;
  if ((httpMode && flags.length !== 4) || (!httpMode && flags.length !== 2) || !FIRST.has(flags[0]!) || !SECOND.has(flags[1]!)) {
    return { kind: 'warning', reason: `unknown termination state "${flags}"` };
  }
  const noServer = request.server === '<NOSRV>';
  let klass = terminationClass(flags, noServer, !noServer && flags.startsWith('SC') && connectTimedOut(request));
  // A normal ending with a 5xx from a real server: the upstream's own error passed through (`----`, GATEWAYS.md r12).
  if (klass === 'ok' && flags[0] === '-' && (request.status ?? 0) >= 500 && !request.server.startsWith('<')) klass = 'upstream_5xx';
  if (klass === 'ok') return OK;
  const where = `${request.backend}/${request.server}`;
  return event(text, line, {
    class: klass,
    signature: `${where} ${request.status ?? '-'} ${flags}`,
    upstream: where,
    ...(request.status !== undefined ? { httpStatus: request.status } : {}),
    haproxyTermination: flags,
    time: request.time,
  });
}

/** The shared classifier shape (src/logs/types.ts), for the probe runner's `gateway_log`. */
export const classifyHaproxyLine: LogLineClassifier = (text, line) => {
  const verdict = readHaproxyLine(text, line);
  return verdict.kind === 'event' ? verdict.event : undefined;
};

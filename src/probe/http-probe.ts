/** One HTTP(S) probe attempt on node:http/https, with phase timings, a full body read and §6 classification. */
import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import { checkAddress, checkHost, normalizeHost, type BlockedTargetError } from '../safety/blocked-target.js';
import { guardLookup } from '../safety/guarded-lookup.js';
import { describeError, phaseTimings, type AttemptResult, type PhaseMarks, type ProbeIo } from './attempt.js';
import {
  PROBE_TIMEOUT_CODE,
  bodyOrigin,
  classifyError,
  errorAssertion,
  errorCode,
  judgeResponse,
  type ProbePhase,
  type ResponseExpect,
} from './classify.js';

export interface HttpTarget {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  expect: ResponseExpect;
  tls?: { ca?: string | Buffer; insecure?: boolean; servername?: string };
}

/** Bodies are always read to the end, but only this much is kept for `expect.body` matching. */
const KEPT_BODY_BYTES = 1024 * 1024;

class ProbeTimeoutError extends Error {
  readonly code = PROBE_TIMEOUT_CODE;
  constructor(ms: number) {
    super(`no complete response within ${ms}ms`);
    this.name = 'ProbeTimeoutError';
  }
}

class TruncatedBodyError extends Error {
  readonly code = 'ETRUNCATED';
  constructor(readonly received: number, readonly expected: number | undefined) {
    super(`body ended after ${received}${expected === undefined ? '' : ` of ${expected}`} bytes`);
  }
}

function blockedResult(url: string, target: string, why: string): AttemptResult {
  return {
    ok: false,
    class: 'blocked_target',
    status: null,
    bodyOrigin: null,
    timings: { dns: null, connect: null, tls: null, ttfb: null, total: 0 },
    assertions: [errorAssertion('blocked_target', undefined, JSON.stringify(target))],
    error: `refused to probe "${url}" (${why})`,
  };
}

/**
 * Sends one request and reads the whole body before judging it: a 200 whose body is cut counts as
 * `truncated_body`, never as success (nginx passes the status line on before the body fails).
 */
export function probeHttpOnce(target: HttpTarget, io: ProbeIo): Promise<AttemptResult> {
  const url = new URL(target.url);
  const host = normalizeHost(url.hostname);
  const verdict = checkHost(host, io.allow);
  if (verdict) return Promise.resolve(blockedResult(target.url, verdict.target, verdict.why));

  const isHttps = url.protocol === 'https:';
  // Reached only because a trusted allow: lists it: its answer may hold credentials, so no body excerpt is ever shown.
  let metadataTarget = checkHost(host, []) !== undefined;
  const marks: PhaseMarks = { start: io.now(), end: 0 };
  let phase: ProbePhase = 'connecting';
  return new Promise((resolve) => {
    let settled = false;
    let status: number | null = null;
    const chunks: Buffer[] = [];
    let kept = 0;
    let received = 0;

    const finish = (error: unknown, body?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      marks.end = io.now();
      request.destroy();
      const timings = phaseTimings(marks, isIP(host) !== 0);
      if (error === undefined && status !== null && body !== undefined) {
        const verdict = judgeResponse(status, body, marks.end - marks.start, target.expect, metadataTarget);
        resolve({ ok: verdict.class === null, status, bodyOrigin: bodyOrigin(body), timings, ...verdict });
        return;
      }
      const probeClass = classifyError(error, phase);
      const blocked = (error as Partial<BlockedTargetError>).verdict?.target;
      const detail = blocked
        ? JSON.stringify(blocked)
        : error instanceof TruncatedBodyError
          ? `${error.received} of ${error.expected ?? '?'} bytes`
          : probeClass === 'timeout_connect' || probeClass === 'timeout_headers'
            ? `${target.timeoutMs}ms`
            : undefined;
      // A cut body still tells where it came from (nginx passes the upstream's first bytes on).
      const partial = Buffer.concat(chunks).toString('utf8');
      resolve({
        ok: false,
        class: probeClass,
        status,
        bodyOrigin: status === null ? null : bodyOrigin(partial),
        timings,
        assertions: [errorAssertion(probeClass, errorCode(error), detail)],
        error: describeError(error),
      });
    };

    const options: https.RequestOptions = {
      protocol: url.protocol,
      hostname: host,
      port: url.port || (isHttps ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: target.method ?? 'GET',
      // `connection: close` so the upstream does not hold an idle keepalive socket per probe.
      headers: { 'user-agent': 'gatewatch-probe', ...target.headers, connection: 'close' },
      // A fresh connection per attempt: a pooled socket would skip the phases being timed.
      agent: false,
      lookup: guardLookup(io.lookup, io.allow),
      ...(isHttps
        ? {
            ...(target.tls?.ca !== undefined ? { ca: target.tls.ca } : {}),
            rejectUnauthorized: target.tls?.insecure !== true,
            ...(target.tls?.servername ? { servername: target.tls.servername } : {}),
          }
        : {}),
    };
    const request = (isHttps ? https : http).request(options);
    const timer = setTimeout(() => finish(new ProbeTimeoutError(target.timeoutMs)), target.timeoutMs);

    // Phase marks from the socket, as blackbox_exporter takes them from httptrace: lookup → connect →
    // secureConnect → first response byte.
    request.on('socket', (socket: Socket) => {
      socket.once('lookup', () => (marks.lookup ??= io.now()));
      socket.once('connect', () => {
        marks.connect ??= io.now();
        if (socket.remoteAddress && checkAddress(socket.remoteAddress, [])) metadataTarget = true;
        phase = isHttps ? 'tls' : 'waiting';
      });
      socket.once('secureConnect', () => {
        marks.secure ??= io.now();
        phase = 'waiting';
      });
    });
    request.on('error', (error) => finish(error));
    request.on('response', (response) => {
      marks.response = io.now();
      phase = 'body';
      status = response.statusCode ?? null;
      const declared = response.headers['content-length'];
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (kept >= KEPT_BODY_BYTES) return;
        chunks.push(chunk);
        kept += chunk.length;
      });
      response.on('end', () => {
        // 'end' without `complete` is a body cut short; the 'close' handler reports it.
        if (!response.complete) return;
        finish(undefined, Buffer.concat(chunks).toString('utf8'));
      });
      // node:http emits 'aborted' + an ECONNRESET "aborted" error when the peer closes mid-body.
      response.on('close', () => {
        if (!response.complete) finish(new TruncatedBodyError(received, declared === undefined ? undefined : Number(declared)));
      });
      // The same failure also reaches 'close'; an unhandled 'error' would crash the process.
      response.on('error', () => undefined);
    });
    request.end();
  });
}

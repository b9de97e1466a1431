/** Maps what a probe saw (Node error code and phase, or status and body) to DESIGN §6's failure classes. */
import { BLOCKED_TARGET_CODE } from '../safety/blocked-target.js';
import { compileRepoRegex } from '../safety/repo-regex.js';
import { errorMessage } from './attempt.js';
import type { ProbeClass } from '../failure-class.js';

/** How far an attempt got before it ended: decides what a timeout or an unknown error means. */
export type ProbePhase = 'connecting' | 'tls' | 'waiting' | 'body';

/** Our own per-attempt timer's error code (an AbortSignal-style timeout, not the OS's ETIMEDOUT). */
export const PROBE_TIMEOUT_CODE = 'EGATEWATCH_PROBE_TIMEOUT';

// OpenSSL verification results as node:tls reports them (`err.code`).
const TLS_VERIFY_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
]);

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA', 'ESERVFAIL']);
const UNREACHABLE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL']);
const TIMEOUT_CODES = new Set([PROBE_TIMEOUT_CODE, 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ERR_TLS_HANDSHAKE_TIMEOUT']);

/**
 * The code of an error; with `autoSelectFamily` (happy eyeballs over ::1 and 127.0.0.1) net reports
 * an AggregateError whose members carry the codes.
 */
export function errorCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; errors?: unknown[] } | undefined;
  if (typeof candidate?.code === 'string') return candidate.code;
  if (Array.isArray(candidate?.errors)) return errorCode(candidate.errors[0]);
  return undefined;
}

function timeoutClass(code: string, phase: ProbePhase): ProbeClass {
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ERR_TLS_HANDSHAKE_TIMEOUT') return 'timeout_connect';
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return 'timeout_headers';
  // nginx counts the TLS handshake as connecting ("upstream timed out … while SSL handshaking").
  if (phase === 'connecting' || phase === 'tls') return 'timeout_connect';
  if (phase === 'waiting') return 'timeout_headers';
  // A body that stops arriving never completes: the client sees it cut.
  return 'truncated_body';
}

/** Class of an attempt that ended in an error, given how far it got. */
export function classifyError(error: unknown, phase: ProbePhase): ProbeClass {
  const code = errorCode(error) ?? '';
  const message = errorMessage(error);
  if (code === BLOCKED_TARGET_CODE) return 'blocked_target';
  if (TIMEOUT_CODES.has(code) || (error as { name?: unknown } | undefined)?.name === 'TimeoutError') return timeoutClass(code, phase);
  // Once headers arrived, any socket error leaves the body incomplete (nginx: "while reading upstream").
  if (phase === 'body') return 'truncated_body';
  if (code === 'ECONNREFUSED') return 'refused';
  if (DNS_CODES.has(code)) return 'dns';
  if (UNREACHABLE_CODES.has(code)) return 'unreachable';
  if (TLS_VERIFY_CODES.has(code)) return 'tls_verify';
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO' || code.startsWith('ERR_TLS_')) return 'tls_protocol';
  if (code.startsWith('HPE_') || code === 'UND_ERR_HEADERS_OVERFLOW' || code === 'UND_ERR_INFO') return 'bad_response';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') {
    // The TLS layer reports a peer that hung up mid-handshake this way; nginx logs SSL_do_handshake() failed.
    if (phase === 'tls' || /before secure TLS connection/i.test(message)) return 'tls_protocol';
    // node:http says "socket hang up" for a FIN before any response byte; a real RST reads "read ECONNRESET".
    if (code === 'UND_ERR_SOCKET' || /socket hang up/i.test(message) || code === 'EPIPE') return 'closed_early';
    return 'reset';
  }
  if (phase === 'connecting') return 'unreachable';
  return 'closed_early';
}

/** Gateway default error pages; any other body came from the upstream (DESIGN §6 "Body origin"). */
const GATEWAY_PAGES: readonly RegExp[] = [
  // nginx and OpenResty: `<hr><center>nginx/1.22.1</center>` (version hidden by server_tokens off).
  /<center>(?:nginx|openresty|tengine)(?:\/[\w.]+)?<\/center>/i,
  // HAProxy's built-in errorfiles start `<html><body><h1>503 Service Unavailable</h1>`.
  /^<html><body><h1>\d{3} [^<]+<\/h1>\n/,
  // AWS ALB: `<center>awselb/2.0</center>`.
  /<center>awselb\/[\d.]+<\/center>/,
];

export function bodyOrigin(body: string): 'gateway' | 'upstream' {
  return GATEWAY_PAGES.some((page) => page.test(body)) ? 'gateway' : 'upstream';
}

export interface ResponseExpect {
  status?: readonly number[];
  body?: string;
  bodyRegex?: string;
  maxMs?: number;
}

export interface ResponseVerdict {
  class: ProbeClass | null;
  assertions: string[];
}

function quoteBody(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}...` : flat);
}

function statusAssertion(status: number, expected: readonly number[] | undefined): string | undefined {
  // Like blackbox_exporter, any 2xx passes when no status list is given.
  if (!expected) return status >= 200 && status < 300 ? undefined : `[STATUS] (${status}) == 2xx`;
  if (expected.includes(status)) return undefined;
  return expected.length === 1 ? `[STATUS] (${status}) == ${expected[0]}` : `[STATUS] (${status}) in [${expected.join(', ')}]`;
}

/**
 * Checks a complete response against `expect`; the class is the first failed check's. With
 * `withholdBody` no part of the body appears in the assertions. A 5xx with
 * the upstream's own body is `upstream_5xx`; a gateway's default page stays `http_status` until the
 * gateway log says which failure it was.
 */
export function judgeResponse(status: number, body: string, elapsedMs: number, expect: ResponseExpect, withholdBody = false): ResponseVerdict {
  const assertions: string[] = [];
  // A metadata service's answer (reachable only when a trusted allow: lists it) may hold credentials: never quoted.
  const shownBody = withholdBody ? '(withheld: metadata address)' : quoteBody(body);
  let probeClass: ProbeClass | null = null;
  const statusFailure = statusAssertion(status, expect.status);
  if (statusFailure) {
    assertions.push(statusFailure);
    probeClass = status >= 500 && bodyOrigin(body) === 'upstream' ? 'upstream_5xx' : 'http_status';
  }
  if (expect.body !== undefined && !body.includes(expect.body)) {
    assertions.push(`[BODY] (${shownBody}) contains ${JSON.stringify(expect.body)}`);
    probeClass ??= 'body_mismatch';
  }
  if (expect.bodyRegex !== undefined) {
    // A repository regex: linear-time RE2, never V8's backtracking engine (src/safety/repo-regex.ts).
    const compiled = compileRepoRegex(expect.bodyRegex);
    if (!compiled.ok || !compiled.regex.test(body)) {
      assertions.push(compiled.ok ? `[BODY] (${shownBody}) =~ /${expect.bodyRegex}/` : `[BODY_REGEX] (${compiled.reason}) == valid`);
      probeClass ??= 'body_mismatch';
    }
  }
  if (expect.maxMs !== undefined && elapsedMs > expect.maxMs) {
    assertions.push(`[RESPONSE_TIME] (${Math.round(elapsedMs)}ms) <= ${expect.maxMs}ms`);
    probeClass ??= 'slow';
  }
  return { class: probeClass, assertions };
}

/** The assertion line for an attempt that never produced a complete response. */
export function errorAssertion(probeClass: ProbeClass, code: string | undefined, detail?: string): string {
  switch (probeClass) {
    case 'blocked_target':
      return `[TARGET] (${detail ?? 'blocked'}) not link-local or metadata`;
    case 'truncated_body':
      return `[BODY_COMPLETE] (${detail ?? code ?? 'cut'}) == true`;
    case 'timeout_connect':
    case 'timeout_headers':
      return `[RESPONSE_TIME] (timed out${detail ? ` after ${detail}` : ''}) < timeout`;
    case 'closed_early':
    case 'reset':
    case 'bad_response':
      return `[RESPONSE] (${code ?? probeClass}) == valid`;
    default:
      return `[CONNECTED] (${code ?? probeClass}) == true`;
  }
}

/**
 * Class mapping for every code, including signals a loopback sandbox cannot produce for real
 * (unroutable networks, expired certificates, undici codes; SYN-drop connect timeouts are also
 * produced live in gateway.test.ts), and the pure response judge.
 */
import { PROBE_TIMEOUT_CODE, bodyOrigin, classifyError, judgeResponse, type ProbePhase } from '../../src/probe/classify.js';
import { diagnose, pairClass } from '../../src/probe/diagnosis.js';
import { backoffMs, withRetries } from '../../src/probe/retry.js';
import type { AttemptResult } from '../../src/probe/attempt.js';

const error = (code: string, message: string = code): Error => Object.assign(new Error(message), { code });

describe('classifyError', () => {
  // Every row has four cells: jest passes a `done` callback to a function with more parameters than cells.
  it.each<[string, ProbePhase, string, string]>([
    // Our timer firing before 'connect' is a connect timeout (a SYN that is dropped, never refused).
    [PROBE_TIMEOUT_CODE, 'connecting', 'timeout_connect', ''],
    [PROBE_TIMEOUT_CODE, 'tls', 'timeout_connect', ''],
    [PROBE_TIMEOUT_CODE, 'waiting', 'timeout_headers', ''],
    [PROBE_TIMEOUT_CODE, 'body', 'truncated_body', ''],
    ['ETIMEDOUT', 'connecting', 'timeout_connect', ''],
    ['UND_ERR_CONNECT_TIMEOUT', 'waiting', 'timeout_connect', ''],
    ['UND_ERR_HEADERS_TIMEOUT', 'connecting', 'timeout_headers', ''],
    ['ECONNREFUSED', 'connecting', 'refused', ''],
    ['ENETUNREACH', 'connecting', 'unreachable', ''],
    ['EHOSTUNREACH', 'connecting', 'unreachable', ''],
    ['ENOTFOUND', 'connecting', 'dns', ''],
    ['EAI_AGAIN', 'connecting', 'dns', ''],
    ['ECONNRESET', 'waiting', 'closed_early', 'socket hang up'],
    ['ECONNRESET', 'waiting', 'reset', 'read ECONNRESET'],
    ['ECONNRESET', 'body', 'truncated_body', 'aborted'],
    ['ECONNRESET', 'tls', 'tls_protocol', 'Client network socket disconnected before secure TLS connection was established'],
    ['UND_ERR_SOCKET', 'waiting', 'closed_early', ''],
    ['HPE_INVALID_CONSTANT', 'waiting', 'bad_response', ''],
    ['UND_ERR_HEADERS_OVERFLOW', 'waiting', 'bad_response', ''],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', 'tls_verify', ''],
    ['CERT_HAS_EXPIRED', 'tls', 'tls_verify', ''],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', 'tls_verify', ''],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls', 'tls_verify', ''],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls', 'tls_protocol', ''],
    ['EPROTO', 'tls', 'tls_protocol', ''],
    ['EGATEWATCH_BLOCKED_TARGET', 'connecting', 'blocked_target', ''],
  ])('%s in phase %s is %s', (code, phase, expected, message) => {
    expect(classifyError(error(code, message || code), phase)).toBe(expected);
  });

  it('reads the code of an AggregateError from happy-eyeballs connects', () => {
    const aggregate = Object.assign(new AggregateError([error('ECONNREFUSED'), error('ECONNREFUSED')], ''), {});
    expect(classifyError(aggregate, 'connecting')).toBe('refused');
  });

  it('treats an AbortSignal.timeout() TimeoutError by phase', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(classifyError(timeout, 'waiting')).toBe('timeout_headers');
  });
});

describe('bodyOrigin', () => {
  it.each([
    ['<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n', 'gateway'],
    ['<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>', 'gateway'],
    ['<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n', 'gateway'],
    ['<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>awselb/2.0</center>', 'gateway'],
    ['{"error":"database unavailable"}', 'upstream'],
    ['<h1>503 Service Unavailable</h1> (rendered by the app, not HAProxy)', 'upstream'],
  ])('%j came from the %s', (body, origin) => {
    expect(bodyOrigin(body)).toBe(origin);
  });
});

describe('judgeResponse', () => {
  it('passes any 2xx by default and writes gatus-style assertions on failure', () => {
    expect(judgeResponse(204, '', 5, {})).toEqual({ class: null, assertions: [] });
    expect(judgeResponse(404, 'nope', 5, {})).toEqual({ class: 'http_status', assertions: ['[STATUS] (404) == 2xx'] });
    expect(judgeResponse(302, '', 5, { status: [200] })).toEqual({ class: 'http_status', assertions: ['[STATUS] (302) == 200'] });
    expect(judgeResponse(500, 'boom', 5, { status: [200, 204] }).assertions).toEqual(['[STATUS] (500) in [200, 204]']);
  });

  it('reports every failed expectation, the first one deciding the class', () => {
    const verdict = judgeResponse(200, 'status: degraded', 900, { body: 'ok', bodyRegex: '^status: up$', maxMs: 250 });
    expect(verdict.class).toBe('body_mismatch');
    expect(verdict.assertions).toEqual([
      '[BODY] ("status: degraded") contains "ok"',
      '[BODY] ("status: degraded") =~ /^status: up$/',
      '[RESPONSE_TIME] (900ms) <= 250ms',
    ]);
    expect(judgeResponse(200, 'ok', 900, { maxMs: 250 }).class).toBe('slow');
  });

  it('separates an upstream 5xx from a gateway error page', () => {
    expect(judgeResponse(503, 'maintenance', 1, {}).class).toBe('upstream_5xx');
    expect(judgeResponse(502, '<hr><center>nginx</center>', 1, {}).class).toBe('http_status');
  });
});

describe('differential diagnosis', () => {
  it.each([
    [false, false, 'upstream_down'],
    [false, true, 'gateway_misconfigured'],
    [true, false, 'gateway_masks_failure'],
    [true, true, 'pass'],
  ] as const)('via ok=%s, direct ok=%s → %s', (viaOk, directOk, expected) => {
    expect(diagnose({ ok: viaOk }, { ok: directOk })).toBe(expected);
  });

  it('prefers the gateway log class, then the direct side, then the via side', () => {
    expect(pairClass('upstream_down', { class: 'http_status' }, { class: 'refused' }, 'no_live_upstream')).toBe('no_live_upstream');
    expect(pairClass('upstream_down', { class: 'http_status' }, { class: 'refused' }, undefined)).toBe('refused');
    expect(pairClass('gateway_misconfigured', { class: 'http_status' }, { class: null }, 'dns')).toBe('dns');
    expect(pairClass('gateway_masks_failure', { class: null }, { class: 'tls_verify' }, 'refused')).toBe('tls_verify');
    expect(pairClass('pass', { class: null }, { class: null }, undefined)).toBeNull();
  });
});

describe('withRetries', () => {
  const failed: AttemptResult = {
    ok: false,
    class: 'refused',
    status: null,
    bodyOrigin: null,
    timings: { dns: 0, connect: null, tls: null, ttfb: null, total: 1 },
    assertions: [],
  };
  const passed: AttemptResult = { ...failed, ok: true, class: null };

  it('backs off 100, 200, 400 ms … capped at 2 s', () => {
    expect([1, 2, 3, 5, 10].map(backoffMs)).toEqual([100, 200, 400, 1600, 2000]);
  });

  it('stops at the first success, after `retries` retries, or when the budget would run out', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const policy = (retries: number, deadline: number) => ({
      retries,
      timeoutMs: 1000,
      deadline,
      now: () => clock,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        clock += ms;
      },
    });
    const outcomes = [failed, failed, passed];
    const timeouts: number[] = [];
    const first = await withRetries(async (timeoutMs) => {
      timeouts.push(timeoutMs);
      return outcomes.shift()!;
    }, policy(5, 10_000));
    expect(first).toEqual({ result: passed, attempts: 3 });
    expect(sleeps).toEqual([100, 200]);

    expect((await withRetries(async () => failed, policy(2, 1_000_000))).attempts).toBe(3);
    // 120 ms of budget left: the 100 ms backoff would leave too little, so no retry; the attempt's timeout is cut to the budget.
    clock = 0;
    timeouts.length = 0;
    const cut = await withRetries(async (timeoutMs) => {
      timeouts.push(timeoutMs);
      return failed;
    }, policy(3, 120));
    expect(cut.attempts).toBe(1);
    expect(timeouts).toEqual([120]);
  });

  it('never retries a blocked target', async () => {
    let calls = 0;
    const blocked = { ...failed, class: 'blocked_target' as const };
    const result = await withRetries(async () => {
      calls += 1;
      return blocked;
    }, { retries: 3, timeoutMs: 10, deadline: Number.MAX_SAFE_INTEGER, now: () => 0, sleep: async () => undefined });
    expect(result.attempts).toBe(1);
    expect(calls).toBe(1);
  });
});

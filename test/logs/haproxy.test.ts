/** HAProxy log lines in the shapes they reach users: raw stdout, syslog, `docker compose logs`, tcplog, damaged. */
import { classifyHaproxyLine, parseHaproxyRequest, readHaproxyLine } from '../../src/logs/haproxy.js';

// Measured 2.6.12 lines (GATEWAYS.md §2.4), with a client and date put back in front.
const PREFIX = '127.0.0.1:46138 [27/Nov/2026:07:05:57.061]';
const line = (rest: string): string => `${PREFIX} ${rest}`;

describe('HAProxy httplog', () => {
  test.each([
    ['fe be/s1 0/0/-1/-1/4006 503 217 - - sC-- 1/1/0/0/3 0/0 "GET /health HTTP/1.1"', 'timeout_connect', 503, 'sC--'],
    ['fe be/<NOSRV> 0/1002/-1/-1/1002 503 217 - - sQ-- 3/3/2/0/0 0/1 "GET /slow/3000 HTTP/1.1"', 'no_live_upstream', 503, 'sQ--'],
    // GATEWAYS.md r04d: no `timeout connect`, the kernel gave up on the SYN after 7 s: a timeout logged as SC.
    ['fe be/s1 0/0/-1/-1/7142 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', 'timeout_connect', 503, 'SC--'],
    ['fe be/s1 0/0/-1/-1/3004 503 217 - - SC-- 1/1/0/0/3 0/0 "GET /health HTTP/1.1"', 'refused', 503, 'SC--'],
    ['fe be/s1 0/0/0/-1/3 502 209 - - SH-- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', 'closed_early', 502, 'SH--'],
    ['fe be/s1 0/0/0/12/5000 200 1024 - - SD-- 1/1/0/0/0 0/0 "GET /big HTTP/1.1"', 'truncated_body', 200, 'SD--'],
    ['fe be/s1 0/0/0/1/1 503 159 - - ---- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', 'upstream_5xx', 503, '----'],
  ])('%s → %s', (rest, klass, status, termination) => {
    expect(classifyHaproxyLine(line(rest), 3)).toMatchObject({ class: klass, httpStatus: status, haproxyTermination: termination, line: 3, time: '27/Nov/2026:07:05:57.061' });
  });

  test('client aborts, local answers and plain successes are not gateway failures', () => {
    for (const rest of [
      'fe be/s1 0/0/0/1/1 200 126 - - ---- 1/1/0/0/0 0/0 "GET / HTTP/1.1"',
      'fe be/s1 0/0/0/-1/900 -1 0 - - CH-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"',
      'fe fe/<NOSRV> 0/-1/-1/-1/0 302 120 - - LR-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"',
      'fe be/<NOSRV> 0/-1/-1/-1/0 403 192 - - PR-- 1/1/0/0/0 0/0 "GET /admin HTTP/1.1"',
    ]) {
      expect(readHaproxyLine(line(rest), 1)).toEqual({ kind: 'ok' });
    }
  });

  test('syslog and docker compose prefixes, captured headers and a redispatch "+" are read', () => {
    const syslog = 'Nov 27 07:05:57 lb1 haproxy[4242]: 10.0.1.2:33317 [06/Feb/2009:12:14:14.655] http-in static/srv1 10/0/30/69/+109 503 217 - - SC-- 1/1/0/0/+3 0/0 {example.com|Mozilla} {} "GET /index.html HTTP/1.1"';
    expect(parseHaproxyRequest(syslog)).toMatchObject({ frontend: 'http-in', backend: 'static', server: 'srv1', timers: [10, 0, 30, 69, 109], retries: 3, request: 'GET /index.html HTTP/1.1' });
    expect(classifyHaproxyLine(syslog, 1)).toMatchObject({ class: 'refused', upstream: 'static/srv1' });
    const compose = `haproxy-1  | ${line('fe be/s1 0/0/0/-1/2001 504 198 - - sH-- 1/1/0/0/0 0/0 "GET /slow HTTP/1.1"')}`;
    expect(classifyHaproxyLine(compose, 9)).toMatchObject({ class: 'timeout_headers', httpStatus: 504, signature: 'be/s1 504 sH--' });
  });

  test('tcplog lines use the two-character termination state', () => {
    const tcp = '10.0.0.9:51000 [27/Nov/2026:07:00:00.100] db-in db/pg1 0/-1/1002 0 sC 1/1/0/0/3 0/0';
    expect(classifyHaproxyLine(tcp, 1)).toMatchObject({ class: 'timeout_connect', haproxyTermination: 'sC', upstream: 'db/pg1' });
    expect(classifyHaproxyLine(tcp, 1)!.httpStatus).toBeUndefined();
  });

  test('unknown termination codes and cut lines are warnings; other programs are foreign', () => {
    expect(readHaproxyLine(line('fe be/s1 0/0/0/1/1 503 217 - - XZ-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"'), 4)).toEqual({ kind: 'warning', reason: 'unknown termination state "XZ--"' });
    expect(readHaproxyLine(line('fe be/s1 0/0/0/1/1 50'), 5)).toEqual({ kind: 'warning', reason: 'truncated or unrecognised HAProxy log line' });
    expect(readHaproxyLine('2026/11/27 07:00:00 [error] 12#12: *3 connect() failed (111: Connection refused)', 6)).toEqual({ kind: 'foreign' });
    expect(readHaproxyLine('[NOTICE]   (77) : New worker (78) forked', 7)).toEqual({ kind: 'foreign' });
  });
});

describe('HAProxy health checks', () => {
  test.each([
    ['[WARNING]  (9056) : Server be/s1 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 0 active and 0 backup servers left.', 'refused', undefined],
    ['Server be/s1 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 0 active and 0 backup servers left.', 'timeout_connect', undefined],
    ['Server be/s1 is DOWN, reason: Layer7 wrong status, code: 404, info: "Not Found", check duration: 15ms. 0 active and 0 backup servers left.', 'http_status', 404],
    ['Server be/s1 is DOWN, reason: Layer6 invalid response, info: "SSL handshake failure", check duration: 3ms. 1 active and 0 backup servers left.', 'tls_protocol', undefined],
    ['Server be/s1 is DOWN, reason: Layer4 connection problem, info: "No route to host", check duration: 3ms. 0 active and 0 backup servers left.', 'unreachable', undefined],
  ])('%s', (text, klass, status) => {
    const event = classifyHaproxyLine(text, 2)!;
    expect(event).toMatchObject({ class: klass, upstream: 'be/s1' });
    expect(event.httpStatus).toBe(status);
  });

  test('"no server available" is a no-live-upstream event; UP transitions are normal lines', () => {
    expect(classifyHaproxyLine("[ALERT]    (9056) : backend 'be' has no server available!", 1)).toMatchObject({ class: 'no_live_upstream', httpStatus: 503 });
    expect(readHaproxyLine('Server be/s1 is UP, reason: Layer7 check passed, code: 200, check duration: 1ms. 1 active and 0 backup servers online.', 1)).toEqual({ kind: 'ok' });
    expect(readHaproxyLine('Server be/s1 is DOWN, reason: Layer9 mystery, check duration: 1ms.', 1)).toEqual({ kind: 'warning', reason: 'unknown health-check reason "Layer9 mystery"' });
  });
});

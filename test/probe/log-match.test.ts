/** Log lines go to the probe whose request they record, and an ambiguous HAProxy state is refined by the direct probe. */
import { readLogLine } from '../../src/logs/line.js';
import { classifyNginxLine } from '../../src/logs/nginx.js';
import type { LogEvent } from '../../src/logs/types.js';
import { pairClass } from '../../src/probe/diagnosis.js';
import { matchLogEvent } from '../../src/probe/log-match.js';
import type { Leg } from '../../src/probe/targets.js';

const GATEWAY = '127.0.0.1:8080';
const nginxLine = (path: string, upstream: string, message = 'upstream prematurely closed connection while reading response header from upstream'): LogEvent =>
  classifyNginxLine(`2026/11/27 07:01:50 [error] 5261#5261: *5 ${message}, client: 127.0.0.1, server: _, request: "GET ${path} HTTP/1.1", upstream: "http://${upstream}${path}", host: "${GATEWAY}"`, 1)!;

const via = (path: string): Leg => ({ kind: 'http', target: `http://${GATEWAY}${path}`, role: 'via' });
const direct = (hostPort: string): Leg => ({ kind: 'http', target: `http://${hostPort}/`, role: 'direct' });

describe('matchLogEvent', () => {
  it('never attaches a line naming another probe\'s path, even when both routes share the upstream', () => {
    // /broken closed early on the shared upstream; /app503 got the upstream's own 503 and nginx logged nothing for it.
    const events = [nginxLine('/broken', '127.0.0.1:9001')];
    expect(matchLogEvent(events, via('/app503'), direct('127.0.0.1:9001'))).toBeUndefined();
    expect(matchLogEvent(events, direct('127.0.0.1:9001'), via('/app503'))).toBeUndefined();
    expect(matchLogEvent(events, via('/broken'), direct('127.0.0.1:9001'))).toBe(events[0]);
  });

  it('attaches a failover line naming the dead primary to the direct probe of that primary, for the pair\'s request', () => {
    const events = [nginxLine('/failover', '127.0.0.1:9002', 'connect() failed (111: Connection refused) while connecting to upstream')];
    expect(matchLogEvent(events, direct('127.0.0.1:9002'), via('/failover'))).toBe(events[0]);
    expect(matchLogEvent(events, direct('127.0.0.1:9003'), via('/failover'))).toBeUndefined();
  });

  it('reads request, host and upstream URL from the same fields citation uses', () => {
    expect(readLogLine(nginxLine('/a?b=1', '127.0.0.1:9001').text).fields).toMatchObject({
      level: 'error',
      request: 'GET /a?b=1 HTTP/1.1',
      host: GATEWAY,
      upstreamUrl: 'http://127.0.0.1:9001/a?b=1',
    });
  });
});

describe('pairClass', () => {
  it('refines HAProxy SH-- (close or reset) and SC-- (refusal, TLS, timeout) by the direct probe\'s class', () => {
    expect(pairClass('upstream_down', { class: 'http_status' }, { class: 'reset' }, 'closed_early', 'SH--')).toBe('reset');
    expect(pairClass('upstream_down', { class: 'http_status' }, { class: 'tls_verify' }, 'refused', 'SC--')).toBe('tls_verify');
    // A direct class outside what the state can mean does not override the log.
    expect(pairClass('upstream_down', { class: 'http_status' }, { class: 'upstream_5xx' }, 'closed_early', 'SH--')).toBe('closed_early');
    // nginx lines are precise: the log class stands.
    expect(pairClass('upstream_down', { class: 'http_status' }, { class: 'reset' }, 'closed_early')).toBe('closed_early');
  });
});

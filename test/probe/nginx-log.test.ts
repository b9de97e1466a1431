/**
 * nginx error.log signatures. Lines the loopback sandbox cannot provoke (connect timeout by SYN
 * drop, unreachable network, resolver failures, unix sockets) are written in nginx 1.22's format;
 * the others are also matched live in gateway.test.ts.
 */
import { classifyNginxLine, upstreamAddress } from '../../src/logs/nginx.js';

const line = (message: string, upstream = 'http://10.0.0.7:8080/api'): string =>
  `2026/11/27 07:12:01 [error] 4711#4711: *42 ${message}, client: 127.0.0.1, server: _, request: "GET /api HTTP/1.1", upstream: "${upstream}", host: "gw.test"`;

describe('classifyNginxLine', () => {
  it.each([
    ['connect() failed (111: Connection refused) while connecting to upstream', 'refused', 502],
    ['upstream timed out (110: Connection timed out) while connecting to upstream', 'timeout_connect', 504],
    ['upstream timed out (110: Connection timed out) while SSL handshaking to upstream', 'timeout_connect', 504],
    ['upstream timed out (110: Connection timed out) while reading response header from upstream', 'timeout_headers', 504],
    ['upstream prematurely closed connection while reading response header from upstream', 'closed_early', 502],
    ['recv() failed (104: Connection reset by peer) while reading response header from upstream', 'reset', 502],
    ['upstream prematurely closed connection while reading upstream', 'truncated_body', 200],
    ['upstream timed out (110: Connection timed out) while reading upstream', 'truncated_body', 200],
    ['upstream sent no valid HTTP/1.0 header while reading response header from upstream', 'bad_response', 502],
    ['upstream sent too big header while reading response header from upstream', 'bad_response', 502],
    // nginx 1.26.3 refuses these responses (1.22.1 relays them as 200): docs/gateway-versions.md, and live in test/logs/nginx-live.test.ts.
    ['upstream sent "Content-Length" and "Transfer-Encoding" headers at the same time while reading response header from upstream', 'bad_response', 502],
    ['upstream sent invalid "Content-Length" header: "Content-Length: abc" while reading response header from upstream', 'bad_response', 502],
    ['upstream sent unknown "Transfer-Encoding": "gzip" while reading response header from upstream', 'bad_response', 502],
    ['upstream sent duplicate header line: "Content-Length: 6", previous value: "Content-Length: 5" while reading response header from upstream', 'bad_response', 502],
    ['upstream SSL certificate verify error: (18:self-signed certificate) while SSL handshaking to upstream', 'tls_verify', 502],
    ['upstream SSL certificate does not match "api.internal" while SSL handshaking to upstream', 'tls_verify', 502],
    ['SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream', 'tls_protocol', 502],
    ['no resolver defined to resolve api.internal', 'dns', 502],
    ['api.internal could not be resolved (3: Host not found)', 'dns', 502],
    ['connect() failed (101: Network is unreachable) while connecting to upstream', 'unreachable', 502],
    ['connect() failed (113: No route to host) while connecting to upstream', 'unreachable', 502],
    ['no live upstreams while connecting to upstream', 'no_live_upstream', 502],
    ['connect() to unix:/tmp/app.sock failed (2: No such file or directory) while connecting to upstream', 'refused', 502],
  ])('%s → %s', (message, probeClass, httpStatus) => {
    const event = classifyNginxLine(line(message), 7);
    expect(event).toMatchObject({ format: 'nginx', line: 7, class: probeClass, httpStatus, time: '2026/11/27 07:12:01', upstream: '10.0.0.7:8080' });
    // The signature is the stable message text: no timestamp, pid or connection number.
    expect(message.startsWith(event!.signature) || message.includes(event!.signature)).toBe(true);
  });

  it('ignores lines that are not upstream failures', () => {
    expect(classifyNginxLine('2026/11/27 07:12:01 [notice] 1#1: start worker processes', 1)).toBeUndefined();
    expect(classifyNginxLine('2026/11/27 07:12:01 [info] 9#9: *3 client 127.0.0.1 closed keepalive connection', 2)).toBeUndefined();
    expect(classifyNginxLine('not a log line', 3)).toBeUndefined();
  });

  it('does not take a client-side error for an upstream one', () => {
    // Same words, but in the context part of the line rather than the message.
    const text = '2026/11/27 07:12:01 [info] 9#9: *3 client sent invalid request, client: 127.0.0.1, server: _, request: "GET /no live upstreams while connecting to upstream HTTP/1.1"';
    expect(classifyNginxLine(text, 1)).toBeUndefined();
  });

  it('reduces the upstream field to the address nginx connected to', () => {
    expect(upstreamAddress('http://127.0.0.1:9001/api?x=1')).toBe('127.0.0.1:9001');
    expect(upstreamAddress('https://[::1]:8443/')).toBe('[::1]:8443');
    expect(upstreamAddress('http://unix:/tmp/app.sock:/api')).toBe('unix:/tmp/app.sock');
    expect(upstreamAddress('http://backend/api')).toBe('backend');
  });
});

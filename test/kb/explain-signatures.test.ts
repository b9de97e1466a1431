/** Every nginx error.log signature of DESIGN §6, as nginx writes it, ranks the entry that explains it first. */
import { runCli } from '../helpers/run-bundle.js';

const PREFIX = '2026/11/27 08:00:00 [error] 4242#4242: *7 ';
const SUFFIX = ', client: 127.0.0.1, server: _, request: "GET /orders HTTP/1.1", upstream: "http://127.0.0.1:9001/orders", host: "localhost"';

const SIGNATURES: [probeClass: string, line: string, firstEntry: string][] = [
  ['refused', 'connect() failed (111: Connection refused) while connecting to upstream', 'api/http-502-bad-gateway-upstream-unreachable'],
  ['timeout_connect', 'upstream timed out (110: Connection timed out) while connecting to upstream', 'api/http-504-upstream-connect-timeout'],
  ['timeout_headers', 'upstream timed out (110: Connection timed out) while reading response header from upstream', 'api/http-504-upstream-response-timeout'],
  ['closed_early', 'upstream prematurely closed connection while reading response header from upstream', 'api/http-502-upstream-closed-connection-early'],
  ['reset', 'recv() failed (104: Connection reset by peer) while reading response header from upstream', 'api/http-502-upstream-connection-reset'],
  ['truncated_body', 'upstream prematurely closed connection while reading upstream', 'api/http-200-truncated-upstream-response'],
  ['bad_response', 'upstream sent no valid HTTP/1.0 header while reading response header from upstream', 'api/http-502-upstream-invalid-response-header'],
  ['bad_response', 'upstream sent too big header while reading response header from upstream', 'api/http-502-upstream-invalid-response-header'],
  ['tls_verify', 'upstream SSL certificate verify error: (18:self-signed certificate) while SSL handshaking to upstream', 'api/http-502-upstream-tls-certificate-verify-failed'],
  ['tls_verify', 'upstream SSL certificate does not match "orders.internal" while SSL handshaking to upstream', 'api/http-502-upstream-tls-certificate-verify-failed'],
  ['tls_protocol', 'SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream', 'api/http-502-upstream-tls-handshake-failed'],
  ['dns', 'orders.internal could not be resolved (3: Host not found)', 'api/http-502-upstream-dns-resolution-failed'],
  ['dns', 'no resolver defined to resolve orders.internal', 'api/http-502-upstream-dns-resolution-failed'],
  ['unreachable', 'connect() failed (101: Network is unreachable) while connecting to upstream', 'api/http-502-upstream-network-unreachable'],
  ['no_live_upstream', 'no live upstreams while connecting to upstream', 'api/http-502-no-live-upstreams'],
];

interface Explained {
  entries: { entryId: string; evidence: string[] }[];
}

it.each(SIGNATURES)('%s: "%s" ranks %s first', (_probeClass, message, firstEntry) => {
  const run = runCli(['explain', '--log', `${PREFIX}${message}${SUFFIX}`, '--format', 'json']);
  expect(run.status).toBe(0);
  const explained = JSON.parse(run.stdout) as Explained;
  expect(explained.entries[0]).toMatchObject({ entryId: firstEntry, evidence: expect.arrayContaining(['log']) });
});

it('ranks the upstream-unreachable entry first for the status and log line of the issue', () => {
  const run = runCli(['explain', '--status', '502', '--log', 'connect() failed (111: Connection refused) while connecting to upstream', '--format', 'json']);
  expect((JSON.parse(run.stdout) as Explained).entries[0]!.entryId).toBe('api/http-502-bad-gateway-upstream-unreachable');
});

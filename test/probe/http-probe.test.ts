/** Direct probes against real loopback HTTP, TLS and TCP servers: TLS options, expectations, retries, pool and budget. */
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { nodeDeps } from '../../src/deps.js';
import { runProbes } from '../../src/probe/run-probes.js';
import { fakeLookup, probeOptions, spec } from './options.js';
import { closedPort, makeCerts, startBlackhole, startHttp, startHttps, startRaw, type Certs, type Running } from './servers.js';

let certs: Certs;
let plain: Running;
let signed: Running;
let selfSigned: Running;
const servers: Running[] = [];
const noDns = { lookup: fakeLookup({}) };

beforeAll(async () => {
  certs = await makeCerts();
  plain = await startHttp((request, response) => {
    if (request.url === '/slow') {
      setTimeout(() => response.end('slow but fine'), 150);
      return;
    }
    response.writeHead(request.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain' });
    response.end(request.method === 'HEAD' ? undefined : `status: up\npath=${request.url}\n`);
  });
  signed = await startHttps({ key: certs.leafKey, cert: certs.leafCert }, (_request, response) => response.end('signed ok'));
  selfSigned = await startHttps({ key: certs.selfKey, cert: certs.selfCert }, (_request, response) => response.end('self ok'));
  servers.push(plain, signed, selfSigned);
}, 15_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await certs?.cleanup();
});

describe('TLS', () => {
  it('verifies against tls.ca, accepts insecure, and classifies verification and protocol failures', async () => {
    const base = `https://127.0.0.1:${signed.port}/`;
    const { probes, findings } = await runProbes(
      probeOptions([
        spec('ca', { url: base, tls: { ca: certs.caCert } }),
        spec('no-ca', { url: base }),
        spec('self', { url: `https://127.0.0.1:${selfSigned.port}/` }),
        spec('insecure', { url: `https://127.0.0.1:${selfSigned.port}/`, tls: { insecure: true } }),
        spec('wrong-name', { url: base, tls: { ca: certs.caCert, servername: 'api.other.test' } }),
        spec('plain-port', { url: `https://127.0.0.1:${plain.port}/` }),
        spec('missing-ca', { url: base, tls: { ca: path.join(certs.dir, 'nope.pem') }, origin: { path: 'gatewatch.yml', line: 9 } }),
      ]),
      nodeDeps(),
      [],
      noDns,
    );
    const byName = Object.fromEntries(probes.map((probe) => [probe.name, probe]));
    expect(byName.ca).toMatchObject({ ok: true, status: 200 });
    expect(byName.ca!.timings.tls).toEqual(expect.any(Number));
    expect(byName.insecure).toMatchObject({ ok: true, status: 200 });
    expect(byName['no-ca']).toMatchObject({ ok: false, class: 'tls_verify', error: expect.stringContaining('UNABLE_TO_VERIFY_LEAF_SIGNATURE') });
    expect(byName.self).toMatchObject({ ok: false, class: 'tls_verify', error: expect.stringContaining('DEPTH_ZERO_SELF_SIGNED_CERT') });
    expect(byName['wrong-name']).toMatchObject({ ok: false, class: 'tls_verify', error: expect.stringContaining('ERR_TLS_CERT_ALTNAME_INVALID') });
    expect(byName['plain-port']).toMatchObject({ ok: false, class: 'tls_protocol', status: null });
    expect(byName['plain-port']!.error).toMatch(/ERR_SSL_WRONG_VERSION_NUMBER|EPROTO/);
    // An unreadable CA file is a located configuration finding, and that probe does not run.
    expect(byName['missing-ca']).toBeUndefined();
    expect(findings).toContainEqual({
      ruleId: 'probe/invalid-target',
      severity: 'error',
      message: expect.stringMatching(/^Probe "missing-ca" cannot run: it sets tls\.ca ".*nope\.pem" that cannot be read \(ENOENT\); fix the path$/),
      location: { path: 'gatewatch.yml', line: 9 },
    });
    expect(findings.filter((finding) => finding.ruleId === 'probe/tls-verify')).toHaveLength(3);
  });
});

describe('expectations', () => {
  it('checks status lists, body substring and regex, max_ms, and HEAD', async () => {
    const url = (route: string): string => `http://127.0.0.1:${plain.port}${route}`;
    const { probes, findings } = await runProbes(
      probeOptions([
        spec('body-ok', { url: url('/health'), expect: { body: 'status: up', bodyRegex: '^status: up\npath=/health' } }),
        spec('body-bad', { url: url('/health'), expect: { body: 'status: green' } }),
        spec('regex-bad', { url: url('/health'), expect: { bodyRegex: '^status: down' } }),
        spec('404-expected', { url: url('/missing'), expect: { status: [404] } }),
        spec('404', { url: url('/missing') }),
        spec('slow', { url: url('/slow'), expect: { maxMs: 50 } }),
        spec('head', { url: url('/health'), method: 'HEAD' }),
      ]),
      nodeDeps(),
      [],
      noDns,
    );
    const byName = Object.fromEntries(probes.map((probe) => [probe.name, probe]));
    expect(byName['body-ok']).toMatchObject({ ok: true, assertions: [] });
    expect(byName['body-bad']).toMatchObject({ ok: false, class: 'body_mismatch', assertions: ['[BODY] ("status: up path=/health") contains "status: green"'] });
    expect(byName['regex-bad']).toMatchObject({ ok: false, class: 'body_mismatch' });
    expect(byName['404-expected']).toMatchObject({ ok: true, status: 404 });
    expect(byName['404']).toMatchObject({ ok: false, class: 'http_status', assertions: ['[STATUS] (404) == 2xx'] });
    expect(byName.slow).toMatchObject({ ok: false, class: 'slow', status: 200 });
    expect(byName.slow!.assertions[0]).toMatch(/^\[RESPONSE_TIME\] \(\d+ms\) <= 50ms$/);
    expect(byName.head).toMatchObject({ ok: true, status: 200 });
    const slow = findings.find((finding) => finding.ruleId === 'probe/slow');
    expect(slow?.severity).toBe('warning');
    expect(findings.find((finding) => finding.ruleId === 'probe/body-mismatch')?.message).toMatch(
      /^Probe "body-bad" failed: "http:\/\/127\.0\.0\.1:\d+\/health" answered 200 \(class body_mismatch; \[BODY\] .* contains "status: green"\); check the route and the expected body$/,
    );
  });
});

describe('retries, names and TCP', () => {
  it('retries a failure with backoff and counts attempts', async () => {
    let requests = 0;
    const flaky = await startHttp((_request, response) => {
      requests += 1;
      response.writeHead(requests === 1 ? 503 : 200);
      response.end(requests === 1 ? 'warming up' : 'ready');
    });
    servers.push(flaky);
    const { probes } = await runProbes(probeOptions([spec('flaky', { url: `http://127.0.0.1:${flaky.port}/`, retries: 2 })]), nodeDeps(), [], noDns);
    expect(probes[0]).toMatchObject({ ok: true, attempts: 2, status: 200 });
    expect(requests).toBe(2);
  });

  it('resolves localhost as the OS does (::1 and 127.0.0.1) and reaches an IPv4-only server', async () => {
    const { probes } = await runProbes(probeOptions([spec('localhost', { url: `http://localhost:${plain.port}/health` })]), nodeDeps());
    expect(probes[0]).toMatchObject({ ok: true, status: 200 });
    expect(probes[0]!.timings.dns).toEqual(expect.any(Number));
  });

  it('probes IPv6 literals over HTTP and TCP', async () => {
    // A server on ::1 only, which sees the HTTP request arrive from ::1.
    const peers: string[] = [];
    const server = http.createServer((request, response) => {
      peers.push(request.socket.remoteAddress ?? '');
      response.end('v6');
    });
    await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
    const v6port = (server.address() as { port: number }).port;
    try {
      const { probes } = await runProbes(
        probeOptions([spec('v6-http', { url: `http://[::1]:${v6port}/` }), spec('v6-tcp', { tcp: `[::1]:${v6port}` })]),
        nodeDeps(),
        [],
        noDns,
      );
      expect(probes.map((probe) => [probe.url, probe.ok])).toEqual([
        [`http://[::1]:${v6port}/`, true],
        [`tcp://[::1]:${v6port}`, true],
      ]);
      expect(peers).toEqual(['::1']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('injected DNS failures are dns, with the name quoted in the finding', async () => {
    const { probes, findings } = await runProbes(probeOptions([spec('api', { url: 'http://api.internal.test/health' })]), nodeDeps(), [], noDns);
    expect(probes[0]).toMatchObject({ ok: false, class: 'dns', timings: { dns: expect.any(Number), connect: null } });
    expect(findings[0]).toMatchObject({ ruleId: 'probe/dns', signals: { probe: 'dns' } });
    expect(findings[0]!.message).toContain('"http://api.internal.test/health" did not resolve');
  });

  it('tcp probes connect, a closed port is refused, and dropped SYNs are a connect timeout', async () => {
    const closed = await closedPort();
    const blackhole = await startBlackhole();
    servers.push(blackhole);
    const { probes, findings } = await runProbes(
      probeOptions([
        spec('open', { tcp: `127.0.0.1:${plain.port}` }),
        spec('closed', { tcp: `127.0.0.1:${closed}` }),
        spec('dropped', { tcp: `127.0.0.1:${blackhole.port}`, timeoutMs: 300 }),
      ]),
      nodeDeps(),
      [],
      noDns,
    );
    expect(probes[0]).toMatchObject({ url: `tcp://127.0.0.1:${plain.port}`, ok: true, status: null, bodyOrigin: null });
    expect(probes[0]!.timings.connect).toEqual(expect.any(Number));
    expect(probes[1]).toMatchObject({ ok: false, class: 'refused', assertions: ['[CONNECTED] (ECONNREFUSED) == true'] });
    expect(probes[2]).toMatchObject({ ok: false, class: 'timeout_connect', assertions: ['[RESPONSE_TIME] (timed out after 300ms) < timeout'] });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['probe/refused', 'probe/timeout-connect']);
  });

  it('rejects conflicting or malformed entries with probe/invalid-target instead of crashing', async () => {
    const { probes, findings } = await runProbes(
      probeOptions([
        spec('both', { url: 'http://127.0.0.1:1/', via: 'http://127.0.0.1:2/' }),
        spec('tcp-and-url', { tcp: '127.0.0.1:1', url: 'http://127.0.0.1:1/' }),
        spec('direct-only', { direct: 'http://127.0.0.1:1/' }),
        spec('bad-port', { tcp: '127.0.0.1:70000' }),
        spec('bad-url', { url: 'http://exa mple/' }),
        spec('bad-header', { url: 'http://127.0.0.1:1/', headers: { 'x-trace': 'a\r\nInjected: 1' } }),
        // Not caught by planning (the schema limits methods, code-built specs are not): node:http throws.
        spec('bad-method', { url: 'http://127.0.0.1:1/', method: 'GE T' }),
      ]),
      nodeDeps(),
      [],
      noDns,
    );
    expect(probes.map((probe) => [probe.name, probe.ok, probe.class])).toEqual([['bad-method', false, null]]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'Probe "both" cannot run: it sets both url and via; use via (gateway side) with direct, or url alone',
      'Probe "tcp-and-url" cannot run: it sets tcp together with url/via/direct; split it into two probes',
      'Probe "direct-only" cannot run: it sets direct without via (the gateway side)',
      'Probe "bad-port" cannot run: it tcp "127.0.0.1:70000" has port 70000 outside 1-65535',
      'Probe "bad-url" cannot run: it url "http://exa mple/" is not a valid URL',
      'Probe "bad-header" cannot run: it sets header "x-trace" that HTTP cannot carry (invalid name or a control character in the value)',
      expect.stringMatching(/^Probe "bad-method" cannot run: it could not be sent to "http:\/\/127\.0\.0\.1:1\/": Method must be a valid HTTP token/),
    ]);
  });
});

describe('pool and budget', () => {
  it('never has more requests in flight than probe.concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    // Counted at the server: a request starts on arrival and ends when the server has sent its
    // answer, which is before the client can see it and start the next probe, so the count is exact.
    const slow = await startHttp((_request, response) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      response.on('finish', () => (inFlight -= 1));
      setTimeout(() => response.end('ok'), 60);
    });
    servers.push(slow);
    const probes = Array.from({ length: 6 }, (_, index) => spec(`slow-${index}`, { url: `http://127.0.0.1:${slow.port}/${index}` }));
    const result = await runProbes(probeOptions(probes, { probe: { concurrency: 2, budgetMs: 10_000, timeoutMs: 2000, retries: 1 } }), nodeDeps(), [], noDns);
    expect(result.probes.map((probe) => probe.ok)).toEqual([true, true, true, true, true, true]);
    expect(peak).toBe(2);
  });

  it('cuts the running attempt at the budget and skips the rest with one probe/budget-exceeded finding', async () => {
    const hang = await startRaw('hang');
    servers.push(hang);
    const probes = Array.from({ length: 4 }, (_, index) => spec(`hang-${index}`, { url: `http://127.0.0.1:${hang.port}/`, timeoutMs: 5000, retries: 3 }));
    const { probes: results, findings } = await runProbes(
      probeOptions(probes, { probe: { concurrency: 1, budgetMs: 800, timeoutMs: 2000, retries: 1 }, configPath: 'gatewatch.yml' }),
      nodeDeps(),
      [],
      noDns,
    );
    expect(results[0]).toMatchObject({ class: 'timeout_headers', attempts: 1 });
    expect(results.slice(1).map((probe) => [probe.attempts, probe.class])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(findings.find((finding) => finding.ruleId === 'probe/budget-exceeded')).toMatchObject({
      severity: 'warning',
      message: 'Probe budget of 800ms ran out with 3 probe request(s) not started; raise probe.budget_ms, probe.concurrency, or lower timeout_ms',
      location: { path: 'gatewatch.yml', line: 1 },
    });
  });
});

describe('gateway log window', () => {
  it('reads only lines appended during the run, with file line numbers, and a missing log is a notice', async () => {
    const log = path.join(certs.dir, 'error.log');
    const old = '2026/11/27 06:00:00 [error] 1#1: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:1/", host: "x"\n';
    await writeFile(log, old.repeat(3));
    const closed = await closedPort();
    // The "gateway" here is the test: it appends the line nginx would write while the probe runs.
    const appender = await startHttp((_request, response) => {
      void writeFile(
        log,
        `2026/11/27 07:00:00 [error] 1#1: *9 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET /x HTTP/1.1", upstream: "http://127.0.0.1:${closed}/x", host: "gw"\n`,
        { flag: 'a' },
      ).then(() => {
        response.writeHead(502);
        response.end('<hr><center>nginx</center>');
      });
    });
    servers.push(appender);
    const probe = spec('api', { via: `http://127.0.0.1:${appender.port}/x`, direct: `http://127.0.0.1:${closed}/x` });
    const { probes } = await runProbes(probeOptions([probe], { gatewayLog: { path: log } }), nodeDeps(), [], noDns);
    expect(probes[0]!.gatewayLog).toMatchObject({ path: log, line: 4, signature: 'connect() failed (111: Connection refused) while connecting to upstream' });
    expect(probes[0]!.class).toBe('refused');

    const missing = await runProbes(probeOptions([probe], { gatewayLog: { path: path.join(certs.dir, 'nope', 'error.log') } }), nodeDeps(), [], noDns);
    expect(missing.probes[0]!.gatewayLog).toBeUndefined();
    expect(missing.probes[0]!.class).toBe('http_status');
    expect(missing.findings.find((finding) => finding.ruleId === 'probe/gateway-log-unreadable')).toMatchObject({
      severity: 'notice',
      message: expect.stringContaining('could not be read (ENOENT)'),
    });
  });
});

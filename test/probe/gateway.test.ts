/**
 * Every failure mode of DESIGN §6 through a real nginx in front of real loopback upstreams: class,
 * status, body origin, differential diagnosis and the matched error.log line, from one probe run.
 */
import { readFile } from 'node:fs/promises';
import { nodeDeps } from '../../src/deps.js';
import type { Finding } from '../../src/finding.js';
import type { ProbeResult } from '../../src/probe/result.js';
import { runProbes } from '../../src/probe/run-probes.js';
import { describeEachBinary } from '../helpers/gateway-binaries.js';
import { nginxBinaries } from '../nginx/helpers.js';
import { startNginx, type Gateway } from './nginx-gateway.js';
import { fakeLookup, probeOptions, spec } from './options.js';
import { closedPort, makeCerts, startBlackhole, startHttp, startHttps, startNxdomainDns, startRaw, type Certs, type Running } from './servers.js';

/* The whole scenario (upstreams, gateway, probe run) once per listed nginx: Debian 12's 1.22 and Debian 13's 1.26 in CI. */
describeEachBinary(nginxBinaries, 'probes through a real nginx', (nginx) => {
  let gateway: Gateway;
  let certs: Certs;
  const servers: Running[] = [];
  let findings: Finding[];
  let probes: ProbeResult[];
  let logText: string;
  const ports: Record<string, number> = {};

  const side = (name: string, role: 'via' | 'direct'): ProbeResult => {
    const found = probes.find((probe) => probe.name === name && probe.role === role);
    if (!found) throw new Error(`no ${role} result for ${name}`);
    return found;
  };
  const findingOf = (name: string): Finding | undefined => findings.find((finding) => finding.message.startsWith(`Probe "${name}"`));

  beforeAll(async () => {
    certs = await makeCerts();
    const healthy = await startHttp((_request, response) => response.end('healthy upstream\n'));
    const app503 = await startHttp((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('maintenance window: back at 10:00\n');
    });
    const selfSigned = await startHttps({ key: certs.selfKey, cert: certs.selfCert }, (_request, response) => response.end('tls upstream\n'));
    const raw = {
      hang: await startRaw('hang'),
      close: await startRaw('close'),
      reset: await startRaw('reset'),
      garbage: await startRaw('garbage'),
      big: await startRaw('big-header'),
      truncate: await startRaw('truncate'),
    };
    const blackhole = await startBlackhole();
    const dns = await startNxdomainDns();
    servers.push(healthy, app503, selfSigned, blackhole, dns, ...Object.values(raw));
    Object.assign(ports, {
      healthy: healthy.port,
      app503: app503.port,
      selfSigned: selfSigned.port,
      blackhole: blackhole.port,
      closed: await closedPort(),
      wrong: await closedPort(),
      dead1: await closedPort(),
      dead2: await closedPort(),
      ...Object.fromEntries(Object.entries(raw).map(([name, server]) => [name, server.port])),
    });
    const upstream = (name: string): string => `http://127.0.0.1:${ports[name]}`;
    gateway = await startNginx(
      [
        '    proxy_connect_timeout 1s;',
        '    proxy_read_timeout 1s;',
        `    location /healthy { proxy_pass ${upstream('healthy')}; }`,
        `    location /refused { proxy_pass ${upstream('closed')}; }`,
        `    location /hang { proxy_pass ${upstream('hang')}; }`,
        `    location /blackhole { proxy_pass ${upstream('blackhole')}; }`,
        `    location /close { proxy_pass ${upstream('close')}; }`,
        `    location /reset { proxy_pass ${upstream('reset')}; }`,
        `    location /garbage { proxy_pass ${upstream('garbage')}; }`,
        `    location /big { proxy_pass ${upstream('big')}; }`,
        `    location /truncate { proxy_pass ${upstream('truncate')}; }`,
        `    location /app503 { proxy_pass ${upstream('app503')}; }`,
        // Verification on, trusting a CA that did not sign the upstream's self-signed certificate.
        `    location /tls-verify { proxy_pass https://127.0.0.1:${ports.selfSigned}; proxy_ssl_verify on; proxy_ssl_trusted_certificate ${certs.caCert}; proxy_ssl_name localhost; }`,
        // https:// to a plain-HTTP upstream: the handshake meets an HTTP response.
        `    location /tls-proto { proxy_pass https://127.0.0.1:${ports.healthy}; }`,
        // A variable proxy_pass with no resolver: nginx cannot resolve at run time (and sends no query).
        '    location /dns { set $backend nosuch.invalid; proxy_pass http://$backend; }',
        // With a resolver (a loopback one answering NXDOMAIN): "could not be resolved (3: Host not found)".
        `    location /dns-nx { resolver 127.0.0.1:${dns.port} valid=1s; resolver_timeout 1s; set $backend nosuch.test; proxy_pass http://$backend; }`,
        '    location /nolive { proxy_pass http://all_down; }',
        `    location /wrongport { proxy_pass ${upstream('wrong')}; }`,
        '    location /failover { proxy_pass http://failover; }',
      ].join('\n'),
      [
        `  upstream all_down { server 127.0.0.1:${ports.dead1} down; server 127.0.0.1:${ports.dead2} down; }`,
        `  upstream failover { server 127.0.0.1:${ports.dead1}; server 127.0.0.1:${ports.healthy} backup; }`,
      ].join('\n'),
      nginx.path,
    );
    const via = (path: string): string => `http://127.0.0.1:${gateway.port}${path}`;
    const direct = (name: string, path = '/'): string => `${upstream(name)}${path}`;
    const pair = (name: string, path: string, directUrl: string, extra = {}) => spec(name, { via: via(path), direct: directUrl, ...extra });
    const options = probeOptions(
      [
        pair('pass', '/healthy', direct('healthy')),
        pair('refused', '/refused', direct('closed')),
        // nginx gives up after its 1 s proxy_*_timeout (504); the direct side waits 2.5 s itself (margin for a loaded CI box).
        pair('hang', '/hang', direct('hang'), { timeoutMs: 2500 }),
        pair('blackhole', '/blackhole', direct('blackhole'), { timeoutMs: 2500 }),
        pair('close', '/close', direct('close')),
        pair('reset', '/reset', direct('reset')),
        pair('garbage', '/garbage', direct('garbage')),
        pair('big', '/big', direct('big')),
        pair('truncate', '/truncate', direct('truncate')),
        pair('app503', '/app503', direct('app503')),
        pair('tls-verify', '/tls-verify', `https://127.0.0.1:${ports.selfSigned}/`),
        pair('tls-proto', '/tls-proto', direct('healthy')),
        pair('dns', '/dns', 'http://nosuch.invalid/'),
        pair('dns-nx', '/dns-nx', 'http://nosuch.test/'),
        pair('nolive', '/nolive', direct('dead1')),
        pair('wrongport', '/wrongport', direct('healthy')),
        pair('failover', '/failover', direct('dead1')),
      ],
      { gatewayLog: { path: gateway.errorLog } },
    );
    ({ findings, probes } = await runProbes(options, nodeDeps(), [], { lookup: fakeLookup({}) }));
    logText = await readFile(gateway.errorLog, 'utf8');
  }, 20_000);

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(servers.map((server) => server.close()));
    await certs?.cleanup();
  });

  describe('via nginx and direct, one class per upstream failure', () => {
    it.each([
      // name, via status, via class (refined by the log), direct class, finding class, log signature
      ['refused', 502, 'refused', 'refused', 'refused', 'connect() failed (111: Connection refused) while connecting to upstream'],
      ['close', 502, 'closed_early', 'closed_early', 'closed_early', 'upstream prematurely closed connection while reading response header from upstream'],
      ['reset', 502, 'reset', 'reset', 'reset', 'recv() failed (104: Connection reset by peer)'],
      // nginx relays a header-less answer as HTTP/0.9, so the client sees no status line at all (table: "502 / 0.9").
      ['garbage', null, 'bad_response', 'bad_response', 'bad_response', 'upstream sent no valid HTTP/1.0 header'],
      ['big', 502, 'bad_response', 'bad_response', 'bad_response', 'upstream sent too big header'],
      ['truncate', 200, 'truncated_body', 'truncated_body', 'truncated_body', 'upstream prematurely closed connection while reading upstream'],
      ['tls-verify', 502, 'tls_verify', 'tls_verify', 'tls_verify', 'upstream SSL certificate verify error'],
      ['dns', 502, 'dns', 'dns', 'dns', 'no resolver defined to resolve nosuch.invalid'],
      ['dns-nx', 502, 'dns', 'dns', 'dns', 'nosuch.test could not be resolved (3: Host not found)'],
      ['nolive', 502, 'no_live_upstream', 'refused', 'no_live_upstream', 'no live upstreams while connecting to upstream'],
    ])('%s: via %p, both sides fail, so the upstream is down', (name, viaStatus, viaClass, directClass, findingClass, signature) => {
      const via = side(name, 'via');
      const direct = side(name, 'direct');
      expect({ status: via.status, class: via.class, ok: via.ok }).toEqual({ status: viaStatus, class: viaClass, ok: false });
      expect(direct).toMatchObject({ ok: false, class: directClass });
      expect(via.diagnosis).toBe('upstream_down');
      // A cut 200 carries the upstream's partial body; every other via failure is nginx's own page.
      expect(via.bodyOrigin).toBe(name === 'truncate' ? 'upstream' : viaStatus === null ? null : 'gateway');
      expect(via.gatewayLog?.signature).toContain(signature);
      expect(logText).toContain(via.gatewayLog!.text);
      const finding = findingOf(name)!;
      expect(finding).toMatchObject({ ruleId: `probe/${findingClass.replace(/_/g, '-')}`, severity: 'error' });
      // Without a status of its own, the finding carries the status nginx answers with for that log line.
      expect(finding.signals).toEqual({ probe: findingClass, httpStatus: viaStatus ?? 502, nginxLog: via.gatewayLog!.signature });
      expect(finding.message).toContain('restarting or reloading the gateway is a dead end');
      expect(finding.message).toContain(`class ${findingClass}`);
    });

    it('hang: nginx answers 504 after its read timeout, the direct probe times out waiting for headers', () => {
      const via = side('hang', 'via');
      expect(via).toMatchObject({ ok: false, status: 504, bodyOrigin: 'gateway', class: 'timeout_headers' });
      expect(via.gatewayLog?.signature).toMatch(/^upstream timed out \(110: [^)]+\) while reading response header from upstream$/);
      expect(side('hang', 'direct')).toMatchObject({ ok: false, status: null, class: 'timeout_headers', bodyOrigin: null });
      expect(side('hang', 'direct').assertions).toEqual(['[RESPONSE_TIME] (timed out after 2500ms) < timeout']);
      expect(findingOf('hang')).toMatchObject({ ruleId: 'probe/timeout-headers', signals: { probe: 'timeout_headers', httpStatus: 504 } });
    });

    it('blackhole: SYNs dropped, so nginx answers 504 after proxy_connect_timeout and the direct probe never connects', () => {
      const via = side('blackhole', 'via');
      expect(via).toMatchObject({ ok: false, status: 504, bodyOrigin: 'gateway', class: 'timeout_connect', diagnosis: 'upstream_down' });
      expect(via.gatewayLog?.signature).toMatch(/^upstream timed out \(110: [^)]+\) while connecting to upstream$/);
      const direct = side('blackhole', 'direct');
      expect(direct).toMatchObject({ ok: false, status: null, class: 'timeout_connect', assertions: ['[RESPONSE_TIME] (timed out after 2500ms) < timeout'] });
      expect(direct.timings.connect).toBeNull();
      expect(findingOf('blackhole')).toMatchObject({ ruleId: 'probe/timeout-connect', signals: { probe: 'timeout_connect', httpStatus: 504 } });
    });

    it('app503: a 5xx with the upstream\'s own body passes through and is upstream_5xx, with no log line', () => {
      const via = side('app503', 'via');
      expect(via).toMatchObject({ ok: false, status: 503, class: 'upstream_5xx', bodyOrigin: 'upstream', assertions: ['[STATUS] (503) == 2xx'] });
      expect(via.gatewayLog).toBeUndefined();
      expect(side('app503', 'direct')).toMatchObject({ status: 503, class: 'upstream_5xx' });
      expect(findingOf('app503')).toMatchObject({ ruleId: 'probe/upstream-5xx', signals: { probe: 'upstream_5xx', httpStatus: 503 } });
    });

    it('tls-proto and wrongport: via fails, direct passes, so the gateway is misconfigured', () => {
      for (const [name, probeClass, signature] of [
        ['tls-proto', 'tls_protocol', 'SSL_do_handshake() failed'],
        ['wrongport', 'refused', 'connect() failed (111: Connection refused)'],
      ] as const) {
        const via = side(name, 'via');
        expect(via).toMatchObject({ ok: false, status: 502, bodyOrigin: 'gateway', class: probeClass, diagnosis: 'gateway_misconfigured' });
        expect(side(name, 'direct')).toMatchObject({ ok: true, status: 200, diagnosis: 'gateway_misconfigured' });
        expect(via.gatewayLog?.signature).toContain(signature);
        const finding = findingOf(name)!;
        expect(finding.ruleId).toBe(`probe/${probeClass.replace(/_/g, '-')}`);
        expect(finding.message).toContain('the gateway is misconfigured');
      }
    });

    it('failover: via passes through the backup server while direct is refused, so the gateway masks the failure', () => {
      expect(side('failover', 'via')).toMatchObject({ ok: true, status: 200, diagnosis: 'gateway_masks_failure' });
      const direct = side('failover', 'direct');
      expect(direct).toMatchObject({ ok: false, class: 'refused', diagnosis: 'gateway_masks_failure' });
      // nginx logged the failed attempt on the dead primary before moving on to the backup.
      expect(direct.gatewayLog?.text).toContain(`upstream: "http://127.0.0.1:${ports.dead1}/failover"`);
      expect(findingOf('failover')).toMatchObject({ ruleId: 'probe/refused', severity: 'warning' });
      expect(findingOf('failover')!.message).toContain('the gateway hides a failing upstream');
    });

    it('pass: both sides answer 200 from the upstream, with phase timings and no finding', () => {
      for (const role of ['via', 'direct'] as const) {
        const result = side('pass', role);
        expect(result).toMatchObject({ ok: true, class: null, status: 200, bodyOrigin: 'upstream', attempts: 1, assertions: [], diagnosis: 'pass' });
        expect(result.timings.dns).toBe(0);
        expect(result.timings.connect).toEqual(expect.any(Number));
        expect(result.timings.ttfb).toEqual(expect.any(Number));
        expect(result.timings.tls).toBeNull();
        expect(result.timings.total).toBeGreaterThan(0);
      }
      expect(findingOf('pass')).toBeUndefined();
    });

    it('every failing pair gave exactly one finding, and lines are attached only to the probe they name', () => {
      expect(findings.filter((finding) => finding.ruleId.startsWith('probe/'))).toHaveLength(16);
      const attached = probes.filter((probe) => probe.gatewayLog).map((probe) => `${probe.name}/${probe.role}`);
      expect(attached).not.toContain('pass/via');
      expect(attached).not.toContain('app503/via');
    });
  });
});

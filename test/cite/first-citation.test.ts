/**
 * The entry a human expert would pick is cited FIRST (issue 14). The expectation table below was
 * written from the entry texts in seeds/ before any of it was run: for every probe class built on
 * loopback behind each real nginx and HAProxy binary (probed via the gateway and directly, with the
 * gateway log attached), for every HAProxy termination state GATEWAYS.md documents (its measured
 * lines), and for every ALB elb/target/error_reason shape it documents (§1.7).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { citeFindings } from '../../src/cite/cite.js';
import { rowCiter } from '../../src/cite/log-rows.js';
import { defaultOptions } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import type { Gateway } from '../../src/failure-class.js';
import type { Finding } from '../../src/finding.js';
import { loadKb } from '../../src/kb/check.js';
import type { KbRecord } from '../../src/kb/model.js';
import { LogSummarizer } from '../../src/logs/summarize.js';
import type { ProbeResult } from '../../src/probe/result.js';
import { runProbes } from '../../src/probe/run-probes.js';
import { ruleCatalogue } from '../../src/run.js';
import { describeEachBinary, gatewayBinaries, type GatewayBinary } from '../helpers/gateway-binaries.js';
import { albLine, lbFailure } from '../logs/alb-lines.js';
import { startNginx } from '../probe/nginx-gateway.js';
import { fakeLookup, probeOptions, spec } from '../probe/options.js';
import { closedPort, freePort, makeCerts, startBlackhole, startHttp, startHttps, startNxdomainDns, startRaw, type Certs, type Running } from '../probe/servers.js';

const E = {
  unreachable: 'api/http-502-bad-gateway-upstream-unreachable',
  connectTimeout: 'api/http-504-upstream-connect-timeout',
  responseTimeout: 'api/http-504-upstream-response-timeout',
  closedEarly: 'api/http-502-upstream-closed-connection-early',
  reset: 'api/http-502-upstream-connection-reset',
  invalidHeader: 'api/http-502-upstream-invalid-response-header',
  truncated: 'api/http-200-truncated-upstream-response',
  passThrough: 'api/http-5xx-passed-through-from-upstream',
  tlsVerify: 'api/http-502-upstream-tls-certificate-verify-failed',
  tlsHandshake: 'api/http-502-upstream-tls-handshake-failed',
  dns: 'api/http-502-upstream-dns-resolution-failed',
  noLive: 'api/http-502-no-live-upstreams',
  portMismatch: 'api/http-502-upstream-port-mismatch',
  noServer: 'api/http-503-haproxy-no-server-available',
  withoutCheck: 'api/haproxy-503-server-without-health-check',
  healthDown: 'api/haproxy-503-health-check-down',
  albConnection: 'api/alb-http-502-target-connection-error',
  albClosed: 'api/alb-http-502-target-closed-connection',
  albTls: 'api/alb-http-502-target-tls-negotiation-error',
  albLambda: 'api/alb-http-502-lambda-invalid-response',
  albNoTargets: 'api/alb-http-503-no-registered-targets',
  albConnect: 'api/alb-http-504-target-connect-timeout',
  albIdle: 'api/alb-http-504-target-idle-timeout',
} as const;

type Diagnosis = 'upstream_down' | 'gateway_misconfigured';

/** Probe name → class, diagnosis (the side) and the first entry, per gateway. Written before running. */
const NGINX_TABLE: [name: string, probeClass: string, diagnosis: Diagnosis, first: string][] = [
  ['refused', 'refused', 'upstream_down', E.unreachable],
  ['hang', 'timeout_headers', 'upstream_down', E.responseTimeout],
  ['blackhole', 'timeout_connect', 'upstream_down', E.connectTimeout],
  ['close', 'closed_early', 'upstream_down', E.closedEarly],
  ['reset', 'reset', 'upstream_down', E.reset],
  ['garbage', 'bad_response', 'upstream_down', E.invalidHeader],
  ['big', 'bad_response', 'upstream_down', E.invalidHeader],
  ['truncate', 'truncated_body', 'upstream_down', E.truncated],
  ['app503', 'upstream_5xx', 'upstream_down', E.passThrough],
  ['tls-verify', 'tls_verify', 'upstream_down', E.tlsVerify],
  ['tls-proto', 'tls_protocol', 'gateway_misconfigured', E.tlsHandshake],
  ['dns', 'dns', 'upstream_down', E.dns],
  ['dns-nx', 'dns', 'upstream_down', E.dns],
  ['nolive', 'no_live_upstream', 'upstream_down', E.noLive],
  ['wrongport', 'refused', 'gateway_misconfigured', E.portMismatch],
];

const HAPROXY_TABLE: [name: string, probeClass: string, diagnosis: Diagnosis, first: string][] = [
  ['refused', 'refused', 'upstream_down', E.unreachable],
  ['hang', 'timeout_headers', 'upstream_down', E.responseTimeout],
  ['blackhole', 'timeout_connect', 'upstream_down', E.connectTimeout],
  ['close', 'closed_early', 'upstream_down', E.closedEarly],
  // SH-- is a close or a reset: the direct probe's ECONNRESET decides.
  ['reset', 'reset', 'upstream_down', E.reset],
  ['garbage', 'bad_response', 'upstream_down', E.invalidHeader],
  ['big', 'bad_response', 'upstream_down', E.invalidHeader],
  ['app503', 'upstream_5xx', 'upstream_down', E.passThrough],
  // <NOSRV> with a healthy upstream: the general no-server entry, not one of its rarer causes.
  ['disabled', 'no_live_upstream', 'gateway_misconfigured', E.noServer],
];

/** HAProxy lines as GATEWAYS.md §2.4 measured them (r01–r12), read by `gatewatch logs`: no direct probe, so no side. */
const HAPROXY_STATES: [what: string, line: string, first: string][] = [
  ['r01 <NOSRV> SC-- (all disabled)', 'fe be/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', E.noServer],
  ['r02 SC-- 3 quick retries, no check', 'fe be/s1 0/0/-1/-1/3004 503 217 - - SC-- 1/1/0/0/3 0/0 "GET /health HTTP/1.1"', E.withoutCheck],
  ['r04a sC--', 'fe be/s1 0/0/-1/-1/4006 503 217 - - sC-- 1/1/0/0/3 0/0 "GET /health HTTP/1.1"', E.connectTimeout],
  ['r04d SC-- after 7 s, retries 0', 'fe be/s1 0/0/-1/-1/7142 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', E.connectTimeout],
  ['r05a PH--', 'fe be/s1 0/0/1/-1/1 502 209 - - PH-- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', E.invalidHeader],
  ['r05b SH--', 'fe be/s1 0/0/0/-1/3 502 209 - - SH-- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', E.closedEarly],
  ['r08 sQ-- <NOSRV>', 'fe be/<NOSRV> 0/1002/-1/-1/1002 503 217 - - sQ-- 3/3/2/0/0 0/1 "GET /slow/3000 HTTP/1.1"', E.noServer],
  ['r11 sH--', 'fe be/s1 0/0/0/-1/2001 504 198 - - sH-- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', E.responseTimeout],
  ['r12 ---- upstream 503', 'fe be/s1 0/0/0/1/1 503 159 - - ---- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"', E.passThrough],
];
const HAPROXY_STDERR: [what: string, line: string, first: string][] = [
  ['r06 health check DOWN', '[WARNING]  (15116) : Server be/s1 is DOWN, reason: Layer7 wrong status, code: 404, info: "Not Found", check duration: 15ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.', E.healthDown],
  ['r06 no server available', "[ALERT]    (15116) : backend 'be' has no server available!", E.noServer],
];

const lambda = (reason: string): string =>
  albLine({ target: '-', targetPortList: '-', requestProcessingTime: '0.000', targetProcessingTime: '0.001', responseProcessingTime: '0.000', elbStatus: '502', targetStatus: '-', targetStatusCodeList: '-', errorReason: reason });

/** GATEWAYS.md §1.7, one line per documented shape. */
const ALB_SHAPES: [what: string, line: string, first: string][] = [
  ['502 -, -1 -1 -1, ≈0 s (refused or reset)', lbFailure('502', 2), E.albConnection],
  ['502 -, -1 -1 -1, 3 s (closed with the request outstanding)', lbFailure('502', 3000), E.albClosed],
  ['502 -, -1 -1 -1, ≈10 s (TLS handshake timeout)', lbFailure('502', 10_001), E.albTls],
  ['502 -, times present (malformed response)', albLine({ elbStatus: '502', targetStatus: '-', targetStatusCodeList: '-' }), E.invalidHeader],
  ['502 -, LambdaInvalidResponse', lambda('LambdaInvalidResponse'), E.albLambda],
  ['502 -, LambdaUnhandled', lambda('LambdaUnhandled'), E.albLambda],
  ['503 -, no target', lbFailure('503', 0, { target: '-', targetPortList: '-' }), E.albNoTargets],
  ['504 -, ≈10 s (connect timeout)', lbFailure('504', 10_002), E.albConnect],
  ['504 -, ≈60 s (idle timeout)', lbFailure('504', 60_010), E.albIdle],
  ['503 503 (the target\'s own)', albLine({ elbStatus: '503', targetStatus: '503', targetStatusCodeList: '503' }), E.passThrough],
];

let kb: KbRecord[];
beforeAll(async () => {
  kb = (await loadKb({ ...defaultOptions(process.cwd()), kb: { ...defaultOptions(process.cwd()).kb, paths: ['seeds/**/*.md'] } }, nodeDeps())).records;
});

function citedFirst(findings: Finding[], name: string): string | undefined {
  const cited = citeFindings(findings, kb, ruleCatalogue());
  return cited.find((finding) => finding.message.startsWith(`Probe "${name}"`))?.citations?.[0]?.entryId;
}

function rowFirst(lines: string[], format: Gateway): string[] {
  const summarizer = new LogSummarizer(format);
  lines.forEach((line, index) => summarizer.push(line, index + 1));
  const summary = summarizer.finish();
  const cite = rowCiter(kb);
  // Rows are sorted by count; all counts are 1 here, so by first line.
  return summary.rows.map((row) => cite(row, format)[0]?.entryId ?? '(none)');
}

interface Live {
  findings: Finding[];
  probes: ProbeResult[];
}

const side = (live: Live, name: string, role: 'via' | 'direct'): ProbeResult => live.probes.find((probe) => probe.name === name && probe.role === role)!;

function expectRow(live: Live, [name, probeClass, diagnosis, first]: (typeof NGINX_TABLE)[number]): void {
  const finding = live.findings.find((candidate) => candidate.message.startsWith(`Probe "${name}"`));
  expect({ name, ruleId: finding?.ruleId, diagnosis: side(live, name, 'via').diagnosis, first: citedFirst(live.findings, name) }).toEqual({
    name,
    ruleId: `probe/${probeClass.replace(/_/g, '-')}`,
    diagnosis,
    first,
  });
}

/** Upstreams every gateway case needs; started once per binary. */
async function upstreams(certs: Certs): Promise<{ servers: Running[]; ports: Record<string, number> }> {
  const healthy = await startHttp((_request, response) => response.end('healthy upstream\n'));
  const app503 = await startHttp((_request, response) => {
    response.writeHead(503, { 'content-type': 'text/plain' });
    response.end('maintenance window\n');
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
  const servers = [healthy, app503, selfSigned, blackhole, dns, ...Object.values(raw)];
  const ports: Record<string, number> = {
    healthy: healthy.port,
    app503: app503.port,
    selfSigned: selfSigned.port,
    blackhole: blackhole.port,
    dns: dns.port,
    closed: await closedPort(),
    wrong: await closedPort(),
    dead1: await closedPort(),
    dead2: await closedPort(),
    ...Object.fromEntries(Object.entries(raw).map(([name, server]) => [name, server.port])),
  };
  return { servers, ports };
}

describeEachBinary(gatewayBinaries('nginx'), 'first citation through nginx', (binary: GatewayBinary) => {
  let certs: Certs;
  let servers: Running[] = [];
  let stop: (() => Promise<void>) | undefined;
  const live: Live = { findings: [], probes: [] };

  beforeAll(async () => {
    certs = await makeCerts();
    const started = await upstreams(certs);
    servers = started.servers;
    const { ports } = started;
    const upstream = (name: string): string => `http://127.0.0.1:${ports[name]}`;
    const gateway = await startNginx(
      [
        '    proxy_connect_timeout 1s;',
        '    proxy_read_timeout 1s;',
        `    location /refused { proxy_pass ${upstream('closed')}; }`,
        `    location /hang { proxy_pass ${upstream('hang')}; }`,
        `    location /blackhole { proxy_pass ${upstream('blackhole')}; }`,
        `    location /close { proxy_pass ${upstream('close')}; }`,
        `    location /reset { proxy_pass ${upstream('reset')}; }`,
        `    location /garbage { proxy_pass ${upstream('garbage')}; }`,
        `    location /big { proxy_pass ${upstream('big')}; }`,
        `    location /truncate { proxy_pass ${upstream('truncate')}; }`,
        `    location /app503 { proxy_pass ${upstream('app503')}; }`,
        `    location /tls-verify { proxy_pass https://127.0.0.1:${ports.selfSigned}; proxy_ssl_verify on; proxy_ssl_trusted_certificate ${certs.caCert}; proxy_ssl_name localhost; }`,
        `    location /tls-proto { proxy_pass https://127.0.0.1:${ports.healthy}; }`,
        '    location /dns { set $backend nosuch.invalid; proxy_pass http://$backend; }',
        `    location /dns-nx { resolver 127.0.0.1:${ports.dns} valid=1s; resolver_timeout 1s; set $backend nosuch.test; proxy_pass http://$backend; }`,
        '    location /nolive { proxy_pass http://all_down; }',
        `    location /wrongport { proxy_pass ${upstream('wrong')}; }`,
      ].join('\n'),
      `  upstream all_down { server 127.0.0.1:${ports.dead1} down; server 127.0.0.1:${ports.dead2} down; }`,
      binary.path,
    );
    stop = gateway.stop;
    const via = (route: string): string => `http://127.0.0.1:${gateway.port}${route}`;
    const direct: Record<string, string> = {
      refused: `${upstream('closed')}/`,
      'tls-verify': `https://127.0.0.1:${ports.selfSigned}/`,
      'tls-proto': `${upstream('healthy')}/`,
      dns: 'http://nosuch.invalid/',
      'dns-nx': 'http://nosuch.test/',
      nolive: `${upstream('dead1')}/`,
      wrongport: `${upstream('healthy')}/`,
    };
    const specs = NGINX_TABLE.map(([name]) =>
      spec(name, { via: via(`/${name}`), direct: direct[name] ?? `${upstream(name)}/`, ...(name === 'hang' || name === 'blackhole' ? { timeoutMs: 2500 } : {}) }),
    );
    Object.assign(live, await runProbes(probeOptions(specs, { gatewayLog: { path: gateway.errorLog } }), nodeDeps(), [], { lookup: fakeLookup({}) }));
  }, 30_000);

  afterAll(async () => {
    await stop?.();
    await Promise.all(servers.map((server) => server.close()));
    await certs?.cleanup();
  });

  it.each(NGINX_TABLE)('%s: class %s, %s, cites %s first', (...row) => expectRow(live, row));
});

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describeEachBinary(gatewayBinaries('haproxy'), 'first citation through HAProxy', (binary: GatewayBinary) => {
  let certs: Certs;
  let servers: Running[] = [];
  let dir: string;
  let haproxy: ChildProcess | undefined;
  const live: Live = { findings: [], probes: [] };

  beforeAll(async () => {
    certs = await makeCerts();
    dir = await mkdtemp(path.join(os.tmpdir(), 'gatewatch-cite-hx-'));
    const started = await upstreams(certs);
    servers = started.servers;
    const { ports } = started;
    const port = await freePort();
    const backends: Record<string, string> = {
      refused: `server s1 127.0.0.1:${ports.closed}`,
      disabled: `server s1 127.0.0.1:${ports.healthy} disabled`,
      ...Object.fromEntries(['hang', 'blackhole', 'close', 'reset', 'garbage', 'big', 'app503'].map((name) => [name, `server s1 127.0.0.1:${ports[name]}`])),
    };
    const config = [
      'global',
      '  log stdout format raw local0 info',
      'defaults',
      '  mode http',
      '  log global',
      '  option httplog',
      '  timeout connect 1s',
      '  timeout client 5s',
      '  timeout server 1s',
      '  retries 0',
      'frontend fe',
      `  bind 127.0.0.1:${port}`,
      ...HAPROXY_TABLE.map(([name]) => `  use_backend be_${name} if { path_beg /${name} }`),
      ...HAPROXY_TABLE.flatMap(([name]) => [`backend be_${name}`, `  ${backends[name]}`]),
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'haproxy.cfg'), config);
    const log = path.join(dir, 'haproxy.log');
    const fd = openSync(log, 'a');
    haproxy = spawn(binary.path, ['-db', '-f', path.join(dir, 'haproxy.cfg')], { stdio: ['ignore', fd, 'ignore'] });
    closeSync(fd);
    for (let attempt = 0; attempt < 100 && !(await canConnect(port)); attempt += 1) {
      if (haproxy.exitCode !== null) throw new Error(`haproxy exited with ${haproxy.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const specs = HAPROXY_TABLE.map(([name]) =>
      spec(name, {
        via: `http://127.0.0.1:${port}/${name}`,
        direct: `http://127.0.0.1:${name === 'refused' ? ports.closed : name === 'disabled' ? ports.healthy : ports[name]}/`,
        ...(name === 'hang' || name === 'blackhole' ? { timeoutMs: 2500 } : {}),
      }),
    );
    Object.assign(live, await runProbes(probeOptions(specs, { gatewayLog: { path: log, format: 'haproxy' } }), nodeDeps(), [], { lookup: fakeLookup({}) }));
  }, 30_000);

  afterAll(async () => {
    if (haproxy?.pid !== undefined && haproxy.exitCode === null) {
      const exited = new Promise((resolve) => haproxy!.once('exit', resolve));
      process.kill(haproxy.pid, 'SIGTERM');
      await exited;
    }
    await Promise.all(servers.map((server) => server.close()));
    await certs?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(HAPROXY_TABLE)('%s: class %s, %s, cites %s first', (...row) => expectRow(live, row));
});

describe('first citation of gateway log lines (gatewatch logs rows)', () => {
  const PREFIX = '127.0.0.1:46138 [27/Nov/2026:07:05:57.061]';
  it.each(HAPROXY_STATES)('HAProxy %s cites its entry first', (_what, line, first) => {
    expect(rowFirst([`${PREFIX} ${line}`], 'haproxy')).toEqual([first]);
  });
  it.each(HAPROXY_STDERR)('HAProxy %s cites its entry first', (_what, line, first) => {
    expect(rowFirst([line], 'haproxy')).toEqual([first]);
  });
  it.each(ALB_SHAPES)('ALB %s cites its entry first', (_what, line, first) => {
    expect(rowFirst([line], 'alb')).toEqual([first]);
  });
});

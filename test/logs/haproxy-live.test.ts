/**
 * A real HAProxy in front of loopback upstreams: every failure kind the classifier knows is produced
 * for real, and the log lines HAProxy writes (`log stdout format raw`) are read back and classified.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { errorPageGateway, HAPROXY_ERROR_PAGE } from '../../src/haproxy/error-pages.js';
import { classifyHaproxyLine, readHaproxyLine } from '../../src/logs/haproxy.js';
import { LogSummarizer } from '../../src/logs/summarize.js';
import { haproxyBinaries } from '../haproxy/helpers.js';
import { describeEachBinary } from '../helpers/gateway-binaries.js';

const listen = (server: net.Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

async function freePort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function get(port: number, pathName: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: pathName, agent: false, timeout: 5000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${pathName} timed out`)));
    request.on('error', reject);
  });
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/* Once per listed HAProxy (2.6 and 3.0 in CI): the log line format is what a version change would break. */
describeEachBinary(haproxyBinaries, 'real HAProxy log lines', (binary) => {
  let dir: string;
  let haproxy: ChildProcess | undefined;
  const servers: net.Server[] = [];
  const sockets = new Set<net.Socket>();
  let output = '';
  let port = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-hxlive-'));
    // The app: /health 200, /slow answers after 1.5 s, /boom is the app's own 503, anything else 404.
    const app = http.createServer((request, response) => {
      if (request.url?.startsWith('/slow')) setTimeout(() => response.end('slow'), 1500).unref();
      else if (request.url?.startsWith('/boom')) {
        response.statusCode = 503;
        response.end('app says no');
      } else if (request.url === '/health' || request.url?.startsWith('/app')) response.end('ok');
      else {
        response.statusCode = 404;
        response.end('not found');
      }
    });
    // Reads the request, then closes without a response (SH--).
    const closer = net.createServer((socket) => socket.once('data', () => socket.destroy()));
    // Speaks another protocol on connect, as an SSH port would (PH--, GATEWAYS.md r05a).
    const banner = net.createServer((socket) => socket.end('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n'));
    servers.push(app, closer, banner);
    // Track sockets so teardown can end them: close() alone waits for HAProxy's open connections.
    for (const server of servers) server.on('connection', (socket: net.Socket) => sockets.add(socket));
    const [appPort, closerPort, bannerPort, deadPort] = [await listen(app), await listen(closer), await listen(banner), await freePort()];
    port = await freePort();
    const config = [
      'global',
      '  log stdout format raw local0',
      'defaults',
      '  mode http',
      '  log global',
      '  option httplog',
      '  timeout connect 500ms',
      '  timeout client 5s',
      '  timeout server 5s',
      '  retries 0',
      'frontend fe',
      `  bind 127.0.0.1:${port}`,
      '  use_backend slow if { path_beg /slow }',
      '  use_backend refused if { path_beg /refused }',
      '  use_backend disabled if { path_beg /disabled }',
      '  use_backend chk if { path_beg /chk }',
      '  use_backend closer if { path_beg /closer }',
      '  use_backend banner if { path_beg /banner }',
      '  default_backend app',
      'backend app',
      `  server s1 127.0.0.1:${appPort}`,
      'backend slow',
      '  timeout server 300ms',
      `  server s1 127.0.0.1:${appPort}`,
      'backend refused',
      `  server s1 127.0.0.1:${deadPort}`,
      'backend disabled',
      `  server s1 127.0.0.1:${appPort} disabled`,
      'backend chk',
      '  option httpchk GET /healthz',
      `  server s1 127.0.0.1:${appPort} check inter 100ms fall 1 rise 1`,
      'backend closer',
      `  server s1 127.0.0.1:${closerPort}`,
      'backend banner',
      `  server s1 127.0.0.1:${bannerPort}`,
    ];
    const file = path.join(dir, 'haproxy.cfg');
    writeFileSync(file, `${config.join('\n')}\n`);
    // -db: stay in the foreground, so the PID we hold is HAProxy's and killing it stops it.
    haproxy = spawn(binary.path, ['-db', '-f', file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    haproxy.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    haproxy.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    await waitFor(() => /Server chk\/s1 is DOWN/.test(output), 'the health check to mark chk/s1 DOWN');
  });

  afterAll(async () => {
    if (haproxy?.pid !== undefined && haproxy.exitCode === null) {
      const exited = new Promise((resolve) => haproxy!.once('exit', resolve));
      haproxy.kill('SIGKILL');
      await exited;
    }
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    rmSync(dir, { recursive: true, force: true });
  });

  test('each failure is logged with the termination state and classified into its class', async () => {
    const cases = [
      { path: '/app', status: 200 },
      { path: '/slow', status: 504, termination: 'sH--', klass: 'timeout_headers', server: 'slow/s1' },
      { path: '/refused', status: 503, termination: 'SC--', klass: 'refused', server: 'refused/s1' },
      { path: '/disabled', status: 503, termination: 'SC--', klass: 'no_live_upstream', server: 'disabled/<NOSRV>' },
      { path: '/chk', status: 503, termination: 'SC--', klass: 'no_live_upstream', server: 'chk/<NOSRV>' },
      { path: '/closer', status: 502, termination: 'SH--', klass: 'closed_early', server: 'closer/s1' },
      { path: '/banner', status: 502, termination: 'PH--', klass: 'bad_response', server: 'banner/s1' },
      { path: '/boom', status: 503, termination: '----', klass: 'upstream_5xx', server: 'app/s1' },
    ];
    for (const item of cases) {
      const response = await get(port, item.path);
      expect([item.path, response.status]).toEqual([item.path, item.status]);
      // Gateway-generated 5xx carry HAProxy's own page; the app's 503 and the 200 do not.
      const generated = item.klass !== undefined && item.klass !== 'upstream_5xx';
      expect([item.path, HAPROXY_ERROR_PAGE.test(response.body)]).toEqual([item.path, generated]);
      if (generated) expect(errorPageGateway(response.body)).toBe('haproxy');
    }
    await waitFor(() => cases.every((item) => output.includes(`"GET ${item.path} HTTP/1.1"`)), 'all request log lines');
    const lines = output.split('\n');
    for (const item of cases) {
      const index = lines.findIndex((line) => line.includes(`"GET ${item.path} HTTP/1.1"`));
      const event = classifyHaproxyLine(lines[index]!, index + 1);
      if (!item.klass) {
        expect(readHaproxyLine(lines[index]!, index + 1)).toEqual({ kind: 'ok' });
        continue;
      }
      expect([item.path, event]).toEqual([
        item.path,
        expect.objectContaining({ format: 'haproxy', class: item.klass, httpStatus: item.status, haproxyTermination: item.termination, upstream: item.server }),
      ]);
    }
  });

  test('the health-check DOWN line names the reason, and the summary counts every class once', () => {
    const lines = output.split('\n');
    const down = lines.map((line, index) => classifyHaproxyLine(line, index + 1)).find((event) => event?.signature.startsWith('Server chk/s1 is DOWN'));
    expect(down).toMatchObject({ class: 'http_status', httpStatus: 404, upstream: 'chk/s1' });
    expect(down!.signature).toContain('Layer7 wrong status');
    const summarizer = new LogSummarizer();
    lines.forEach((line, index) => summarizer.push(line, index + 1));
    const summary = summarizer.finish();
    expect(summary.format).toBe('haproxy');
    expect(summary.warningCount).toBe(0);
    const byKey = Object.fromEntries(summary.rows.map((row) => [`${row.class} ${row.httpStatus ?? '-'} ${row.haproxyTermination ?? '-'}`, row.count]));
    expect(byKey).toMatchObject({
      'timeout_headers 504 sH--': 1,
      'refused 503 SC--': 1,
      'no_live_upstream 503 SC--': 2,
      'closed_early 502 SH--': 1,
      'bad_response 502 PH--': 1,
      'upstream_5xx 503 ----': 1,
    });
  });
});

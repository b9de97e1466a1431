/**
 * The same diagnosis through a real HAProxy (each listed binary: 2.6 and 3.0 in CI): its 503/504 pages count as the gateway's body, and
 * its httplog line (written to stdout, redirected to a file) supplies the class via the termination state.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nodeDeps } from '../../src/deps.js';
import type { Finding } from '../../src/finding.js';
import type { ProbeResult } from '../../src/probe/result.js';
import { runProbes } from '../../src/probe/run-probes.js';
import { describeEachBinary } from '../helpers/gateway-binaries.js';
import { haproxyBinaries } from '../haproxy/helpers.js';
import { fakeLookup, probeOptions, spec } from './options.js';
import { closedPort, freePort, startHttp, startRaw, type Running } from './servers.js';

function canConnect(target: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: target });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describeEachBinary(haproxyBinaries, 'probes through a real HAProxy', (binary) => {
  let dir: string;
  let haproxy: ChildProcess;
  let port: number;
  const servers: Running[] = [];
  let probes: ProbeResult[];
  let findings: Finding[];
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gatewatch-haproxy-'));
    const healthy = await startHttp((_request, response) => response.end('ok'));
    const hang = await startRaw('hang');
    servers.push(healthy, hang);
    Object.assign(ports, { healthy: healthy.port, hang: hang.port, closed: await closedPort() });
    port = await freePort();
    const config = [
      'global',
      // Logs go to stdout without a syslog header; the test points stdout at a file.
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
      '  use_backend be_refused if { path_beg /refused }',
      '  use_backend be_hang if { path_beg /hang }',
      '  default_backend be_ok',
      'backend be_refused',
      `  server s1 127.0.0.1:${ports.closed}`,
      'backend be_hang',
      `  server s1 127.0.0.1:${ports.hang}`,
      'backend be_ok',
      `  server s1 127.0.0.1:${ports.healthy}`,
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'haproxy.cfg'), config);
    const log = path.join(dir, 'haproxy.log');
    const fd = openSync(log, 'a');
    haproxy = spawn(binary.path, ['-db', '-f', path.join(dir, 'haproxy.cfg')], { stdio: ['ignore', fd, 'ignore'] });
    closeSync(fd);
    // Bounded wait for the frontend: 100 × 50 ms.
    for (let attempt = 0; attempt < 100 && !(await canConnect(port)); attempt += 1) {
      if (haproxy.exitCode !== null) throw new Error(`haproxy exited with ${haproxy.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const via = (route: string): string => `http://127.0.0.1:${port}${route}`;
    ({ probes, findings } = await runProbes(
      probeOptions(
        [
          spec('refused', { via: via('/refused'), direct: `http://127.0.0.1:${ports.closed}/` }),
          spec('hang', { via: via('/hang'), direct: `http://127.0.0.1:${ports.hang}/`, timeoutMs: 1500 }),
          spec('ok', { via: via('/ok'), direct: `http://127.0.0.1:${ports.healthy}/` }),
        ],
        { gatewayLog: { path: log, format: 'haproxy' } },
      ),
      nodeDeps(),
      [],
      { lookup: fakeLookup({}) },
    ));
  }, 20_000);

  afterAll(async () => {
    if (haproxy?.pid !== undefined && haproxy.exitCode === null) {
      const exited = new Promise((resolve) => haproxy.once('exit', resolve));
      process.kill(haproxy.pid, 'SIGTERM');
      await exited;
    }
    await Promise.all(servers.map((server) => server.close()));
    await rm(dir, { recursive: true, force: true });
  });

  const side = (name: string, role: 'via' | 'direct'): ProbeResult => probes.find((probe) => probe.name === name && probe.role === role)!;

  describe('via HAProxy', () => {
    it('a refused server: HAProxy\'s 503 page, termination SC--, class refused, upstream down', () => {
      const via = side('refused', 'via');
      expect(via).toMatchObject({ ok: false, status: 503, bodyOrigin: 'gateway', class: 'refused', diagnosis: 'upstream_down' });
      expect(via.gatewayLog?.text).toMatch(/ fe be_refused\/s1 .* 503 .* SC-- .*"GET \/refused HTTP\/1\.1"/);
      const finding = findings.find((candidate) => candidate.message.startsWith('Probe "refused"'))!;
      expect(finding).toMatchObject({ ruleId: 'probe/refused', signals: { probe: 'refused', httpStatus: 503, haproxyTermination: 'SC--' } });
      expect(finding.signals?.nginxLog).toBeUndefined();
    });

    it('a server that never answers: 504 after timeout server, termination sH--, class timeout_headers', () => {
      const via = side('hang', 'via');
      expect(via).toMatchObject({ ok: false, status: 504, bodyOrigin: 'gateway', class: 'timeout_headers' });
      expect(via.gatewayLog?.text).toContain(' sH-- ');
      expect(side('hang', 'direct')).toMatchObject({ class: 'timeout_headers' });
    });

    it('a healthy server passes on both sides with no log attached', () => {
      expect(side('ok', 'via')).toMatchObject({ ok: true, status: 200, diagnosis: 'pass' });
      expect(side('ok', 'via').gatewayLog).toBeUndefined();
      expect(findings).toHaveLength(2);
    });
  });
});

/** The demo scenario, and `nginx.probe_upstreams` from a real parsed config to located findings. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultOptions } from '../../src/config.js';
import { runDemoScenario } from '../../src/demo/scenario.js';
import { nodeDeps } from '../../src/deps.js';
import { parseNginx } from '../../src/nginx/load.js';
import { nginxProbeSpecs } from '../../src/probe/nginx-targets.js';
import { runProbes } from '../../src/probe/run-probes.js';
import { fakeLookup } from './options.js';
import { closedPort, startHttp, type Running } from './servers.js';

describe('runDemoScenario', () => {
  it('probes a healthy, a down and a slow loopback upstream, and stop() closes them', async () => {
    const scenario = await runDemoScenario(nodeDeps(), { lookup: fakeLookup({}) });
    try {
      expect(scenario.probes.map((probe) => [probe.name, probe.ok, probe.class])).toEqual([
        ['demo: healthy upstream', true, null],
        ['demo: upstream down', false, 'refused'],
        ['demo: upstream slower than its timeout', false, 'timeout_headers'],
      ]);
      expect(scenario.findings.map((finding) => finding.ruleId)).toEqual(['probe/refused', 'probe/timeout-headers']);
    } finally {
      await scenario.stop();
      await scenario.stop();
    }
    // Every server is gone: the healthy port now refuses.
    const port = Number(new URL(scenario.probes[0]!.url).port);
    const again = await runProbes(
      { ...defaultOptions(process.cwd()), probes: [{ name: 'after', url: `http://127.0.0.1:${port}/`, timeoutMs: 500, retries: 0, expect: {}, tls: {} }] },
      nodeDeps(),
    );
    expect(again.probes[0]!.class).toBe('refused');
  });
});

describe('nginx.probe_upstreams', () => {
  let dir: string;
  let healthy: Running;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gatewatch-targets-'));
    healthy = await startHttp((request, response) => {
      response.writeHead(request.url === '/healthz' ? 200 : 404);
      response.end();
    });
  });
  afterAll(async () => {
    await healthy.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('probes every upstream server and literal proxy_pass once, at health_path, located at the directive', async () => {
    const dead = await closedPort();
    const conf = [
      'http {',
      '  upstream api {',
      `    server 127.0.0.1:${healthy.port};`,
      `    server 127.0.0.1:${dead} backup;`,
      '  }',
      '  server {',
      '    listen 8080;',
      '    location / { proxy_pass http://api; }',
      `    location /legacy { proxy_pass http://127.0.0.1:${dead}/; }`,
      '    location /var { proxy_pass http://$host; }',
      '  }',
      '}',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'nginx.conf'), conf);
    const deps = nodeDeps(dir);
    const payload = await parseNginx('nginx.conf', deps);
    const options = { ...defaultOptions(dir), nginx: { ...defaultOptions(dir).nginx, probeUpstreams: true, healthPath: '/healthz' } };
    const specs = nginxProbeSpecs([payload], options);
    // The proxy_pass to the dead port (line 9) and the backup server (line 4) are the same address: probed once.
    expect(specs.map((spec) => [spec.url, spec.origin])).toEqual([
      [`http://127.0.0.1:${healthy.port}/healthz`, { path: 'nginx.conf', line: 3, column: 5 }],
      [`http://127.0.0.1:${dead}/healthz`, { path: 'nginx.conf', line: 4, column: 5 }],
    ]);
    expect(nginxProbeSpecs([payload], defaultOptions(dir))).toEqual([]);
    // Derived probes take probe.timeout_ms / probe.retries from gatewatch.yml like configured ones.
    const tuned = nginxProbeSpecs([payload], { ...options, probe: { ...options.probe, timeoutMs: 750, retries: 0 } });
    expect(tuned.map((spec) => [spec.timeoutMs, spec.retries])).toEqual([[750, 0], [750, 0]]);

    const { findings, probes } = await runProbes(options, deps, specs, { lookup: fakeLookup({}) });
    expect(probes.map((probe) => probe.ok)).toEqual([true, false]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'probe/refused', location: { path: 'nginx.conf', line: 4, column: 5 } });
    expect(findings[0]!.message).toContain(`Probe "upstream 127.0.0.1:${dead}" failed`);
  });
});

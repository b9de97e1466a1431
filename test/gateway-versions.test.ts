/**
 * The committed CLI bundle, run as a process with `--nginx-binary` / `--haproxy-binary` naming each listed
 * gateway binary (Debian 12's and Debian 13's builds in CI): the flag reaches the gateway, and a difference
 * between versions (docs/gateway-versions.md) comes out of the bundle as measured.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { haproxyBinaries } from './haproxy/helpers.js';
import { describeEachBinary, versionAtLeast } from './helpers/gateway-binaries.js';
import { runCli } from './helpers/run-bundle.js';
import { nginxBinaries } from './nginx/helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-versions-'));
  mkdirSync(path.join(dir, 'nginx'));
  writeFileSync(path.join(dir, 'nginx/site.conf'), ['events {}', 'http {', '    server {', '        listen 127.0.0.1:8080;', '        http2 on;', '    }', '}', ''].join('\n'));
  writeFileSync(
    path.join(dir, 'haproxy.cfg'),
    ['global', '  log stdout format raw local0', 'defaults', '  mode http', '  log global', '  timeout connect 1s', '  timeout client 5s', '  timeout server 5s',
      'frontend fe', '  bind 127.0.0.1:8080', '  default_backend be', 'backend be', '  balance round-robin', '  server s1 127.0.0.1:9001', ''].join('\n'),
  );
  writeFileSync(path.join(dir, 'gatewatch.yml'), 'haproxy:\n  paths: [haproxy.cfg]\n  test: always\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  location?: { path: string; line: number };
}

function check(args: string[]): Finding[] {
  const run = runCli(['check', '--format', 'json', ...args], { cwd: dir });
  expect(run.stderr).not.toContain('Error:');
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

describeEachBinary(nginxBinaries, 'gatewatch check --nginx-binary', (nginx) => {
  test('`http2 on;`: accepted from 1.25.1, a notice naming the runner on an older nginx', () => {
    const findings = check(['--nginx', 'nginx/*.conf', '--nginx-binary', nginx.path]).filter((finding) => finding.ruleId === 'nginx/test');
    if (versionAtLeast(nginx, '1.25.1')) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings).toEqual([expect.objectContaining({ severity: 'notice', location: { path: 'nginx/site.conf', line: 5 } })]);
    expect(findings[0]!.message).toContain(`(${nginx.version}) does not know "http2"`);
  });
});

describeEachBinary(haproxyBinaries, 'gatewatch check --haproxy-binary', (haproxy) => {
  test('`balance round-robin`: rejected at its line, listing the algorithms this HAProxy has', () => {
    const findings = check(['--haproxy-binary', haproxy.path]).filter((finding) => finding.ruleId === 'haproxy/test');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', location: { path: 'haproxy.cfg', line: 13 } })]);
    // 3.0 added 'hash', 'log-hash' and 'sticky'; 2.6 lists 'rdp-cookie(name)' last.
    if (versionAtLeast(haproxy, '3.0')) expect(findings[0]!.message).toContain("'log-hash' and 'sticky' options");
    else expect(findings[0]!.message).toContain("'hdr(name)' and 'rdp-cookie(name)' options");
  });
});

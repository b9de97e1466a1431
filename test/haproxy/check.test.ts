/** checkHaproxy end to end with the real `haproxy -c`: test modes, -dW, the DNS sandbox and unreadable files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkHaproxy } from '../../src/haproxy/check.js';
import { parseHaproxyConfig } from '../../src/haproxy/config.js';
import { haproxyTestFindings, parseHaproxyOutput, sandboxConfig } from '../../src/haproxy/test-runner.js';
import { describeEachBinary, gatewayBinaries } from '../helpers/gateway-binaries.js';
import { haproxyBinaries, haproxyOptions, sandboxedDeps } from './helpers.js';

const HEADER = ['global', '  log stdout format raw local0', 'defaults', '  mode http', '  log global', '  option httplog'];
const TIMEOUTS = ['  timeout connect 1s', '  timeout client 5s', '  timeout server 5s'];
const FRONTEND = ['frontend fe', '  bind 127.0.0.1:8080', '  default_backend be'];

describe('checkHaproxy', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-hx-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: string[]): string => {
    writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
    return name;
  };

  test('a missing binary is one notice in auto mode and an error in always mode; static rules still run', async () => {
    write('a.cfg', [...HEADER, ...TIMEOUTS, ...FRONTEND, 'backend be', '  server s1 127.0.0.1:9001 check port 70000']);
    write('b.cfg', [...HEADER, ...TIMEOUTS, ...FRONTEND, 'backend be', '  server s1 127.0.0.1:9001 check']);
    const deps = sandboxedDeps(dir);
    const auto = await checkHaproxy(haproxyOptions(['*.cfg'], { test: 'auto', binary: 'haproxy-not-installed-here' }, dir), deps);
    expect(auto.files).toBe(2);
    const missing = auto.findings.filter((finding) => finding.ruleId === 'haproxy/test');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.severity).toBe('notice');
    expect(missing[0]!.message).toContain('"haproxy-not-installed-here" was not found');
    expect(auto.findings.some((finding) => finding.ruleId === 'haproxy/check-port-out-of-range' && finding.location?.line === 14)).toBe(true);
    const always = await checkHaproxy(haproxyOptions(['*.cfg'], { test: 'always', binary: 'haproxy-not-installed-here' }, dir), deps);
    expect(always.findings.filter((finding) => finding.ruleId === 'haproxy/test').map((finding) => finding.severity)).toEqual(['error']);
  });

  test('an unreadable match becomes a located finding, not a crash', async () => {
    const deps = { ...sandboxedDeps(dir), readFile: async () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) };
    write('x.cfg', ['global']);
    const { findings } = await checkHaproxy(haproxyOptions(['x.cfg'], { test: 'never' }, dir), deps);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'haproxy/unreadable', location: { path: 'x.cfg', line: 1 } })]);
    expect(findings[0]!.message).toContain('EACCES');
  });
});

/* The cases that run `haproxy -c`, once per listed binary (Debian 12's 2.6 and Debian 13's 3.0 in CI). */
describeEachBinary(haproxyBinaries, 'haproxy -c', (haproxy) => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-hx-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: string[]): string => {
    writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
    return name;
  };

  test('warnings stay warnings, and -dW makes them errors', async () => {
    write('w.cfg', [...HEADER, '  timeout connect 1s', '  timeout server 5s', ...FRONTEND, 'backend be', '  server s1 127.0.0.1:9001']);
    const deps = sandboxedDeps(dir);
    const plain = await checkHaproxy(haproxyOptions(['w.cfg'], { binary: haproxy.path }, dir), deps);
    expect(plain.findings).toEqual([
      expect.objectContaining({ ruleId: 'haproxy/test', severity: 'warning', location: { path: 'w.cfg', line: 9 } }),
    ]);
    expect(plain.findings[0]!.message).toContain("missing timeouts for frontend 'fe'");
    const strict = await checkHaproxy(haproxyOptions(['w.cfg'], { warningsAsErrors: true, binary: haproxy.path }, dir), deps);
    expect(strict.findings.map((finding) => [finding.severity, finding.location?.line])).toEqual([['error', 9]]);
  });

  test('hostnames are replaced in the sandbox copy, so -c resolves nothing and a notice names them', async () => {
    write('h.cfg', [...HEADER, ...TIMEOUTS, ...FRONTEND, 'backend be', '  server s1 app.internal.test:9001 check', '  server s2 localhost:9002 check']);
    const { findings } = await checkHaproxy(haproxyOptions(['h.cfg'], { binary: haproxy.path }, dir), sandboxedDeps(dir));
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const notice = findings.find((finding) => finding.severity === 'notice');
    expect(notice?.message).toContain('"app.internal.test"');
    expect(notice?.message).not.toContain('localhost');
  });

  test('missing certificate files are warnings (they may exist only on the real host), located at their lines', async () => {
    const { findings } = await checkHaproxy(haproxyOptions(['test/fixtures/haproxy/test/bad-missing-certificates.cfg'], { binary: haproxy.path }), sandboxedDeps());
    expect(findings.map((finding) => [finding.severity, finding.location?.line])).toEqual([
      ['warning', 11],
      ['warning', 14],
    ]);
    // Never opened on the runner: a throwaway certificate stands in, and the warning says so.
    expect(findings[0]!.message).toContain('haproxy -c used a stand-in for "certs/missing-site.pem"');
  });
});

describe('haproxy -c output', () => {
  // Verbatim 2.6.12 output (docs/gateways.md §2.3 c04, c16 and r03), pids kept as printed.
  const config = parseHaproxyConfig(
    [...HEADER, ...TIMEOUTS, 'frontend fe', '  bind :80', '  use_backend api if { path_beg /api }', '  default_backend be', 'backend be', '  server s1 10.0.0.1:80', 'backend be', '  server s1 10.0.0.2:80'].join('\n'),
    'deploy/haproxy.cfg',
  );
  const output = [
    '[NOTICE]   (1234) : haproxy version is 2.6.12-1+deb12u4',
    '[NOTICE]   (1234) : path to executable is /usr/sbin/haproxy',
    "[ALERT]    (1234) : config : Parsing [/tmp/x/haproxy.cfg:16]: backend 'be' has the same name as backend 'be' declared at /tmp/x/haproxy.cfg:14.",
    "[ALERT]    (1234) : config : Proxy 'fe': unable to find required use_backend: 'api'.",
    "[WARNING]  (1234) : config : missing timeouts for backend 'be'.",
    '   | While not properly invalid, you will certainly encounter various problems',
    '   | with such a configuration.',
    '[ALERT]    (1234) : config : Fatal errors found in configuration.',
  ].join('\n');

  test('keeps ALERT and WARNING messages, joins continuation lines, drops NOTICE and summary lines', () => {
    const messages = parseHaproxyOutput(output);
    expect(messages.map((message) => message.level)).toEqual(['ALERT', 'ALERT', 'WARNING']);
    expect(messages[2]!.text).toBe("missing timeouts for backend 'be'. While not properly invalid, you will certainly encounter various problems with such a configuration.");
  });

  test('locates positioned and position-less messages and maps the sandbox path back', () => {
    const findings = haproxyTestFindings({ config, checkedFile: '/tmp/x/haproxy.cfg', output, warningsAsErrors: false });
    expect(findings.map((finding) => [finding.severity, finding.location?.line])).toEqual([
      ['error', 16],
      ['error', 12],
      ['warning', 14],
    ]);
    expect(findings[0]!.message).toContain('declared at deploy/haproxy.cfg:14');
    expect(findings[0]!.message).not.toContain('/tmp/x');
  });

  test('the sandbox copy keeps line numbers and columns around the replaced host', () => {
    const source = parseHaproxyConfig('backend be\n  server s1 api.internal.test:8080 check\n  server s2 [::1]:80\n', 'a.cfg');
    const copy = sandboxConfig(source);
    expect(copy.text.split('\n')).toEqual(['backend be', '  server s1 192.0.2.1:8080 check', '  server s2 [::1]:80', '']);
    expect(copy.hosts).toEqual(['api.internal.test']);
  });
});

describe('check port wrap-around message', () => {
  test('names the port HAProxy really checks (measured on 2.6: 70000 → 4464, 65536 → the traffic port)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-hxport-'));
    try {
      writeFileSync(path.join(dir, 'p.cfg'), [...HEADER, ...TIMEOUTS, ...FRONTEND, 'backend be', '  server s1 127.0.0.1:9001 check port 70000', '  server s2 127.0.0.1:9002 check port 65536', ''].join('\n'));
      const { findings } = await checkHaproxy(haproxyOptions(['p.cfg'], { test: 'never' }, dir), sandboxedDeps(dir));
      const messages = findings.filter((finding) => finding.ruleId === 'haproxy/check-port-out-of-range').map((finding) => finding.message);
      expect(messages).toEqual([expect.stringContaining('checks port 4464 instead'), expect.stringContaining("checks the server's traffic port instead")]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('environment alerts and arbitrary input', () => {
  test('the section parser and every static rule survive arbitrary text', async () => {
    const { HAPROXY_RULES } = await import('../../src/haproxy/rules/index.js');
    const { runRules } = await import('../../src/rule.js');
    const fc = (await import('fast-check')).default;
    const words = fc.constantFrom('backend', 'frontend', 'defaults', 'listen', 'server', 'default-server', 'check', 'port', '70000', 'init-addr', 'none',
      'use_backend', 'default_backend', 'disabled', 'timeout', 'connect', 'from', 'x', '"a b', "'", '#', '\\', 'a.b:1', '[::1]:80', 'unix@/s', '%[x]');
    fc.assert(
      fc.property(fc.array(fc.array(words, { maxLength: 8 }).map((line) => line.join(' ')), { maxLength: 30 }), (lines) => {
        const config = parseHaproxyConfig(lines.join('\n'), 'f.cfg');
        const findings = runRules(HAPROXY_RULES, { config }, { path: 'f.cfg', line: 1 });
        expect(findings.filter((finding) => finding.ruleId === 'tool/rule-crashed')).toEqual([]);
        for (const finding of findings) expect(finding.location!.line).toBeLessThanOrEqual(Math.max(lines.length, 1));
      }),
      { numRuns: 300 },
    );
  });
});

describe('merging static findings with haproxy -c (issue 14)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-hxmerge-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test.each(gatewayBinaries('haproxy').map((binary) => [binary.version, binary.path]))(
    '%s: a haproxy -c error at a line where a rule only warns is kept, so a config HAProxy refuses never passes',
    async (_version, binary) => {
      // Line 14 and 15: two servers named s1, neither with `check` (haproxy/server-without-check warns at both).
      writeFileSync(path.join(dir, 'dup.cfg'), [...HEADER, ...TIMEOUTS, ...FRONTEND, 'backend be', '  server s1 127.0.0.1:9001', '  server s1 127.0.0.1:9002', ''].join('\n'));
      const { findings } = await checkHaproxy(haproxyOptions(['dup.cfg'], { binary }, dir), sandboxedDeps(dir));
      const at15 = findings.filter((finding) => finding.location?.line === 15);
      expect(at15.map((finding) => [finding.ruleId, finding.severity])).toEqual(
        expect.arrayContaining([['haproxy/server-without-check', 'warning'], ['haproxy/test', 'error']]),
      );
      expect(at15.find((finding) => finding.ruleId === 'haproxy/test')!.message).toContain("another server named 's1'");
    },
  );

  test.each(gatewayBinaries('haproxy').map((binary) => [binary.version, binary.path]))(
    '%s: the "DNS not verified" notice for a server hostname points at its server line',
    async (_version, binary) => {
      writeFileSync(path.join(dir, 'host.cfg'), [...HEADER, ...TIMEOUTS, ...FRONTEND, 'backend be', '  server s1 127.0.0.1:9001 check', '  server s2 api.internal.test:8080 check', ''].join('\n'));
      const { findings } = await checkHaproxy(haproxyOptions(['host.cfg'], { binary }, dir), sandboxedDeps(dir));
      const notice = findings.find((finding) => finding.severity === 'notice' && finding.message.includes('api.internal.test'));
      expect(notice).toMatchObject({ ruleId: 'haproxy/test', location: { path: 'host.cfg', line: 15 } });
    },
  );
});

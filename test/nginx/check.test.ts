/** checkNginx end to end, the nginx -t stderr classifier, listUpstreamTargets and the `nginx parse` command. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nginxParseCommand } from '../../src/cli/nginx-parse.js';
import { defaultOptions, type Options } from '../../src/config.js';
import { checkNginx } from '../../src/nginx/check.js';
import { parseNginx } from '../../src/nginx/load.js';
import { classify, parseNginxStderr } from '../../src/nginx/nginx-test-output.js';
import { listUpstreamTargets } from '../../src/nginx/upstream-targets.js';
import { describeEachBinary } from '../helpers/gateway-binaries.js';
import { nginxBinaries, repoRoot, testDeps } from './helpers.js';

describe('nginx -t stderr', () => {
  test('both line forms parse, with file and line when nginx gives them', () => {
    const stderr = [
      'nginx: [emerg] unexpected "}" in /tmp/x/0-nginx.conf:6',
      '2026/11/27 07:06:48 [emerg] 9738#9738: host not found in upstream "backnd" in /tmp/x/0-d.conf:3',
      '2026/11/27 07:06:48 [warn] 12#12: conflicting server name "a" on 0.0.0.0:80, ignored',
      'nginx: configuration file /tmp/x/0-d.conf test failed',
    ].join('\n');
    expect(parseNginxStderr(stderr)).toEqual([
      { level: 'emerg', message: 'unexpected "}"', file: '/tmp/x/0-nginx.conf', line: 6, problem: 'config' },
      { level: 'emerg', message: 'host not found in upstream "backnd"', file: '/tmp/x/0-d.conf', line: 3, problem: 'dns' },
      { level: 'warn', message: 'conflicting server name "a" on 0.0.0.0:80, ignored', problem: 'config' },
    ]);
  });

  test.each([
    ['open() "/var/log/nginx/error.log" failed (13: Permission denied)', 'log'],
    ['could not open error log file: open() "/var/log/nginx/error.log" failed (13: Permission denied)', 'log'],
    ['open() "/run/nginx.pid" failed (13: Permission denied)', 'pid'],
    ['mkdir() "/var/lib/nginx/body" failed (13: Permission denied)', 'temp'],
    ['bind() to 0.0.0.0:80 failed (13: Permission denied)', 'listen'],
    ['bind() to 10.1.2.3:443 failed (99: Cannot assign requested address)', 'listen'],
    ['cannot load certificate "/etc/ssl/site.pem": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory)', 'cert'],
    ['getpwnam("www-data") failed', 'user'],
    ['host not found in upstream "api.internal:8080"', 'dns'],
    ['"proxy_pass" cannot have URI part in location given by regular expression', 'config'],
    // A stock directive of a newer nginx than the runner's (1.22.1 on `http2 on;`), not a config error.
    ['unknown directive "http2"', 'version'],
    ['unknown directive "quic_retry"', 'version'],
    ['unknown directive "more_set_headers"', 'config'],
    ['unknown directive "constructor"', 'config'],
    // Removed in 1.25.1: a real error for a server that new.
    ['unknown directive "ssl"', 'config'],
  ])('%s → %s', (message, problem) => {
    expect(classify(message)).toBe(problem);
  });
});

describe('listUpstreamTargets', () => {
  test('upstream servers and literal proxy_pass addresses, located, nothing for upstream names or variables', async () => {
    const payload = await parseNginx('test/fixtures/nginx/unix-socket-in-tmp/bad-tmp-socket.conf', testDeps());
    expect(listUpstreamTargets(payload)).toEqual([
      { host: '', port: 0, scheme: 'unix', unixPath: '/tmp/app.sock', location: { path: 'test/fixtures/nginx/unix-socket-in-tmp/bad-tmp-socket.conf', line: 4, column: 9 } },
      { host: '', port: 0, scheme: 'unix', unixPath: '/var/tmp/b.sock', location: { path: 'test/fixtures/nginx/unix-socket-in-tmp/bad-tmp-socket.conf', line: 9, column: 23 } },
    ]);
    const hosts = await parseNginx('test/fixtures/nginx/undefined-upstream/fp-hostnames.conf', testDeps());
    expect(listUpstreamTargets(hosts).map((t) => `${t.scheme}://${t.host}:${t.port}@${t.location.line}`)).toEqual([
      'http://api.internal.example:8080@6',
      'http://localhost:8081@7',
      'http://127.0.0.1:8082@8',
      'http://::1:8083@9',
      'unix://:0@11',
    ]);
    const pool = await parseNginx('test/fixtures/nginx/implicit-port-80/bad-no-port.conf', testDeps());
    expect(listUpstreamTargets(pool).map((t) => `${t.scheme}://${t.host}:${t.port}@${t.location.line}`)).toEqual([
      'http://127.0.0.1:80@4',
      'http://app.internal.example:80@9',
    ]);
  });
});

/* A snippet tree whose main config includes conf.d/*.conf: one error nginx -t and the static rules both see on line 7. */
function writeSnippetTree(dir: string): void {
  mkdirSync(path.join(dir, 'conf.d'));
  writeFileSync(path.join(dir, 'nginx.conf'), 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n');
  writeFileSync(path.join(dir, 'conf.d/api.conf'), [
    'upstream api {',
    '    server 127.0.0.1:8081 down;',
    '}',
    'server {',
    '    listen 127.0.0.1:8080;',
    '    location / { proxy_pass http://api; }',
    '    location ~ ^/v1/ { proxy_pass http://127.0.0.1:8082/; }',
    '}',
    '',
  ].join('\n'));
}

describeEachBinary(nginxBinaries, 'checkNginx with nginx -t', (nginx) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(repoRoot, '.tmp-nginx-check-'));
    writeSnippetTree(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('checks the snippet through the main config that includes it, static rules and nginx -t together', async () => {
    const rel = path.relative(repoRoot, dir);
    const defaults = defaultOptions(repoRoot);
    const options: Options = { ...defaults, nginx: { ...defaults.nginx, paths: [`${rel}/**/*.conf`], test: 'always', binary: nginx.path } };
    const result = await checkNginx(options, testDeps());
    expect(result.files).toBe(2);
    expect(result.configs.map((payload) => payload.config[0]!.file)).toEqual([`${rel}/nginx.conf`]);
    const brief = result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.location?.path}:${f.location?.line}`);
    expect(brief).toContain(`nginx/all-servers-down error ${rel}/conf.d/api.conf:1`);
    expect(brief).toContain(`nginx/proxy-pass-uri-in-regex-location error ${rel}/conf.d/api.conf:7`);
    expect(brief).toContain(`nginx/test error ${rel}/conf.d/api.conf:7`);
    const down = result.findings.find((f) => f.ruleId === 'nginx/all-servers-down');
    expect(down?.signals).toEqual({ httpStatus: 502, probe: 'no_live_upstream', nginxLog: 'no live upstreams while connecting to upstream' });
  });
});

describe('checkNginx', () => {
  let dir: string;
  let options: Options;
  beforeAll(() => {
    dir = mkdtempSync(path.join(repoRoot, '.tmp-nginx-check-'));
    writeSnippetTree(dir);
    const rel = path.relative(repoRoot, dir);
    options = { ...defaultOptions(repoRoot), nginx: { ...defaultOptions(repoRoot).nginx, paths: [`${rel}/**/*.conf`], test: 'never' } };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('hostile files: located findings, no crash, and a 150,000-statement include spliced without stack overflow', async () => {
    const rel = path.relative(repoRoot, dir);
    writeFileSync(path.join(dir, 'hostile-main.conf'), 'events {}\nhttp {\n    include hostile/*.bin;\n    include hostile/big.inc;\n}\n');
    mkdirSync(path.join(dir, 'hostile'), { recursive: true });
    writeFileSync(path.join(dir, 'hostile/a.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
    writeFileSync(path.join(dir, 'hostile/big.inc'), 'map $a $b { default 1; }\n'.repeat(150_000));
    const result = await checkNginx({ ...options, nginx: { ...options.nginx, paths: [`${rel}/hostile-main.conf`], test: 'never' } }, testDeps());
    expect(result.findings.map((f) => `${f.ruleId} ${f.location?.path}:${f.location?.line}`)).toEqual([`nginx/syntax ${rel}/hostile/a.bin:1`]);
    expect(result.files).toBe(3);
  });

  test('no nginx paths: nothing to do', async () => {
    expect(await checkNginx(defaultOptions(repoRoot), testDeps())).toEqual({ findings: [], files: 0, configs: [] });
  });
});

async function parseCommand(argv: string[]): Promise<{ exitCode: number; stdout: string }> {
  let stdout = '';
  const exitCode = await nginxParseCommand(argv, testDeps(), { stdout: (text) => void (stdout += text), stderr: () => undefined });
  return { exitCode, stdout };
}

describe('gatewatch nginx parse', () => {
  test('prints crossplane-compact JSON and exits 1 when the payload failed', async () => {
    const out = await parseCommand(['test/fixtures/nginx/syntax/bad-stray-brace.conf']);
    expect(out.exitCode).toBe(1);
    expect(out.stdout.endsWith('}\n')).toBe(true);
    expect(out.stdout).not.toContain('\n  ');
    expect(JSON.parse(out.stdout).errors).toEqual([
      { file: 'test/fixtures/nginx/syntax/bad-stray-brace.conf', error: 'unexpected "}" in test/fixtures/nginx/syntax/bad-stray-brace.conf:7', line: 7 },
    ]);
  });
  test('--combine --include-comments', async () => {
    const out = await parseCommand(['test/fixtures/nginx/include-missing/ok-relative.conf', '--combine', '--include-comments']);
    expect(out.exitCode).toBe(0);
    const payload = JSON.parse(out.stdout);
    expect(payload.config).toHaveLength(1);
    expect(payload.config[0].parsed[1].block[0].block[1]).toEqual({
      file: 'test/fixtures/nginx/include-missing/snippets/a.inc', directive: 'add_header', line: 1, args: ['X-Snippet', 'yes'],
    });
  });
  test('bad usage is a UsageError', async () => {
    await expect(parseCommand([])).rejects.toThrow('usage: gatewatch nginx parse FILE');
    await expect(parseCommand(['a', '--nope'])).rejects.toThrow(/nginx parse: /);
  });
});

/**
 * Hostile corpus for the gateway room (SECURITY.md): each case is an attack a pull request could carry,
 * run through the committed-style bundle as a process, as root and as an unprivileged user, asserting the
 * outcome — no marker file from a payload, no planted secret in any output, nothing created or changed
 * outside the sandbox, a bounded run. Payloads only write a marker inside the test's own temp dir.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gatewayBinaries } from '../helpers/gateway-binaries.js';

const REPO = process.cwd();
const SECRET = 'gw-planted-secret-7f3a9c';
const isRoot = process.getuid?.() === 0;
const cc = spawnSync('cc', ['--version']).status === 0;
const nginx = gatewayBinaries('nginx')[0];
const haproxy = gatewayBinaries('haproxy')[0];
if (process.env.GATEWATCH_REQUIRE_NGINX === '1' && !cc) throw new Error('the hostile corpus needs "cc" to build its shared-object payloads');

/* The bundle copied where the unprivileged user can read it (the worktree may sit under a 0700 home). */
let bundle: string;
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-hostile-'));
  chmodSync(work, 0o755);
  bundle = path.join(work, 'bundle');
  cpSync(path.join(REPO, 'dist'), bundle, { recursive: true });
  spawnSync('chmod', ['-R', 'a+rX', bundle]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

type User = 'root' | 'nobody';
const USERS: User[] = isRoot ? ['root', 'nobody'] : ['nobody'];

interface Case {
  repo: string;
  outside: string;
  marker: string;
}

let counter = 0;
/** A fresh repository and an "outside" dir (secrets, markers, write targets), both readable by everyone. */
function makeCase(files: Record<string, string>): Case {
  const root = path.join(work, `case-${counter++}`);
  const repo = path.join(root, 'repo');
  const outside = path.join(root, 'outside');
  mkdirSync(repo, { recursive: true });
  mkdirSync(outside, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    writeFileSync(path.join(repo, name), text.replaceAll('@OUTSIDE@', outside));
  }
  writeFileSync(path.join(outside, 'secret.conf'), `${SECRET};\n`);
  spawnSync('chmod', ['-R', 'a+rwX', root]);
  return { repo, outside, marker: path.join(outside, 'marker') };
}

interface Run {
  status: number | null;
  output: string;
  ms: number;
}

function runCli(kase: Case, user: User, args: string[] = [], entry = 'cli/index.js', env: Record<string, string> = {}): Run {
  const out = path.join(kase.outside, `report-${user}.sarif`);
  const command = [process.execPath, path.join(bundle, entry), ...(entry === 'cli/index.js' ? ['check', '--format', 'json', '--kb', 'none/*.md', '--allow-empty', ...args] : [])];
  const full = user === 'nobody' && isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command] : command;
  const started = Date.now();
  const result = spawnSync(full[0]!, full.slice(1), {
    cwd: kase.repo,
    env: { PATH: `${process.env.PATH ?? ''}:/usr/sbin`, GW_SECRET: SECRET, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  let output = `${result.stdout}\n${result.stderr}`;
  if (entry === 'cli/index.js') {
    const sarif = spawnSync(full[0]!, [...full.slice(1).map((arg) => (arg === 'json' ? 'sarif' : arg)), '--output', out], {
      cwd: kase.repo,
      env: { PATH: `${process.env.PATH ?? ''}:/usr/sbin`, GW_SECRET: SECRET, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    output += `\n${sarif.stdout}\n${sarif.stderr}\n${existsSync(out) ? readFileSync(out, 'utf8') : ''}`;
  }
  return { status: result.status, output, ms: Date.now() - started };
}

const nginxYml = (file = 'nginx.conf'): string => `nginx:\n  paths: ['${file}']\n  test: always\n`;
const haproxyYml = (file = 'haproxy.cfg'): string => `haproxy:\n  paths: ['${file}']\n  test: always\n`;

/** A shared object whose constructor writes MARKER (harmless if it ever fires: the file is in the test's temp dir). */
function evilSharedObject(dir: string, marker: string): string {
  const source = path.join(dir, 'evil.c');
  writeFileSync(source, `#include <stdio.h>\n__attribute__((constructor)) static void fire(void) { FILE *f = fopen("${marker}", "w"); if (f) { fputs("fired", f); fclose(f); } }\n`);
  const object = path.join(dir, 'evil.so');
  const built = spawnSync('cc', ['-shared', '-fPIC', '-o', object, source]);
  if (built.status !== 0) throw new Error(`cc failed: ${built.stderr}`);
  chmodSync(object, 0o755);
  return object;
}

const nginxMain = (body: string, top = ''): string => `${top}\nevents {}\nhttp {\n${body}\n    server { listen 127.0.0.1:8080; }\n}\n`;

const describeNginx = nginx && cc ? describe : describe.skip;
if (!nginx && process.env.GATEWATCH_REQUIRE_NGINX === '1') throw new Error('nginx is required (GATEWATCH_REQUIRE_NGINX=1)');

describe.each(USERS)('as %s', (user) => {
  describeNginx('nginx -t runs no code from the config', () => {
    test.each([['load_module'], ['ssl_engine']])('%s /outside/evil.so leaves no marker and a located notice', (directive) => {
      const kase = makeCase({ 'gatewatch.yml': nginxYml() });
      const object = evilSharedObject(kase.outside, kase.marker);
      writeFileSync(path.join(kase.repo, 'nginx.conf'), `${directive} ${object};\n${nginxMain('')}`);
      const run = runCli(kase, user);
      expect(existsSync(kase.marker)).toBe(false);
      expect(run.output).toMatch(new RegExp(`ran without \\\\?"${directive}\\\\?" on this line`));
      const report = JSON.parse(run.output.slice(0, run.output.indexOf('\n}\n') + 2)) as { findings: Array<{ message: string; location?: { line: number } }> };
      expect(report.findings.find((finding) => finding.message.includes(`"${directive}"`))?.location?.line).toBe(1);
    });

    test('the same shared object does fire when nginx loads it directly (the payload is real)', () => {
      if (user !== USERS[0]) return;
      const kase = makeCase({});
      const object = evilSharedObject(kase.outside, kase.marker);
      writeFileSync(path.join(kase.outside, 'direct.conf'), `load_module ${object};\nevents {}\n`);
      spawnSync(nginx!.path, ['-t', '-p', `${kase.outside}/`, '-c', path.join(kase.outside, 'direct.conf'), '-e', 'stderr', '-g', `pid ${kase.outside}/x.pid;`]);
      expect(existsSync(kase.marker)).toBe(true);
    });
  });

  describeNginx('nginx include of a file outside the repository is never read', () => {
    test.each([['absolute'], ['dotdot'], ['symlink']])('%s', (shape) => {
      const kase = makeCase({ 'gatewatch.yml': nginxYml() });
      const target = path.join(kase.outside, 'secret.conf');
      let include = target;
      if (shape === 'dotdot') include = path.relative(kase.repo, target);
      if (shape === 'symlink') {
        symlinkSync(target, path.join(kase.repo, 'linked.conf'));
        include = 'linked.conf';
      }
      writeFileSync(path.join(kase.repo, 'nginx.conf'), nginxMain(`    include ${include};`));
      const run = runCli(kase, user);
      expect(run.output).not.toContain(SECRET);
      expect(run.output).toContain('outside the repository');
    });
  });

  describeNginx('nginx -t writes nothing outside its sandbox', () => {
    test('error_log, access_log, temp paths, cache path, pid and a unix listener outside', () => {
      const kase = makeCase({ 'gatewatch.yml': nginxYml() });
      const o = kase.outside;
      writeFileSync(
        path.join(kase.repo, 'nginx.conf'),
        `pid ${o}/nginx.pid;\nerror_log ${o}/error.log;\nevents {}\nhttp {\n    access_log ${o}/access.log;\n    client_body_temp_path ${o}/body;\n    proxy_temp_path ${o}/proxy;\n    proxy_cache_path ${o}/cache keys_zone=c:1m;\n    server { listen unix:${o}/x.sock; listen 127.0.0.1:8080; }\n}\n`,
      );
      const before = readdirSync(o).sort();
      const run = runCli(kase, user);
      expect(readdirSync(o).filter((name) => !name.startsWith('report-')).sort()).toEqual(before);
      expect(run.output).not.toContain('"severity": "error"');
    });

    test('user nobody nogroup with a temp path on an existing directory chowns nothing', () => {
      const kase = makeCase({ 'gatewatch.yml': nginxYml() });
      const existing = path.join(kase.outside, 'existing');
      mkdirSync(existing);
      const owner = statSync(existing).uid;
      writeFileSync(path.join(kase.repo, 'nginx.conf'), `user nobody nogroup;\nevents {}\nhttp {\n    client_body_temp_path ${existing};\n    server { listen 127.0.0.1:8080; }\n}\n`);
      runCli(kase, user);
      expect(statSync(existing).uid).toBe(owner);
      expect(readdirSync(existing)).toEqual([]);
    });
  });

  describe('special files end quickly with a located finding', () => {
    (nginx ? test : test.skip)('nginx include /dev/zero;', () => {
      const kase = makeCase({ 'gatewatch.yml': nginxYml(), 'nginx.conf': nginxMain('    include /dev/zero;') });
      const run = runCli(kase, user, ['--fail-on', 'never']);
      expect(run.status).toBe(0);
      expect(run.output).toMatch(/include \\"\/dev\/zero\\" names a file outside the repository, so it was not checked/);
      expect(run.ms).toBeLessThan(30_000);
    });

    test('an HAProxy config that is a symlink to /dev/zero', () => {
      const kase = makeCase({ 'gatewatch.yml': haproxyYml() });
      symlinkSync('/dev/zero', path.join(kase.repo, 'haproxy.cfg'));
      const run = runCli(kase, user, ['--fail-on', 'never']);
      expect(run.status).toBe(0);
      expect(run.output).toContain('outside the repository, so it is not read');
      expect(run.ms).toBeLessThan(30_000);
    });

    test('an HAProxy config that is a FIFO inside the repository', () => {
      const kase = makeCase({ 'gatewatch.yml': haproxyYml() });
      expect(spawnSync('mkfifo', [path.join(kase.repo, 'haproxy.cfg')]).status).toBe(0);
      const run = runCli(kase, user, ['--fail-on', 'never']);
      expect(run.output).toContain('it is a FIFO, not a config file');
      expect(run.ms).toBeLessThan(30_000);
    });
  });

  (haproxy ? describe : describe.skip)('haproxy -c', () => {
    const base = 'defaults\n  mode http\n  timeout connect 1s\n  timeout client 1s\n  timeout server 1s\nfrontend fe\n  bind 127.0.0.1:8080\n  default_backend be\nbackend be\n  server s1 127.0.0.1:9001 check\n';

    test('lua-load evil.lua leaves no marker and a located notice', () => {
      const kase = makeCase({ 'gatewatch.yml': haproxyYml(), 'evil.lua': 'local f = io.open("@OUTSIDE@/marker", "w") f:write("fired") f:close()\n' });
      writeFileSync(path.join(kase.repo, 'haproxy.cfg'), `global\n  lua-load evil.lua\n  lua-load-per-thread evil.lua\n${base}`);
      const run = runCli(kase, user);
      expect(existsSync(kase.marker)).toBe(false);
      expect(run.output).toContain('ran without \\"lua-load\\" on this line');
    });

    test('${GW_SECRET} expands to nothing: the planted env var is in no output (stdout, stderr, JSON, SARIF)', () => {
      const kase = makeCase({ 'gatewatch.yml': haproxyYml() });
      writeFileSync(path.join(kase.repo, 'haproxy.cfg'), `global\n  setenv COPY "\${GW_SECRET}"\n${base}  http-request set-header X-A "\${GW_SECRET}"\n  server s2 "\${GW_SECRET}":80 check\n  server s3 "\${COPY}":80 check\n`);
      const run = runCli(kase, user);
      expect(run.output).not.toContain(SECRET);
      expect(run.output.length).toBeGreaterThan(100);
    });

    test('the action bundle (dist/index.js) leaks the secret nowhere either', () => {
      if (user !== USERS[0]) return;
      const kase = makeCase({ 'gatewatch.yml': haproxyYml() });
      writeFileSync(path.join(kase.repo, 'haproxy.cfg'), `${base}  http-request set-header X-A "\${GW_SECRET}"\n  server s2 "\${GW_SECRET}":80 check\n`);
      const summary = path.join(kase.outside, 'summary.md');
      const output = path.join(kase.outside, 'output.txt');
      writeFileSync(summary, '');
      writeFileSync(output, '');
      const run = runCli(kase, user, [], 'index.js', {
        INPUT_KB: 'none/*.md',
        INPUT_HAPROXY: 'haproxy.cfg',
        'INPUT_ONLY-CHANGED': 'false',
        'INPUT_REPORT-FILE': path.join(kase.outside, 'action-report.json'),
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: kase.repo,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      });
      const report = readFileSync(path.join(kase.outside, 'action-report.json'), 'utf8');
      expect(report).toContain('haproxy/test');
      expect(`${run.output}${report}${readFileSync(summary, 'utf8')}${readFileSync(output, 'utf8')}`).not.toContain(SECRET);
    });
  });
});

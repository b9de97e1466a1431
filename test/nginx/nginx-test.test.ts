/**
 * The real `nginx -t` in its sandbox: nginx's accept/reject verdict on every fixture (and the parser's agreement
 * on syntax errors), DNS stub mode, environment re-runs, snippets, and a missing binary.
 * nginx runs inside `unshare -n` when the kernel allows it, and always with host names stubbed unless a test opts in.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nodeDeps, type Deps } from '../../src/deps.js';
import type { Finding } from '../../src/finding.js';
import { parseNginx } from '../../src/nginx/load.js';
import { runNginxTests, type NginxTestSettings } from '../../src/nginx/nginx-test.js';
import { describeEachBinary, versionAtLeast, type GatewayBinary } from '../helpers/gateway-binaries.js';
import { canIsolateNetwork, expectedLines, listFixtures, nginxBinaries, repoRoot, testDeps } from './helpers.js';

const settings: NginxTestSettings = { mode: 'always', binary: 'nginx', resolve: false, hosts: {} };

/* Rules whose bad fixtures nginx itself rejects; every other fixture is one nginx -t accepts. */
const REJECTED_BY_NGINX = new Set(['syntax', 'include-missing', 'empty-upstream', 'duplicate-upstream', 'proxy-pass-uri-in-regex-location']);
/* nginx accepts a glob that matches nothing (only gatewatch reports it); a server-only file gets a stand-in. */
const ACCEPTED_ANYWAY = new Set([
  'test/fixtures/nginx/include-missing/bad-empty-glob.conf',
  'test/fixtures/nginx/include-missing/bad-server-only-file.conf',
]);

async function nginxTest(nginx: GatewayBinary | undefined, file: string, deps: Deps = testDeps(), extra: Partial<NginxTestSettings> = {}): Promise<Finding[]> {
  const payload = await parseNginx(file, deps);
  const names = new Set<string>();
  const walk = (list: typeof payload.config[number]['parsed']): void => {
    for (const s of list) {
      if (s.directive === 'upstream' && s.args[0]) names.add(s.args[0].toLowerCase());
      if (s.block) walk(s.block);
    }
  };
  payload.config.forEach((config) => walk(config.parsed));
  return runNginxTests([{ payload, upstreamNames: names }], { ...settings, ...(nginx ? { binary: nginx.path } : {}), ...extra }, deps);
}

const errorsOf = (findings: Finding[]): Finding[] => findings.filter((finding) => finding.severity === 'error');

/* Every case that runs nginx runs once per listed binary (Debian 12's 1.22 and Debian 13's 1.26 in CI). */
describeEachBinary(nginxBinaries, 'real nginx', (nginx) => {
  describe('nginx -t verdict on every fixture', () => {
    test.each(listFixtures().map((fixture) => [fixture.file, fixture] as const))('%s', async (file, fixture) => {
      const findings = await nginxTest(nginx, file);
      const errors = errorsOf(findings);
      const rejected = fixture.kind === 'bad' && REJECTED_BY_NGINX.has(fixture.rule) && !ACCEPTED_ANYWAY.has(file);
      if (!rejected) {
        expect(errors).toEqual([]);
        return;
      }
      // nginx stops at its first [emerg]: one error, on a marked line of this file, in nginx's words.
      expect(errors).toHaveLength(1);
      const [error] = errors;
      expect(error!.ruleId).toBe('nginx/test');
      expect(error!.location?.path).toBe(file);
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      const nginxLines = text.split('\n').flatMap((line, index) => (line.includes('expect-nginx-t') ? [index + 1] : []));
      expect(nginxLines.length > 0 ? nginxLines : expectedLines(text, `nginx/${fixture.rule}`)).toContain(error!.location!.line);
      // Deterministic and machine-independent: no sandbox or checkout paths in the message or the signal.
      expect(JSON.stringify(error)).not.toContain(repoRoot);
      expect(JSON.stringify(error)).not.toContain('gatewatch-nginx-');
      if (fixture.rule === 'syntax') {
        // The parser agrees with nginx on where the first syntax error is.
        const payload = await parseNginx(file, testDeps());
        expect(payload.errors[0]?.line).toBe(error!.location!.line);
      }
    });
  });

  describe('DNS stub mode', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(repoRoot, '.tmp-nginx-dns-'));
      writeFileSync(
        path.join(dir, 'nginx.conf'),
        [
          'events {}',
          'http {',
          '    upstream db { server db.internal.example:8081; }',
          '    server {',
          '        listen 127.0.0.1:8080;',
          '        location / { proxy_pass http://api.internal.example:8080; }',
          '        location /db { proxy_pass http://db; }',
          '        location /pinned { proxy_pass http://pinned.internal.example:8082; }',
          '    }',
          '}',
          '',
        ].join('\n'),
      );
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('host names become TEST-NET addresses on the same lines, one notice names them', async () => {
      const real = testDeps();
      const seen: string[] = [];
      const spy: Deps = {
        ...real,
        exec: async (command, args, options) => {
          const config = args[args.lastIndexOf('-c') + 1];
          if (args.includes('-t') && config) seen.push(readFileSync(config, 'utf8'));
          return real.exec(command, args, options);
        },
      };
      const file = path.relative(repoRoot, path.join(dir, 'nginx.conf'));
      const findings = await nginxTest(nginx, file, spy, { hosts: { 'pinned.internal.example': '127.0.0.1' } });
      expect(errorsOf(findings)).toEqual([]);
      const lines = seen[0]!.split('\n');
      expect(lines[2]).toBe('    upstream db { server 192.0.2.1:8081; }');
      expect(lines[5]).toBe('        location / { proxy_pass http://192.0.2.2:8080; }');
      expect(lines[6]).toBe('        location /db { proxy_pass http://db; }');
      expect(lines[7]).toBe('        location /pinned { proxy_pass http://127.0.0.1:8082; }');
      const notices = findings.filter((finding) => finding.message.startsWith('DNS for'));
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toContain('"db.internal.example", "api.internal.example" not verified');
      expect(notices[0]!.message).not.toContain('pinned');
      expect(notices[0]!.location).toEqual({ path: file, line: 3 });
    });

    (canIsolateNetwork ? test : test.skip)('resolve: true lets nginx look names up (here in an empty network namespace, so they fail)', async () => {
      const file = 'test/fixtures/nginx/undefined-upstream/bad-typo.conf';
      const findings = await nginxTest(nginx, file, testDeps(), { resolve: true });
      const [error] = errorsOf(findings);
      expect(error?.message).toContain('host not found in upstream "backnd"');
      expect(error?.location).toEqual({ path: file, line: 9 });
    });
  });

  describe('environment problems are fixed in the sandbox and reported as notices', () => {
    let dir: string;
    let file: (name: string) => string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(repoRoot, '.tmp-nginx-env-'));
      file = (name) => path.relative(repoRoot, path.join(dir, name));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const write = (name: string, lines: string[]): string => {
      writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
      return file(name);
    };

    test('log paths are moved into the sandbox before the run: no error, no notice, nothing created outside', async () => {
      const outside = path.join(dir, `outside-logs-${nginx.version.replace(/\W/g, '-')}`);
      const conf = write('log.conf', [`error_log ${outside}/error.log;`, 'events {}', `http { access_log ${outside}/access.log; server { listen 127.0.0.1:8080; } }`]);
      mkdirSync(outside);
      const findings = await nginxTest(nginx, conf);
      expect(errorsOf(findings)).toEqual([]);
      expect(findings.filter((f) => /log/.test(f.message))).toEqual([]);
      expect(readdirSync(outside)).toEqual([]);
    });

    test('a certificate that exists only on the real server', async () => {
      const conf = write('tls.conf', [
        'events {}',
        'http {',
        '    server {',
        '        listen 127.0.0.1:8443 ssl;',
        '        ssl_certificate /etc/gatewatch-missing/site.pem;',
        '        ssl_certificate_key /etc/gatewatch-missing/site.key;',
        '    }',
        '}',
      ]);
      const findings = await nginxTest(nginx, conf);
      expect(errorsOf(findings)).toEqual([]);
      const notice = findings.find((f) => /certificates were replaced/.test(f.message));
      expect(notice?.location).toEqual({ path: conf, line: 5 });
    });

    test('a listen address that only exists on the production host', async () => {
      // nginx -t binds listen sockets: 192.0.2.10 (TEST-NET-1) is not on this machine, so bind() fails with 99.
      // Run outside the empty network namespace (where that bind succeeds); the config names no host to resolve.
      const conf = write('listen.conf', ['events {}', 'http {', '    server { listen 192.0.2.10:8080; listen 8081; }', '}']);
      const findings = await nginxTest(nginx, conf, nodeDeps(repoRoot));
      expect(errorsOf(findings)).toEqual([]);
      const notice = findings.find((f) => /listen addresses were moved/.test(f.message));
      expect(notice?.message).toContain('bind() to 192.0.2.10:8080 failed (99');
    });

    test('compiled-in temp dirs: temp paths are added after `http {` on the same line before the first run', async () => {
      const conf = write('temp.conf', ['events {}', 'http {', '    proxy_temp_path /var/cache/nginx/proxy;', '    server { listen 127.0.0.1:8080; }', '}']);
      const real = testDeps();
      const configs: string[] = [];
      const deps: Deps = {
        ...real,
        exec: async (command, args, options) => {
          if (args.includes('-t')) configs.push(readFileSync(args[args.lastIndexOf('-c') + 1]!, 'utf8'));
          return real.exec(command, args, options);
        },
      };
      const findings = await nginxTest(nginx, conf, deps);
      expect(errorsOf(findings)).toEqual([]);
      expect(configs).toHaveLength(1);
      const lines = configs[0]!.split('\n');
      expect(lines).toHaveLength(6);
      expect(lines[1]).toMatch(/^http \{ access_log \S+; client_body_temp_path \S+; fastcgi_temp_path \S+; uwsgi_temp_path \S+; scgi_temp_path \S+;$/);
      expect(lines[2]).toMatch(/^ {4}proxy_temp_path \S+\/proxy_temp_path-0-\d+;$/);
    });

    test('a user account that does not exist on the runner', async () => {
      const conf = write('user.conf', ['user gatewatch-no-such-user;', 'events {}', 'http { server { listen 127.0.0.1:8080; } }']);
      const findings = await nginxTest(nginx, conf);
      expect(errorsOf(findings)).toEqual([]);
      // nginx never runs as root (the isolate wall), so it ignores `user` with a warning that is not a finding.
      expect(findings.some((f) => /getpwnam/.test(f.message))).toBe(false);
    });

    test('a file that only includes server snippets is wrapped too, and errors map to the included file', async () => {
      const inner = write('inner-site.conf', ['server {', '    listen 127.0.0.1:8080;', '    location @x { proxy_pass http://127.0.0.1:8081/a; }', '}']);
      const conf = write('only-includes.conf', [`include ${path.basename(inner)};`]);
      const [error] = errorsOf(await nginxTest(nginx, conf));
      expect(error?.location).toEqual({ path: inner, line: 3 });
    });

    test('a conf.d snippet is tested inside a wrapper and errors map to the snippet', async () => {
      const conf = write('site.conf', ['server {', '    listen 127.0.0.1:8080;', '    location ~ ^/api/ {', '        proxy_pass http://127.0.0.1:8081/;', '    }', '}']);
      const [error] = errorsOf(await nginxTest(nginx, conf));
      expect(error?.location).toEqual({ path: conf, line: 4 });
      expect(error?.message).toContain('"proxy_pass" cannot have URI part');
    });
  });

  describe('the parser includes exactly the files nginx -T dumps', () => {
    test('nested globs, `**` as POSIX glob reads it, braces literal, sorted', async () => {
      const dir = mkdtempSync(path.join(repoRoot, '.tmp-nginx-glob-'));
      try {
        const files: Record<string, string> = {
          'nginx.conf': 'events {}\nhttp {\n    include conf.d/**/*.conf;\n    include "conf.d/{x}.conf";\n    include sites/*/*.conf;\n}\n',
          'conf.d/a.conf': '# top level: not matched by **/*.conf in glob(3)\n',
          'conf.d/sub/b.conf': '# one level down\n',
          'conf.d/sub/deeper/c.conf': '# two levels down\n',
          'conf.d/{x}.conf': '# literal braces\n',
          'sites/b/z.conf': '# sorted after sites/a\n',
          'sites/a/y.conf': '# first\n',
        };
        for (const [name, text] of Object.entries(files)) {
          mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
          writeFileSync(path.join(dir, name), text);
        }
        const main = path.join(dir, 'nginx.conf');
        const dump = await nodeDeps(repoRoot).exec(nginx.path, ['-T', '-p', `${dir}/`, '-c', main, '-e', 'stderr', '-g', `pid ${dir}/nginx.pid;`], { timeoutMs: 20_000 });
        const nginxFiles = [...dump.stdout.matchAll(/^# configuration file (.+):$/gm)].map((match) => path.relative(dir, match[1]!));
        const payload = await parseNginx(main, nodeDeps(repoRoot));
        expect(nginxFiles).toEqual(['nginx.conf', 'conf.d/sub/b.conf', 'conf.d/{x}.conf', 'sites/a/y.conf', 'sites/b/z.conf']);
        expect(payload.config.map((config) => path.relative(dir, config.file))).toEqual(nginxFiles);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  /* What changed between the runner versions CI lists (docs/gateway-versions.md), each with its measured outcome. */
  describe('version differences', () => {
    const modern = versionAtLeast(nginx, '1.25.1');
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(repoRoot, '.tmp-nginx-versions-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, server: string[]): string => {
      const lines = ['events {}', 'http {', '    server {', ...server.map((line) => `        ${line}`), '    }', '}'];
      writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
      return path.relative(repoRoot, path.join(dir, name));
    };
    const certificate = ['ssl_certificate /etc/gatewatch-missing/site.pem;', 'ssl_certificate_key /etc/gatewatch-missing/site.key;'];
    const fromNginx = (findings: Finding[]): Finding[] => findings.filter((finding) => !/certificates were replaced/.test(finding.message));

    test('`http2 on;`: accepted from 1.25.1; an older runner gives one notice naming both versions, not an error', async () => {
      const conf = write('http2-on.conf', ['listen 127.0.0.1:8080;', 'http2 on;']);
      const findings = await nginxTest(nginx, conf);
      if (modern) {
        expect(findings).toEqual([]);
        return;
      }
      expect(findings).toEqual([expect.objectContaining({ ruleId: 'nginx/test', severity: 'notice', location: { path: conf, line: 5 } })]);
      expect(findings[0]!.message).toContain(`nginx -t on this runner (${nginx.version}) does not know "http2", a stock directive since nginx 1.25.1`);
    });

    test('`listen … http2`: a deprecation warning at the listen line from 1.25.1, nothing before', async () => {
      const conf = write('listen-http2.conf', ['listen 127.0.0.1:8443 ssl http2;', ...certificate]);
      const findings = fromNginx(await nginxTest(nginx, conf));
      expect(findings).toEqual(
        modern
          ? [expect.objectContaining({ severity: 'warning', location: { path: conf, line: 4 }, message: 'nginx -t warns: the "listen ... http2" directive is deprecated, use the "http2" directive instead' })]
          : [],
      );
    });

    test('`ssl on;`: removed in 1.25.1, so an error that says what replaced it; a deprecation warning before', async () => {
      const conf = write('ssl-on.conf', ['listen 127.0.0.1:8443;', 'ssl on;', ...certificate]);
      const findings = fromNginx(await nginxTest(nginx, conf));
      if (modern) {
        expect(findings).toEqual([expect.objectContaining({ severity: 'error', location: { path: conf, line: 5 } })]);
        expect(findings[0]!.message).toContain('unknown directive "ssl" ("ssl" was removed in nginx 1.25.1; use the "ssl" parameter of "listen" instead)');
      } else {
        expect(findings).toEqual([
          expect.objectContaining({ severity: 'warning', location: { path: conf, line: 5 }, message: 'nginx -t warns: the "ssl" directive is deprecated, use the "listen ... ssl" directive instead' }),
        ]);
      }
    });
  });

  describe('server-only includes', () => {
    test('a missing absolute include outside the repo is tested with an empty stand-in and one notice', async () => {
      const file = 'test/fixtures/nginx/include-missing/bad-server-only-file.conf';
      const findings = await nginxTest(nginx, file);
      expect(findings).toEqual([
        expect.objectContaining({ ruleId: 'nginx/test', severity: 'notice', location: { path: file, line: 3 } }),
      ]);
      expect(findings[0]!.message).toContain('empty stand-in for "/etc/gatewatch-server-only/mime.types"');
    });
  });
});

describe('nginx binary missing', () => {
  const deps = testDeps();
  const file = 'test/fixtures/nginx/all-servers-down/ok-some-up.conf';
  test('auto: skipped with a notice', async () => {
    const findings = await nginxTest(undefined, file, deps, { mode: 'auto', binary: 'gatewatch-no-such-nginx' });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'nginx/test', severity: 'notice' })]);
    expect(findings[0]!.message).toContain('nginx -t skipped');
  });
  test('always: an error', async () => {
    const findings = await nginxTest(undefined, file, deps, { mode: 'always', binary: 'gatewatch-no-such-nginx' });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'nginx/test', severity: 'error' })]);
  });
  test('never: not run at all', async () => {
    expect(await nginxTest(undefined, file, deps, { mode: 'never', binary: 'gatewatch-no-such-nginx' })).toEqual([]);
  });
});


/**
 * The hostile nginx corpus through the CLI bundle (`check --nginx` and `nginx parse`): every file ends as a
 * located finding or a clear error in bounded time, and a good config checked in the same run keeps exactly the
 * findings it has when checked alone. Big inputs are generated here; only small fixtures are committed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultOptions } from '../../src/config.js';
import { checkNginx } from '../../src/nginx/check.js';
import type { BundleRun } from '../helpers/run-bundle.js';
import { describeEachBinary } from '../helpers/gateway-binaries.js';
import { expectedLines, nginxBinaries, testDeps } from '../nginx/helpers.js';

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  location?: { path: string; line: number; column?: number };
}
interface Report {
  summary: { files: number; errors: number };
  findings: Finding[];
}
interface Payload {
  status: string;
  errors: { file: string; error: string; line: number | null }[];
  config: { file: string }[];
}

/* Bound per CLI process: far above the few seconds these take, far below a hang (killed at KILL_MS). */
const BOUND_MS = 45_000;
const KILL_MS = 60_000;
const FIXTURES = 'test/fixtures/hostile/nginx';
const COMMITTED = ['nul-bytes.conf', 'invalid-utf8.conf', 'unbalanced-open.conf', 'unbalanced-close.conf'];
const NGINX_ENV = { PATH: `${process.env.PATH ?? ''}:/usr/sbin` };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-nginx-hostile-'));
  mkdirSync(path.join(dir, 'hostile'));
  for (const name of COMMITTED) cpSync(path.join(FIXTURES, name), path.join(dir, 'hostile', name));
  cpSync('examples/nginx/nginx.conf', path.join(dir, 'good.conf'));
  const write = (name: string, text: string | Buffer): void => writeFileSync(path.join(dir, 'hostile', name), text);
  // 10,000 and 100,000 levels: the parser stops at 100; nothing downstream may go quadratic in the depth.
  write('deep-10k.conf', `events {}\n${'a {'.repeat(10_000)}\n${'}'.repeat(10_000)}\n`);
  write('deep-100k.conf', `events {}\n${'a {'.repeat(100_000)}\n${'}'.repeat(100_000)}\n`);
  const filler = 'add_header X-Filler aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;\n';
  write('huge.conf', filler.repeat(Math.ceil((50 * 1024 * 1024) / filler.length)));
  symlinkSync('loop-b.conf', path.join(dir, 'hostile', 'loop-a.conf'));
  symlinkSync('loop-a.conf', path.join(dir, 'hostile', 'loop-b.conf'));
  write('symlink-loop.conf', 'events {}\nhttp {\n    include loop-a.conf;\n}\n');
  mkdirSync(path.join(dir, 'hostile', 'many'));
  for (let index = 0; index < 20_000; index++) {
    writeFileSync(path.join(dir, 'hostile', 'many', `f${String(index).padStart(5, '0')}.conf`), `location /${index} { return 200; }\n`);
  }
  write('glob-20k.conf', 'events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n        include many/*.conf;\n    }\n}\n');
  mkdirSync(path.join(dir, 'hostile', 'conf.d'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `runCli` (test/helpers/run-bundle.ts) without blocking: the same bundle, argv and minimal env, so the runs
 * below overlap instead of queueing. Killed by its own PID at KILL_MS.
 */
function timed(args: string[]): Promise<BundleRun & { ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.resolve('dist/cli/index.js'), ...args], { cwd: dir, env: NGINX_ENV });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), KILL_MS);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), ms: performance.now() - started });
    });
  });
}

/** What each generated file must end as: rule, line, message. Committed fixtures carry `expect:` markers instead. */
const GENERATED: Record<string, { ruleId: string; line: number; message: RegExp }> = {
  'deep-10k.conf': { ruleId: 'nginx/syntax', line: 2, message: /^blocks nested deeper than 100 levels/ },
  'deep-100k.conf': { ruleId: 'nginx/syntax', line: 2, message: /^blocks nested deeper than 100 levels/ },
  'huge.conf': { ruleId: 'nginx/syntax', line: 1, message: /^"hostile\/huge\.conf" is 52428\d{3} bytes, over the 16777216-byte limit/ },
  'symlink-loop.conf': { ruleId: 'nginx/include-missing', line: 3, message: /^open\(\) "hostile\/loop-a\.conf" failed \(40: Too many levels of symbolic links\)/ },
  'glob-20k.conf': { ruleId: 'nginx/include-missing', line: 5, message: /^include "many\/\*\.conf" exceeds the limit of 5000 files; the rest is not parsed/ },
  'conf.d': { ruleId: 'nginx/syntax', line: 1, message: /^"hostile\/conf\.d" is a directory, not a config file/ },
};
const ALL = [...COMMITTED, ...Object.keys(GENERATED)];

type Run = BundleRun & { ms: number };
let combined: Run;
let goodAlone: Run;
const parses = new Map<string, Run>();
beforeAll(async () => {
  const runs = await Promise.all([
    timed(['check', '--nginx', 'good.conf', ...ALL.flatMap((name) => ['--nginx', `hostile/${name}`]), '--format', 'json']),
    timed(['check', '--nginx', 'good.conf', '--format', 'json']),
    ...ALL.map((name) => timed(['nginx', 'parse', `hostile/${name}`])),
  ]);
  [combined, goodAlone] = runs as [Run, Run];
  ALL.forEach((name, index) => parses.set(name, runs[index + 2]!));
}, 120_000);

describe('check --nginx over the hostile corpus and a good config in one run', () => {
  let report: Report;
  let alone: Report;
  beforeAll(() => {
    expect({ status: combined.status, stderr: combined.stderr.slice(0, 2000) }).toEqual({ status: 1, stderr: '' });
    expect(combined.ms).toBeLessThan(BOUND_MS);
    report = JSON.parse(combined.stdout) as Report;
    alone = JSON.parse(goodAlone.stdout) as Report;
  });

  const at = (name: string): Finding[] => report.findings.filter((finding) => finding.location?.path === name);

  test('the good config keeps exactly the findings it has when checked alone', () => {
    expect(alone.findings.length).toBeGreaterThanOrEqual(3);
    expect(at('good.conf')).toEqual(alone.findings);
  });

  test.each(COMMITTED)('%s: an error at each line marked in the fixture', (name) => {
    const text = readFileSync(path.join(FIXTURES, name), 'latin1');
    const marked = [...text.matchAll(/expect: (nginx\/[a-z0-9-]+)/g)].map((match) => match[1]!);
    expect(marked.length).toBeGreaterThan(0);
    for (const ruleId of marked) {
      const lines = expectedLines(text, ruleId);
      const found = at(`hostile/${name}`).filter((finding) => finding.ruleId === ruleId && finding.severity === 'error');
      expect({ ruleId, lines: found.map((finding) => finding.location!.line) }).toEqual({ ruleId, lines });
    }
  });

  test.each(Object.entries(GENERATED))('%s: a located error', (name, expected) => {
    const findings = at(`hostile/${name}`);
    const match = findings.find((finding) => finding.ruleId === expected.ruleId);
    expect(match?.location?.line).toBe(expected.line);
    expect(match?.message).toMatch(expected.message);
    expect(findings.every((finding) => finding.location!.line >= 1)).toBe(true);
  });

  test('files nginx -t cannot meaningfully test get no second, misleading nginx/test error', () => {
    // A directory has no text and a config past the depth limit is refused: nginx/syntax says it all.
    for (const name of ['conf.d', 'deep-10k.conf', 'deep-100k.conf', 'huge.conf', 'nul-bytes.conf']) {
      expect(at(`hostile/${name}`).filter((finding) => finding.ruleId === 'nginx/test')).toEqual([]);
    }
  });

  test('every finding points at a file that was checked', () => {
    const checked = new Set(['good.conf', ...ALL.map((name) => `hostile/${name}`), 'hostile/loop-a.conf']);
    for (const finding of report.findings) expect(checked).toContain(finding.location?.path);
  });
});

describe('nginx parse on each hostile file', () => {
  test.each(ALL)('%s: a failed payload with a located error (invalid UTF-8 parses, as U+FFFD)', (name) => {
    const run = parses.get(name)!;
    expect(run.ms).toBeLessThan(BOUND_MS);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(name === 'invalid-utf8.conf' ? 0 : 1);
    const payload = JSON.parse(run.stdout) as Payload;
    if (name === 'invalid-utf8.conf') {
      // Parsed, with the bad bytes as U+FFFD (what the static rule above then flags).
      expect(payload.status).toBe('ok');
      expect(run.stdout).toContain('http://caf\ufffd_backend');
      return;
    }
    expect(payload.status).toBe('failed');
    expect(payload.errors.length).toBeGreaterThan(0);
    const [first] = payload.errors;
    expect(first!.file).toBe(`hostile/${name}`);
    if (name === 'conf.d') expect(first!.line).toBeNull();
    else expect(first!.line).toBe(GENERATED[name]?.line ?? expectedLines(readFileSync(path.join(FIXTURES, name), 'latin1'), 'nginx/syntax')[0]);
    if (name === 'glob-20k.conf') expect(payload.config).toHaveLength(5000);
  });
});

/* From source, so the regressions hold before the bundle is rebuilt: both used to end badly in the nginx -t step. */
describeEachBinary(nginxBinaries, 'the nginx -t step on refused files (checkNginx from source)', (nginx) => {
  test('100,000 nested blocks are refused without the sandbox scan (it took > 4 GB and aborted the run)', async () => {
    const options = defaultOptions(dir);
    const result = await checkNginx({ ...options, nginx: { ...options.nginx, paths: ['hostile/deep-100k.conf', 'good.conf'], test: 'always', binary: nginx.path } }, testDeps(dir));
    expect(result.findings.filter((finding) => finding.location?.path === 'hostile/deep-100k.conf').map((finding) => finding.ruleId)).toEqual(['nginx/syntax']);
    expect(result.findings.some((finding) => finding.location?.path === 'good.conf' && finding.ruleId === 'nginx/localhost-upstream')).toBe(true);
  });

  test('a directory given as a config gets nginx/syntax only, not nginx -t\'s "no events section" for an empty copy', async () => {
    const options = defaultOptions(dir);
    const result = await checkNginx({ ...options, nginx: { ...options.nginx, paths: ['hostile/conf.d'], test: 'always', binary: nginx.path } }, testDeps(dir));
    expect(result.findings.map((finding) => [finding.ruleId, finding.location?.line])).toEqual([['nginx/syntax', 1]]);
  });
});

/** The hostile corpus through the CLI bundle: each file ends as a located finding in bounded time, nothing else is lost. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-bundle.js';

interface Report {
  findings: { ruleId: string; message: string; location?: { path: string; line: number } }[];
  summary: { files: number; errors: number };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-hostile-'));
  mkdirSync(path.join(dir, 'kb'));
  cpSync('test/fixtures/hostile/kb', path.join(dir, 'kb'), { recursive: true });
  cpSync('test/fixtures/kb/parse-error/ok-base.md', path.join(dir, 'kb', 'good.md'));
  // Generated here rather than committed: each is large by design.
  const deepList = Array.from({ length: 700 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
  writeFileSync(path.join(dir, 'kb', 'deep-nesting.md'), `# Deep\n\n${'> '.repeat(10_000)}quote\n\n${deepList}\n\n${'{'.repeat(10_000)}\n`);
  writeFileSync(path.join(dir, 'kb', 'huge.md'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  mkdirSync(path.join(dir, 'kb', 'loop'));
  symlinkSync('..', path.join(dir, 'kb', 'loop', 'again'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('locates a finding for every hostile file and still passes the good one', () => {
  const run = runCli(['check', '--kb', 'kb/**/*.md', '--format', 'json'], { cwd: dir });
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as Report;
  const at = (file: string): Report['findings'] => report.findings.filter((finding) => finding.location?.path === `kb/${file}`);
  expect(at('good.md')).toEqual([]);
  expect(at('yaml-alias-bomb.md')[0]?.message).toMatch(/could not be expanded|alias/i);
  expect(at('nul-bytes.md')[0]).toMatchObject({ ruleId: 'kb/parse-error', location: { line: 3 } });
  expect(at('invalid-utf8.md')[0]).toMatchObject({ ruleId: 'kb/parse-error', location: { line: 11 } });
  expect(at('huge.md')[0]?.message).toMatch(/52428800 bytes, over the 1048576-byte limit/);
  expect(at('js-front-matter.md')[0]?.message).toMatch(/"javascript" is refused/);
  expect(existsSync(path.join(dir, 'gatewatch-pwned-hostile'))).toBe(false);
  const regexFindings = at('catastrophic-regex.md').filter((finding) => finding.ruleId === 'kb/regex-example');
  // On RE2 these exponential-in-V8 patterns simply run (linear time): two match none of the entry's
  // log lines, `(a|aa)*$` matches every line (it matches the empty string), so it has nothing to report.
  expect(regexFindings.map((finding) => finding.location!.line)).toEqual([39, 41]);
  expect(regexFindings.every((finding) => /matches none of the entry's/.test(finding.message))).toBe(true);
  expect(at('deep-nesting.md').length).toBeGreaterThan(0);
  // The symlink loop is not followed: every real file is counted once.
  expect(report.summary.files).toBe(8);
});

it('bounds a 100,000-file glob with a clear finding', () => {
  const many = path.join(dir, 'many');
  mkdirSync(many);
  for (let index = 0; index < 100_000; index += 1) writeFileSync(path.join(many, `e${index}.md`), '');
  const run = runCli(['check', '--kb', 'many/*.md', '--format', 'json', '--max-files', '500'], { cwd: dir });
  const report = JSON.parse(run.stdout) as Report;
  expect(report.summary.files).toBe(500);
  expect(report.findings.filter((finding) => finding.ruleId === 'tool/too-many-files')).toHaveLength(1);
}, 120_000);

/** `check --format github`: annotations within GitHub's caps, and the rest where a reader can find it. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers/run-bundle.js';

/** Five copies of the verbatim seed: 3 empty-title errors each, well past the 10 error annotations GitHub shows. */
function crowdedKb(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-ghfmt-'));
  mkdirSync(path.join(dir, 'kb'));
  for (let i = 0; i < 5; i += 1) {
    cpSync('test/fixtures/seed-verbatim/502-bad-gateway-upstream-unreachable.md', path.join(dir, `kb/entry-${i}.md`));
  }
  return dir;
}

const errorLines = (stdout: string): string[] => stdout.split('\n').filter((line) => line.startsWith('::error'));

it('writes the job summary when GITHUB_STEP_SUMMARY is set, and points the overflow notice at it', () => {
  const dir = crowdedKb();
  const summary = path.join(dir, 'summary.md');
  writeFileSync(summary, '');
  const run = runCli(['check', '--kb', 'kb/*.md', '--kb-root', 'kb', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  expect(run.status).toBe(1);
  expect(errorLines(run.stdout)).toHaveLength(10);
  expect(run.stdout).toMatch(/^::notice title=gatewatch::\d+ more findings — see the job summary$/m);
  const written = readFileSync(summary, 'utf8');
  expect(written).toContain('## gatewatch failed');
  expect(written.match(/^\| ❌ \| kb\/entry-\d\.md:\d+:\d+ \|/gm)!.length).toBeGreaterThanOrEqual(15);
  expect(run.stderr).toBe('');
});

it('without GITHUB_STEP_SUMMARY prints every finding as text on stderr instead of pointing at a summary it never wrote', () => {
  const dir = crowdedKb();
  const run = runCli(['check', '--kb', 'kb/*.md', '--kb-root', 'kb', '--format', 'github'], { cwd: dir });
  expect(run.status).toBe(1);
  expect(errorLines(run.stdout)).toHaveLength(10);
  expect(run.stdout).not.toContain('job summary');
  expect(run.stdout).toMatch(/more findings — see the text report on stderr$/m);
  expect(run.stderr).toContain('GITHUB_STEP_SUMMARY is not set');
  expect(run.stderr.match(/^kb\/entry-\d\.md:\d+:\d+: error: /gm)!.length).toBeGreaterThanOrEqual(15);
  expect(run.stderr).toMatch(/^\d+ errors, \d+ warnings?, \d+ notices? in 5 files$/m);
});

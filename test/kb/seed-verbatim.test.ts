/** The product owner's entry, verbatim, through the committed CLI bundle: exactly the six known defects. */
import { runCli } from '../helpers/run-bundle.js';

const SEED = 'test/fixtures/seed-verbatim/502-bad-gateway-upstream-unreachable.md';

it('reports exactly the empty dead-end titles and the code blocks that repeat their titles', () => {
  const run = runCli(['check', '--kb', SEED, '--format', 'json']);
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as { summary: { errors: number; warnings: number }; findings: { ruleId: string; location: { line: number; column: number } }[] };
  const found = report.findings.map((finding) => `${finding.ruleId} ${finding.location.line}:${finding.location.column}`);
  expect(found).toEqual([
    'kb/code-repeats-prose 24:4',
    'kb/code-repeats-prose 28:4',
    'kb/code-repeats-prose 32:4',
    'kb/empty-title 38:3',
    'kb/empty-title 39:3',
    'kb/empty-title 40:3',
  ]);
  expect(report.summary).toMatchObject({ errors: 3, warnings: 3 });
});

it('prints the same findings as file:line:col: message [rule] in text format', () => {
  const run = runCli(['check', '--kb', SEED]);
  const lines = run.stdout.trim().split('\n').filter((line) => !line.startsWith('    docs: '));
  expect(lines[3]).toBe(`${SEED}:38:3: error: Dead end 1 has an empty title "****"; name what people try that does not help, e.g. "**Restart nginx**" [kb/empty-title]`);
  expect(lines.at(-1)).toBe('3 errors, 3 warnings, 0 notices in 1 file');
});

it('passes the project\'s own fixed copy and the whole shipped KB with 0 errors', () => {
  const run = runCli(['check', '--kb', 'seeds/**/*.md', '--format', 'json', '--fail-on', 'warning']);
  const report = JSON.parse(run.stdout) as { summary: { errors: number; warnings: number; files: number } };
  expect(report.summary.errors).toBe(0);
  expect(report.summary.warnings).toBe(0);
  expect(report.summary.files).toBeGreaterThanOrEqual(12);
  expect(run.status).toBe(0);
});

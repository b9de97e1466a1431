/**
 * No argument-spreading of big arrays: 15,000 one-line KB files (about 135,000 findings) used to end
 * in `RangeError: Maximum call stack size exceeded` (exit 3). Through the CLI bundle, exit 1 and a
 * complete report. The 100,000-file case is in bench/scale.mjs (about 80 s on a 2-core box).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { maxOf, pushAll } from '../../src/collections.js';
import { runCli } from '../helpers/run-bundle.js';

it('pushAll and maxOf take arrays far past the call-argument limit', () => {
  const big = Array.from({ length: 500_000 }, (_, index) => index);
  expect(() => [].push(...(big as never[]))).toThrow(RangeError);
  expect(pushAll([-1], big)).toHaveLength(500_001);
  expect(maxOf(big)).toBe(499_999);
  expect(maxOf([])).toBe(-Infinity);
});

it('check --kb over 15,000 tiny files runs through the bundle with exit 1 and every file reported', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-scale-'));
  try {
    mkdirSync(path.join(dir, 'kb'));
    for (let i = 0; i < 15_000; i += 1) writeFileSync(path.join(dir, 'kb', `e${i}.md`), `# t${i}\n`);
    const run = runCli(['check', '--kb', 'kb/*.md', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(run.stderr).not.toContain('RangeError');
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { summary: { files: number; errors: number }; findings: unknown[] };
    expect(report.summary.files).toBe(15_000);
    expect(report.findings.length).toBe(report.summary.errors);
    expect(report.summary.errors).toBeGreaterThan(100_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

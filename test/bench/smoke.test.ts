/**
 * `npm run bench` at tiny sizes, so the benchmark scripts cannot rot between the runs that matter: each one
 * must finish and print its figures with their baselines. The goals themselves are stated for the full sizes
 * and read in BENCHMARKS.md; at these sizes start-up dominates, so pass/fail of a goal is not asserted here.
 */
import { spawnSync } from 'node:child_process';
import { nginxAvailable } from '../nginx/helpers.js';

const TINY = {
  BENCH_RUNS: '1',
  BENCH_KB_ENTRIES: '40',
  BENCH_NGINX_LINES: '2000',
  BENCH_NGINX_BIG_LINES: '4000',
  BENCH_PROBE_TARGETS: '8',
  BENCH_PROBE_HUNG: '2',
  BENCH_PROBE_TIMEOUT_MS: '1000',
  BENCH_LINES: '3000',
};

function bench(name: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [`bench/${name}`], {
    env: { ...process.env, ...TINY },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Finished by itself (a goal missed at tiny sizes exits 1) and threw nothing. */
function expectFinished(run: { status: number | null; stderr: string }): void {
  expect([0, 1]).toContain(run.status);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/* A ratio to a baseline that rounds to 0 at these sizes is printed as n/a. */
const RATIO = String.raw`(?:\d+(?:\.\d+)?|n/a)`;

describe('benchmarks at tiny sizes', () => {
  it('start-up prints the action and CLI times and the bundle sizes', () => {
    const run = bench('startup.mjs');
    expectFinished(run);
    expect(run.stdout).toMatch(new RegExp(`node dist/index.js with nothing to check ${NUMBER} ms \\(bare node ${NUMBER} ms, ratio ${RATIO}`));
    expect(run.stdout).toMatch(new RegExp(`dist/cli/index.js --version ${NUMBER} ms`));
    expect(run.stdout).toMatch(/bundles dist\/index\.js \d+ KiB \+ \d+ chunks/);
  });

  it('KB prints the check against its floor and the peak RSS, for the mixed and the defect-heavy KB', () => {
    const run = bench('kb.mjs');
    expectFinished(run);
    expect(run.stdout).toMatch(/kb mixed: 40 entries, \d+ errors \/ \d+ warnings found/);
    // Every copy of the seed entry carries its defects: at least one error per file.
    const defects = /kb defects: 40 entries, (\d+) errors \/ \d+ warnings found/.exec(run.stdout);
    expect(Number(defects?.[1])).toBeGreaterThanOrEqual(40);
    expect(run.stdout).toMatch(new RegExp(`floor \\(read \\+ split \\+ markdown-it\\) ${NUMBER} ms, check ${NUMBER} ms, ratio ${RATIO}`));
    expect(run.stdout).toMatch(new RegExp(`check peak RSS ${NUMBER} MB`));
  });

  it('nginx prints parse and check against nginx -t, on wall and CPU time', () => {
    if (!nginxAvailable()) return;
    const run = bench('nginx-parse.mjs');
    expectFinished(run);
    expect(run.stdout).toMatch(new RegExp(`nginx: 2,000 lines: nginx -t ${NUMBER} s wall, ${NUMBER} s CPU`));
    expect(run.stdout).toMatch(new RegExp(`gatewatch check --nginx \\(static rules\\) ${NUMBER} s wall \\(ratio ${RATIO}\\), ${NUMBER} s CPU \\(ratio ${RATIO}\\)`));
    expect(run.stdout).toMatch(new RegExp(`nginx: 4,000 lines: parse ${NUMBER} s CPU, peak RSS ${NUMBER} MB; check`));
  });

  it('probes print the wall time against the ideal for the configured concurrency', () => {
    const run = bench('probes.mjs');
    expectFinished(run);
    expect(run.stdout).toContain('probes: 8 targets (6 ok, 2 timed out), concurrency 16, timeout 1000 ms');
    expect(run.stdout).toMatch(new RegExp(`wall ${NUMBER} s vs ideal 1.00 s = ratio ${RATIO}`));
  });

  it('logs print lines per second against the read-and-split floor', () => {
    const run = bench('logs.mjs');
    expectFinished(run);
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { lines: number; linesPerSecond: number; floor: { wallS: number } };
    expect(report.lines).toBe(3000);
    expect(report.linesPerSecond).toBeGreaterThan(0);
    expect(report.floor.wallS).toBeGreaterThan(0);
  });
});

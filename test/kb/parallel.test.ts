/** Worker threads split the KB between them; the report must be byte-identical to a single-threaded run. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error — the benchmark generator is plain JavaScript shared with bench/kb.mjs
import { generateKb } from '../../bench/kb-generate.mjs';
import { PARALLEL_MIN_FILES } from '../../src/kb/workers.js';
import { runCli } from '../helpers/run-bundle.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-parallel-'));
  // Just over PARALLEL_MIN_FILES, so the three threads really split the files.
  (generateKb as (dir: string, count: number) => string)(dir, PARALLEL_MIN_FILES + 50);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('gives the same findings with 1 and 3 threads', () => {
  const args = ['check', '--kb', 'api/*.md', '--kb-root', '.', '--format', 'json'];
  const single = runCli(args, { cwd: dir, env: { GATEWATCH_THREADS: '1' } });
  const parallel = runCli(args, { cwd: dir, env: { GATEWATCH_THREADS: '3' } });
  expect(parallel.stderr).toBe('');
  const findings = (run: { stdout: string }): unknown[] => (JSON.parse(run.stdout) as { findings: unknown[] }).findings;
  expect(findings(single).length).toBeGreaterThan(100);
  expect(findings(parallel)).toEqual(findings(single));
  expect(parallel.status).toBe(single.status);
});

/** KB benchmark (docs/design.md §10): `check --kb` on 10,000 generated entries vs the floor, wall time and peak RSS. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDefectKb, generateKb } from './kb-generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.GATEWATCH_CLI ?? path.join(root, 'dist/cli/index.js');
const count = Number(process.env.BENCH_KB_ENTRIES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** `mixed`: generated entries, one in ten with defects; `defects`: every entry the seed entry as first written. */
const workloads = (process.env.BENCH_KB_WORKLOADS ?? 'mixed,defects').split(',');

/** Wall ms and peak RSS (KiB) of one process, from GNU time. */
function measure(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKiB = Number(result.stderr.trim().split('\n').at(-1));
  return { wallMs, rssKiB, status: result.status, stdout: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function bench(workload) {
const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-bench-kb-'));
try {
  const glob = workload === 'defects' ? generateDefectKb(dir, count) : generateKb(dir, count);
  const floor = [];
  const check = [];
  let rss = 0;
  let summary;
  for (let run = 0; run < runs; run += 1) {
    floor.push(measure([path.join(root, 'bench/kb-floor.mjs'), glob]).wallMs);
    const result = measure([cli, 'check', '--kb', glob, '--kb-root', dir, '--format', 'json', '--max-files', String(count + 1)]);
    check.push(result.wallMs);
    rss = Math.max(rss, result.rssKiB);
    summary = JSON.parse(result.stdout).summary;
  }
  const floorMs = median(floor);
  const checkMs = median(check);
  console.log(`kb ${workload}: ${count} entries, ${summary.errors} errors / ${summary.warnings} warnings found`);
  console.log(`kb ${workload}: floor (read + split + markdown-it) ${floorMs.toFixed(0)} ms, check ${checkMs.toFixed(0)} ms, ratio ${(checkMs / floorMs).toFixed(2)} (goal <= 1.5, <= 3000 ms)`);
  console.log(`kb ${workload}: check peak RSS ${(rss / 1024).toFixed(0)} MB (goal <= 300 MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
}

for (const workload of workloads) bench(workload);

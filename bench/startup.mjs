/**
 * Action start-up (docs/design.md §10): `node dist/index.js` with nothing to check, vs a bare `node -e 0` in the same
 * run, median of 15; also `gatewatch --version` through the CLI bundle. Bundle sizes are reported as the entry
 * file plus the chunks it may load on demand (commands and checkers are split out by the build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);

function time(args, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const workspace = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-bench-start-'));
try {
  const output = path.join(workspace, 'output');
  writeFileSync(output, '');
  // Nothing to check: no gatewatch.yml, an empty KB glob result, no event payload, no token.
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output, 'INPUT_KB': 'nothing/*.md', 'INPUT_COMMENT': 'off' };
  const bare = median(Array.from({ length: runs }, () => time(['-e', '0'], env)));
  const action = median(Array.from({ length: runs }, () => time([path.join(root, 'dist/index.js')], { ...env })));
  const cli = median(Array.from({ length: runs }, () => time([path.join(root, 'dist/cli/index.js'), '--version'], env)));
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  const bundle = (dir) => {
    const entry = statSync(path.join(root, dir, 'index.js')).size;
    const chunks = readdirSync(path.join(root, dir)).filter((name) => /^\d+\.index\.js$/.test(name));
    const chunkBytes = chunks.reduce((sum, name) => sum + statSync(path.join(root, dir, name)).size, 0);
    return `${dir}/index.js ${kib(entry)}${chunks.length > 0 ? ` + ${chunks.length} chunks ${kib(chunkBytes)}` : ''}`;
  };
  console.log(`startup: node dist/index.js with nothing to check ${action.toFixed(0)} ms (bare node ${bare.toFixed(0)} ms, ratio ${(action / bare).toFixed(2)}; goal < 300 ms)`);
  console.log(`startup: node dist/cli/index.js --version ${cli.toFixed(0)} ms`);
  console.log(`startup: bundles ${bundle('dist')}, ${bundle('dist/cli')}, ${bundle('dist/kb-worker')}`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

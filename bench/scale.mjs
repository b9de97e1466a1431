/**
 * Scale and linear-time regexes: `check --kb` over 15,000 and 100,000 one-line KB files through the
 * built CLI (each must end with exit 1 and a complete report, never RangeError), and RE2 on
 * `\w*\w*\w*\w*\w*!` against 1 MiB (V8's RegExp backtracks for minutes on far less).
 * `node bench/scale.mjs [COUNT...]` (default 15000 100000).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RE2JS } from 're2js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.GATEWATCH_CLI ?? path.join(root, 'dist/cli/index.js');
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
let failed = false;

for (const count of counts.length > 0 ? counts : [15_000, 100_000]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-scale-'));
  mkdirSync(path.join(dir, 'kb'));
  for (let i = 0; i < count; i += 1) writeFileSync(path.join(dir, 'kb', `e${i}.md`), `# t${i}\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, 'check', '--kb', 'kb/*.md', '--format', 'json', '--output', 'report.json', '--max-files', String(count + 1)], { cwd: dir, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  let files = 0;
  try {
    files = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).summary.files;
  } catch {
    // no report: reported below
  }
  const ok = run.status === 1 && files === count && !run.stderr.includes('RangeError');
  if (!ok) failed = true;
  console.log(`check --kb, ${count} tiny files: ${seconds.toFixed(1)} s, exit ${run.status}, ${files} files in the report${ok ? '' : `  FAILED ${run.stderr.slice(0, 300)}`}`);
  rmSync(dir, { recursive: true, force: true });
}

const regex = RE2JS.compile('\\w*\\w*\\w*\\w*\\w*!');
const input = 'a'.repeat(1024 * 1024);
const started = performance.now();
const matched = regex.test(input);
console.log(`RE2 \\w*\\w*\\w*\\w*\\w*! on 1 MiB: ${(performance.now() - started).toFixed(0)} ms (match: ${matched})`);
process.exitCode = failed ? 1 : 0;

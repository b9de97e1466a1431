/**
 * Benchmark (docs/design.md §10): `gatewatch nginx parse` and the full static `check --nginx` on a generated
 * 50,000-line config vs `nginx -t` on the same file, runs interleaved so machine noise hits all three alike;
 * plus peak RSS at 200,000 lines. Both wall time (what a CI job waits for) and CPU time of all threads are
 * reported: nginx -t runs on one thread, while V8 compiles and collects garbage on helper threads, so
 * gatewatch's CPU time is higher than its wall time. Uses the built CLI (dist/cli/index.js, or
 * GATEWATCH_CLI). The config names only IP addresses, so nginx -t resolves nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.GATEWATCH_CLI ?? path.join(root, 'dist/cli/index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
// Sizes are overridable only so a smoke test can run the script quickly; the goals are stated for these defaults.
const LINES = Number(process.env.BENCH_NGINX_LINES ?? 50_000);
const BIG_LINES = Number(process.env.BENCH_NGINX_BIG_LINES ?? 200_000);
const lines = (count) => count.toLocaleString('en-US');

/** A realistic mix: upstream pools, servers with locations, headers, quoted strings, comments. */
export function generateConfig(lines) {
  const out = ['worker_processes 1;', 'events { worker_connections 1024; }', 'http {'];
  let n = 0;
  while (out.length < lines - 1) {
    n++;
    out.push(
      `    # pool ${n}`,
      `    upstream pool_${n} {`,
      `        server 10.${(n >> 8) & 255}.${n & 255}.1:8080 max_fails=3 fail_timeout=10s;`,
      `        server 10.${(n >> 8) & 255}.${n & 255}.2:8080 max_fails=3 fail_timeout=10s;`,
      '        keepalive 16;',
      '    }',
      '    server {',
      `        listen 127.0.0.1:${18000 + (n % 20)};`,
      `        server_name app${n}.example.test;`,
      '        proxy_http_version 1.1;',
      '        proxy_set_header Connection "";',
      '        proxy_set_header Host $host;',
      `        location /api/${n}/ {`,
      `            proxy_pass http://pool_${n};`,
      '            proxy_read_timeout 30s;',
      '        }',
      `        location ~ ^/static/${n}/(.*)$ {`,
      `            return 200 "static $1 ok";`,
      '        }',
      '    }',
    );
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

function timed(command, args) {
  // GNU time: elapsed, user, system seconds and peak RSS in KiB.
  // Run in the scratch directory, so no gatewatch.yml of the caller's checkout is read.
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const last = result.stderr.trim().split('\n').pop();
  const [elapsed, user, sys, rss] = last.split(' ').map(Number);
  return { wall: elapsed, cpu: user + sys, rssMb: rss / 1024, status: result.status, stderr: result.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** GNU time counts in 10 ms steps: a baseline that rounds to 0 (tiny smoke-test sizes) has no ratio. */
const ratioText = (value, baseline) => (baseline > 0 ? (value / baseline).toFixed(2) : 'n/a');

/** Met on wall time is the goal; CPU time is shown beside it because it is the stricter reading. */
function verdict(figures, base) {
  const wall = base.wall > 0 ? figures.wall / base.wall : Infinity;
  const cpu = base.cpu > 0 ? figures.cpu / base.cpu : Infinity;
  return `${wall <= 1.5 ? 'met' : 'NOT met'} on wall time (${ratioText(figures.wall, base.wall)}), ${cpu <= 1.5 ? 'met' : 'not met'} on CPU time (${ratioText(figures.cpu, base.cpu)})`;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-bench-nginx-'));
try {
  const file50 = path.join(dir, 'nginx-50k.conf');
  writeFileSync(file50, generateConfig(LINES));
  const nginxArgs = ['-t', '-q', '-p', `${dir}/`, '-c', file50, '-e', 'stderr', '-g', `pid ${dir}/nginx.pid;`];
  const nginx = [];
  const parse = [];
  const check = [];
  // The full static check (every rule, findings, report) without the nginx -t step it would add.
  const checkArgs = (file) => [cli, 'check', '--nginx', file, '--nginx-test', 'never', '--format', 'json', '--fail-on', 'never'];
  for (let i = 0; i < RUNS; i++) {
    nginx.push(timed('nginx', nginxArgs));
    parse.push(timed(process.execPath, [cli, 'nginx', 'parse', file50]));
    check.push(timed(process.execPath, checkArgs(file50)));
  }
  if (nginx[0].status !== 0) throw new Error(`nginx -t rejected the generated config:\n${nginx[0].stderr}`);
  if (parse[0].status !== 0) throw new Error(`gatewatch nginx parse failed:\n${parse[0].stderr}`);
  if (check[0].status !== 0) throw new Error(`gatewatch check --nginx failed:\n${check[0].stderr}`);
  const file200 = path.join(dir, 'nginx-200k.conf');
  writeFileSync(file200, generateConfig(BIG_LINES));
  const big = timed(process.execPath, [cli, 'nginx', 'parse', file200]);
  const bigCheck = timed(process.execPath, checkArgs(file200));
  const summary = (runs) => ({ cpu: median(runs.map((r) => r.cpu)), wall: median(runs.map((r) => r.wall)) });
  const base = summary(nginx);
  const ours = { parse: summary(parse), check: summary(check) };
  const line = (what, figures) =>
    `nginx: ${lines(LINES)} lines: ${what} ${figures.wall.toFixed(2)} s wall (ratio ${ratioText(figures.wall, base.wall)}), ` +
    `${figures.cpu.toFixed(2)} s CPU (ratio ${ratioText(figures.cpu, base.cpu)})`;
  console.log(`nginx: ${lines(LINES)} lines: nginx -t ${base.wall.toFixed(2)} s wall, ${base.cpu.toFixed(2)} s CPU (median of ${RUNS})`);
  console.log(line('gatewatch nginx parse', ours.parse));
  console.log(line('gatewatch check --nginx (static rules)', ours.check));
  console.log(`nginx: goal <= 1.5 x nginx -t: parse ${verdict(ours.parse, base)}, check ${verdict(ours.check, base)}`);
  console.log(`nginx: ${lines(BIG_LINES)} lines: parse ${big.cpu.toFixed(2)} s CPU, peak RSS ${big.rssMb.toFixed(0)} MB; check ${bigCheck.wall.toFixed(2)} s wall, ${bigCheck.cpu.toFixed(2)} s CPU, peak RSS ${bigCheck.rssMb.toFixed(0)} MB (goal <= 200 MB)`);
  const met = ours.parse.wall / base.wall <= 1.5 && ours.check.wall / base.wall <= 1.5 && big.rssMb <= 200 && bigCheck.rssMb <= 200;
  process.exitCode = met ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

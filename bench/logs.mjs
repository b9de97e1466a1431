/**
 * Benchmark (issue 8): `gatewatch logs` on a generated 1,000,000-line ALB access log. Goal ≥ 200k lines/s
 * and peak RSS ≤ 150 MB. The floor in the same run is a Node process that only streams the file and
 * splits it into lines (what any line-oriented reader must pay), so the ratio shows the parsing cost.
 * Uses the built CLI (dist/cli/index.js, or GATEWATCH_CLI). Lines follow AWS's documented 30-field format.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.GATEWATCH_CLI ?? path.join(root, 'dist/cli/index.js');
const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = 3;

const ARN = 'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';
const CERT = 'arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012';

/** One line; 5 in 100 are failures (refused, connect and idle timeouts, no targets, target 503), 1 in 10,000 is cut or from another program. */
function line(n) {
  const base = Date.UTC(2024, 5, 1, 10, 0, 0) + n * 3;
  const target = `10.0.${(n >> 8) & 255}.${n & 255}:8080`;
  let [elb, tgt, times, elapsed, actionTarget] = ['200', '200', '0.000 0.012 0.000', 12, target];
  switch (n % 100) {
    case 7: [elb, tgt, times, elapsed] = ['502', '-', '-1 -1 -1', 1]; break;
    case 17: [elb, tgt, times, elapsed] = ['504', '-', '-1 -1 -1', 10_002]; break;
    case 27: [elb, tgt, times, elapsed] = ['504', '-', '-1 -1 -1', 60_001]; break;
    case 37: [elb, tgt, times, elapsed, actionTarget] = ['503', '-', '-1 -1 -1', 0, '-']; break;
    case 47: [elb, tgt] = ['503', '503']; break;
    case 57: [elb, tgt] = ['404', '404']; break;
    default:
  }
  const time = new Date(base).toISOString().replace('Z', '123Z');
  const created = new Date(base - elapsed).toISOString().replace('Z', '000Z');
  const text =
    `https ${time} app/my-loadbalancer/50dc6c495c0c9188 192.168.${n & 255}.39:${2000 + (n % 60000)} ${actionTarget} ${times} ${elb} ${tgt} 34 366 ` +
    `"GET https://www.example.com:443/api/orders/${n}?expand=items HTTP/1.1" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)" ` +
    `ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 ${ARN} "Root=1-58337281-1d84f3d73c47ec4e${String(n).padStart(8, '0')}" "www.example.com" "${CERT}" 1 ${created} ` +
    `"forward" "-" "-" "${actionTarget}" "${tgt}" "-" "-" TID_1234abcd5678ef90${String(n).padStart(12, '0')}`;
  if (n % 10_000 === 9_999) return n % 20_000 === 9_999 ? text.slice(0, 180) : `kernel: eth0 link up ${n}`;
  return text;
}

async function generate(file, count) {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  let buffer = '';
  for (let n = 0; n < count; n++) {
    buffer += `${line(n)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/* The floor: stream the same file and split it into lines, nothing else. */
const FLOOR = `
const fs = require('node:fs');
let lines = 0, rest = '';
fs.createReadStream(process.argv[1], { highWaterMark: 1 << 20, encoding: 'utf8' })
  .on('data', (chunk) => { const parts = (rest + chunk).split('\\n'); rest = parts.pop(); lines += parts.length; })
  .on('end', () => console.log(lines + (rest ? 1 : 0)));`;

function timed(command, args) {
  // GNU time: elapsed, user, system seconds and peak RSS in KiB.
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'] });
  const last = result.stderr.trim().split('\n').pop();
  const [elapsed, user, sys, rss] = last.split(' ').map(Number);
  return { wall: elapsed, cpu: user + sys, rssMb: rss / 1024, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round2 = (value) => Math.round(value * 100) / 100;

const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-bench-logs-'));
try {
  const file = path.join(dir, 'alb.log');
  await generate(file, LINES);
  const floor = [];
  const logs = [];
  for (let i = 0; i < RUNS; i++) {
    floor.push(timed(process.execPath, ['-e', FLOOR, file]));
    logs.push(timed(process.execPath, [cli, 'logs', file, '--log-format', 'alb', '--format', 'json', '--kb', path.join(root, 'seeds/**/*.md')]));
  }
  // Exit 1 = failures found, which this log has by construction.
  if (logs[0].status !== 1) throw new Error(`gatewatch logs exited ${logs[0].status}:\n${logs[0].stderr}`);
  const summary = JSON.parse(logs[0].stdout);
  if (summary.lines !== LINES) throw new Error(`gatewatch logs counted ${summary.lines} lines, expected ${LINES}`);
  const wall = median(logs.map((r) => r.wall));
  const floorWall = median(floor.map((r) => r.wall));
  const report = {
    lines: LINES,
    fileMb: Math.round(statSync(file).size / 2 ** 20),
    classified: { failures: summary.failures, ok: summary.ok, foreign: summary.foreign, unreadable: summary.warningCount, rows: summary.rows.length },
    floor: { wallS: floorWall, cpuS: round2(median(floor.map((r) => r.cpu))), peakRssMb: Math.round(median(floor.map((r) => r.rssMb))) },
    gatewatchLogs: { wallS: wall, cpuS: round2(median(logs.map((r) => r.cpu))), peakRssMb: Math.round(Math.max(...logs.map((r) => r.rssMb))) },
    linesPerSecond: Math.round(LINES / wall),
    ratioWall: Number((wall / floorWall).toFixed(2)),
    goal: '≥ 200,000 lines/s, peak RSS ≤ 150 MB',
  };
  process.stdout.write(`logs benchmark: ${JSON.stringify(report, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

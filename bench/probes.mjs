/**
 * Probe benchmark (docs/design.md §10): 200 loopback targets of which 50 accept and never answer, 2 s timeout,
 * default concurrency (16), through the built CLI (dist/cli/index.js, or GATEWATCH_CLI).
 * Prints the wall time and its ratio to the ideal 2 s × ⌈50/16⌉ (a pool that never idles a slot).
 * `retries: 0` so a hung target costs one timeout, as the ideal assumes; BENCH_RETRIES overrides.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.resolve(process.env.GATEWATCH_CLI ?? path.join(root, 'dist/cli/index.js'));
// Sizes are overridable only so a smoke test can run the script quickly; the goal is stated for these defaults.
const TARGETS = Number(process.env.BENCH_PROBE_TARGETS ?? 200);
const HUNG = Number(process.env.BENCH_PROBE_HUNG ?? 50);
const TIMEOUT_MS = Number(process.env.BENCH_PROBE_TIMEOUT_MS ?? 2000);
const CONCURRENCY = 16;
const RETRIES = Number(process.env.BENCH_RETRIES ?? 0);

function listen(server) {
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        close: () => new Promise((done) => {
          for (const socket of sockets) socket.destroy();
          server.close(done);
        }),
      }),
    ),
  );
}

const healthy = await listen(http.createServer((_request, response) => response.end('ok')));
// Accepts the connection and never answers: every probe of it ends at its timeout.
const hung = await listen(net.createServer(() => undefined));

// Spread the hung targets through the list, as in a real config, rather than bunching them.
const probes = Array.from({ length: TARGETS }, (_, index) => {
  const isHung = index % (TARGETS / HUNG) === 0;
  const port = isHung ? hung.port : healthy.port;
  return `  - name: t${index}\n    url: http://127.0.0.1:${port}/${isHung ? 'hung' : 'ok'}/${index}\n`;
});
const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-bench-probes-'));
const config = path.join(dir, 'gatewatch.yml');
writeFileSync(
  config,
  `kb:\n  paths: ["no-kb-here/*.md"]\nprobe:\n  timeout_ms: ${TIMEOUT_MS}\n  retries: ${RETRIES}\n  budget_ms: 120000\nprobes:\n${probes.join('')}`,
);

const started = performance.now();
const child = spawn(process.execPath, [cli, 'check', '--config', config, '--format', 'json', '--fail-on', 'never'], {
  cwd: dir,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stdout = '';
let stderr = '';
child.stdout.on('data', (chunk) => (stdout += chunk));
child.stderr.on('data', (chunk) => (stderr += chunk));
const code = await new Promise((resolve) => child.on('close', resolve));
const wallMs = performance.now() - started;
await healthy.close();
await hung.close();
rmSync(dir, { recursive: true, force: true });

let report;
try {
  report = JSON.parse(stdout);
} catch {
  process.stderr.write(`gatewatch exited ${code} without a JSON report:\n${stderr}\n`);
  process.exit(1);
}
const results = report.probes ?? [];
const timedOut = results.filter((probe) => probe.class === 'timeout_headers').length;
const passed = results.filter((probe) => probe.ok).length;
const idealMs = TIMEOUT_MS * Math.ceil(HUNG / CONCURRENCY) * (RETRIES + 1);
const ratio = wallMs / idealMs;
process.stdout.write(
  `probes: ${results.length} targets (${passed} ok, ${timedOut} timed out), concurrency ${CONCURRENCY}, timeout ${TIMEOUT_MS} ms, retries ${RETRIES}\n` +
    `probes: wall ${(wallMs / 1000).toFixed(2)} s vs ideal ${(idealMs / 1000).toFixed(2)} s = ratio ${ratio.toFixed(2)} (goal <= 1.5)\n`,
);
if (results.length !== TARGETS || timedOut !== HUNG) {
  process.stderr.write(`unexpected probe results: ${results.length} results, ${timedOut} timeouts\n`);
  process.exit(1);
}
process.exit(ratio <= 1.5 ? 0 : 1);

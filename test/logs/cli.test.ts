/** `gatewatch logs FILE` end to end: real files, the repo's KB for citations, text and JSON output, exit codes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { logsCommand } from '../../src/cli/logs.js';
import type { Io } from '../../src/cli/io.js';
import { UsageError } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import { REPO_ROOT } from '../haproxy/helpers.js';
import { albLine, lbFailure } from './alb-lines.js';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
  return io;
}

const deps = nodeDeps(REPO_ROOT);
const KB = ['--kb', 'seeds/**/*.md'];

describe('gatewatch logs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-logs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a docker compose HAProxy log (real 2.6 output, last line cut) gives a cited table in text', async () => {
    const io = capture();
    const code = await logsCommand(['test/fixtures/logs/haproxy-compose.log', ...KB], deps, io);
    expect(code).toBe(1);
    const text = io.out;
    expect(text).toContain('test/fixtures/logs/haproxy-compose.log: haproxy (detected), 11 lines — 8 failures, 1 ok, 1 other-format lines skipped, 1 unreadable');
    expect(text).toMatch(/^no_live_upstream\s+503\s+SC--\s+2\s+27\/Nov\/2026:07:05:57\.067\s+27\/Nov\/2026:07:05:57\.073$/m);
    expect(text).toMatch(/^refused\s+503\s+SC--\s+1\s/m);
    expect(text).toMatch(/^timeout_headers\s+504\s+sH--\s+1\s/m);
    expect(text).toContain('KB: api/http-503-haproxy-no-server-available');
    // The health-check DOWN lines (refused check) cite the entry on failing health checks first.
    expect(text).toMatch(/example \(line 1\): .*Server chk\/s1 is DOWN.*\n(?: {2}upstreams: .*\n)? {2}KB: api\/haproxy-503-health-check-down /);
    expect(text).toContain('  test/fixtures/logs/haproxy-compose.log:11: truncated or unrecognised HAProxy log line');
    // ALB-only entries must not be cited for a HAProxy log.
    expect(text).not.toContain('api/alb-');
  });

  test('an ALB log in JSON: counts, located unreadable lines and gateway-specific citations first', async () => {
    const file = path.join(dir, 'alb.log');
    const lines = [
      albLine(),
      lbFailure('502', 2),
      lbFailure('502', 3),
      'not an ALB line',
      lbFailure('504', 10_001),
      `${lbFailure('503', 0, { target: '-', targetPortList: '-' })} "extra" "trailing" fields`,
      lbFailure('504', 60_010).slice(0, 150),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const io = capture();
    const code = await logsCommand([file, '--output-format', 'json', ...KB], deps, io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out);
    expect(report).toMatchObject({ version: 1, format: 'alb', detected: true, lines: 7, failures: 4, ok: 1, foreign: 1, warningCount: 1 });
    expect(report.warnings).toEqual([{ line: 7, reason: 'truncated ALB log line (unclosed quote)' }]);
    const byClass = Object.fromEntries(report.rows.map((row: { class: string; count: number; citations: { entryId: string }[] }) => [row.class, row]));
    expect(byClass.refused.count).toBe(2);
    expect(byClass.refused.citations[0].entryId).toBe('api/alb-http-502-target-connection-error');
    expect(byClass.timeout_connect.citations[0].entryId).toBe('api/alb-http-504-target-connect-timeout');
    expect(byClass.no_live_upstream.citations[0].entryId).toBe('api/alb-http-503-no-registered-targets');
    for (const row of report.rows) {
      for (const citation of row.citations) expect(citation.entryId).not.toMatch(/^api\/(haproxy|nginx)-/);
    }
  });

  test('a log without failures exits 0; --format forces a reader', async () => {
    const file = path.join(dir, 'clean.log');
    writeFileSync(file, `${albLine()}\n${albLine({ elbStatus: '404', targetStatus: '404' })}\n`);
    const io = capture();
    expect(await logsCommand([file, '--format', 'alb', ...KB], deps, io)).toBe(0);
    expect(io.out).toContain('alb, 2 lines — 0 failures, 2 ok');
    const forced = capture();
    expect(await logsCommand([file, '--format', 'haproxy', ...KB], deps, forced)).toBe(0);
    expect(forced.out).toContain('haproxy, 2 lines — 0 failures, 0 ok, 2 other-format lines skipped');
  });

  test('bad usage is a UsageError naming the problem', async () => {
    await expect(logsCommand([], deps, capture())).rejects.toThrow(UsageError);
    await expect(logsCommand(['no-such-file.log'], deps, capture())).rejects.toThrow('cannot read "no-such-file.log": ENOENT');
    await expect(logsCommand(['test/fixtures/logs/haproxy-compose.log', '--format', 'iis'], deps, capture())).rejects.toThrow(
      'invalid value "iis" for --format; expected one of nginx, haproxy, alb',
    );
    await expect(logsCommand(['test/fixtures/logs', ...KB], deps, capture())).rejects.toThrow('is not a file');
  });
});

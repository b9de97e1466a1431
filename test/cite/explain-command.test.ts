/** `gatewatch explain` through the CLI dispatcher, on the shipped KB. */
import { main } from '../../src/cli.js';
import { nodeDeps } from '../../src/deps.js';

async function explain(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['explain', ...args], nodeDeps(process.cwd()), {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

const REFUSED_LINE =
  '2026/11/27 07:01:57 [error] 5261#5261: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:9/", host: "x"';

it('ranks entries for a status, log line and probe class as a table', async () => {
  const run = await explain(['--status', '502', '--log', REFUSED_LINE, '--probe', 'refused']);
  expect(run.code).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines[0]).toMatch(/^SCORE\s+FIX\s+MATCHED BY\s+ENTRY$/);
  expect(lines[1]).toMatch(/^0\.\d\d\s+85%\s+log,class,status\s+api\/http-502-bad-gateway-upstream-unreachable$/);
  expect(lines[3]).toBe('  seeds/api/http-502-bad-gateway-upstream-unreachable.md');
});

it('prints JSON with --format json, best first, and --gateway drops other gateways\' entries', async () => {
  const all = JSON.parse((await explain(['--status', '504', '--probe', 'timeout_headers', '--format', 'json'])).stdout) as { entries: { entryId: string }[] };
  expect(all.entries.some((entry) => entry.entryId.startsWith('api/alb-'))).toBe(true);
  const run = await explain(['--status', '504', '--probe', 'timeout_headers', '--gateway', 'nginx', '--format', 'json']);
  const report = JSON.parse(run.stdout) as { version: number; entries: { entryId: string; score: number; evidence: string[] }[] };
  expect(report.version).toBe(1);
  expect(report.entries[0]).toMatchObject({ entryId: 'api/http-504-upstream-response-timeout', evidence: ['class', 'status'] });
  expect(report.entries.some((entry) => entry.entryId.startsWith('api/alb-'))).toBe(false);
  const scores = report.entries.map((entry) => entry.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
});

it('exits 1 when nothing matches and 2 on bad or missing symptoms', async () => {
  expect((await explain(['--log', 'nothing like any gateway error'])).code).toBe(1);
  const none = await explain([]);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain('explain needs at least one symptom');
  const badStatus = await explain(['--status', '5O2']);
  expect(badStatus.code).toBe(2);
  expect(badStatus.stderr).toContain('invalid value "5O2" for --status');
  expect((await explain(['--probe', 'exploded'])).stderr).toContain('invalid value "exploded" for --probe');
});

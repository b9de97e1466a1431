/** Malformed or hostile KB files: each ends as a located finding, and the other files are still checked. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/run-bundle.js';

const GOOD = readFileSync('test/fixtures/kb/parse-error/ok-base.md', 'utf8');

interface Report {
  findings: { ruleId: string; severity: string; message: string; location?: { path: string; line: number } }[];
  summary: { files: number };
}

/** The files sit outside the KB root (`--kb-root seeds`), so kb/id-path stays out of these cases. */
function checkIn(dir: string, glob: string, extra: string[] = []): { status: number | null; report: Report } {
  const run = runCli(['check', '--kb', glob, '--kb-root', 'seeds', '--format', 'json', ...extra], { cwd: dir });
  return { status: run.status, report: JSON.parse(run.stdout) as Report };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-kb-bad-'));
  mkdirSync(path.join(dir, 'kb'));
  const put = (name: string, data: string | Buffer): void => writeFileSync(path.join(dir, 'kb', name), data);
  put('good.md', GOOD);
  put('binary.md', Buffer.concat([Buffer.from('# Title\n\nline two\n'), Buffer.from([0, 1, 2, 3])]));
  put('latin1.md', Buffer.concat([Buffer.from('# Title\n\n- **Domain:** caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  put('empty.md', '');
  put('huge.md', `# Huge\n\n${'x'.repeat(1024 * 1024)}\n`);
  put('crlf-bom.md', `\uFEFF${GOOD.replace('api/parse-error-ok-base', 'api/crlf-twin').replace(/\n/g, '\r\n')}`);
  mkdirSync(path.join(dir, 'kb', 'folder.md'));
  symlinkSync(path.join(dir, 'kb', 'missing-target.md'), path.join(dir, 'kb', 'dangling.md'));
});

it('locates every unreadable file and still checks the good one', () => {
  const { status, report } = checkIn(dir, 'kb/*.md');
  expect(status).toBe(1);
  const byPath = new Map(report.findings.map((finding) => [finding.location?.path, finding]));
  expect(byPath.get('kb/binary.md')).toMatchObject({ ruleId: 'kb/parse-error', location: { line: 4 } });
  expect(byPath.get('kb/binary.md')!.message).toMatch(/NUL byte/);
  expect(byPath.get('kb/latin1.md')).toMatchObject({ ruleId: 'kb/parse-error', location: { line: 3 } });
  expect(byPath.get('kb/latin1.md')!.message).toMatch(/not valid UTF-8/);
  expect(byPath.get('kb/empty.md')!.message).toMatch(/File is empty/);
  expect(byPath.get('kb/huge.md')!.message).toMatch(/over the 1048576-byte limit/);
  expect(byPath.has('kb/good.md')).toBe(false);
  expect(byPath.has('kb/crlf-bom.md')).toBe(false);
});

it('reports a dangling symlink named by the glob as unreadable, at its path', () => {
  const { report } = checkIn(dir, 'kb/dangling.md');
  expect(report.findings).toEqual([
    expect.objectContaining({ ruleId: 'kb/parse-error', location: { path: 'kb/dangling.md', line: 1, column: 1 } }),
  ]);
});

it('gives a CRLF file with a BOM the same positions as its LF twin', () => {
  const crlf = runCli(['kb', 'parse', 'kb/crlf-bom.md'], { cwd: dir });
  const entry = (JSON.parse(crlf.stdout) as { entry: { id: string; root_cause: string; title: string } }).entry;
  expect(entry.id).toBe('api/crlf-twin');
  expect(entry.title).toBe('502 Bad Gateway: upstream refused the connection');
  expect(entry.root_cause).not.toMatch(/\r/);
});

it('stops with exit 2 naming a glob that matches nothing', () => {
  const run = runCli(['check', '--kb', 'nowhere/**/*.md'], { cwd: dir });
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe('gatewatch: the kb glob "nowhere/**/*.md" matched no files; check the path or the pattern, or pass --allow-empty\n');
});

it('turns a glob that matches nothing into a notice with --allow-empty', () => {
  const { status, report } = checkIn(dir, 'nowhere/**/*.md', ['--allow-empty']);
  expect(status).toBe(0);
  expect(report.findings).toEqual([
    expect.objectContaining({ ruleId: 'tool/empty-glob', severity: 'notice', message: expect.stringContaining('"nowhere/**/*.md"') }),
  ]);
});

it('caps the number of files with a clear finding', () => {
  const { report } = checkIn(dir, 'kb/*.md', ['--max-files', '2']);
  expect(report.summary.files).toBe(2);
  expect(report.findings.some((finding) => finding.ruleId === 'tool/too-many-files')).toBe(true);
});

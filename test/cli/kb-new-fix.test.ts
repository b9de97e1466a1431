/** `kb new` writes a skeleton whose only findings are its placeholders; `check --fix` repairs what is mechanical. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixKbText } from '../../src/kb/fix/fix-text.js';
import { runCli } from '../helpers/run-bundle.js';

interface Report {
  findings: { ruleId: string; location?: { line: number } }[];
}

function freshRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-new-'));
  mkdirSync(path.join(dir, '.git'));
  cpSync('seeds', path.join(dir, 'seeds'), { recursive: true });
  return dir;
}

describe('gatewatch kb new', () => {
  const id = 'api/http-502-upstream-closed-early';
  const file = `seeds/${id}.md`;

  it('writes a skeleton that fails only on its FILL IN placeholders, and passes once they are filled', () => {
    const dir = freshRepo();
    const created = runCli(['kb', 'new', id], { cwd: dir });
    expect(created).toMatchObject({ status: 0, stdout: `${file}\n` });
    const check = runCli(['check', '--format', 'json'], { cwd: dir });
    expect(check.status).toBe(1);
    const findings = (JSON.parse(check.stdout) as Report).findings;
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set(['kb/placeholder']));
    expect(findings).toHaveLength(7);

    // An author's edit: every placeholder replaced with real content, nothing else touched.
    const skeleton = readFileSync(path.join(dir, file), 'utf8');
    const filled = skeleton
      .replace(/^# FILL IN.*$/m, '# 502 Bad Gateway: upstream closed the connection early')
      .replace(/^FILL IN: what happens.*$/m, 'The upstream accepted the connection and closed it before sending a response header.')
      .replace(/^FILL IN: the gateway log line.*$/m, '2026/11/27 07:01:49 [error] 7#7: *1 upstream prematurely closed connection while reading response header from upstream')
      .replace(/FILL IN: a gateway and version[^|]*/, 'Nginx 1.22+ ')
      .replace(/FILL IN: the action that fixes it/, 'Find why the upstream process exits mid-request')
      .replace(/# FILL IN: the commands to run/, 'journalctl -u app.service --since -10min')
      .replace(/FILL IN: what people try that does not help/, 'Raising proxy_read_timeout')
      .replace(/FILL IN: why it does not help/, 'the upstream closes the connection; nothing is waiting')
      .replace(/ <!-- FILL IN[^>]*-->/g, '');
    writeFileSync(path.join(dir, file), filled);
    const passed = runCli(['check', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(passed.stdout) as Report).findings).toEqual([]);
    expect(passed.status).toBe(0);
  });

  it('refuses a bad id and an existing file (exit 2)', () => {
    const dir = freshRepo();
    expect(runCli(['kb', 'new', 'API/Bad Id'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('invalid entry id "API/Bad Id"') });
    const existing = runCli(['kb', 'new', 'api/http-502-bad-gateway-upstream-unreachable'], { cwd: dir });
    expect(existing).toMatchObject({ status: 2, stderr: expect.stringContaining('already exists') });
  });
});

describe('check --fix', () => {
  const fixture = (rule: string, name: string): string => readFileSync(`test/fixtures/kb/${rule}/${name}`, 'utf8');

  it.each([
    ['percent-format', 'bad-fraction.md', ['7: rate "0.85" -> "85%"']],
    ['percent-format', 'bad-missing-sign.md', ['29: rate "70" -> "70%"']],
    ['table-columns', 'bad-header.md', ['19: version table columns "Version | State | Introduced | Deprecated" -> "Version | Status | Introduced | Deprecated"']],
    ['sections', 'bad-order.md', ['9: sections reordered to Root Cause, Version Compatibility, Workarounds, Dead Ends, Signals']],
  ])('%s/%s is fixed and says what changed', (rule, name, changes) => {
    const result = fixKbText(`x/${name}`, fixture(rule, name), 1024 * 1024);
    expect(result.changes).toEqual(changes);
  });

  it('leaves what needs judgement alone (a rate over 100%, an unknown or repeated section)', () => {
    for (const [rule, name] of [['percent-format', 'bad-over-100.md'], ['sections', 'bad-unknown.md'], ['sections', 'bad-duplicate.md']] as const) {
      const text = fixture(rule, name);
      expect(fixKbText(`x/${name}`, text, 1024 * 1024)).toEqual({ text, changes: [] });
    }
  });

  it('rewrites the files in place through the bundle, lists the changes on stderr, and the rules then pass', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-fix-'));
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'kb'));
    for (const [rule, name] of [['percent-format', 'bad-fraction.md'], ['table-columns', 'bad-header.md'], ['sections', 'bad-order.md']]) {
      cpSync(`test/fixtures/kb/${rule}/${name}`, path.join(dir, 'kb', `${rule}-${name}`));
    }
    const before = runCli(['check', '--kb', 'kb/*.md', '--kb-root', 'seeds', '--format', 'json'], { cwd: dir });
    expect(before.status).toBe(1);
    const fixed = runCli(['check', '--kb', 'kb/*.md', '--kb-root', 'seeds', '--fix', '--format', 'json'], { cwd: dir });
    expect(fixed.stderr).toContain('fixed kb/percent-format-bad-fraction.md:7: rate "0.85" -> "85%"');
    expect(fixed.stderr).toContain('gatewatch: --fix made 3 changes in 3 files');
    expect((JSON.parse(fixed.stdout) as Report).findings).toEqual([]);
    expect(fixed.status).toBe(0);
    const again = runCli(['check', '--kb', 'kb/*.md', '--kb-root', 'seeds', '--fix'], { cwd: dir });
    expect(again.stderr).toBe('gatewatch: --fix changed nothing\n');
  });
});

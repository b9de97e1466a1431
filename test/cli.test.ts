/** The CLI's contract: exit codes 0/1/2/3, flags named in errors, gatewatch.yml errors at key and line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers/run-bundle.js';

const SEED = 'test/fixtures/seed-verbatim/502-bad-gateway-upstream-unreachable.md';

it('exits 2 naming an unknown flag', () => {
  const run = runCli(['check', '--kbb', 'x']);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--kbb/);
});

it('exits 2 naming a bad flag value and the allowed ones', () => {
  const run = runCli(['check', '--format', 'xml']);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('invalid value "xml" for --format; expected one of text, json, sarif, github');
});

it('exits 2 for an unknown command', () => {
  expect(runCli(['chekc']).status).toBe(2);
});

it('honours --fail-on: warnings fail only when asked, never never fails', () => {
  const onlyWarnings = 'test/fixtures/kb/fix-rate-consistency/bad-too-high.md';
  expect(runCli(['check', '--kb', onlyWarnings]).status).toBe(0);
  expect(runCli(['check', '--kb', onlyWarnings, '--fail-on', 'warning']).status).toBe(1);
  expect(runCli(['check', '--kb', SEED, '--fail-on', 'never']).status).toBe(0);
});

it('prints GitHub workflow commands with --format github', () => {
  const run = runCli(['check', '--kb', SEED, '--format', 'github']);
  expect(run.stdout).toContain(`::error title=kb/empty-title,file=${SEED},line=38,endLine=38,col=3,endColumn=7::Dead end 1 has an empty title`);
});

describe('gatewatch.yml', () => {
  const write = (text: string): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-config-'));
    writeFileSync(path.join(dir, 'gatewatch.yml'), text);
    return dir;
  };

  it('exits 2 naming an unknown key and its line', () => {
    const dir = write('kb:\n  paths: [seeds/**/*.md]\n  rooot: seeds\n');
    const run = runCli(['check'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('gatewatch.yml:3:3: invalid config key "kb.rooot"');
  });

  it('exits 2 naming a bad value and its line', () => {
    const dir = write('fail_on: sometimes\n');
    const run = runCli(['check'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/gatewatch\.yml:1:10: invalid config key "fail_on"/);
  });

  it('exits 2 on YAML that does not parse, with the line', () => {
    const dir = write('kb:\n  paths: [unclosed\n');
    const run = runCli(['check'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/gatewatch\.yml:\d+:\d+: invalid YAML/);
  });

  it('exits 2 when an explicit --config does not exist', () => {
    const run = runCli(['check', '--config', 'no-such.yml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read config "no-such.yml": ENOENT');
  });

  it('reads kb globs and fail_on from the file, flags win over it', () => {
    const dir = write(`kb:\n  paths: ['${path.resolve(SEED)}']\nfail_on: never\n`);
    expect(runCli(['check'], { cwd: dir }).status).toBe(0);
    expect(runCli(['check', '--fail-on', 'error'], { cwd: dir }).status).toBe(1);
  });
});

it('ends quietly when the reader closes the pipe early (gatewatch … | head)', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['dist/cli/index.js', 'kb', 'list', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|Unhandled/);
  expect(code).toBe(0);
});

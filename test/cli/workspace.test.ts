/** Where the CLI runs: gatewatch.yml found up to the repository root, path flags rebased, one overlay with the action. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readActionSettings } from '../../src/action-inputs.js';
import { optionsFromCheckArgs } from '../../src/cli/check.js';
import { DEFAULT_KB_GLOB } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import { staticGlobBase } from '../../src/files.js';
import { runCli } from '../helpers/run-bundle.js';

const SEED = readFileSync('seeds/api/http-502-bad-gateway-upstream-unreachable.md', 'utf8');


function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

it('finds gatewatch.yml in a parent folder and reports repository paths', () => {
  const dir = repo({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'gatewatch.yml': 'kb:\n  paths: [docs/kb/**/*.md]\n',
    'docs/kb/api/misplaced.md': SEED,
    'src/deep/.keep': '',
  });
  const run = runCli(['check'], { cwd: path.join(dir, 'src/deep') });
  expect(run.status).toBe(1);
  // kb.paths came from the parent's gatewatch.yml; the root is the glob's static base, docs/kb.
  expect(run.stdout).toContain('docs/kb/api/misplaced.md:3:12: error: Entry id "api/http-502-bad-gateway-upstream-unreachable" does not match its path "docs/kb/api/misplaced.md"; move the file to "docs/kb/api/http-502-bad-gateway-upstream-unreachable.md" or change the id [kb/id-path]');
});

it('rebases a path flag typed in a subfolder onto the folder of gatewatch.yml', () => {
  const dir = repo({ '.git/HEAD': '', 'gatewatch.yml': 'fail_on: error\n', 'team/kb/api/http-502-bad-gateway-upstream-unreachable.md': SEED });
  const run = runCli(['check', '--kb', 'kb/**/*.md', '--format', 'json', '--fail-on', 'never'], { cwd: path.join(dir, 'team') });
  expect(run.status).toBe(0);
  expect((JSON.parse(run.stdout) as { summary: { files: number } }).summary.files).toBe(1);
});

it('stops looking at the repository root (.git), never reading a gatewatch.yml above it', () => {
  const outer = repo({ 'gatewatch.yml': 'fail_on: sometimes\n', 'inner/.git/HEAD': '', 'inner/seeds/.keep': '' });
  const run = runCli(['check', '--allow-empty'], { cwd: path.join(outer, 'inner') });
  expect(run.stderr).not.toContain('fail_on');
  expect(run.status).toBe(0);
});

it('derives the KB root from the static base of the globs, and keeps an explicit one', () => {
  expect(staticGlobBase(['docs/kb/**/*.md'], '/repo')).toBe('docs/kb');
  expect(staticGlobBase(['./kb/a/*.md', 'kb/b/**/*.md'], '/repo')).toBe('kb');
  expect(staticGlobBase(['**/*.md'], '/repo')).toBe('');
  expect(staticGlobBase(['one/file.md'], '/repo')).toBeUndefined();
  expect(staticGlobBase(['/repo/x/**/*.md'], '/repo')).toBe('x');
});

it('check --nginx keeps checking the default KB, exactly as the action input nginx does', async () => {
  const dir = repo({ '.git/HEAD': '' });
  const deps = nodeDeps(dir, {});
  const cli = await optionsFromCheckArgs(['--nginx', 'deploy/*.conf'], deps);
  const action = (await readActionSettings((name) => (name === 'nginx' ? 'deploy/*.conf' : ''), deps)).options;
  expect(cli.kb.paths).toEqual([DEFAULT_KB_GLOB]);
  expect(cli.kb).toEqual(action.kb);
  expect(cli.nginx).toEqual(action.nginx);
  // The CLI stops on a glob you gave that matches nothing; the action keeps it a notice.
  expect(cli.emptyGlob).toBe('error');
  expect(action.emptyGlob).toBe('notice');
});

it('says "no such file" for a KB path that does not exist', () => {
  const run = runCli(['check', '--kb', 'seeds/api/no-such-entry.md']);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('seeds/api/no-such-entry.md:1:1: error: No such file "seeds/api/no-such-entry.md"; check the path or remove it from the kb globs [kb/parse-error]');
  expect(run.stdout).not.toContain('permissions');
  expect(run.stdout).toContain('1 error, 0 warnings, 0 notices in 1 file');
});

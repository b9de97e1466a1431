/**
 * Trusted policy: a pull request's own gatewatch.yml cannot switch the gate off, re-open metadata
 * probes or choose which program runs. Settings that decide the gate come from the base commit;
 * binaries only from action inputs / CLI flags.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readActionSettings } from '../../src/action-inputs.js';
import { optionsFromCheckArgs } from '../../src/cli/check.js';
import { loadConfig } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import { configAtCommit } from '../../src/policy/config-at-commit.js';
import { parseConfigText } from '../../src/config-file.js';
import { applyTrustedPolicy, type PolicyInput } from '../../src/policy/trusted-policy.js';
import { FakeGitHub } from '../github/fake-github.js';
import { gatewayBinaries } from '../helpers/gateway-binaries.js';
import { runCli } from '../helpers/run-bundle.js';
import { webhookExample } from '../helpers/webhooks.js';
import { E2E_INPUTS, makeWorkspace, runActionProcess } from '../e2e-action/run-action.js';

/** The hostile PR's gatewatch.yml: every key that would switch a guard off, and a script to run. */
const HOSTILE_CONFIG = `fail_on: never
comment: off
allow: ['169.254.0.0/16']
nginx:
  binary: ./evil.sh
  test: always
haproxy:
  paths: ['haproxy/*.cfg']
  binary: ./evil.sh
  test: always
`;
const BASE_CONFIG = `fail_on: error
haproxy:
  paths: ['haproxy/*.cfg']
`;

/** A payload that would leave a marker next to itself if it ever ran (harmless otherwise). */
const EVIL_SH = '#!/bin/sh\necho ran > "$(dirname "$0")/EVIL-RAN"\n';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=gatewatch-test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}

/** A real repository: base commit with a benign gatewatch.yml, head commit with the hostile one. */
function hostileRepo(): { dir: string; base: string; head: string } {
  const dir = makeWorkspace((workspace) => {
    mkdirSync(path.join(workspace, 'haproxy'));
    writeFileSync(path.join(workspace, 'haproxy/edge.cfg'), 'defaults\n  mode http\n  timeout client 5s\n  timeout server 5s\n  timeout connect 1s\n');
    writeFileSync(path.join(workspace, 'gatewatch.yml'), BASE_CONFIG);
  });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'gatewatch.yml'), HOSTILE_CONFIG);
  writeFileSync(path.join(dir, 'evil.sh'), EVIL_SH);
  chmodSync(path.join(dir, 'evil.sh'), 0o755);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'hostile pull request');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

function prPayload(base: string, head: string): Record<string, unknown> {
  const payload = structuredClone(webhookExample('pull_request', (p) => p.action === 'opened')) as {
    pull_request: { base: { sha: string }; head: { sha: string } };
  };
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  return payload as unknown as Record<string, unknown>;
}

describe('applyTrustedPolicy (pure)', () => {
  const input = (working: PolicyInput['working'], source: PolicyInput['source']): PolicyInput => ({
    working,
    configPath: 'gatewatch.yml',
    locate: (pointer) => ({ '/fail_on': { line: 1, column: 1 }, '/nginx/binary': { line: 4, column: 3 } })[pointer],
    source,
  });

  it('keeps the base values of changed policy keys, one located notice per key, and the rest of the file', () => {
    const outcome = applyTrustedPolicy(
      input({ fail_on: 'never', comment: 'off', only_changed: true, allow: ['169.254.0.0/16'], kb: { paths: ['kb/*.md'] } }, { kind: 'commit', label: 'abc123', raw: { fail_on: 'warning', comment: 'off' } }),
    );
    expect(outcome.raw).toEqual({ fail_on: 'warning', comment: 'off', kb: { paths: ['kb/*.md'] } });
    expect(outcome.findings.map((f) => [f.ruleId, f.severity, f.location?.line])).toEqual([
      ['policy/deferred-setting', 'notice', 1],
      ['policy/deferred-setting', 'notice', undefined],
      ['policy/deferred-setting', 'notice', undefined],
    ]);
    expect(outcome.findings[0]!.message).toBe(
      'This pull request changes "fail_on" from "warning" to "never"; settings that decide the gate are read from the base commit "abc123", so the change takes effect after merge',
    );
    expect(outcome.findings[2]!.message).toContain('"allow" from the default to ["169.254.0.0/16"];');
  });

  it('says nothing when the pull request leaves the policy keys as the base has them', () => {
    expect(applyTrustedPolicy(input({ fail_on: 'warning', nginx: { paths: ['a.conf'] } }, { kind: 'commit', label: 'b', raw: { fail_on: 'warning' } }))).toEqual({
      raw: { fail_on: 'warning', nginx: { paths: ['a.conf'] } },
      findings: [],
    });
  });

  it('drops nginx.binary and haproxy.binary from any gatewatch.yml, trusted or not, with a located notice', () => {
    for (const source of [{ kind: 'working-tree' } as const, { kind: 'commit', label: 'b', raw: {} } as const]) {
      const outcome = applyTrustedPolicy(input({ nginx: { binary: './evil.sh', test: 'always' }, haproxy: { binary: '/tmp/x' } }, source));
      expect(outcome.raw).toEqual({ nginx: { test: 'always' }, haproxy: {} });
      expect(outcome.findings.map((f) => [f.ruleId, f.location?.line])).toEqual([
        ['policy/ignored-binary', 4],
        ['policy/ignored-binary', undefined],
      ]);
      expect(outcome.findings[0]!.message).toBe(
        '"nginx.binary: ./evil.sh" in gatewatch.yml is ignored because the program that runs never comes from the repository; set the action input nginx-binary or pass --nginx-binary instead (default: nginx on PATH)',
      );
    }
  });

  it('trusts the checked-out file outside pull requests', () => {
    expect(applyTrustedPolicy(input({ fail_on: 'never', allow: ['10.0.0.0/8'] }, { kind: 'working-tree' })).raw).toEqual({ fail_on: 'never', allow: ['10.0.0.0/8'] });
  });

  it('with an unreadable base uses the defaults for every policy key the file sets, in one notice', () => {
    const outcome = applyTrustedPolicy(input({ fail_on: 'never', allow: ['169.254.0.0/16'], kb: { root: 'kb' } }, { kind: 'unavailable', label: 'abc', reason: 'the commit is not in this checkout' }));
    expect(outcome.raw).toEqual({ kb: { root: 'kb' } });
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]).toMatchObject({ ruleId: 'policy/base-unreadable', severity: 'notice', location: { path: 'gatewatch.yml', line: 1 } });
    expect(outcome.findings[0]!.message).toContain('gatewatch.yml sets "fail_on", "allow" but the base commit "abc" could not be read');
    // Nothing to say when the file sets no policy key.
    expect(applyTrustedPolicy(input({}, { kind: 'unavailable', label: 'abc', reason: 'x' })).findings).toEqual([]);
  });
});

describe('configAtCommit (real git)', () => {
  it('reads the base file, {} when the base has none, and unavailable for a missing commit or a hostile revision', async () => {
    const { dir, base, head } = hostileRepo();
    const deps = nodeDeps(dir);
    expect(await configAtCommit(deps, base, 'gatewatch.yml', parseConfigText)).toEqual({
      kind: 'commit',
      label: base.slice(0, 12),
      raw: { fail_on: 'error', haproxy: { paths: ['haproxy/*.cfg'] } },
    });
    expect(await configAtCommit(deps, head, 'nope.yml', parseConfigText)).toMatchObject({ kind: 'commit', raw: {} });
    expect(await configAtCommit(deps, 'f'.repeat(40), 'gatewatch.yml', parseConfigText)).toMatchObject({ kind: 'unavailable' });
    expect(await configAtCommit(deps, '--output=/tmp/x', 'gatewatch.yml', parseConfigText)).toMatchObject({ kind: 'unavailable', reason: 'not a revision name' });
    expect(await configAtCommit(deps, '', 'gatewatch.yml', parseConfigText)).toMatchObject({ kind: 'unavailable', reason: 'the event payload names no base commit' });
    // A directory that is no repository at all (a tarball checkout).
    const plain = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-norepo-'));
    expect(await configAtCommit(nodeDeps(plain), base, 'gatewatch.yml', parseConfigText)).toMatchObject({ kind: 'unavailable' });
  });

  it('loadConfig with a policy revision applies the base values and ignores the binaries', async () => {
    const { dir, base } = hostileRepo();
    const options = await loadConfig(nodeDeps(dir), undefined, { revision: base });
    expect(options).toMatchObject({ failOn: 'error', comment: 'auto', onlyChanged: false, allow: [] });
    expect(options.nginx).toMatchObject({ binary: 'nginx', test: 'always' });
    expect(options.haproxy).toMatchObject({ binary: 'haproxy', test: 'always', paths: ['haproxy/*.cfg'] });
    expect(options.configFindings!.map((f) => `${f.ruleId}@${f.location?.line}`)).toEqual([
      'policy/ignored-binary@5',
      'policy/ignored-binary@9',
      'policy/deferred-setting@1',
      'policy/deferred-setting@2',
      'policy/deferred-setting@3',
    ]);
  });

  it('the action reads the base SHA from the pull_request payload; inputs pick the binaries', async () => {
    const { dir, base, head } = hostileRepo();
    const eventPath = path.join(dir, '..', `${path.basename(dir)}-event.json`);
    writeFileSync(eventPath, JSON.stringify(prPayload(base, head)));
    const deps = nodeDeps(dir, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath });
    const inputs: Record<string, string> = { 'nginx-binary': '/opt/nginx/sbin/nginx', 'haproxy-binary': 'haproxy-2.8' };
    const settings = await readActionSettings((name) => inputs[name] ?? '', deps);
    expect(settings.options).toMatchObject({ failOn: 'error', comment: 'auto', allow: [] });
    expect(settings.options.nginx.binary).toBe('/opt/nginx/sbin/nginx');
    expect(settings.options.haproxy.binary).toBe('haproxy-2.8');
    // A push runs merged code: the checked-out file is the trusted one (binaries still ignored).
    const push = await readActionSettings(() => '', nodeDeps(dir, { GITHUB_EVENT_NAME: 'push' }));
    expect(push.options).toMatchObject({ failOn: 'never', comment: 'off', allow: ['169.254.0.0/16'] });
    expect(push.options.nginx.binary).toBe('nginx');
  });

  it('the CLI takes --policy-from, --nginx-binary and --haproxy-binary, and refuses an option-like revision', async () => {
    const { dir } = hostileRepo();
    const options = await optionsFromCheckArgs(['--policy-from', 'HEAD~1', '--nginx-binary', '/usr/sbin/nginx', '--haproxy-binary', '/usr/sbin/haproxy'], nodeDeps(dir));
    expect(options).toMatchObject({ failOn: 'error', allow: [] });
    expect([options.nginx.binary, options.haproxy.binary]).toEqual(['/usr/sbin/nginx', '/usr/sbin/haproxy']);
    await expect(optionsFromCheckArgs(['--policy-from=--upload-pack=x'], nodeDeps(dir))).rejects.toThrow(
      'invalid value "--upload-pack=x" for --policy-from; expected a commit or branch such as origin/main',
    );
  });
});

describe('through the committed bundles', () => {
  let server: FakeGitHub;
  beforeEach(async () => {
    server = new FakeGitHub();
    await server.start();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('a hostile PR gatewatch.yml does not pass the gate, run its script, or go unnoticed (action bundle)', async () => {
    const { dir, base, head } = hostileRepo();
    const nginx = gatewayBinaries('nginx')[0]?.path ?? 'gatewatch-no-such-nginx';
    const haproxy = gatewayBinaries('haproxy')[0]?.path ?? 'gatewatch-no-such-haproxy';
    const { 'nginx-test': _never, ...inputs } = E2E_INPUTS;
    const result = await runActionProcess({
      inputs: { ...inputs, 'report-file': 'report.json', 'nginx-binary': nginx, 'haproxy-binary': haproxy },
      cwd: dir,
      apiUrl: server.url,
      event: prPayload(base, head),
    });
    expect(result.stdout).not.toContain('internal error');
    // fail_on: never is not honoured: the workspace's error still fails the job.
    expect(result.status).toBe(1);
    expect(result.outputs.passed).toBe('false');
    // The script never ran (it would have left EVIL-RAN next to itself).
    expect(existsSync(path.join(dir, 'EVIL-RAN'))).toBe(false);
    // One notice per changed setting at its key, one per ignored binary.
    const notices = result.commands.filter((c) => c.level === 'notice').map((c) => c.line);
    const lines = (text: string): string[] => notices.filter((line) => line.includes(text)).map((line) => /line=(\d+)/.exec(line)?.[1] ?? '-');
    expect(lines('takes effect after merge').sort()).toEqual(['1', '2', '3']);
    expect(lines('is ignored because the program that runs').sort()).toEqual(['5', '9']);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { findings: { ruleId: string; message: string }[] };
    const deferred = report.findings.filter((f) => f.ruleId === 'policy/deferred-setting').map((f) => f.message);
    expect(deferred).toHaveLength(3);
    expect(deferred.every((message) => message.endsWith('so the change takes effect after merge'))).toBe(true);
    // comment: off is not honoured either: the base policy (auto) posts the sticky comment.
    expect(server.requests.some((request) => request.method === 'POST')).toBe(true);
  });

  it('the CLI bundle with --policy-from fails the gate a hostile gatewatch.yml would switch off, without running its script', () => {
    const { dir } = hostileRepo();
    const args = ['check', '--kb', 'seeds/**/*.md', '--nginx', 'nginx/*.conf', '--format', 'json', '--nginx-binary', 'gatewatch-no-such-nginx', '--haproxy-binary', 'gatewatch-no-such-haproxy'];
    const guarded = runCli([...args, '--policy-from', 'HEAD~1'], { cwd: dir });
    expect(guarded.stderr).not.toContain('internal error');
    expect(guarded.status).toBe(1);
    const report = JSON.parse(guarded.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.filter((f) => f.ruleId === 'policy/deferred-setting')).toHaveLength(3);
    // Without --policy-from the checked-out file is trusted (a local run): fail_on never passes — the binaries stay ignored.
    const local = runCli(args, { cwd: dir });
    expect(local.status).toBe(0);
    expect(existsSync(path.join(dir, 'EVIL-RAN'))).toBe(false);
  });
});

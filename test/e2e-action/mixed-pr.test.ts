/**
 * The PR a new user sends first, through the committed dist/index.js against the loopback GitHub API:
 * a KB entry with mistakes and a broken nginx config, on a real git history (base and head commits).
 * The comment must be grouped by file with links to the head commit, list each finding once, keep a
 * comment per job key, and leave other identities' comments alone; `gate-on: new` and `only-changed`
 * must still say which finding turned the run red.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STICKY_MARKER } from '../../src/report/comment.js';
import { FakeGitHub, OTHER_BOT } from '../github/fake-github.js';
import { gatewayBinaries } from '../helpers/gateway-binaries.js';
import { webhookExample } from '../helpers/webhooks.js';
import { levels, runActionProcess, type ActionRunResult } from './run-action.js';

const REPO = process.cwd();
const opened = webhookExample('pull_request', (payload) => payload.action === 'opened');
const PR = (opened.pull_request as { number: number }).number;
const NEW_ENTRY = 'seeds/api/http-502-upstream-refused-new.md';
const GATEWAY = 'nginx/gateway.conf';
const LEGACY = 'nginx/legacy.conf';

function git(dir: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=gatewatch-test', '-c', 'user.email=test@127.0.0.1', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

interface History {
  dir: string;
  base: string;
  head: string;
}

/**
 * Base: the shipped KB, the example gateway (two warnings by design) and a legacy config with an
 * error nobody touched. Head: `change` applied on top and committed.
 */
function history(change: (dir: string) => void): History {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-mixed-'));
  cpSync(path.join(REPO, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  mkdirSync(path.join(dir, 'nginx'));
  cpSync(path.join(REPO, 'examples/nginx/nginx.conf'), path.join(dir, GATEWAY));
  cpSync(path.join(REPO, 'test/fixtures/nginx/undefined-upstream/bad-typo.conf'), path.join(dir, LEGACY));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  change(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** The mixed PR of the reports issue: the new KB entry with ten mistakes and the broken gateway config. */
const mixedChange = (dir: string): void => cpSync(path.join(REPO, 'test/fixtures/mixed-pr'), dir, { recursive: true });

function payloadFor(commits: History): unknown {
  const payload = structuredClone(opened) as { pull_request: { base: { sha: string }; head: { sha: string } } };
  payload.pull_request.base.sha = commits.base;
  payload.pull_request.head.sha = commits.head;
  return payload;
}

let server: FakeGitHub;
beforeEach(async () => {
  server = new FakeGitHub();
  await server.start();
});
afterEach(async () => {
  await server.stop();
});

const INPUTS = { kb: 'seeds/**/*.md', nginx: 'nginx/gateway.conf', 'nginx-test': 'never', 'github-token': 'ghs_mixed' };

function runOn(commits: History, inputs: Record<string, string> = {}, env: Record<string, string> = {}, runId = 500): Promise<ActionRunResult> {
  return runActionProcess({ inputs: { ...INPUTS, ...inputs }, cwd: commits.dir, apiUrl: server.url, event: payloadFor(commits), runId, env });
}

/** `- ❌ [line N](URL#LN) message `rule`` lines of a comment. */
function findingLines(body: string): string[] {
  return body.split('\n').filter((line) => /^- (❌|⚠️) /.test(line));
}

describe('a mixed PR (KB entry with mistakes + broken nginx config)', () => {
  let mixed: History;
  beforeAll(() => {
    mixed = history(mixedChange);
  });

  it('is one comment grouped by file, changed files first, every finding once and linked at the head commit', async () => {
    server.files = [NEW_ENTRY, GATEWAY];
    const result = await runOn(mixed);
    expect(result.status).toBe(1);
    const [comment] = server.commentsOn(PR);
    const body = comment!.body!;
    const blob = `https://github.com/Codertocat/Hello-World/blob/${mixed.head}`;
    const sections = [...body.matchAll(/^#### \S+ \[([^\]]+)\]\(([^)]+)\)/gm)].map((match) => [match[1], match[2]]);
    expect(sections.map(([name]) => name).sort()).toEqual([GATEWAY, NEW_ENTRY].sort());
    for (const [name, url] of sections) expect(url).toBe(`${blob}/${name}`);
    const lines = findingLines(body);
    expect(lines.length).toBeGreaterThanOrEqual(12);
    // Every location is a link to the line at the head commit.
    for (const line of lines) expect(line).toMatch(new RegExp(`^- \\S+ \\[line (\\d+)\\]\\(${blob.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/[^)#]+#L\\1\\) `));
    // No finding twice: file, line and rule are unique.
    const keys = lines.map((line) => `${/blob\/[0-9a-f]+\/([^)#]+)#L(\d+)/.exec(line)!.slice(1).join(':')} ${/`([a-z]+\/[a-z0-9-]+)`$/.exec(line)?.[1]}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Within the KB entry: errors before warnings.
    const start = body.indexOf(`[${NEW_ENTRY}]`);
    const next = body.indexOf('\n#### ', start);
    const entry = body.slice(start, next === -1 ? undefined : next);
    expect(entry.indexOf('⚠️ [line')).toBeGreaterThan(entry.lastIndexOf('❌ [line'));
    // Template backticks are code, not literal `\``.
    expect(body).not.toContain('\\`');
    expect(body).toContain('[`nginx/syntax`](');
    expect(body).not.toMatch(/\b1 (errors|warnings|notices)\b/);
    // A screen or two: well under the old 13.5 k characters for this PR.
    expect(body.length).toBeLessThan(10_000);
    expect(result.stdout).toMatch(/gatewatch: \d+ errors, \d+ warnings, 0 notices in \d+ files/);
    expect(result.summary).toContain('Failed because of');
  });

  it('keeps a second comment for a second job key, and leaves a foreign bot\'s marker alone', async () => {
    server.files = [NEW_ENTRY, GATEWAY];
    const foreign = server.addComment(PR, `${STICKY_MARKER}\n<!-- gatewatch:run 999999999 sha abcdef1 -->\nanother app's comment`, OTHER_BOT);
    const first = await runOn(mixed, {}, {}, 600);
    const second = await runOn(mixed, { 'comment-key': 'edge', nginx: '' }, {}, 601);
    expect([first.status, second.status]).toEqual([1, 1]);
    const comments = server.commentsOn(PR);
    expect(comments).toHaveLength(3);
    expect(server.comments.get(foreign)!.body).toContain("another app's comment");
    const ours = comments.filter((comment) => comment.id !== foreign);
    expect(ours.map((comment) => comment.user!.login)).toEqual(['github-actions[bot]', 'github-actions[bot]']);
    expect(ours[0]!.body!.startsWith(`${STICKY_MARKER}\n<!-- gatewatch:run 600 `)).toBe(true);
    expect(ours[1]!.body!.startsWith('<!-- gatewatch:sticky key=edge -->\n<!-- gatewatch:run 601 ')).toBe(true);
    // The foreign "newer run" did not make the first job step aside.
    expect(first.commands.some((c) => c.line.includes('a newer gatewatch run'))).toBe(false);

    // A rerun of each job updates its own comment only.
    server.requests.length = 0;
    await runOn(mixed, {}, {}, 602);
    await runOn(mixed, { 'comment-key': 'edge', nginx: '' }, {}, 603);
    expect(server.commentsOn(PR)).toHaveLength(3);
    expect(server.comments.get(Number(ours[0]!.id))!.body).toContain('<!-- gatewatch:run 602 ');
    expect(server.comments.get(Number(ours[1]!.id))!.body).toContain('<!-- gatewatch:run 603 ');
    expect(server.count('PATCH', /./)).toBe(2);
    expect(server.count('POST', /^\/graphql$/)).toBe(2);
  });
});

describe('gating on new findings, and on everything with only-changed', () => {
  it('gate-on new: findings already on the base branch do not fail the run, even when their lines moved', async () => {
    // Only the legacy file changes: three lines on top move its old error down without changing it.
    const moved = history((dir) => writeFileSync(path.join(dir, LEGACY), `# a\n# b\n# c\n${readFileSync(path.join(dir, LEGACY), 'utf8')}`));
    server.files = [LEGACY];
    const result = await runOn(moved, { nginx: 'nginx/*.conf', 'gate-on': 'new', 'report-file': 'report.json' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.outputs.passed).toBe('true');
    const report = JSON.parse(readFileSync(path.join(moved.dir, 'report.json'), 'utf8')) as { findings: { ruleId: string; baselineState?: string; location?: { path: string } }[] };
    const legacy = report.findings.find((finding) => finding.ruleId === 'nginx/undefined-upstream' && finding.location?.path === LEGACY)!;
    expect(legacy.baselineState).toBe('unchanged');
    expect(result.summary).toContain('already on the base branch (gate-on: new)');
  });

  it('gate-on new: a new error still fails the run and is named', async () => {
    const mixed = history(mixedChange);
    server.files = [NEW_ENTRY, GATEWAY];
    const result = await runOn(mixed, { nginx: 'nginx/*.conf', 'gate-on': 'new' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/failing because of \d+ findings at or above fail-on "error", first (nginx\/gateway\.conf|seeds\/api\/http-502-upstream-refused-new\.md):\d+/);
    const body = server.commentsOn(PR)[0]!.body!;
    expect(body).toContain('1 finding at or above `error` was already on the base branch and does not fail this run.');
  });

  it('without a fetched base commit gate-on new gates on everything and says so', async () => {
    const mixed = history(mixedChange);
    const result = await runActionProcess({
      inputs: { ...INPUTS, nginx: 'nginx/*.conf', 'gate-on': 'new' },
      cwd: mixed.dir,
      apiUrl: server.url,
      event: payloadFor({ ...mixed, base: 'f'.repeat(40) }),
    });
    expect(result.status).toBe(1);
    expect(result.commands.filter((c) => c.level === 'notice' && c.line.includes('gate-on: new: the base commit fffffff could not be exported'))).toHaveLength(1);
  });

  it('only-changed with gate-on all: an error in an untouched file still fails the run and is annotated and shown', async () => {
    const kbOnly = history((dir) => cpSync(path.join(REPO, 'test/fixtures/mixed-pr/seeds'), path.join(dir, 'seeds'), { recursive: true }));
    server.files = [NEW_ENTRY];
    const result = await runOn(kbOnly, { nginx: 'nginx/*.conf', 'only-changed': 'true' });
    expect(result.status).toBe(1);
    const legacy = result.commands.filter((c) => c.level === 'error' && c.line.includes(`file=${LEGACY}`));
    expect(legacy).toHaveLength(1);
    const body = server.commentsOn(PR)[0]!.body!;
    expect(body).toContain(`[${LEGACY}](`);
    expect(body).toContain('_not changed by this PR_');
    // The warnings of the untouched example gateway stay out.
    expect(body).not.toContain(`[${GATEWAY}](`);
    expect(levels(result, 'error')).toBeGreaterThan(0);
  });
});

describe.each(gatewayBinaries('nginx').map((binary) => [binary.version, binary] as const))('with the real nginx -t (%s)', (_version, binary) => {
  it('leads with the config nginx will not load and reports the missing ";" once', async () => {
    const mixed = history(mixedChange);
    server.files = [NEW_ENTRY, GATEWAY];
    const pathEnv = path.isAbsolute(binary.path) ? `${path.dirname(binary.path)}${path.delimiter}${process.env.PATH ?? ''}` : (process.env.PATH ?? '');
    const result = await runOn(mixed, { 'nginx-test': 'always' }, { PATH: pathEnv });
    expect(result.status).toBe(1);
    const body = server.commentsOn(PR)[0]!.body!;
    const lead = body.indexOf('🚫 **nginx will not load `nginx/gateway.conf`**');
    expect(lead).toBeGreaterThan(-1);
    expect(lead).toBeLessThan(body.indexOf('#### '));
    // The missing ";" merges two statements, which nginx and the parser both reject as a wrong argument count.
    expect(body.match(/invalid number of arguments in/g)!.length).toBe(2); // the lead and the finding, never a second finding
    expect(findingLines(body).filter((line) => line.includes('invalid number of arguments in'))).toHaveLength(1);
  });
});

describe('a run with 10,000 probes', () => {
  it('keeps the job summary under GitHub\'s 1 MiB with a note on what was left out', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-probes-'));
    // Port 9 on loopback refuses at once: 10,000 fast failures with long names and URLs (~5 MB of table rows).
    const probes = Array.from({ length: 10_000 }, (_, i) => `  - name: probe-${i}-${'n'.repeat(150)}\n    url: http://127.0.0.1:9/${i}/${'p'.repeat(300)}\n`);
    writeFileSync(path.join(dir, 'gatewatch.yml'), `probe:\n  concurrency: 64\n  retries: 0\n  timeout_ms: 1000\n  budget_ms: 60000\nprobes:\n${probes.join('')}`);
    const result = await runActionProcess({ inputs: { kb: '', 'github-token': '' }, cwd: dir, apiUrl: server.url, event: opened, killAfterMs: 110_000 });
    expect(result.status).toBe(1);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(result.summary).toMatch(/probes left out to keep this summary under GitHub's 1 MiB limit/);
    expect(result.summary).toContain('## gatewatch failed');
  }, 120_000);
});

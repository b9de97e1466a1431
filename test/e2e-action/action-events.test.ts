/**
 * The committed action bundle end to end, continued: only-changed, SARIF and JSON files, and events
 * or settings without a pull request to comment on. Exit status must follow findings only.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { webhookExample } from '../helpers/webhooks.js';
import { validateSarif } from '../report/sarif-schema.js';
import { E2E_INPUTS, levels, makeWorkspace, runActionProcess, setupActionE2e, type ActionRunOptions } from './run-action.js';

const opened = webhookExample('pull_request', (payload) => payload.action === 'opened');
const PR = (opened.pull_request as { number: number }).number;

const INPUTS = E2E_INPUTS;
const e2e = setupActionE2e(opened);
const run = e2e.run;

it('with only-changed annotates and comments only the PR files', async () => {
  e2e.server.files = ['nginx/typo.conf'];
  const result = await run({ inputs: { ...INPUTS, 'only-changed': 'true' } });
  expect(result.status).toBe(1);
  const annotated = result.commands.map((c) => /file=([^,:]+)/.exec(c.line)?.[1]).filter(Boolean);
  expect(new Set(annotated)).toEqual(new Set(['nginx/typo.conf']));
  const body = e2e.server.commentsOn(PR)[0]!.body!;
  expect(body).toContain('nginx/typo.conf');
  expect(body).not.toContain('nginx/gateway.conf');
  // The gate still sees everything.
  expect(result.outputs['warning-count']).toBe('3');
});

it('keeps its own notices inside the notice cap when findings overflow on a fork PR', async () => {
  const fork = structuredClone(opened) as { pull_request: { head: { repo: { full_name: string } } } };
  fork.pull_request.head.repo.full_name = 'forker/Hello-World';
  const crowded = makeWorkspace((dir) => {
    for (let i = 0; i < 25; i += 1) cpSync(path.join(dir, 'nginx/gateway.conf'), path.join(dir, `nginx/gateway-${i}.conf`));
  });
  e2e.server.files = Array.from({ length: 25 }, (_, i) => `nginx/gateway-${i}.conf`);
  const result = await runActionProcess({ inputs: { ...INPUTS, 'only-changed': 'true' }, cwd: crowded, apiUrl: e2e.server.url, event: fork });
  expect(Number(result.outputs['warning-count'])).toBeGreaterThan(30);
  for (const level of ['error', 'warning', 'notice']) expect(levels(result, level)).toBeLessThanOrEqual(10);
  const notices = result.commands.filter((c) => c.level === 'notice').map((c) => c.line);
  expect(notices.filter((line) => line.includes('Fork pull request'))).toHaveLength(1);
  expect(notices.filter((line) => line.includes('more findings — see the job summary'))).toHaveLength(1);
  // The fork's token may read: only-changed still lists the PR files (1 call), nothing is written.
  expect(e2e.server.requests.map((r) => r.method)).toEqual(['GET']);
});

it('writes a SARIF file that validates against the official 2.1.0 schema, and the JSON report', async () => {
  const result = await run({ inputs: { ...INPUTS, 'sarif-file': 'out.sarif', 'report-file': 'report.json', comment: 'off' } });
  expect(e2e.server.requests).toEqual([]);
  expect(result.outputs).toMatchObject({ 'sarif-file': 'out.sarif', 'report-file': 'report.json' });
  const sarif = JSON.parse(readFileSync(path.join(e2e.workspace, 'out.sarif'), 'utf8'));
  expect(validateSarif(sarif)).toBe(true);
  const report = JSON.parse(readFileSync(path.join(e2e.workspace, 'report.json'), 'utf8'));
  expect(sarif.runs[0].results).toHaveLength(report.findings.length);
  expect(report.summary).toMatchObject({ passed: false, errors: 1, warnings: 3 });
});

it.each([
  ['a missing token', { inputs: { ...INPUTS, 'github-token': '' } }],
  ['a missing event file', { event: null }],
  ['a broken event file', { event: '{"pull_request": ' }],
  ['a push event', { event: webhookExample('push'), eventName: 'push' }],
  ['a workflow_dispatch event', { event: webhookExample('workflow_dispatch'), eventName: 'workflow_dispatch' }],
  ['a merge_group event', { event: webhookExample('merge_group'), eventName: 'merge_group' }],
])('gives a working run with %s', async (_name, options) => {
  const result = await run(options as Partial<ActionRunOptions>);
  expect(result.status).toBe(1);
  expect(result.outputs).toMatchObject({ passed: 'false', 'error-count': '1', 'warning-count': '3' });
  expect(result.summary).toContain('nginx/typo.conf:9:13');
  expect(result.stdout).not.toContain('internal error');
  expect(e2e.server.requests).toEqual([]);
  expect(levels(result, 'error')).toBe(1);
});

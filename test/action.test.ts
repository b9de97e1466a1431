/** The committed action bundle, run as the GitHub runner runs it: env inputs, event payload, output and summary files. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runActionProcess, type ActionRunOptions } from './e2e-action/run-action.js';
import { webhookExample } from './helpers/webhooks.js';

const SEED = 'test/fixtures/seed-verbatim/502-bad-gateway-upstream-unreachable.md';
const pullRequestOpened = webhookExample('pull_request', (payload) => payload.action === 'opened');

const annotations = (stdout: string, level: string): string[] => stdout.split('\n').filter((line) => line.startsWith(`::${level} `));

/** No token: nothing is sent to GitHub, so the API URL is a closed loopback port. */
const runAction = (inputs: Record<string, string>, options: Partial<ActionRunOptions> = {}) =>
  runActionProcess({ inputs, cwd: process.cwd(), apiUrl: 'http://127.0.0.1:9', event: pullRequestOpened, ...options });

it('annotates each finding at its file and line, writes outputs and the job summary, fails on errors', async () => {
  const run = await runAction({ kb: SEED, 'fail-on': 'error', 'github-token': '' });
  expect(run.status).toBe(1);
  expect(annotations(run.stdout, 'error')).toEqual([
    `::error title=kb/empty-title,file=${SEED},line=38,endLine=38,col=3,endColumn=7::Dead end 1 has an empty title "****"; name what people try that does not help, e.g. "**Restart nginx**"`,
    expect.stringContaining(`file=${SEED},line=39,`),
    expect.stringContaining(`file=${SEED},line=40,`),
  ]);
  expect(annotations(run.stdout, 'warning').map((line) => /line=(\d+)/.exec(line)![1])).toEqual(['24', '28', '32']);
  expect(run.outputs).toMatchObject({ passed: 'false', 'error-count': '3', 'warning-count': '3' });
  expect(run.summary).toContain('3 errors, 3 warnings, 0 notices in 1 file');
  expect(run.summary).toContain(`| ❌ | [${SEED}:38:3](https://github.com/Codertocat/Hello-World/blob/`);
});

it('passes on the shipped KB and says so in its outputs', async () => {
  const run = await runAction({ kb: 'seeds/**/*.md', 'github-token': '' });
  expect(run.status).toBe(0);
  expect(run.outputs).toMatchObject({ passed: 'true', 'error-count': '0' });
  expect(annotations(run.stdout, 'error')).toEqual([]);
});

it('never exceeds GitHub\'s 10 annotations per level and adds one overflow notice', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-cap-'));
  mkdirSync(path.join(dir, 'kb'));
  const seed = readFileSync(SEED, 'utf8');
  for (let index = 0; index < 5; index += 1) {
    writeFileSync(path.join(dir, 'kb', `entry-${index}.md`), seed.replace('api/http-502-bad-gateway-upstream-unreachable', `api/entry-${index}`));
  }
  const run = await runAction({ kb: 'kb/*.md', 'github-token': '' }, { cwd: dir });
  expect(run.outputs['error-count']).toBe('15');
  expect(annotations(run.stdout, 'error')).toHaveLength(10);
  expect(annotations(run.stdout, 'warning')).toHaveLength(10);
  expect(annotations(run.stdout, 'notice')).toEqual(['::notice title=gatewatch::10 more findings — see the job summary']);
  expect(run.summary.match(/\| ❌ \|/g)).toHaveLength(15);
});

it('rejects a bad input value with one error naming the input, exit 2', async () => {
  const run = await runAction({ kb: SEED, 'fail-on': 'sometimes', 'github-token': '' });
  expect(run.status).toBe(2);
  expect(annotations(run.stdout, 'error')).toEqual([
    '::error title=gatewatch%3A bad configuration::invalid value "sometimes" for input "fail-on"; expected one of error, warning, notice, never',
  ]);
});

/** Every action input read in one place into the shared `Options` (the checkout action's input-helper pattern). */
import { loadConfig, UsageError, type CommentMode, type Options, type ToolTestMode } from './config.js';
import type { Deps } from './deps.js';
import type { FailOn } from './finding.js';
import { isPullRequestEvent, readGitHubEvent } from './github/event.js';
import { COMMENT_KEY_PATTERN } from './report/comment.js';
import { FAIL_ON_VALUES, GATE_ON_VALUES, type GateOn } from './verdict.js';

/** Reads an input the way @actions/core does: `INPUT_<NAME>` upper-cased, hyphens kept, trimmed. */
export type InputReader = (name: string) => string;

export function envInputReader(env: Record<string, string | undefined>): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function choice<T extends string>(input: string, value: string, allowed: readonly T[]): T | undefined {
  if (value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value "${value}" for input "${input}"; expected one of ${allowed.join(', ')}`);
}

function bool(input: string, value: string): boolean | undefined {
  if (value === '') return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`invalid value "${value}" for input "${input}"; expected true or false`);
}

export interface ActionSettings {
  options: Options;
  token: string;
  reportFile?: string;
  sarifFile?: string;
  /** workflow_run recipe: post the comment from this JSON report instead of checking (src/github/publish-report.ts). */
  publishReport?: string;
  prNumber?: number;
  /** Tells this job's sticky comment from another gatewatch job's on the same PR ('' = the default comment). */
  commentKey: string;
  /** `new`: only findings the PR's base commit did not have fail the run. */
  gateOn: GateOn;
}

export async function readActionSettings(read: InputReader, deps: Deps): Promise<ActionSettings> {
  const configInput = read('config');
  // On a pull request, gatewatch.yml is the PR's own: the settings that decide the gate come from the base commit's.
  const event = readGitHubEvent(deps.env);
  const policy = isPullRequestEvent(event.name) ? { revision: event.pullRequest?.baseSha ?? '' } : undefined;
  const options = await loadConfig(deps, configInput === '' ? undefined : configInput, policy);
  // Which program runs comes from the workflow only, never from the repository's gatewatch.yml.
  const nginxBinary = read('nginx-binary');
  const haproxyBinary = read('haproxy-binary');
  const kb = lines(read('kb'));
  const nginx = lines(read('nginx'));
  const haproxy = lines(read('haproxy'));
  // The `probes` input is YAML text of the gatewatch.yml `probes:` list; it replaces the config's list.
  const probesText = read('probes');
  const probes = probesText === '' ? undefined : (await import('./probe/parse-probes-input.js')).parseProbesInput(probesText);
  const failOn = choice<FailOn>('fail-on', read('fail-on'), FAIL_ON_VALUES);
  const comment = choice<CommentMode>('comment', read('comment'), ['auto', 'always', 'off']);
  const nginxTest = choice<ToolTestMode>('nginx-test', read('nginx-test'), ['auto', 'always', 'never']);
  const onlyChanged = bool('only-changed', read('only-changed'));
  const reportFile = read('report-file');
  const sarifFile = read('sarif-file');
  const publishReport = read('publish-report');
  const prNumberText = read('pr-number');
  const commentKey = read('comment-key');
  if (commentKey !== '' && !COMMENT_KEY_PATTERN.test(commentKey)) {
    throw new UsageError(`invalid value "${commentKey.slice(0, 80)}" for input "comment-key"; use 1-64 letters, digits, ".", "_" or "-"`);
  }
  const gateOn = choice<GateOn>('gate-on', read('gate-on'), GATE_ON_VALUES) ?? 'all';
  if (prNumberText !== '' && !/^[1-9]\d{0,9}$/.test(prNumberText)) {
    throw new UsageError(`invalid value "${prNumberText}" for input "pr-number"; expected a pull request number`);
  }
  return {
    options: {
      ...options,
      ...(failOn ? { failOn } : {}),
      ...(comment ? { comment } : {}),
      ...(onlyChanged !== undefined ? { onlyChanged } : {}),
      kb: { ...options.kb, ...(kb.length > 0 ? { paths: kb } : {}) },
      nginx: {
        ...options.nginx,
        ...(nginx.length > 0 ? { paths: nginx } : {}),
        ...(nginxTest ? { test: nginxTest } : {}),
        ...(nginxBinary ? { binary: nginxBinary } : {}),
      },
      haproxy: { ...options.haproxy, ...(haproxy.length > 0 ? { paths: haproxy } : {}), ...(haproxyBinary ? { binary: haproxyBinary } : {}) },
      ...(probes ? { probes } : {}),
    },
    token: read('github-token'),
    ...(reportFile ? { reportFile } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    ...(publishReport ? { publishReport } : {}),
    ...(prNumberText ? { prNumber: Number(prNumberText) } : {}),
    commentKey,
    gateOn,
  };
}

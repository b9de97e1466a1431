/**
 * Runs the committed dist/index.js as the GitHub runner does, asynchronously, so the loopback
 * GitHub API in this process keeps answering while the action runs.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../github/fake-github.js';
import { parseGithubOutput } from '../helpers/run-bundle.js';

const REPO = process.cwd();

export interface ActionRunOptions {
  inputs: Record<string, string>;
  cwd: string;
  apiUrl: string;
  /** An object is written as JSON; a string verbatim (broken payloads); null points at a missing file. */
  event: unknown;
  eventName?: string;
  runId?: number;
  env?: Record<string, string>;
  /** The process is killed after this long (default 30 s); big runs on a loaded box need more. */
  killAfterMs?: number;
}

export interface ActionRunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: { level: string; line: string }[];
}

export async function runActionProcess(options: ActionRunOptions): Promise<ActionRunResult> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-e2e-'));
  const outputFile = path.join(temp, 'output.txt');
  const summaryFile = path.join(temp, 'summary.md');
  const eventFile = path.join(temp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  if (options.event !== null) writeFileSync(eventFile, typeof options.event === 'string' ? options.event : JSON.stringify(options.event));
  // The runner turns each `with:` input into INPUT_<NAME>, upper-cased with hyphens kept.
  const inputs = Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const child = spawn(process.execPath, [path.join(REPO, 'dist/index.js')], {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH ?? '',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.cwd,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_RUN_ID: String(options.runId ?? 1658821493),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.apiUrl,
      RUNNER_TEMP: temp,
      ...inputs,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  const commands = stdout
    .split('\n')
    .map((line) => ({ level: /^::(error|warning|notice)[ :]/.exec(line)?.[1] ?? '', line }))
    .filter((command) => command.level !== '');
  return {
    status,
    stdout,
    stderr,
    outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands,
  };
}

/** A checkout with the shipped KB, a hostile KB entry, the example gateway config and a config with an error. */
export function makeWorkspace(extra: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-ws-'));
  cpSync(path.join(REPO, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  cpSync(path.join(REPO, 'test/fixtures/github/hostile-kb/api/http-502-hostile-entry.md'), path.join(dir, 'seeds/api/http-502-hostile-entry.md'));
  mkdirSync(path.join(dir, 'nginx'));
  cpSync(path.join(REPO, 'examples/nginx/nginx.conf'), path.join(dir, 'nginx/gateway.conf'));
  cpSync(path.join(REPO, 'test/fixtures/nginx/undefined-upstream/bad-typo.conf'), path.join(dir, 'nginx/typo.conf'));
  extra(dir);
  return dir;
}


/** The inputs most end-to-end runs use: the shipped KB and the workspace's nginx configs, no real `nginx -t`. */
export const E2E_INPUTS = { kb: 'seeds/**/*.md', nginx: 'nginx/*.conf', 'nginx-test': 'never', 'github-token': 'ghs_e2e' };

export interface ActionE2e {
  /** A fresh loopback GitHub API per test. */
  readonly server: FakeGitHub;
  /** One checkout per test file (makeWorkspace). */
  readonly workspace: string;
  run(options?: Partial<ActionRunOptions>): Promise<ActionRunResult>;
}

/** Registers the jest hooks every end-to-end file needs and returns live accessors to what they set up. */
export function setupActionE2e(event: unknown): ActionE2e {
  let server: FakeGitHub | undefined;
  let workspace: string | undefined;
  beforeAll(() => {
    workspace = makeWorkspace();
  });
  beforeEach(async () => {
    server = new FakeGitHub();
    await server.start();
  });
  afterEach(async () => {
    await server?.stop();
  });
  const e2e: ActionE2e = {
    get server() {
      return server!;
    },
    get workspace() {
      return workspace!;
    },
    run: (options = {}) => runActionProcess({ inputs: E2E_INPUTS, cwd: e2e.workspace, apiUrl: e2e.server.url, event, ...options }),
  };
  return e2e;
}

/** How many workflow commands of one level (`error`, `warning`, `notice`) a run printed. */
export const levels = (result: { commands: { level: string }[] }, level: string): number => result.commands.filter((c) => c.level === level).length;

/** Runs a committed dist/ bundle as a real process, the way a user or the GitHub runner does. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BundleRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const REPO = process.cwd();

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): BundleRun {
  const result = spawnSync(process.execPath, [path.join(REPO, 'dist/cli/index.js'), ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ActionRun extends BundleRun {
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` heredoc format as the runner does. */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const values: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== match[2]; index += 1) values.push(lines[index]!);
    outputs[match[1]!] = values.join('\n');
  }
  return outputs;
}

/** `inputs` use the action.yml names (`fail-on`); they become `INPUT_FAIL-ON` as on the runner (hyphens kept). */
export function runAction(inputs: Record<string, string>, options: { cwd?: string; env?: Record<string, string>; event?: unknown; eventName?: string } = {}): ActionRun {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-action-'));
  const outputFile = path.join(temp, 'output.txt');
  const summaryFile = path.join(temp, 'summary.md');
  const eventFile = path.join(temp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const cwd = options.cwd ?? REPO;
  const result = spawnSync(process.execPath, [path.join(REPO, 'dist/index.js')], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: cwd,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_RUN_ID: '1658821493',
      GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: temp,
      ...inputEnv,
      ...options.env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** Runs a committed dist/ bundle as a real process, the way a user or the GitHub runner does. */
import { spawnSync } from 'node:child_process';
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

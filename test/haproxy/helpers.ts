/** Shared setup for HAProxy tests: repo-rooted deps whose `haproxy -c` runs without network where the kernel allows it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from '../../src/config.js';
import { nodeDeps, type Deps } from '../../src/deps.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/haproxy');

/*
 * HAProxy resolves server hostnames with getaddrinfo while parsing. The checker already rewrites them
 * in its sandbox copy; `unshare -rn` (a private network namespace) is a second guard so nothing can
 * leave the box even if a fixture regresses. Some kernels forbid unprivileged namespaces: then the
 * fixtures' IP-only addresses plus the sandbox rewrite are the guard.
 */
const canUnshare = spawnSync('unshare', ['-rn', 'true']).status === 0;

export function sandboxedDeps(cwd: string = REPO_ROOT): Deps {
  const base = nodeDeps(cwd);
  if (!canUnshare) return base;
  // A binary that is not on PATH must still surface as ENOENT, not as unshare's exit status 127.
  const onPath = (command: string): boolean => spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command]).status === 0;
  return {
    ...base,
    exec: (command, args, options) =>
      onPath(command) ? base.exec('unshare', ['-rn', command, ...args], options) : base.exec(command, args, options),
  };
}

export const haproxyAvailable = spawnSync('haproxy', ['-v']).status === 0;

/* Built here rather than with config.ts defaultOptions() so these tests do not compile the config schema. */
export function haproxyOptions(paths: string[], overrides: Partial<Options['haproxy']> = {}, cwd: string = REPO_ROOT): Options {
  return {
    cwd,
    failOn: 'error',
    format: 'text',
    comment: 'auto',
    onlyChanged: false,
    kb: { paths: ['seeds/**/*.md'], root: 'seeds', maxFileBytes: 1024 * 1024 },
    nginx: { paths: [], test: 'never', binary: 'nginx', resolve: false, hosts: {}, probeUpstreams: false, healthPath: '/' },
    haproxy: { paths, test: 'always', binary: 'haproxy', warningsAsErrors: false, ...overrides },
    probe: { concurrency: 16, budgetMs: 120_000, timeoutMs: 2000, retries: 1 },
    probes: [],
    allow: [],
    limits: { maxFiles: 20_000 },
  };
}

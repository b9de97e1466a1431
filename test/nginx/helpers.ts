/** Shared test plumbing: the repo root, real deps, and an nginx binary that can never reach the network. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeDeps, type Deps } from '../../src/deps.js';
import { gatewayBinaries, type GatewayBinary } from '../helpers/gateway-binaries.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(repoRoot, 'test/fixtures/nginx');

/** Every nginx the live tests run against (GATEWATCH_NGINX_BINARIES; in CI Debian 12's and Debian 13's). */
export const nginxBinaries: GatewayBinary[] = gatewayBinaries('nginx');

/** nginx is required when GATEWATCH_REQUIRE_NGINX=1 (CI): then a missing binary fails the suite instead of skipping. */
export function nginxAvailable(): boolean {
  if (nginxBinaries.length === 0 && process.env.GATEWATCH_REQUIRE_NGINX === '1') {
    throw new Error('GATEWATCH_REQUIRE_NGINX=1 but no nginx binary runs (PATH or GATEWATCH_NGINX_BINARIES)');
  }
  return nginxBinaries.length > 0;
}

/** `unshare -n` gives nginx a network namespace with only a down loopback: no name can leave the machine. */
export const canIsolateNetwork = spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' }).status === 0;

/** Real deps rooted at the repo; any nginx (by name or a listed binary's path) runs inside an empty network namespace when the kernel allows it. */
export function testDeps(cwd: string = repoRoot): Deps {
  const deps = nodeDeps(cwd);
  if (!canIsolateNetwork) return deps;
  return {
    ...deps,
    exec: (command, args, options) =>
      path.basename(command) === 'nginx' ? deps.exec('unshare', ['-n', command, ...args], options) : deps.exec(command, args, options),
  };
}

export interface Fixture {
  rule: string;
  kind: 'bad' | 'ok' | 'fp';
  /** Repo-relative path. */
  file: string;
}

export function listFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const rule of readdirSync(fixturesDir).sort()) {
    for (const name of readdirSync(path.join(fixturesDir, rule)).sort()) {
      const kind = /^(bad|ok|fp)-.*\.conf$/.exec(name)?.[1] as Fixture['kind'] | undefined;
      if (kind) out.push({ rule, kind, file: path.posix.join('test/fixtures/nginx', rule, name) });
    }
  }
  return out;
}

/** Lines carrying `expect: <ruleId>` markers. */
export function expectedLines(text: string, ruleId: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/expect: (nginx\/[a-z0-9-]+)/g)) if (match[1] === ruleId) lines.push(index + 1);
  });
  return lines;
}

/** Shared setup for HAProxy tests: repo-rooted deps whose `haproxy -c` runs without network where the kernel allows it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions, type Options } from '../../src/config.js';
import { nodeDeps, type Deps } from '../../src/deps.js';
import { gatewayBinaries, type GatewayBinary } from '../helpers/gateway-binaries.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/haproxy');

/*
 * HAProxy resolves server hostnames with getaddrinfo while parsing. The checker already rewrites them
 * in its sandbox copy; `unshare -rn` (a private network namespace) is a second guard so nothing can
 * leave the box even if a fixture regresses. Some kernels forbid unprivileged namespaces: then the
 * fixtures' IP-only addresses plus the sandbox rewrite are the guard.
 */
/** Real deps: `haproxy -c` goes through the isolate wall (src/gateway/isolate.ts), which gives it its own network namespace. */
export function sandboxedDeps(cwd: string = REPO_ROOT): Deps {
  return nodeDeps(cwd);
}

/** Every HAProxy the live tests run against (GATEWATCH_HAPROXY_BINARIES; in CI Debian 12's 2.6 and Debian 13's 3.0). */
export const haproxyBinaries: GatewayBinary[] = gatewayBinaries('haproxy');

export const haproxyAvailable = haproxyBinaries.length > 0;

/** The defaults (schemas now compile on first use, so this costs nothing) with the haproxy checker on. */
export function haproxyOptions(paths: string[], overrides: Partial<Options['haproxy']> = {}, cwd: string = REPO_ROOT): Options {
  const defaults = defaultOptions(cwd);
  return {
    ...defaults,
    nginx: { ...defaults.nginx, test: 'never' },
    haproxy: { ...defaults.haproxy, paths, test: 'always', ...overrides },
  };
}

/** Shared setup for HAProxy tests: repo-rooted deps whose `haproxy -c` runs without network where the kernel allows it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions, type Options } from '../../src/config.js';
import { nodeDeps, type Deps } from '../../src/deps.js';
import { gatewayBinaries, type GatewayBinary } from '../helpers/gateway-binaries.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/haproxy');

/*
 * HAProxy resolves server hostnames with getaddrinfo while parsing. The checker already rewrites them
 * in its sandbox copy; the isolate wall (src/gateway/isolate.ts) runs `haproxy -c` in its own network
 * namespace where the kernel allows one, so nothing can leave the box even if a fixture regresses.
 */
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

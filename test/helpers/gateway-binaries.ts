/**
 * Which real gateway binaries the live tests run against. CI sets GATEWATCH_NGINX_BINARIES and
 * GATEWATCH_HAPROXY_BINARIES (path.delimiter-separated) to Debian 12's and Debian 13's builds so every
 * live case runs on both versions; locally the default is whatever `nginx` / `haproxy` PATH finds.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import type { Gateway } from '../../src/failure-class.js';

/** The gateways with a binary to run (ALB has none). */
export type GatewayName = Exclude<Gateway, 'alb'>;

export interface GatewayBinary {
  gateway: GatewayName;
  /** What to pass as `--nginx-binary` / `--haproxy-binary` (a path, or a name PATH resolves). */
  path: string;
  /** `nginx/1.26.3`, `HAProxy 3.0.11`: for test names and messages. */
  version: string;
}

const ENV: Record<GatewayName, string> = { nginx: 'GATEWATCH_NGINX_BINARIES', haproxy: 'GATEWATCH_HAPROXY_BINARIES' };

function versionOf(gateway: GatewayName, binary: string): string | undefined {
  const run = spawnSync(binary, [gateway === 'nginx' ? '-v' : '-v'], { encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0) return undefined;
  const text = `${run.stdout}${run.stderr}`;
  const match = gateway === 'nginx' ? /nginx\/[\d.]+/.exec(text) : /HAProxy version [\d.]+/.exec(text);
  return match?.[0].replace('HAProxy version', 'HAProxy');
}

/** Every configured binary that runs; throws under GATEWATCH_REQUIRE_* when a configured one does not. */
export function gatewayBinaries(gateway: GatewayName): GatewayBinary[] {
  const configured = (process.env[ENV[gateway]] ?? gateway).split(path.delimiter).filter(Boolean);
  const required = process.env[gateway === 'nginx' ? 'GATEWATCH_REQUIRE_NGINX' : 'GATEWATCH_REQUIRE_HAPROXY'] === '1';
  const found: GatewayBinary[] = [];
  for (const binary of configured) {
    const version = versionOf(gateway, binary);
    if (version) found.push({ gateway, path: binary, version });
    else if (required) throw new Error(`${ENV[gateway]} lists "${binary}" but it does not run`);
  }
  return found;
}

/**
 * `describe` once per binary, titled `<title> (<version>)`, so each live case runs on every listed version.
 * With no runnable binary (only possible outside CI: gatewayBinaries throws under GATEWATCH_REQUIRE_*), one
 * skipped block says so instead of `describe.each([])`, which Jest rejects.
 */
export function describeEachBinary(binaries: readonly GatewayBinary[], title: string, body: (binary: GatewayBinary) => void): void {
  if (binaries.length === 0) {
    describe.skip(`${title} (no gateway binary runs here)`, () => test('needs a gateway binary', () => undefined));
    return;
  }
  describe.each(binaries.map((binary) => [binary.version, binary] as const))(`${title} (%s)`, (_version, binary) => body(binary));
}

/** Whether the binary's version (`nginx/1.26.3`, `HAProxy 3.0.11`) is at least `minimum` (`1.25.1`), numerically per part. */
export function versionAtLeast(binary: GatewayBinary, minimum: string): boolean {
  const parts = (text: string): number[] => (/\d+(?:\.\d+)*/.exec(text)?.[0] ?? '0').split('.').map(Number);
  const have = parts(binary.version);
  const want = parts(minimum);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

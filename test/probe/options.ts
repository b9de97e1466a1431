/** Options and ProbeSpecs for probe tests, built the way config.ts builds them. */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { defaultOptions, type Options, type ProbeSpec } from '../../src/config.js';
import type { LookupCallback, LookupFunction } from '../../src/safety/guarded-lookup.js';

export function probeOptions(probes: ProbeSpec[], overrides: Partial<Options> = {}): Options {
  return { ...defaultOptions(process.cwd()), probes, ...overrides };
}

export function spec(name: string, fields: Partial<ProbeSpec>): ProbeSpec {
  return { name, timeoutMs: 2000, retries: 0, expect: {}, tls: {}, ...fields };
}

/**
 * A resolver that never touches the system's: names map to fixed addresses, anything else is
 * ENOTFOUND (what getaddrinfo reports for NXDOMAIN). Records every name it was asked for.
 */
export function fakeLookup(table: Record<string, string[]>): LookupFunction & { calls: string[] } {
  const calls: string[] = [];
  const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    calls.push(hostname);
    const addresses = table[hostname];
    setImmediate(() => {
      if (!addresses || addresses.length === 0) {
        callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '');
        return;
      }
      const entries: LookupAddress[] = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      if (options.all) callback(null, entries);
      else callback(null, entries[0]!.address, entries[0]!.family);
    });
  };
  return Object.assign(lookup, { calls });
}

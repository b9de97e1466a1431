/**
 * Wraps a resolver so a name resolving to a blocked address fails before `connect()`.
 *
 * node:net calls the socket's `lookup` option and connects only to what its callback returns,
 * so checking there closes the DNS gap of a host-name-only check (a PR could point
 * `api.example.test` at 169.254.169.254). With `autoSelectFamily` (Node ≥ 20 default) net asks for
 * `all: true`; every returned address is checked, and one blocked address refuses the whole name
 * (a rebinding name may alternate answers).
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { BlockedTargetError, checkAddress, isAllowed } from './blocked-target.js';

export type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** The shape node:net and node:http accept as `lookup`. */
export type LookupFunction = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

export function guardLookup(lookup: LookupFunction, allow: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, options, (error, address, family) => {
      // A name listed in allow: is trusted with whatever it resolves to.
      if (error || isAllowed(hostname, allow)) {
        callback(error, address, family);
        return;
      }
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
      for (const candidate of addresses) {
        const verdict = checkAddress(candidate, allow);
        if (verdict) {
          callback(new BlockedTargetError(verdict, hostname), Array.isArray(address) ? [] : '', family);
          return;
        }
      }
      callback(null, address, family);
    });
  };
}

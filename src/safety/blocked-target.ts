/**
 * Refuses probe targets that reach cloud instance metadata or link-local space (SSRF guard).
 *
 * A probe list comes from a pull request, so `url: http://169.254.169.254/latest/meta-data/iam/…`
 * would otherwise read the runner's cloud credentials. The check runs twice: on the host as written
 * (before any lookup) and on every address the resolver returns (so a name that resolves to a
 * metadata address is refused too), always before a socket connects.
 */
import ipaddr from 'ipaddr.js';

/** Address ranges no probe may reach unless `allow:` lists them. */
const BLOCKED_RANGES: ReadonlyArray<{ cidr: string; why: string }> = [
  // AWS/GCP/Azure/OpenStack metadata live at 169.254.169.254; the whole block is link-local.
  { cidr: '169.254.0.0/16', why: 'IPv4 link-local (cloud metadata)' },
  { cidr: 'fe80::/10', why: 'IPv6 link-local' },
  // AWS Nitro IMDS over IPv6.
  { cidr: 'fd00:ec2::254/128', why: 'AWS IPv6 metadata endpoint' },
  // Alibaba Cloud metadata sits outside link-local space, in carrier-grade NAT space.
  { cidr: '100.100.100.200/32', why: 'Alibaba Cloud metadata endpoint' },
  // Oracle Cloud's legacy metadata address.
  { cidr: '192.0.0.192/32', why: 'Oracle Cloud metadata endpoint' },
];

/** Host names of metadata services (compared case-insensitively, trailing dot ignored). */
const BLOCKED_HOSTS: readonly string[] = [
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.internal',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
];

const PARSED_RANGES = BLOCKED_RANGES.map((range) => ({ ...range, parsed: ipaddr.parseCIDR(range.cidr) }));

export interface BlockVerdict {
  blocked: true;
  /** What was refused: the host as written or the resolved address. */
  target: string;
  why: string;
}

/** `[::1]` → `::1`; lowercases and drops a trailing dot so `Metadata.Google.Internal.` still matches. */
export function normalizeHost(host: string): string {
  const unbracketed = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return unbracketed.toLowerCase().replace(/\.$/, '');
}

function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const host = normalizeHost(text);
  if (!ipaddr.isValid(host)) return undefined;
  // process() turns ::ffff:169.254.169.254 into the IPv4 address it embeds.
  return ipaddr.process(host);
}

function sameKindMatch(address: ipaddr.IPv4 | ipaddr.IPv6, range: [ipaddr.IPv4 | ipaddr.IPv6, number]): boolean {
  return address.kind() === range[0].kind() && address.match(range);
}

/** True when `allow:` lists this host name, this address, or a CIDR containing it. */
export function isAllowed(target: string, allow: readonly string[]): boolean {
  const host = normalizeHost(target);
  const address = parseAddress(host);
  return allow.some((entry) => {
    const candidate = normalizeHost(entry);
    if (candidate === host) return true;
    if (!address) return false;
    if (ipaddr.isValidCIDR(candidate)) return sameKindMatch(address, ipaddr.parseCIDR(candidate));
    const listed = parseAddress(candidate);
    return listed !== undefined && listed.kind() === address.kind() && listed.toNormalizedString() === address.toNormalizedString();
  });
}

/** Verdict for an IP address (as resolved or as written); undefined when it may be probed. */
export function checkAddress(address: string, allow: readonly string[]): BlockVerdict | undefined {
  const parsed = parseAddress(address);
  if (!parsed) return undefined;
  const range = PARSED_RANGES.find((candidate) => sameKindMatch(parsed, candidate.parsed));
  if (!range || isAllowed(address, allow)) return undefined;
  return { blocked: true, target: normalizeHost(address), why: range.why };
}

/** Verdict for a host as written in a URL or `host:port`; IP literals are checked as addresses. */
export function checkHost(host: string, allow: readonly string[]): BlockVerdict | undefined {
  const normalized = normalizeHost(host);
  if (parseAddress(normalized)) return checkAddress(normalized, allow);
  if (!BLOCKED_HOSTS.includes(normalized) || isAllowed(normalized, allow)) return undefined;
  return { blocked: true, target: normalized, why: 'cloud metadata host name' };
}

/** Error code a guarded lookup fails with; the classifier maps it to `blocked_target`. */
export const BLOCKED_TARGET_CODE = 'EGATEWATCH_BLOCKED_TARGET';

export class BlockedTargetError extends Error {
  readonly code = BLOCKED_TARGET_CODE;
  constructor(readonly verdict: BlockVerdict, readonly host: string) {
    super(
      verdict.target === normalizeHost(host)
        ? `refused to probe "${host}" (${verdict.why})`
        : `refused to probe "${host}": it resolves to "${verdict.target}" (${verdict.why})`,
    );
    this.name = 'BlockedTargetError';
  }
}

/**
 * Refuses probe targets that reach cloud instance metadata or link-local space (SSRF guard).
 *
 * A probe list comes from a pull request, so `url: http://169.254.169.254/latest/meta-data/iam/…`
 * would otherwise read the runner's cloud credentials. The check runs twice: on the host as written
 * (before any lookup) and on every address the resolver returns (so a name that resolves to a
 * metadata address is refused too), always before a socket connects.
 */
import ipaddr from 'ipaddr.js';

/**
 * Address ranges no probe may reach unless a trusted `allow:` lists them: link-local space and every
 * documented cloud metadata / platform endpoint. Sources (vendor documentation):
 * - AWS IMDS 169.254.169.254 and [fd00:ec2::254] (Nitro): docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
 * - Azure IMDS 169.254.169.254; WireServer 168.63.129.16 ("a virtual public IP address … to Azure platform
 *   resources", the VM agent's channel): learn.microsoft.com/azure/virtual-network/what-is-ip-address-168-63-129-16
 * - Google Compute Engine 169.254.169.254 (metadata.google.internal); IPv6 [fd20:ce::254] for
 *   IPv6-only instances: cloud.google.com/compute/docs/metadata/querying-metadata
 * - Oracle Cloud IMDS 169.254.169.254 (docs.oracle.com/iaas/Content/Compute/Tasks/gettingmetadata.htm);
 *   192.0.0.192 is OCI's older metadata address, kept because older images still use it
 * - Alibaba Cloud ECS 100.100.100.200 (outside link-local, in carrier-grade NAT space): cloud-init's
 *   AliYun datasource and www.alibabacloud.com/help/ecs/user-guide/overview-of-ecs-instance-metadata
 * - Akamai/Linode 169.254.169.254 and [fd00:a9fe:a9fe::1]: techdocs.akamai.com (Metadata service API)
 * - Scaleway 169.254.42.42 and [fd00:42::42]: www.scaleway.com/en/developers/api/instance/user-data
 * - OpenStack 169.254.169.254 and fe80::a9fe:a9fe; DigitalOcean, Hetzner, IBM, Tencent (169.254.0.23):
 *   all inside the link-local ranges below
 */
const BLOCKED_RANGES: ReadonlyArray<{ cidr: string; why: string }> = [
  { cidr: '169.254.0.0/16', why: 'IPv4 link-local (cloud metadata)' },
  { cidr: 'fe80::/10', why: 'IPv6 link-local' },
  { cidr: 'fd00:ec2::254/128', why: 'AWS IPv6 metadata endpoint' },
  // EKS Pod Identity Agent hands out credentials on [fd00:ec2::23] (169.254.170.23 is link-local already).
  { cidr: 'fd00:ec2::23/128', why: 'AWS EKS Pod Identity credentials endpoint' },
  { cidr: '168.63.129.16/32', why: 'Azure WireServer (platform endpoint)' },
  { cidr: 'fd20:ce::254/128', why: 'Google Cloud IPv6 metadata endpoint' },
  { cidr: '100.100.100.200/32', why: 'Alibaba Cloud metadata endpoint' },
  { cidr: '192.0.0.192/32', why: 'Oracle Cloud metadata endpoint' },
  { cidr: 'fd00:a9fe:a9fe::1/128', why: 'Akamai/Linode IPv6 metadata endpoint' },
  { cidr: 'fd00:42::42/128', why: 'Scaleway IPv6 metadata endpoint' },
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

/** IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, IPv4-compatible). */
const EMBEDDING_PREFIXES = ['64:ff9b::/96', '64:ff9b:1::/48', '::/96'].map((cidr) => ipaddr.parseCIDR(cidr) as [ipaddr.IPv6, number]);

function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const host = normalizeHost(text).replace(/%.*$/, '');
  if (!ipaddr.isValid(host)) return undefined;
  // process() turns ::ffff:169.254.169.254 into the IPv4 address it embeds.
  const address = ipaddr.process(host);
  if (address.kind() === 'ipv6') {
    const v6 = address as ipaddr.IPv6;
    // NAT64 (64:ff9b::a9fe:a9fe) and ::a9fe:a9fe reach the IPv4 address they carry; 6to4 (2002:a9fe:a9fe::) too.
    const bytes = v6.toByteArray();
    if (EMBEDDING_PREFIXES.some((prefix) => v6.match(prefix)) && !v6.match(ipaddr.parseCIDR('::/127') as [ipaddr.IPv6, number])) {
      return ipaddr.fromByteArray(bytes.slice(12)) as ipaddr.IPv4;
    }
    if (v6.match(ipaddr.parseCIDR('2002::/16') as [ipaddr.IPv6, number])) return ipaddr.fromByteArray(bytes.slice(2, 6)) as ipaddr.IPv4;
  }
  return address;
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

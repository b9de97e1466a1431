/** What every static nginx rule sees: the raw payload, the include-expanded tree, and lookups rules share. */
import { parseProxyUrl, parseServerAddress, type ProxyUrl, type ServerAddress } from './address.js';
import type { NginxPayload } from './payload.js';
import type { ConfNode, ConfTree } from './tree.js';

export interface NginxRuleContext {
  payload: NginxPayload;
  tree: ConfTree;
  /** `nginx.version` from options; undefined means "assume older than 1.29.7". */
  version?: string;
  /** Payload file name → repo-relative path. */
  toPath(file: string): string;
}

export interface ProxyPass {
  node: ConfNode;
  url: ProxyUrl;
}

/** Every `upstream` block (http and stream; see moduleOf). */
/**
 * Several rules ask the same questions of one tree (its upstreams, its proxy_pass URLs); each answer is
 * computed once per tree, since each costs a walk over every statement of a possibly 200,000-line config.
 */
function memoized<T>(compute: (tree: ConfTree) => T): (tree: ConfTree) => T {
  const cache = new WeakMap<ConfTree, T>();
  return (tree) => {
    if (!cache.has(tree)) cache.set(tree, compute(tree));
    return cache.get(tree)!;
  };
}

export const upstreamBlocks: (tree: ConfTree) => readonly ConfNode[] = memoized((tree) =>
  tree.named('upstream').filter((node) => node.children !== undefined),
);

/** `stream` when the node sits inside a stream block; otherwise `http` (a snippet included into http). */
export function moduleOf(node: ConfNode): 'http' | 'stream' {
  for (let level = node.parent; level; level = level.parent) if (level.name === 'stream') return 'stream';
  return 'http';
}

/** http upstream blocks by name; nginx matches `proxy_pass http://NAME` to them case-insensitively. */
export class UpstreamIndex {
  private readonly byName = new Map<string, ConfNode>();

  constructor(blocks: Iterable<ConfNode>) {
    for (const block of blocks) {
      const key = block.args[0]?.toLowerCase();
      if (key !== undefined && !this.byName.has(key)) this.byName.set(key, block);
    }
  }

  get(host: string): ConfNode | undefined {
    return this.byName.get(host.toLowerCase());
  }

  has(host: string): boolean {
    return this.byName.has(host.toLowerCase());
  }

  /** Names as written in the config, for suggestions. */
  names(): string[] {
    return [...this.byName.values()].map((block) => block.args[0]!);
  }
}

export const httpUpstreamNames: (tree: ConfTree) => UpstreamIndex = memoized(
  (tree) => new UpstreamIndex(upstreamPools(tree).filter((pool) => pool.module === 'http').map((pool) => pool.block)),
);

/** Every `proxy_pass` with a URL (stream's `proxy_pass host:port` has no scheme and is skipped). */
export const proxyPasses: (tree: ConfTree) => readonly ProxyPass[] = memoized((tree) => {
  const out: ProxyPass[] = [];
  for (const node of tree.named('proxy_pass')) {
    if (node.args.length === 0) continue;
    const url = parseProxyUrl(node.args[0]!);
    if (url) out.push({ node, url });
  }
  return out;
});

/** `server` directives of an upstream block. */
export function upstreamServers(block: ConfNode): ConfNode[] {
  const servers: ConfNode[] = [];
  for (const child of block.children ?? []) if (child.name === 'server' && child.args.length > 0) servers.push(child);
  return servers;
}

export interface UpstreamPool {
  block: ConfNode;
  module: 'http' | 'stream';
  servers: readonly ConfNode[];
  /** `servers[i].args[0]` parsed, index for index. */
  addresses: readonly ServerAddress[];
}

/** Every upstream block with its module and parsed server addresses, which five rules read. */
export const upstreamPools: (tree: ConfTree) => readonly UpstreamPool[] = memoized((tree) => {
  const pools: UpstreamPool[] = [];
  for (const block of upstreamBlocks(tree)) {
    const servers = upstreamServers(block);
    const addresses: ServerAddress[] = [];
    for (const server of servers) addresses.push(parseServerAddress(server.args[0]!));
    pools.push({ block, module: moduleOf(block), servers, addresses });
  }
  return pools;
});

/** Compares dotted versions: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export const quote = (value: string): string => JSON.stringify(value);

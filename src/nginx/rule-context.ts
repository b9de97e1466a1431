/** What every static nginx rule sees: the raw payload, the include-expanded tree, and lookups rules share. */
import { parseProxyUrl, type ProxyUrl } from './address.js';
import type { NginxPayload } from './payload.js';
import type { ConfNode, ConfTree } from './tree.js';
import { ancestors } from './tree.js';

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

/** `upstream` blocks, keyed by `http`/`stream` context and name (nginx keeps one namespace per module). */
export function upstreamBlocks(tree: ConfTree): ConfNode[] {
  return tree.all.filter((node) => node.name === 'upstream' && node.children !== undefined);
}

/** `stream` when the node sits inside a stream block; otherwise `http` (a snippet included into http). */
export function moduleOf(node: ConfNode): 'http' | 'stream' {
  return ancestors(node).some((level) => level.name === 'stream') ? 'stream' : 'http';
}

export function httpUpstreamNames(tree: ConfTree): Map<string, ConfNode> {
  const names = new Map<string, ConfNode>();
  for (const block of upstreamBlocks(tree)) {
    const name = block.args[0];
    if (name !== undefined && moduleOf(block) === 'http' && !names.has(name)) names.set(name, block);
  }
  return names;
}

/** Every `proxy_pass` with a URL (stream's `proxy_pass host:port` has no scheme and is skipped). */
export function proxyPasses(tree: ConfTree): ProxyPass[] {
  const out: ProxyPass[] = [];
  for (const node of tree.all) {
    if (node.name !== 'proxy_pass' || node.args.length === 0) continue;
    const url = parseProxyUrl(node.args[0]!);
    if (url) out.push({ node, url });
  }
  return out;
}

/** `server` directives of an upstream block. */
export function upstreamServers(block: ConfNode): ConfNode[] {
  return (block.children ?? []).filter((child) => child.name === 'server' && child.args.length > 0);
}

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

/** Every address an nginx config sends traffic to, for `nginx.probe_upstreams` (docs/design.md §6). Pure over the payload. */
import path from 'node:path';
import { defaultPort } from './address.js';
import type { NginxPayload } from './payload.js';
import { httpUpstreamNames, proxyPasses, upstreamPools } from './rule-context.js';
import { buildTree, type ConfNode } from './tree.js';

export interface UpstreamTarget {
  host: string;
  port: number;
  /** `http`/`https` for HTTP upstreams (https when proxied with https://), `tcp` for stream upstreams, `unix` for sockets. */
  scheme: string;
  unixPath?: string;
  /** The directive that declared the address. */
  location: { path: string; line: number; column: number };
}

/**
 * Upstream `server` entries and literal `proxy_pass` addresses; a proxy_pass that names an upstream block,
 * or whose host comes from a variable, contributes nothing of its own. `cwd` makes paths repo-relative.
 */
export function listUpstreamTargets(payload: NginxPayload, cwd?: string): UpstreamTarget[] {
  const toPath = (file: string): string => (cwd ? path.relative(cwd, path.resolve(cwd, file)) : file).split(path.sep).join('/');
  const tree = buildTree(payload, toPath);
  const upstreams = httpUpstreamNames(tree);
  const schemes = new Map<string, string>();
  const targets: UpstreamTarget[] = [];
  const at = (node: ConfNode): UpstreamTarget['location'] => ({ path: node.path, line: node.line, column: node.column });
  for (const { node, url } of proxyPasses(tree)) {
    if (upstreams.has(url.host)) {
      if (!schemes.has(url.host)) schemes.set(url.host, url.scheme);
      continue;
    }
    if (url.hostHasVariable) continue;
    if (url.unixPath !== undefined) {
      targets.push({ host: '', port: 0, scheme: 'unix', unixPath: url.unixPath, location: at(node) });
    } else if (url.host !== '') {
      targets.push({ host: url.host, port: url.port ?? defaultPort(url.scheme), scheme: url.scheme, location: at(node) });
    }
  }
  for (const { block, module, servers, addresses } of upstreamPools(tree)) {
    const scheme = module === 'stream' ? 'tcp' : (schemes.get(block.args[0] ?? '') ?? 'http');
    for (const [index, server] of servers.entries()) {
      const address = addresses[index]!;
      if (address.unixPath !== undefined) {
        targets.push({ host: '', port: 0, scheme: 'unix', unixPath: address.unixPath, location: at(server) });
        continue;
      }
      if (address.host.includes('$')) continue;
      targets.push({ host: address.host, port: address.port ?? defaultPort(scheme), scheme, location: at(server) });
    }
  }
  return targets.sort((a, b) => (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : a.location.line - b.location.line || a.location.column - b.location.column));
}

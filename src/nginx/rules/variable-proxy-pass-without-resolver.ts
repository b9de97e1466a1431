/** `proxy_pass http://$backend_host;` with no `resolver` in scope — 502 "no resolver defined to resolve" at run time. */
import { defineRule } from '../../rule.js';
import { isIpLiteral, parseProxyUrl, parseServerAddress } from '../address.js';
import { externalIncludes } from '../payload.js';
import { httpUpstreamNames, quote, type NginxRuleContext, type UpstreamIndex } from '../rule-context.js';
import { inScope, locate, type ConfNode } from '../tree.js';

/** Map parameters that are not source values (ngx_http_map_module). */
const MAP_KEYWORDS = new Set(['default', 'hostnames', 'volatile', 'include']);

/**
 * Values `$name` can take: from `set`, and from every `map` result (its default included). undefined when a
 * geo or split_clients block sets it, whose results are not followed.
 */
function possibleValues(all: readonly ConfNode[], variable: string): string[] | undefined {
  const values: string[] = [];
  for (const node of all) {
    if (node.name === 'set' && node.args[0] === variable && node.args[1] !== undefined) values.push(node.args[1]);
    if (node.name === 'map' && node.args.at(-1) === variable) {
      for (const entry of node.children ?? []) {
        if (entry.name === 'include' || ((entry.name === 'hostnames' || entry.name === 'volatile') && entry.args.length === 0)) continue;
        const value = entry.args[entry.args.length - 1];
        if (value !== undefined && !(MAP_KEYWORDS.has(entry.name) && entry.name !== 'default' && entry.args.length === 0)) values.push(value);
      }
    }
    if ((node.name === 'geo' || node.name === 'split_clients') && node.args.at(-1) === variable) return undefined;
  }
  return values;
}

/** Whether every value is an upstream name, an IP or a socket: nginx then resolves nothing at request time. */
function staticallyKnown(values: readonly string[] | undefined, upstreams: UpstreamIndex): boolean {
  return (
    values !== undefined &&
    values.length > 0 &&
    values.every((value) => value.startsWith('unix:') || upstreams.has(value) || isIpLiteral(parseServerAddress(value).host))
  );
}

/**
 * The host part of a proxy_pass URL when it holds a variable, or undefined when the host is literal. A
 * variable scheme (`$proto://$app:3000`) still leaves the host to be resolved per request.
 */
function variableHost(arg: string): string | undefined {
  const url = parseProxyUrl(arg);
  if (url) return url.hostHasVariable ? url.host : undefined;
  const authority = /^[^/]*:\/\/([^/]*)/.exec(arg)?.[1];
  if (authority !== undefined) return authority.includes('$') ? parseServerAddress(authority).host : undefined;
  return arg.startsWith('$') ? arg : undefined;
}

export const variableProxyPassWithoutResolver = defineRule<NginxRuleContext>({
  id: 'nginx/variable-proxy-pass-without-resolver',
  severity: 'error',
  description: 'proxy_pass takes its host from a variable but no resolver is configured, so names fail at request time',
  kb: ['api/http-502-upstream-dns-resolution-failed'],
  check(context, report) {
    const upstreams = httpUpstreamNames(context.tree);
    // Includes of files outside the repository, per file, which may set the resolver on the server.
    const externalIn = new Map<string, Array<{ line: number; arg: string }>>();
    for (const include of externalIncludes(context.payload)) {
      if (include.kind !== 'outside') continue;
      const file = context.toPath(context.payload.config[include.file]!.file);
      const list = externalIn.get(file) ?? [];
      list.push({ line: include.line, arg: include.arg });
      externalIn.set(file, list);
    }
    /** The external include nearest above the proxy_pass (the one most likely in its scope), else the file's first. */
    const externalFor = (node: ConfNode): string | undefined => {
      const list = externalIn.get(node.path);
      if (!list) return undefined;
      const above = list.filter((include) => include.line <= node.line);
      return (above.at(-1) ?? list[0]!).arg;
    };
    for (const node of context.tree.named('proxy_pass')) {
      const arg = node.args[0];
      if (arg === undefined || !arg.includes('$')) continue;
      const host = variableHost(arg);
      if (host === undefined || inScope(node, 'resolver', context.tree.roots).length > 0) continue;
      const whole = /^\$\{?(\w+)\}?$/.exec(host);
      if (whole && staticallyKnown(possibleValues(context.tree.all, `$${whole[1]}`), upstreams)) continue;
      const external = externalFor(node);
      if (external !== undefined) {
        report({
          severity: 'notice',
          message: `proxy_pass ${quote(arg)} resolves its host per request and no "resolver" is set in the repository; it may come from include ${quote(external)}, which is outside it, so make sure the server's copy sets "resolver" or nginx answers 502 ("no resolver defined to resolve")`,
          location: locate(node),
        });
        continue;
      }
      report({
        message: `proxy_pass ${quote(arg)} resolves its host per request but no "resolver" is set here, so nginx answers 502 ("no resolver defined to resolve"); add "resolver <dns-ip> valid=30s;" to this server or http block`,
        location: locate(node),
        signals: { httpStatus: 502, probe: 'dns', nginxLog: 'no resolver defined to resolve' },
      });
    }
  },
});

/** `proxy_pass http://$backend_host;` with no `resolver` in scope — 502 "no resolver defined to resolve" at run time. */
import { defineRule } from '../../rule.js';
import { isIpLiteral, parseServerAddress } from '../address.js';
import { httpUpstreamNames, proxyPasses, quote, type NginxRuleContext } from '../rule-context.js';
import { inScope, locate, type ConfNode } from '../tree.js';

/** Values assigned to `$name` by `set`; nginx needs no resolver when each is an upstream name or an IP. */
function setValues(all: readonly ConfNode[], variable: string): string[] | undefined {
  const values: string[] = [];
  for (const node of all) {
    if (node.name === 'set' && node.args[0] === variable && node.args[1] !== undefined) values.push(node.args[1]);
    // map/geo/split_clients results cannot be followed statically: assume they need a resolver.
    if ((node.name === 'map' || node.name === 'geo' || node.name === 'split_clients') && node.args.at(-1) === variable) return undefined;
  }
  return values;
}

export const variableProxyPassWithoutResolver = defineRule<NginxRuleContext>({
  id: 'nginx/variable-proxy-pass-without-resolver',
  severity: 'error',
  description: 'proxy_pass takes its host from a variable but no resolver is configured, so names fail at request time',
  kb: ['api/http-502-upstream-dns-resolution-failed'],
  check(context, report) {
    const upstreams = httpUpstreamNames(context.tree);
    for (const { node, url } of proxyPasses(context.tree)) {
      if (!url.hostHasVariable || inScope(node, 'resolver', context.tree.roots).length > 0) continue;
      const whole = /^\$\{?(\w+)\}?$/.exec(url.host);
      if (whole) {
        const values = setValues(context.tree.all, `$${whole[1]}`);
        const static_ = values !== undefined && values.length > 0 && values.every((value) => {
          const host = parseServerAddress(value).host;
          return upstreams.has(value) || isIpLiteral(host) || (value.startsWith('unix:'));
        });
        if (static_) continue;
      }
      report({
        message: `proxy_pass ${quote(node.args[0]!)} resolves its host per request but no "resolver" is set here, so nginx answers 502 ("no resolver defined to resolve"); add "resolver <dns-ip> valid=30s;" to this server or http block`,
        location: locate(node),
        signals: { httpStatus: 502, probe: 'dns', nginxLog: 'no resolver defined to resolve' },
      });
    }
  },
});

/** `proxy_pass http://backnd;` with only `upstream backend {…}` defined — nginx looks "backnd" up in DNS and fails. */
import { defineRule } from '../../rule.js';
import { editDistance, isIpLiteral } from '../address.js';
import { httpUpstreamNames, proxyPasses, quote, type NginxRuleContext } from '../rule-context.js';
import { locate } from '../tree.js';

function nearest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export const undefinedUpstream = defineRule<NginxRuleContext>({
  id: 'nginx/undefined-upstream',
  severity: 'error',
  description: 'proxy_pass names a dot-less host that no upstream block defines, so nginx treats it as a DNS name',
  kb: ['api/http-502-upstream-dns-resolution-failed', 'api/nginx-config-rejected-by-nginx-t'],
  check(context, report) {
    const upstreams = httpUpstreamNames(context.tree);
    for (const { node, url } of proxyPasses(context.tree)) {
      const host = url.host;
      if (url.hostHasVariable || url.unixPath !== undefined || host === '' || host.includes('.')) continue;
      if (host === 'localhost' || upstreams.has(host) || isIpLiteral(host)) continue;
      const suggestion = nearest(host, upstreams.names());
      const action = suggestion
        ? `did you mean upstream ${quote(suggestion)}?`
        : `define "upstream ${host} { server …; }" or use a fully qualified host name`;
      report({
        message: `proxy_pass host ${quote(host)} matches no upstream block, so nginx resolves it in DNS (nginx -t: host not found in upstream); ${action}`,
        location: locate(node),
        signals: { httpStatus: 502, probe: 'dns', nginxLog: `host not found in upstream "${host}"` },
      });
    }
  },
});

/** `proxy_next_upstream off;` in front of a multi-server upstream — one dead server turns into 502s instead of a retry. */
import { defineRule } from '../../rule.js';
import { httpUpstreamNames, proxyPasses, quote, upstreamServers, type NginxRuleContext } from '../rule-context.js';
import { locate, scopedValue } from '../tree.js';

export const nextUpstreamOff = defineRule<NginxRuleContext>({
  id: 'nginx/next-upstream-off',
  severity: 'warning',
  description: 'proxy_next_upstream off disables failover, so a failing server in a multi-server upstream returns 502',
  kb: ['api/http-502-no-live-upstreams', 'api/http-502-bad-gateway-upstream-unreachable'],
  check(context, report) {
    const upstreams = httpUpstreamNames(context.tree);
    const seen = new Set<unknown>();
    for (const { node, url } of proxyPasses(context.tree)) {
      const block = upstreams.get(url.host);
      if (!block || upstreamServers(block).length < 2) continue;
      const setting = scopedValue(node, 'proxy_next_upstream', context.tree.roots);
      if (!setting || setting.args[0] !== 'off' || seen.has(setting)) continue;
      seen.add(setting);
      report({
        message: `"proxy_next_upstream off" stops nginx from trying the other ${upstreamServers(block).length - 1} server(s) of upstream ${quote(url.host)}, so one unreachable server answers 502; use "proxy_next_upstream error timeout" instead`,
        location: locate(setting),
        signals: { httpStatus: 502, probe: 'refused', nginxLog: 'connect() failed (111: Connection refused) while connecting to upstream' },
      });
    }
  },
});

/** `server 10.0.0.2:8080 max_fails=0;` in a multi-server upstream — nginx never marks it failed and keeps sending it traffic. */
import { defineRule } from '../../rule.js';
import { quote, upstreamPools, type NginxRuleContext } from '../rule-context.js';
import { locate } from '../tree.js';

export const maxFailsZero = defineRule<NginxRuleContext>({
  id: 'nginx/max-fails-zero',
  severity: 'warning',
  description: 'max_fails=0 turns off failure accounting, so a dead server is never taken out of rotation',
  kb: ['api/http-502-no-live-upstreams', 'api/http-502-bad-gateway-upstream-unreachable'],
  check(context, report) {
    for (const { block, servers } of upstreamPools(context.tree)) {
      // With one server nginx never marks it unavailable anyway (ngx_http_upstream_round_robin), so only flag pools.
      if (servers.length < 2) continue;
      for (const server of servers) {
        if (!server.args.includes('max_fails=0', 1)) continue;
        report({
          message: `server ${quote(server.args[0]!)} in upstream ${quote(block.args[0] ?? '')} has "max_fails=0", so nginx keeps sending it requests while it is down and clients get 502s; drop it or use "max_fails=3 fail_timeout=10s"`,
          location: locate(server),
          signals: { httpStatus: 502, probe: 'refused' },
        });
      }
    }
  },
});

/** `upstream api { server 10.0.0.1:8080 down; server 10.0.0.2:8080 down; }` — every request gets 502 "no live upstreams". */
import { defineRule } from '../../rule.js';
import { quote, upstreamPools, type NginxRuleContext } from '../rule-context.js';
import { locate } from '../tree.js';

export const allServersDown = defineRule<NginxRuleContext>({
  id: 'nginx/all-servers-down',
  severity: 'error',
  description: 'Every server of an upstream is marked down, so nginx has no live upstream to send requests to',
  kb: ['api/http-502-no-live-upstreams'],
  check(context, report) {
    for (const { block, servers } of upstreamPools(context.tree)) {
      if (servers.length === 0 || !servers.every((server) => server.args.includes('down', 1))) continue;
      report({
        message: `every server in upstream ${quote(block.args[0] ?? '')} is marked "down", so each request fails with 502 "no live upstreams"; remove "down" from at least one server`,
        location: locate(block),
        signals: { httpStatus: 502, probe: 'no_live_upstream', nginxLog: 'no live upstreams while connecting to upstream' },
      });
    }
  },
});

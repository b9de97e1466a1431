/** `upstream backend { keepalive 16; }` — no `server` inside: nginx -t fails with "no servers are inside upstream". */
import { defineRule } from '../../rule.js';
import { quote, upstreamPools, type NginxRuleContext } from '../rule-context.js';
import { locate } from '../tree.js';

export const emptyUpstream = defineRule<NginxRuleContext>({
  id: 'nginx/empty-upstream',
  severity: 'error',
  description: 'An upstream block has no server directive',
  kb: ['api/nginx-config-rejected-by-nginx-t'],
  check(context, report) {
    for (const { block, servers } of upstreamPools(context.tree)) {
      if (servers.length > 0) continue;
      report({
        message: `upstream ${quote(block.args[0] ?? '')} has no server directive, which nginx rejects ("no servers are inside upstream"); add at least one server`,
        location: locate(block),
        signals: { nginxLog: 'no servers are inside upstream' },
      });
    }
  },
});

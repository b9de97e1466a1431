/** Two `upstream backend { … }` blocks in one http context — nginx -t fails with `duplicate upstream "backend"`. */
import { defineRule } from '../../rule.js';
import { quote, upstreamPools, type NginxRuleContext } from '../rule-context.js';
import { locate, where, type ConfNode } from '../tree.js';

export const duplicateUpstream = defineRule<NginxRuleContext>({
  id: 'nginx/duplicate-upstream',
  severity: 'error',
  description: 'Two upstream blocks share a name in the same http or stream context',
  kb: ['api/nginx-config-rejected-by-nginx-t'],
  check(context, report) {
    const first = new Map<string, ConfNode>();
    for (const { block, module } of upstreamPools(context.tree)) {
      // nginx compares upstream names case-insensitively (ngx_http_upstream_add uses ngx_strncasecmp).
      const key = `${module} ${(block.args[0] ?? '').toLowerCase()}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, block);
        continue;
      }
      report({
        message: `upstream ${quote(block.args[0] ?? '')} is already defined at ${where(earlier)}, which nginx rejects ("duplicate upstream"); rename or remove one`,
        location: locate(block),
        signals: { nginxLog: `duplicate upstream "${block.args[0] ?? ''}"` },
      });
    }
  },
});

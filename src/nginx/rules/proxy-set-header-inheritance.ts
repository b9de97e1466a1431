/** `location /api { proxy_set_header X-Request-Id $id; }` under a server that sets `Connection ""` — the location drops every inherited header. */
// nginx inherits the whole proxy_set_header array from the nearest enclosing level that sets any, or nothing (inScope).
import { defineRule } from '../../rule.js';
import { quote, type NginxRuleContext } from '../rule-context.js';
import { childrenNamed, inScope, locate, where, type ConfNode } from '../tree.js';

export const proxySetHeaderInheritance = defineRule<NginxRuleContext>({
  id: 'nginx/proxy-set-header-inheritance',
  severity: 'warning',
  description: 'A level that sets any proxy_set_header silently drops all proxy_set_header directives inherited from outer levels',
  kb: ['api/http-502-upstream-keepalive-misconfigured'],
  check(context, report) {
    const levels = new Set<ConfNode>();
    for (const header of context.tree.named('proxy_set_header')) if (header.parent) levels.add(header.parent);
    for (const level of levels) {
      const own = childrenNamed(level.children, 'proxy_set_header');
      const names = new Set(own.map((header) => header.args[0]?.toLowerCase()));
      const dropped = inScope(level, 'proxy_set_header', context.tree.roots).filter((header) => !names.has(header.args[0]?.toLowerCase()));
      if (dropped.length === 0) continue;
      const list = dropped.map((header) => quote(header.args[0] ?? '')).join(', ');
      const connection = dropped.some((header) => header.args[0]?.toLowerCase() === 'connection');
      report({
        message: `proxy_set_header in this ${level.name} block drops the inherited ${list} set at ${where(dropped[0]!)} (nginx inherits proxy_set_header only when a level sets none); repeat them here or use one shared include`,
        location: locate(own[0]!),
        ...(connection ? { signals: { httpStatus: 502, probe: 'closed_early' } } : {}),
      });
    }
  },
});

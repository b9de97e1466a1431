/** `location ~ ^/api/ { proxy_pass http://backend/; }` — nginx -t: "proxy_pass" cannot have URI part in location given by regular expression. */
import { defineRule } from '../../rule.js';
import { proxyPasses, quote, type NginxRuleContext } from '../rule-context.js';
import { locate, type ConfNode } from '../tree.js';

/** The block that forbids a URI part (ngx_http_proxy_pass): regex or named location, `if`, `limit_except`. */
function forbiddingBlock(node: ConfNode): string | undefined {
  const block = node.parent;
  if (!block) return undefined;
  if (block.name === 'if') return 'inside "if"';
  if (block.name === 'limit_except') return 'inside "limit_except"';
  if (block.name !== 'location') return undefined;
  const modifier = block.args[0] ?? '';
  if (modifier === '~' || modifier === '~*' || (block.args.length === 1 && /^~\*?/.test(modifier))) return `in regex location ${quote(block.args.join(' '))}`;
  if (modifier.startsWith('@')) return `in named location ${quote(modifier)}`;
  return undefined;
}

export const proxyPassUriInRegexLocation = defineRule<NginxRuleContext>({
  id: 'nginx/proxy-pass-uri-in-regex-location',
  severity: 'error',
  description: 'proxy_pass has a URI part where nginx forbids one (regex or named location, if, limit_except)',
  kb: ['api/nginx-config-rejected-by-nginx-t'],
  check(context, report) {
    for (const { node, url } of proxyPasses(context.tree)) {
      // With variables nginx builds the whole URI at run time and allows it.
      if (url.uri === undefined || url.hasVariable) continue;
      const where = forbiddingBlock(node);
      if (!where) continue;
      report({
        message: `proxy_pass ${quote(node.args[0]!)} has URI part ${quote(url.uri)} ${where}, which nginx rejects; drop the URI part or rewrite the path with "rewrite … break"`,
        location: locate(node),
        signals: { nginxLog: '"proxy_pass" cannot have URI part in location given by regular expression' },
      });
    }
  },
});

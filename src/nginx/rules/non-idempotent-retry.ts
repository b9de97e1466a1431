/** `proxy_next_upstream error timeout non_idempotent;` — a POST that timed out is sent again to the next server. */
import { defineRule } from '../../rule.js';
import { type NginxRuleContext } from '../rule-context.js';
import { locate } from '../tree.js';

const NEXT_UPSTREAM = new Set(['proxy_next_upstream', 'grpc_next_upstream', 'uwsgi_next_upstream', 'scgi_next_upstream', 'fastcgi_next_upstream']);

export const nonIdempotentRetry = defineRule<NginxRuleContext>({
  id: 'nginx/non-idempotent-retry',
  severity: 'warning',
  description: 'non_idempotent lets nginx retry POST/PATCH/LOCK on another server after a failure or timeout',
  kb: ['api/http-504-upstream-response-timeout'],
  check(context, report) {
    for (const node of context.tree.all) {
      if (!NEXT_UPSTREAM.has(node.name) || !node.args.includes('non_idempotent')) continue;
      const timeout = node.args.includes('timeout');
      report({
        message: `"${node.name} … non_idempotent" lets nginx resend POST, PATCH and LOCK requests to another server${timeout ? ' after a timeout, so a slow write runs twice and the client can still get 504' : ', so a write can run twice'}; remove "non_idempotent" and make retries explicit in the client`,
        location: locate(node),
        signals: { httpStatus: 504, probe: 'timeout_headers', nginxLog: 'upstream timed out (110: Connection timed out) while reading response header from upstream' },
      });
    }
  },
});

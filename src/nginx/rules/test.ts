/** The `nginx/test` rule's metadata, apart from the runner (nginx-test.ts) so the rule catalogue loads without the sandbox. */
import type { RuleMeta } from '../../rule.js';

export const NGINX_TEST_RULE: RuleMeta = {
  id: 'nginx/test',
  severity: 'error',
  description: 'The real `nginx -t` rejected the config (or could not run); the message is nginx\'s own',
  kb: ['api/nginx-config-rejected-by-nginx-t'],
};

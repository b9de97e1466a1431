/** The `haproxy/test` rule's metadata, apart from the runner (test-runner.ts) so the catalogue loads without it. */
import type { RuleMeta } from '../../rule.js';

export const HAPROXY_TEST_RULE: RuleMeta = {
  id: 'haproxy/test',
  severity: 'error',
  description: '`haproxy -c` rejected the configuration or warned about it',
  kb: ['api/haproxy-config-rejected-by-haproxy-c'],
};

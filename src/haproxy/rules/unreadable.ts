/** Reported by check.ts when a matched file cannot be read. */
import type { RuleMeta } from '../../rule.js';

export const HAPROXY_READ_RULE: RuleMeta = {
  id: 'haproxy/unreadable',
  severity: 'error',
  description: 'A HAProxy config file matched by the globs could not be read',
};

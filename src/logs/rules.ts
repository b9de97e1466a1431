/** Rules that only `gatewatch logs` reports (as citations of its rows, never as findings). */
import type { RuleMeta } from '../rule.js';

/**
 * A health check taking a server out of rotation is explained by the entry on failing checks, whatever the
 * check's reason (refused, timeout, a 404): its rows cite that entry through this rule's KB link.
 */
export const HEALTH_CHECK_DOWN_RULE: RuleMeta = {
  id: 'logs/haproxy-health-check-down',
  severity: 'warning',
  description: 'HAProxy health checks marked a server DOWN, so it gets no traffic until a check passes again',
  kb: ['api/haproxy-503-health-check-down'],
};

export const LOG_RULES: readonly RuleMeta[] = [HEALTH_CHECK_DOWN_RULE];

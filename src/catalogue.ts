/**
 * The one rule catalogue: every rule id gatewatch can emit, with its metadata, gathered from each checker's
 * registry. SARIF `tool.driver.rules`, help links, citations and docs/rules/ all read it; a test scans src/
 * so an id cannot be emitted without being listed here (id = registry entry = docs page).
 */
import { HAPROXY_RULE_METAS } from './haproxy/rules/index.js';
import { KB_RULE_METAS } from './kb/rules/index.js';
import { LOG_RULES } from './logs/rules.js';
import { NGINX_RULE_METAS } from './nginx/rules/index.js';
import { POLICY_RULES } from './policy/rules.js';
import { PROBE_RULES } from './probe/rules.js';
import type { RuleMeta } from './rule.js';
import { TOOL_RULES } from './tool/rules.js';

/** Checker name -> its rules, in the order the README and docs list them. */
export const RULE_REGISTRIES: Readonly<Record<string, readonly RuleMeta[]>> = {
  kb: KB_RULE_METAS,
  nginx: NGINX_RULE_METAS,
  haproxy: HAPROXY_RULE_METAS,
  probe: PROBE_RULES,
  logs: LOG_RULES,
  policy: POLICY_RULES,
  tool: TOOL_RULES,
};

/** Every rule that can appear in a report, for SARIF `tool.driver.rules` and help links. */
export function ruleCatalogue(): RuleMeta[] {
  return Object.values(RULE_REGISTRIES).flat();
}

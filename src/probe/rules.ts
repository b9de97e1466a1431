/**
 * Rule metadata of probe findings: one `probe/<class>` rule per row of the failure-class table, so
 * SARIF and the reports can show a description and the KB entries of that class.
 * Probe findings are produced by run-probes.ts from live results, not by `check` functions.
 */
import { FAILURE_CLASSES, failureClass, type ProbeClass } from '../failure-class.js';
import type { RuleMeta } from '../rule.js';

/** `timeout_connect` → `probe/timeout-connect` (rule ids are kebab case, classes snake case). */
export function probeRuleId(probeClass: ProbeClass): string {
  return `probe/${probeClass.replace(/_/g, '-')}`;
}

export const PROBE_CLASS_RULES: readonly RuleMeta[] = FAILURE_CLASSES.map((row) => ({
  id: probeRuleId(row.id),
  severity: row.severity,
  description: row.description,
  ...(row.kb.length > 0 ? { kb: row.kb } : {}),
}));

export const INVALID_TARGET_RULE: RuleMeta = {
  id: 'probe/invalid-target',
  severity: 'error',
  description: 'A probe entry cannot be run as written (bad URL, tcp address, CA file, or conflicting keys)',
};

export const BUDGET_EXCEEDED_RULE: RuleMeta = {
  id: 'probe/budget-exceeded',
  severity: 'warning',
  description: 'The probe phase ran out of its time budget (probe.budget_ms) and skipped probes',
};

export const GATEWAY_LOG_RULE: RuleMeta = {
  id: 'probe/gateway-log-unreadable',
  severity: 'notice',
  description: 'The gateway_log file could not be read, so probe failures carry no gateway log line',
};

/** Every probe rule, for SARIF `tool.driver.rules` and docs. */
export const PROBE_RULES: readonly RuleMeta[] = [...PROBE_CLASS_RULES, INVALID_TARGET_RULE, BUDGET_EXCEEDED_RULE, GATEWAY_LOG_RULE];

export function probeRuleSeverity(probeClass: ProbeClass): RuleMeta['severity'] {
  return failureClass(probeClass).severity;
}

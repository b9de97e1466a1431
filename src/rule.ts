/** Rules are plain objects (metadata + one check function) collected in explicit registries. */
import type { Finding, Location, Severity, Signals } from './finding.js';
import { RULE_CRASHED } from './tool/rules.js';

export interface RuleMeta {
  /** Namespaced kebab case, equal to the file name: `kb/empty-title`. */
  id: string;
  severity: Severity;
  description: string;
  /** KB entry ids this rule relates to; cite/ and the reports join them in. */
  kb?: readonly string[];
}

/** What a rule reports; severity defaults to the rule's own. */
export interface Report {
  message: string;
  location?: Location;
  severity?: Severity;
  signals?: Signals;
  /** JSON pointer into the checked document, used to de-duplicate schema errors. */
  pointer?: string;
}

export interface Rule<Context> extends RuleMeta {
  check(context: Context, report: (report: Report) => void): void;
}

export interface RuleFinding extends Finding {
  pointer?: string;
}

export function defineRule<Context>(rule: Rule<Context>): Rule<Context> {
  return rule;
}

/** Runs rules over one context; a rule that throws becomes a `tool/rule-crashed` finding, never a lost run. */
export function runRules<Context>(
  rules: readonly Rule<Context>[],
  context: Context,
  crashLocation?: Location,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const rule of rules) {
    try {
      rule.check(context, (report) => {
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? rule.severity,
          message: report.message,
          ...(report.location ? { location: report.location } : {}),
          ...(report.signals ? { signals: report.signals } : {}),
          ...(report.pointer !== undefined ? { pointer: report.pointer } : {}),
        });
      });
    } catch (error) {
      findings.push({
        ruleId: RULE_CRASHED.id,
        severity: 'error',
        message: `Rule "${rule.id}" crashed: ${error instanceof Error ? error.message : String(error)}`,
        ...(crashLocation ? { location: crashLocation } : {}),
      });
    }
  }
  return findings;
}

/** Drops the internal pointer before findings leave a checker. */
export function toFinding({ pointer: _pointer, ...finding }: RuleFinding): Finding {
  return finding;
}

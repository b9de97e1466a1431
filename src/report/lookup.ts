/** Joins findings with rule metadata and KB entries at report time (findings never copy them). */
import type { KbRecord } from '../kb/model.js';
import type { RunResult } from '../result.js';
import type { RuleMeta } from '../rule.js';

export interface ReportLookup {
  rule(id: string): RuleMeta | undefined;
  entry(id: string): KbRecord | undefined;
}

export function buildLookup(result: Pick<RunResult, 'rules' | 'kb'>): ReportLookup {
  const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
  const entries = new Map(result.kb.map((record) => [record.entry.id, record]));
  return { rule: (id) => rules.get(id), entry: (id) => entries.get(id) };
}

/** `nginx/undefined-upstream` → `nginx`: the checker that produced a finding. */
export function checkerOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash === -1 ? ruleId : ruleId.slice(0, slash);
}

const CHECKER_TITLES: Record<string, string> = {
  kb: 'Knowledge base',
  nginx: 'nginx',
  haproxy: 'HAProxy',
  probe: 'Probes',
  tool: 'gatewatch',
};

export function checkerTitle(checker: string): string {
  return CHECKER_TITLES[checker] ?? checker;
}

/** The one pipeline the action and the CLI share: checkers -> findings -> citations -> RunResult. */
import type { Options } from './config.js';
import type { Deps } from './deps.js';
import { sortFindings, type Finding } from './finding.js';
import { EMPTY_GLOB, TOO_MANY_FILES } from './files.js';
import { checkKb } from './kb/check.js';
import { KB_RULE_METAS } from './kb/rules/index.js';
import type { ProbeResult } from './probe/result.js';
import type { RunResult } from './result.js';
import { RULE_CRASHED, type RuleMeta } from './rule.js';

export const TOOL_RULES: readonly RuleMeta[] = [RULE_CRASHED, EMPTY_GLOB, TOO_MANY_FILES];

/** Every rule that can appear in a report, for SARIF `tool.driver.rules` and help links. */
export function ruleCatalogue(): RuleMeta[] {
  return [...TOOL_RULES, ...KB_RULE_METAS];
}

export async function run(options: Options, deps: Deps): Promise<RunResult> {
  const started = deps.now();
  const findings: Finding[] = [];
  const probes: ProbeResult[] = [];

  const kb = await checkKb(options, deps);
  findings.push(...kb.findings);
  let files = kb.files.length;

  return {
    findings: sortFindings(findings),
    probes,
    kb: kb.records,
    files,
    durationMs: Math.round(deps.now() - started),
    rules: ruleCatalogue(),
  };
}

/** The one pipeline the action and the CLI share: checkers -> findings -> citations -> RunResult. */
import { citeFindings } from './cite/cite.js';
import type { Options } from './config.js';
import type { Deps } from './deps.js';
import { sortFindings, type Finding } from './finding.js';
import { EMPTY_GLOB, TOO_MANY_FILES } from './files.js';
import { checkKb } from './kb/check.js';
import { KB_RULE_METAS } from './kb/rules/index.js';
import { checkNginx } from './nginx/check.js';
import { NGINX_RULE_METAS } from './nginx/rules/index.js';
import { checkHaproxy, HAPROXY_RULE_METAS } from './haproxy/check.js';
import { nginxProbeSpecs } from './probe/nginx-targets.js';
import type { ProbeResult } from './probe/result.js';
import { PROBE_RULES } from './probe/rules.js';
import { runProbes } from './probe/run-probes.js';
import type { RunResult } from './result.js';
import { RULE_CRASHED, type RuleMeta } from './rule.js';

export const TOOL_RULES: readonly RuleMeta[] = [RULE_CRASHED, EMPTY_GLOB, TOO_MANY_FILES];

/** Every rule that can appear in a report, for SARIF `tool.driver.rules` and help links. */
export function ruleCatalogue(): RuleMeta[] {
  return [...TOOL_RULES, ...KB_RULE_METAS, ...NGINX_RULE_METAS, ...HAPROXY_RULE_METAS, ...PROBE_RULES];
}

export async function run(options: Options, deps: Deps): Promise<RunResult> {
  const started = deps.now();
  const findings: Finding[] = [];
  const probes: ProbeResult[] = [];

  const kb = await checkKb(options, deps);
  findings.push(...kb.findings);
  let files = kb.files.length;

  const nginx = await checkNginx(options, deps);
  findings.push(...nginx.findings);
  files += nginx.files;

  const haproxy = await checkHaproxy(options, deps);
  findings.push(...haproxy.findings);
  files += haproxy.files;

  // Probes run last: configured targets plus, with nginx.probe_upstreams, every upstream the configs declare.
  const probed = await runProbes(options, deps, nginxProbeSpecs(nginx.configs, options));
  findings.push(...probed.findings);
  probes.push(...probed.probes);

  const rules = ruleCatalogue();
  return {
    // Citations join each finding to the KB entries that explain it (DESIGN §7); the KB is the one just checked.
    findings: citeFindings(sortFindings(findings), kb.records, rules),
    probes,
    kb: kb.records,
    files,
    durationMs: Math.round(deps.now() - started),
    rules,
  };
}

/** The one pipeline the action and the CLI share: checkers -> findings -> citations -> RunResult. */
import { pushAll } from './collections.js';
import { citeFindings } from './cite/cite.js';
import type { Options } from './config.js';
import type { Deps } from './deps.js';
import { sortFindings, type Finding } from './finding.js';
import { EMPTY_GLOB, TOO_MANY_FILES } from './files.js';
import { checkHaproxy, HAPROXY_RULE_METAS } from './haproxy/check.js';
import { KB_RULE_METAS } from './kb/rules/index.js';
import type { KbRecord } from './kb/model.js';
import { NGINX_RULE_METAS } from './nginx/rules/index.js';
import type { NginxPayload } from './nginx/payload.js';
import type { ProbeResult } from './probe/result.js';
import { PROBE_RULES } from './probe/rules.js';
import type { RunResult } from './result.js';
import { POLICY_RULES } from './policy/trusted-policy.js';
import { RULE_CRASHED, type RuleMeta } from './rule.js';
import { decideVerdict } from './verdict.js';

export const TOOL_RULES: readonly RuleMeta[] = [RULE_CRASHED, EMPTY_GLOB, TOO_MANY_FILES, ...POLICY_RULES];

/** Every rule that can appear in a report, for SARIF `tool.driver.rules` and help links. */
export function ruleCatalogue(): RuleMeta[] {
  return [...TOOL_RULES, ...KB_RULE_METAS, ...NGINX_RULE_METAS, ...HAPROXY_RULE_METAS, ...PROBE_RULES];
}

export async function run(options: Options, deps: Deps): Promise<RunResult> {
  const started = deps.now();
  const findings: Finding[] = [];
  const probes: ProbeResult[] = [];
  // Notices from loading gatewatch.yml (a deferred policy change, an ignored binary) are reported like any finding.
  pushAll(findings, options.configFindings ?? []);

  // Each checker is imported only when there is something for it to check: the KB's markdown, YAML and
  // schema libraries are most of the bundle, and an nginx-only run should not pay for loading them.
  let records: KbRecord[] = [];
  let files = 0;
  if (options.kb.paths.length > 0) {
    const kb = await (await import('./kb/check.js')).checkKb(options, deps);
    pushAll(findings, kb.findings);
    records = kb.records;
    files += kb.files.length;
  }

  let configs: NginxPayload[] = [];
  if (options.nginx.paths.length > 0) {
    const nginx = await (await import('./nginx/check.js')).checkNginx(options, deps);
    pushAll(findings, nginx.findings);
    files += nginx.files;
    configs = nginx.configs;
  }

  const haproxy = await checkHaproxy(options, deps);
  pushAll(findings, haproxy.findings);
  files += haproxy.files;

  // Probes run last: configured targets plus, with nginx.probe_upstreams, every upstream the configs declare.
  if (options.probes.length > 0 || (options.nginx.probeUpstreams && configs.length > 0)) {
    const [{ runProbes }, { nginxProbeSpecs }] = await Promise.all([import('./probe/run-probes.js'), import('./probe/nginx-targets.js')]);
    const probed = await runProbes(options, deps, nginxProbeSpecs(configs, options));
    pushAll(findings, probed.findings);
    pushAll(probes, probed.probes);
  }

  const rules = ruleCatalogue();
  // Citations join each finding to the KB entries that explain it (DESIGN §7); the KB is the one just checked.
  const cited = citeFindings(sortFindings(findings), records, rules);
  return {
    findings: cited,
    probes,
    kb: records,
    files,
    durationMs: Math.round(deps.now() - started),
    rules,
    verdict: decideVerdict(cited, options.failOn),
  };
}

/**
 * The nginx checker: find configs, parse each main config with its includes, run the static rules over the
 * include-expanded tree, then the real `nginx -t` in a sandbox. Files included by another matched file are
 * checked through that file only, so a conf.d snippet is seen in the context nginx loads it in.
 */
import path from 'node:path';
import type { Options } from '../config.js';
import { toRepoPath, type Deps } from '../deps.js';
import { expandGlobs } from '../files.js';
import { sortFindings, type Finding } from '../finding.js';
import { runRules, toFinding } from '../rule.js';
import { impliedContext, isMainByName, prefixFor, type ConfigContext } from './entry-points.js';
import { parseNginx } from './load.js';
import { runNginxTests, type NginxTestTarget } from './nginx-test.js';
import type { NginxPayload } from './payload.js';
import { upstreamBlocks, type NginxRuleContext } from './rule-context.js';
import { nginxRules } from './rules/index.js';
import { buildTree } from './tree.js';

export interface NginxCheckResult {
  findings: Finding[];
  /** Distinct config files read (mains and includes). */
  files: number;
  /** One crossplane payload per main config, file names repo-relative. */
  configs: NginxPayload[];
}

function findingKey(finding: Finding): string {
  const at = finding.location;
  return `${finding.ruleId}\u0000${at?.path}\u0000${at?.line}\u0000${at?.column}\u0000${finding.message}`;
}

/**
 * One root cause, one finding: nginx -t stops at the first [emerg], so once the parser reported a syntax or
 * include error in a file, nginx's own report at or after that line (`unexpected "}"` for a missing `;`,
 * `open() failed` for the same include) is the same cause; so is its notice about an include's stand-in.
 */
function explainedByStaticFindings(findings: readonly Finding[]): (finding: Finding) => boolean {
  const atLine = new Set<string>();
  const firstError = new Map<string, number>();
  for (const finding of findings) {
    if (finding.ruleId !== 'nginx/syntax' && finding.ruleId !== 'nginx/include-missing') continue;
    const at = finding.location;
    if (!at) continue;
    atLine.add(`${at.path}:${at.line}`);
    if (finding.severity === 'error') firstError.set(at.path, Math.min(firstError.get(at.path) ?? Infinity, at.line ?? 1));
  }
  return (finding) => {
    const at = finding.location;
    if (!at) return false;
    if (atLine.has(`${at.path}:${at.line}`)) return true;
    const first = firstError.get(at.path);
    return finding.severity === 'error' && first !== undefined && (at.line ?? 1) >= first;
  };
}

export async function checkNginx(options: Options, deps: Deps): Promise<NginxCheckResult> {
  const patterns = options.nginx.paths;
  if (patterns.length === 0) return { findings: [], files: 0, configs: [] };
  const expanded = await expandGlobs(patterns, deps, 'nginx', options.limits.maxFiles, options.emptyGlob);
  const findings: Finding[] = [...expanded.findings];
  const matched = expanded.paths;

  // Entry points: every nginx.conf, and every matched file no other matched file includes. Each file is parsed
  // once, with includes resolved against the conf dir nginx would use (the nearest nginx.conf's folder).
  const mains = matched.filter(isMainByName);
  const payloads = new Map<string, NginxPayload>();
  for (const file of matched) {
    payloads.set(file, await parseNginx(file, deps, { prefix: prefixFor(file, mains), repoRoot: options.cwd, root: deps.cwd }));
  }
  const included = new Set<string>();
  for (const payload of payloads.values()) {
    for (const config of payload.config.slice(1)) included.add(toRepoPath(options.cwd, config.file));
  }
  let roots = matched.filter((file) => isMainByName(file) || !included.has(file));
  if (roots.length === 0) roots = matched; // every file includes another: a cycle, reported by the parser

  const seen = new Set<string>();
  const files = new Set<string>();
  const targets: NginxTestTarget[] = [];
  const configs: NginxPayload[] = [];
  for (const root of roots) {
    const payload = payloads.get(root)!;
    configs.push(payload);
    for (const config of payload.config) files.add(path.resolve(options.cwd, config.file));
    const toPath = (file: string): string => toRepoPath(options.cwd, file);
    const tree = buildTree(payload, toPath);
    const ruleContext: NginxRuleContext = { payload, tree, toPath, ...(options.nginx.version ? { version: options.nginx.version } : {}) };
    for (const finding of runRules(nginxRules, ruleContext, { path: root, line: 1 }).map(toFinding)) {
      const key = findingKey(finding);
      if (seen.has(key)) continue; // a snippet shared by two mains reports once
      seen.add(key);
      findings.push(finding);
    }
    const context: ConfigContext = isMainByName(root) ? 'main' : impliedContext(payload);
    targets.push({ payload, context, upstreamNames: new Set(upstreamBlocks(tree).map((block) => (block.args[0] ?? '').toLowerCase())) });
  }

  const tested = await runNginxTests(
    targets,
    { mode: options.nginx.test, binary: options.nginx.binary, resolve: options.nginx.resolve, hosts: options.nginx.hosts },
    deps,
  );
  const explained = explainedByStaticFindings(findings);
  for (const finding of tested) {
    if (explained(finding)) continue;
    const key = findingKey(finding);
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(finding);
    }
  }
  return { findings: sortFindings(findings), files: files.size, configs };
}

/** The HAProxy checker: static rules on every matched config plus the real `haproxy -c` (test: auto|always|never). */
import { pushAll } from '../collections.js';
import type { Options } from '../config.js';
import type { Deps } from '../deps.js';
import { SEVERITY_RANK, type Finding, type Location } from '../finding.js';
import { expandGlobs } from '../files.js';
import { runRules, toFinding } from '../rule.js';
import { parseHaproxyConfig } from './config.js';
import { HAPROXY_RULES } from './rules/index.js';
import { HAPROXY_TEST_RULE } from './rules/test.js';
import { HAPROXY_READ_RULE } from './rules/unreadable.js';
import { runHaproxyTest } from './test-runner.js';
import { readRepoFile } from '../repo-file.js';
import { isolationNotice, type IsolationReport } from '../gateway/isolate.js';

/* The same cap as one nginx config file (DEFAULT_PARSE_LIMITS.maxFileBytes), enforced while reading. */
const MAX_HAPROXY_CONFIG_BYTES = 16 * 1024 * 1024;

const locationKey = (finding: Finding): string => `${finding.location?.path}:${finding.location?.line}`;

/**
 * A static finding at the same line says the same thing with a KB link (missing timeouts, unknown
 * backend), so the `haproxy -c` message there is dropped — unless it is more severe: a config HAProxy
 * refuses to load (a duplicate server name next to a warning) must never pass the gate.
 */
function mergeFindings(staticFindings: Finding[], testFindings: Finding[]): Finding[] {
  const worstAt = new Map<string, number>();
  for (const finding of staticFindings) {
    const key = locationKey(finding);
    worstAt.set(key, Math.max(worstAt.get(key) ?? 0, SEVERITY_RANK[finding.severity]));
  }
  const kept = testFindings.filter((finding) => {
    const covered = worstAt.get(locationKey(finding));
    return covered === undefined || SEVERITY_RANK[finding.severity] > covered;
  });
  return [...staticFindings, ...kept];
}

export async function checkHaproxy(options: Options, deps: Deps): Promise<{ findings: Finding[]; files: number }> {
  const settings = options.haproxy;
  if (settings.paths.length === 0) return { findings: [], files: 0 };
  const expanded = await expandGlobs(settings.paths, deps, 'haproxy', options.limits.maxFiles, options.emptyGlob);
  const files = expanded.paths;
  const findings: Finding[] = [...expanded.findings];
  let binaryMissing = false;
  /** Replaced server hostnames, each at the first server line that names it. */
  const unverifiedHosts = new Map<string, Location>();
  const isolation: IsolationReport[] = [];
  for (const path of files) {
    const read = await readRepoFile(deps, path, MAX_HAPROXY_CONFIG_BYTES);
    if (!read.ok) {
      findings.push({
        ruleId: HAPROXY_READ_RULE.id,
        severity: 'error',
        message: `cannot read HAProxy config "${path}": ${read.reason}; check the path and permissions`,
        location: { path, line: 1 },
      });
      continue;
    }
    const text = read.data.toString('utf8');
    const config = parseHaproxyConfig(text, path);
    const staticFindings = runRules(HAPROXY_RULES, { config }, { path, line: 1 }).map(toFinding);
    let testFindings: Finding[] = [];
    if (settings.test !== 'never' && !binaryMissing) {
      const outcome = await runHaproxyTest(config, { binary: settings.binary, warningsAsErrors: settings.warningsAsErrors, cwd: options.cwd }, deps);
      if (outcome.kind === 'ran') {
        testFindings = outcome.findings;
        isolation.push(outcome.isolation);
        for (const host of outcome.hosts) {
          if (!unverifiedHosts.has(host)) unverifiedHosts.set(host, { path, line: outcome.hostLines[host] ?? 1 });
        }
      } else if (outcome.kind === 'missing-binary') {
        binaryMissing = true;
      } else {
        testFindings = [{ ruleId: HAPROXY_TEST_RULE.id, severity: 'error', message: `${outcome.detail}; check the haproxy binary setting`, location: { path, line: 1 } }];
      }
    }
    pushAll(findings, mergeFindings(staticFindings, testFindings));
  }
  if (binaryMissing) {
    // auto: a runner without HAProxy still gets the static rules (actionlint does the same for shellcheck).
    findings.push({
      ruleId: HAPROXY_TEST_RULE.id,
      severity: settings.test === 'always' ? 'error' : 'notice',
      message: `"${settings.binary}" was not found, so "haproxy -c" did not run; install HAProxy on the runner or set haproxy.test to "never"`,
    });
  }
  for (const [host, location] of unverifiedHosts) {
    findings.push({
      ruleId: HAPROXY_TEST_RULE.id,
      severity: 'notice',
      message: `"haproxy -c" ran with server hostname "${host}" replaced by a documentation address, so its DNS was not verified; check that it resolves where HAProxy runs`,
      location,
    });
  }
  // One notice for the run, not one per file, when this machine could not put every wall up.
  const gap = isolationNotice(isolation);
  if (gap) findings.push({ ruleId: HAPROXY_TEST_RULE.id, severity: 'notice', message: gap.replace('The gateway binary ran', 'haproxy -c ran') });
  return { findings, files: files.length };
}

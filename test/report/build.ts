/** Small builders for report tests: real-shaped RunResults without running the checkers. */
import type { Finding } from '../../src/finding.js';
import type { KbEntry, KbRecord } from '../../src/kb/model.js';
import type { RunResult } from '../../src/result.js';
import type { RuleMeta } from '../../src/rule.js';
import { decideVerdict, type GateOn } from '../../src/verdict.js';
import type { FailOn } from '../../src/finding.js';

export function kbRecord(id: string, overrides: Partial<KbEntry> = {}): KbRecord {
  return {
    path: `seeds/${id}.md`,
    entry: {
      id,
      title: `502 Bad Gateway: ${id.split('/').pop()}`,
      domain: 'api',
      category: 'network_error',
      verification: 'reproduced',
      fix_rate: 85,
      root_cause: 'The upstream refused the connection on the configured port.',
      versions: [],
      workarounds: [
        { title: 'Start the upstream on the `port` nginx uses', success_rate: 90 },
        { title: 'Point `proxy_pass` at the port the app listens on', success_rate: 70 },
        { title: 'Lowest ranked workaround', success_rate: 10 },
      ],
      dead_ends: [{ title: 'Restart nginx', reason: 'nginx is fine; the upstream is down', fail_rate: 90 }],
      ...overrides,
    },
  };
}

export const RULES: RuleMeta[] = [
  { id: 'nginx/undefined-upstream', severity: 'error', description: 'proxy_pass names a host that is no upstream block', kb: ['api/http-502-upstream-dns-resolution-failed'] },
  { id: 'kb/empty-title', severity: 'error', description: 'A dead end or workaround has an empty title' },
  { id: 'probe/refused', severity: 'error', description: 'The probe target refused the connection' },
];

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'nginx/undefined-upstream',
    severity: 'error',
    message: 'proxy_pass host "backend" is not an upstream; define `upstream backend` or fix the name',
    location: { path: 'nginx/app.conf', line: 12, column: 5, endLine: 12, endColumn: 24 },
    ...overrides,
  };
}

/** A RunResult whose verdict is decided the way run() decides it (fail-on `error` unless given). */
export function runResult(findings: Finding[], overrides: Partial<RunResult> = {}, failOn: FailOn = 'error', gateOn: GateOn = 'all'): RunResult {
  return {
    findings,
    verdict: decideVerdict(findings, failOn, gateOn),
    probes: [],
    kb: [kbRecord('api/http-502-upstream-dns-resolution-failed'), kbRecord('api/http-502-bad-gateway-upstream-unreachable')],
    files: 3,
    durationMs: 42,
    rules: RULES,
    ...overrides,
  };
}

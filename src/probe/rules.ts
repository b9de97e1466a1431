/**
 * Rule metadata of probe findings: one `probe/<class>` rule per failure class, so SARIF and the
 * reports can show a description and the KB entries of that class (ids from notes/kb-ids.md).
 * Probe findings are produced by run-probes.ts from live results, not by `check` functions.
 */
import type { RuleMeta } from '../rule.js';
import type { ProbeClass } from './result.js';

const UNREACHABLE = 'api/http-502-bad-gateway-upstream-unreachable';
const PORT_MISMATCH = 'api/http-502-upstream-port-mismatch';
const KEEPALIVE = 'api/http-502-upstream-keepalive-misconfigured';

/** `timeout_connect` → `probe/timeout-connect` (rule ids are kebab case, classes snake case). */
export function probeRuleId(probeClass: ProbeClass): string {
  return `probe/${probeClass.replace(/_/g, '-')}`;
}

const CLASS_RULES: Record<ProbeClass, { description: string; kb?: readonly string[]; severity?: RuleMeta['severity'] }> = {
  refused: { description: 'The target refused the connection (ECONNREFUSED; nginx 502 "connect() failed (111)")', kb: [UNREACHABLE, PORT_MISMATCH] },
  timeout_connect: { description: 'No TCP/TLS connection within the timeout (nginx 504 "while connecting to upstream")', kb: ['api/http-504-upstream-connect-timeout'] },
  timeout_headers: { description: 'Connected, but no response headers within the timeout (nginx 504 "while reading response header")', kb: ['api/http-504-upstream-response-timeout'] },
  closed_early: { description: 'The target closed the connection before sending a response (nginx 502 "upstream prematurely closed connection")', kb: ['api/http-502-upstream-closed-connection-early', KEEPALIVE] },
  reset: { description: 'The target reset the connection (ECONNRESET; nginx 502 "recv() failed (104)")', kb: ['api/http-502-upstream-connection-reset', KEEPALIVE] },
  truncated_body: { description: 'The status line arrived but the body was cut short (nginx passes the 200 on, then closes)', kb: ['api/http-200-truncated-upstream-response'] },
  bad_response: { description: 'The target sent something that is not a valid HTTP response, or headers too big', kb: ['api/http-502-upstream-invalid-response-header', PORT_MISMATCH] },
  tls_verify: { description: 'The target\'s TLS certificate failed verification', kb: ['api/http-502-upstream-tls-certificate-verify-failed'] },
  tls_protocol: { description: 'The TLS handshake failed (plain HTTP on a TLS port, protocol or cipher mismatch)', kb: ['api/http-502-upstream-tls-handshake-failed'] },
  dns: { description: 'The target host name did not resolve', kb: ['api/http-502-upstream-dns-resolution-failed'] },
  unreachable: { description: 'No route to the target network or host', kb: ['api/http-502-upstream-network-unreachable'] },
  no_live_upstream: { description: 'nginx had no live server left in the upstream group', kb: ['api/http-502-no-live-upstreams'] },
  upstream_5xx: { description: 'A 5xx produced by the upstream application itself, passed through by the gateway', kb: ['api/http-5xx-passed-through-from-upstream'] },
  http_status: { description: 'The response status is not one the probe expects' },
  body_mismatch: { description: 'The response body does not contain the expected text or match the expected regex' },
  slow: { description: 'The probe succeeded but took longer than expect.max_ms', severity: 'warning' },
  blocked_target: { description: 'The target is a link-local or cloud metadata address and was not probed (list it under allow: to probe it)' },
};

export const PROBE_CLASS_RULES: readonly RuleMeta[] = (Object.keys(CLASS_RULES) as ProbeClass[]).map((probeClass) => {
  const rule = CLASS_RULES[probeClass];
  return {
    id: probeRuleId(probeClass),
    severity: rule.severity ?? 'error',
    description: rule.description,
    ...(rule.kb ? { kb: rule.kb } : {}),
  };
});

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
  return CLASS_RULES[probeClass].severity ?? 'error';
}

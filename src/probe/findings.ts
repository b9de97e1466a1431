/** Probe results → findings: one sentence naming what failed, where, the class, and what to do. */
import type { ProbeSpec } from '../config.js';
import type { Finding, Location, Severity, Signals } from '../finding.js';
import type { LogEvent } from '../logs/types.js';
import { DIAGNOSIS_TEXT, type Diagnosis } from './diagnosis.js';
import type { ProbeClass, ProbeResult } from './result.js';
import { probeRuleId, probeRuleSeverity } from './rules.js';

/** What the target did, as the second half of `"URL" …`. */
const OUTCOME: Record<ProbeClass, string> = {
  refused: 'refused the connection',
  timeout_connect: 'accepted no connection within the timeout',
  timeout_headers: 'sent no response headers within the timeout',
  closed_early: 'closed the connection before responding',
  reset: 'reset the connection',
  truncated_body: 'cut the response body short',
  bad_response: 'sent an invalid HTTP response',
  tls_verify: 'presented a TLS certificate that failed verification',
  tls_protocol: 'failed the TLS handshake',
  dns: 'did not resolve',
  unreachable: 'is unreachable',
  no_live_upstream: 'had no live upstream server',
  upstream_5xx: 'answered with an upstream error',
  http_status: 'answered an unexpected status',
  body_mismatch: 'answered an unexpected body',
  slow: 'answered too slowly',
  blocked_target: 'is a link-local or cloud metadata address and was not probed',
};

/** The action each message ends with; the KB citations add the detailed workarounds at report time. */
const ADVICE: Record<ProbeClass, string> = {
  refused: 'start the service, or fix the host and port that the probe or the gateway points at',
  timeout_connect: 'check that the host is up and that firewalls or security groups let the port through',
  timeout_headers: 'find why the upstream is slow to answer, or raise the timeout if the wait is expected',
  closed_early: "check the upstream for crashes and for a keepalive timeout shorter than the gateway's",
  reset: 'check the upstream for crashes, connection limits and keepalive settings',
  truncated_body: 'check the upstream for crashes or timeouts mid-response and the proxy buffering limits',
  bad_response: "check that the port speaks HTTP and that the response headers fit the gateway's buffers",
  tls_verify: 'serve a certificate valid for this name from a trusted CA, or configure that CA (tls.ca)',
  tls_protocol: 'check that the port speaks TLS (https vs http) and that protocol versions and ciphers overlap',
  dns: 'fix the host name or the resolver configuration',
  unreachable: 'check routing and network access to the host',
  no_live_upstream: 'bring an upstream server back or review max_fails and fail_timeout',
  upstream_5xx: 'fix the upstream application error; the gateway only passed it on',
  http_status: 'check the route and the expected status list',
  body_mismatch: 'check the route and the expected body',
  slow: 'find the latency or raise expect.max_ms',
  blocked_target: 'remove the probe, or list the address under allow: if probing it is intended',
};

/** `"http://…" answered 502 from the gateway` / `"http://…" refused the connection`. */
export function describeOutcome(result: ProbeResult): string {
  const target = JSON.stringify(result.url);
  if (result.ok) return result.status === null ? `${target} connected` : `${target} answered ${result.status}`;
  if (result.class === null) return `${target} was skipped`;
  if (result.status !== null && result.class !== 'truncated_body') {
    const origin = result.bodyOrigin === 'gateway' ? ' from the gateway' : result.status >= 500 ? ' from the upstream' : '';
    return `${target} answered ${result.status}${origin}`;
  }
  if (result.class === 'truncated_body' && result.status !== null) return `${target} answered ${result.status} but cut the body short`;
  return `${target} ${OUTCOME[result.class]}`;
}

function evidence(result: ProbeResult, log: LogEvent | undefined): string {
  const parts = [...result.assertions];
  if (log) parts.push(`gateway logged ${JSON.stringify(log.signature)}`);
  return parts.join(', ');
}

/**
 * Signals for citations (DESIGN §7): the probe's own status, else the one the gateway answers with for
 * that log line (a direct probe of an upstream has no gateway status of its own).
 */
function signalsOf(probeClass: ProbeClass, status: number | null, log: LogEvent | undefined): Signals {
  return {
    probe: probeClass,
    ...(status !== null ? { httpStatus: status } : log?.httpStatus !== undefined ? { httpStatus: log.httpStatus } : {}),
    ...(log?.format === 'nginx' ? { nginxLog: log.signature } : {}),
    ...(log?.haproxyTermination ? { haproxyTermination: log.haproxyTermination } : {}),
  };
}

export function locationOf(spec: ProbeSpec): Location | undefined {
  if (!spec.origin) return undefined;
  return { path: spec.origin.path, line: spec.origin.line, ...(spec.origin.column ? { column: spec.origin.column } : {}) };
}

function finding(spec: ProbeSpec, probeClass: ProbeClass, severity: Severity, message: string, signals: Signals): Finding {
  const location = locationOf(spec);
  return { ruleId: probeRuleId(probeClass), severity, message, ...(location ? { location } : {}), signals };
}

/** Finding for a probe without a `direct` partner; undefined when it passed. */
export function singleFinding(spec: ProbeSpec, result: ProbeResult, log: LogEvent | undefined): Finding | undefined {
  if (result.ok || result.class === null) return undefined;
  const probeClass = result.class;
  if (probeClass === 'blocked_target') {
    // Nothing was sent, so there is no outcome to describe: the refusal itself is the message.
    const message = `Probe ${JSON.stringify(spec.name)} was not run: ${result.error ?? `refused to probe ${JSON.stringify(result.url)}`}; ${ADVICE.blocked_target}`;
    return finding(spec, probeClass, probeRuleSeverity(probeClass), message, signalsOf(probeClass, null, undefined));
  }
  const message =
    `Probe ${JSON.stringify(spec.name)} failed: ${describeOutcome(result)} (class ${probeClass}; ${evidence(result, log)}); ` +
    ADVICE[probeClass];
  return finding(spec, probeClass, probeRuleSeverity(probeClass), message, signalsOf(probeClass, result.status, log));
}

/** Finding for a `via`/`direct` pair, carrying the differential diagnosis; undefined when both pass. */
export function pairFinding(
  spec: ProbeSpec,
  via: ProbeResult,
  direct: ProbeResult,
  diagnosis: Diagnosis,
  probeClass: ProbeClass | null,
  log: LogEvent | undefined,
): Finding | undefined {
  if (diagnosis === 'pass' || probeClass === null) return undefined;
  const viaText = `through the gateway (${describeOutcome(via)})`;
  const directText = `directly (${describeOutcome(direct)})`;
  const sides =
    diagnosis === 'upstream_down'
      ? `fails ${viaText} and ${directText}`
      : diagnosis === 'gateway_misconfigured'
        ? `fails ${viaText} but passes ${directText}`
        : `passes ${viaText} but fails ${directText}`;
  const failing = diagnosis === 'gateway_masks_failure' ? direct : via;
  const message =
    `Probe ${JSON.stringify(spec.name)} ${sides}, class ${probeClass} (${evidence(failing, log)}): ` +
    `${DIAGNOSIS_TEXT[diagnosis]}${diagnosis === 'upstream_down' ? ` (${ADVICE[probeClass]})` : ''}`;
  // A masked failure still serves traffic: warn, since the next failure of the fallback is an outage.
  const severity: Severity = diagnosis === 'gateway_masks_failure' ? 'warning' : probeRuleSeverity(probeClass);
  const status = via.status ?? direct.status;
  return finding(spec, probeClass, severity, message, signalsOf(probeClass, status, log));
}

/** Probe results → findings: one sentence naming what failed, where, the class, and what to do. */
import type { ProbeSpec } from '../config.js';
import { failureClass, type ProbeClass } from '../failure-class.js';
import type { Finding, Location, Severity, Signals } from '../finding.js';
import type { LogEvent } from '../logs/types.js';
import { DIAGNOSIS_TEXT, type Diagnosis } from './diagnosis.js';
import type { ProbeResult } from './result.js';
import { probeRuleId, probeRuleSeverity } from './rules.js';

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
  return `${target} ${failureClass(result.class).outcome}`;
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
function signalsOf(probeClass: ProbeClass, status: number | null, log: LogEvent | undefined, side?: Signals['side']): Signals {
  return {
    probe: probeClass,
    ...(status !== null ? { httpStatus: status } : log?.httpStatus !== undefined ? { httpStatus: log.httpStatus } : {}),
    // The whole line: citation reads it with the same extractor the KB linter checks signals with.
    ...(log ? { log: log.text, gateway: log.format } : {}),
    ...(log?.haproxyTermination ? { haproxyTermination: log.haproxyTermination } : {}),
    ...(side ? { side } : {}),
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
    const message = `Probe ${JSON.stringify(spec.name)} was not run: ${result.error ?? `refused to probe ${JSON.stringify(result.url)}`}; ${failureClass('blocked_target').advice}`;
    return finding(spec, probeClass, probeRuleSeverity(probeClass), message, signalsOf(probeClass, null, undefined));
  }
  const message =
    `Probe ${JSON.stringify(spec.name)} failed: ${describeOutcome(result)} (class ${probeClass}; ${evidence(result, log)}); ` +
    failureClass(probeClass).advice;
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
    `${DIAGNOSIS_TEXT[diagnosis]}${diagnosis === 'upstream_down' ? ` (${failureClass(probeClass).advice})` : ''}`;
  // A masked failure still serves traffic: warn, since the next failure of the fallback is an outage.
  const severity: Severity = diagnosis === 'gateway_masks_failure' ? 'warning' : probeRuleSeverity(probeClass);
  const status = via.status ?? direct.status;
  // The direct probe tells the side: it passed, so the gateway's own setup is at fault; it failed too, so the upstream is.
  const side = diagnosis === 'gateway_misconfigured' ? 'gateway' : 'upstream';
  return finding(spec, probeClass, severity, message, signalsOf(probeClass, status, log, side));
}

/**
 * Differential diagnosis of a `via` (through the gateway) / `direct` (straight to the upstream) pair,
 * DESIGN §6: which side is broken decides whether touching the gateway can help at all.
 */
import type { ProbeClass } from '../failure-class.js';
import type { ProbeResult } from './result.js';

export type Diagnosis = 'upstream_down' | 'gateway_misconfigured' | 'gateway_masks_failure' | 'pass';

export function diagnose(via: Pick<ProbeResult, 'ok'>, direct: Pick<ProbeResult, 'ok'>): Diagnosis {
  if (!via.ok && !direct.ok) return 'upstream_down';
  if (!via.ok) return 'gateway_misconfigured';
  if (!direct.ok) return 'gateway_masks_failure';
  return 'pass';
}

export const DIAGNOSIS_TEXT: Record<Diagnosis, string> = {
  // Both sides fail: the fault is behind the gateway, so reloading or restarting it changes nothing.
  upstream_down: 'the upstream fails on its own too, so restarting or reloading the gateway is a dead end; fix the upstream',
  gateway_misconfigured:
    "the upstream answers directly, so the gateway is misconfigured; check the gateway's upstream host and port, DNS resolution and TLS settings",
  gateway_masks_failure:
    'the gateway hides a failing upstream (failover to another server, or TLS verification off); fix the upstream before the fallback fails too',
  pass: 'both sides pass',
};

/*
 * Classes a HAProxy termination state cannot tell apart (configuration.txt §8.5, GATEWAYS.md §2.2):
 * `SH` is a close or a reset before the headers (or a TLS port reached without `ssl`); `SC` is a refusal,
 * but also what HAProxy logs for a failed TLS handshake or verification and a kernel connect timeout.
 * When the direct probe of the same upstream saw one of these, its class is the finer reading.
 */
const REFINABLE_BY_DIRECT: Readonly<Record<string, readonly ProbeClass[]>> = {
  SH: ['closed_early', 'reset', 'tls_protocol', 'bad_response'],
  SC: ['refused', 'timeout_connect', 'tls_verify', 'tls_protocol', 'unreachable'],
};

/**
 * The class a pair's finding carries: what the gateway log says first (it saw the real upstream
 * error behind a generic 502), refined by the direct side where the log is ambiguous, then the
 * direct side (the upstream's own failure), then the via side.
 */
export function pairClass(
  diagnosis: Diagnosis,
  via: Pick<ProbeResult, 'class'>,
  direct: Pick<ProbeResult, 'class'>,
  logClass: ProbeClass | undefined,
  haproxyTermination?: string,
): ProbeClass | null {
  switch (diagnosis) {
    case 'upstream_down': {
      const refinable = haproxyTermination ? REFINABLE_BY_DIRECT[haproxyTermination.slice(0, 2)] : undefined;
      if (logClass && refinable?.includes(logClass) && direct.class && refinable.includes(direct.class)) return direct.class;
      return logClass ?? direct.class ?? via.class;
    }
    case 'gateway_misconfigured':
      return logClass ?? via.class;
    case 'gateway_masks_failure':
      return direct.class;
    case 'pass':
      return null;
  }
}

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

/**
 * The class a pair's finding carries: what the gateway log says first (it saw the real upstream
 * error behind a generic 502), then the direct side (the upstream's own failure), then the via side.
 */
export function pairClass(
  diagnosis: Diagnosis,
  via: Pick<ProbeResult, 'class'>,
  direct: Pick<ProbeResult, 'class'>,
  logClass: ProbeClass | undefined,
): ProbeClass | null {
  switch (diagnosis) {
    case 'upstream_down':
      return logClass ?? direct.class ?? via.class;
    case 'gateway_misconfigured':
      return logClass ?? via.class;
    case 'gateway_masks_failure':
      return direct.class;
    case 'pass':
      return null;
  }
}

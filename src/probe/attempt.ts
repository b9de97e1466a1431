/** What one probe attempt returns, and the I/O every probe function takes as parameters (blackbox_exporter style). */
import type { LookupFunction } from '../safety/guarded-lookup.js';
import type { ProbeClass } from '../failure-class.js';
import type { PhaseTimings } from './result.js';

export interface ProbeIo {
  /** Resolver handed to node:net (tests inject one; production passes `dns.lookup`). */
  lookup: LookupFunction;
  /** Monotonic milliseconds. */
  now(): number;
  /** `allow:` entries that lift the link-local / metadata block. */
  allow: readonly string[];
}

export interface AttemptResult {
  ok: boolean;
  class: ProbeClass | null;
  status: number | null;
  bodyOrigin: 'gateway' | 'upstream' | null;
  timings: PhaseTimings;
  assertions: string[];
  /** `CODE message` of the socket/TLS/parser error, when there was one. */
  error?: string;
}

/** Instants (from `io.now()`) at which each phase ended; turned into per-phase durations. */
export interface PhaseMarks {
  start: number;
  lookup?: number;
  connect?: number;
  secure?: number;
  response?: number;
  end: number;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * Per-phase durations like blackbox_exporter's `probe_http_duration_seconds{phase}`: dns is 0 for an
 * IP literal (no lookup happens), null for a phase the attempt never reached.
 */
export function phaseTimings(marks: PhaseMarks, hostIsLiteral: boolean): PhaseTimings {
  const dnsEnd = marks.lookup ?? (hostIsLiteral ? marks.start : undefined);
  const connectEnd = marks.connect;
  const tlsEnd = marks.secure;
  const headersFrom = tlsEnd ?? connectEnd;
  return {
    dns: dnsEnd === undefined ? null : round(dnsEnd - marks.start),
    connect: connectEnd === undefined || dnsEnd === undefined ? null : round(connectEnd - dnsEnd),
    tls: tlsEnd === undefined || connectEnd === undefined ? null : round(tlsEnd - connectEnd),
    ttfb: marks.response === undefined || headersFrom === undefined ? null : round(marks.response - headersFrom),
    total: round(marks.end - marks.start),
  };
}

/** Message of an error from any realm (`instanceof Error` fails across vm contexts, e.g. under jest). */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}

export function describeError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = errorMessage(error);
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}

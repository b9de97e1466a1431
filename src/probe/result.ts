/** The probe record every report shows (DESIGN §2 `probes[]`). */
import type { ProbeClass } from '../failure-class.js';

export interface PhaseTimings {
  dns: number | null;
  connect: number | null;
  tls: number | null;
  ttfb: number | null;
  total: number;
}

export interface ProbeResult {
  name: string;
  url: string;
  ok: boolean;
  class: ProbeClass | null;
  status: number | null;
  bodyOrigin: 'gateway' | 'upstream' | null;
  timings: PhaseTimings;
  attempts: number;
  assertions: string[];
  /** Which side of a `via`/`direct` pair this is; absent for a single probe. */
  role?: 'via' | 'direct';
  /** The Node error code and message of the last attempt, when it failed at the socket/TLS/HTTP level. */
  error?: string;
  /** Differential diagnosis of a `via`/`direct` pair (DESIGN §6), on both sides of the pair. */
  diagnosis?: string;
  /** The gateway log line appended during the probe window that names this probe's upstream. */
  gatewayLog?: { path: string; line: number; text: string; signature: string };
}

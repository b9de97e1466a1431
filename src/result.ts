/** What one run produces; every reporter renders from this alone. */
import type { Finding } from './finding.js';
import type { KbRecord } from './kb/model.js';
import type { ProbeResult } from './probe/result.js';
import type { RuleMeta } from './rule.js';
import type { Verdict } from './verdict.js';

export interface RunResult {
  /** Sorted (DESIGN §2) and cited. */
  findings: Finding[];
  probes: ProbeResult[];
  /** Complete KB entries that were checked, for citations. */
  kb: KbRecord[];
  /** Number of files read by all checkers. */
  files: number;
  durationMs: number;
  /** Metadata of every rule that can appear in `findings` (for SARIF and help links). */
  rules: RuleMeta[];
  /** The gate, decided once (src/verdict.ts); reporters and exit codes read it. */
  verdict: Verdict;
}

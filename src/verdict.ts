/**
 * The gate, decided once per run: which findings fail it and why. Every entry point and reporter reads
 * `RunResult.verdict` instead of re-deriving it, so the action's exit status, the CLI's, the JSON
 * `passed`, the comment and the summary can never disagree.
 */
import { SEVERITY_RANK, type FailOn, type Finding } from './finding.js';

/** The `fail-on` values, in the order help texts list them. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];
export const DEFAULT_FAIL_ON: FailOn = 'error';

/** `all`: every finding counts; `new`: only findings the base commit did not already have (reviewdog's filter). */
export type GateOn = 'all' | 'new';
export const GATE_ON_VALUES: readonly GateOn[] = ['all', 'new'];

export interface Verdict {
  passed: boolean;
  failOn: FailOn;
  gateOn: GateOn;
  /** The findings that make the run fail (empty when it passes), in report order. */
  decidedBy: Finding[];
  /** Findings at or above fail-on that did not count because the base commit already had them. */
  preExisting: number;
}

export function atOrAbove(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}

/** Decides the gate. With `gateOn: 'new'`, findings marked `baselineState: 'unchanged'` never fail it. */
export function decideVerdict(findings: readonly Finding[], failOn: FailOn = DEFAULT_FAIL_ON, gateOn: GateOn = 'all'): Verdict {
  const decidedBy: Finding[] = [];
  let preExisting = 0;
  for (const finding of findings) {
    if (!atOrAbove(finding, failOn)) continue;
    if (gateOn === 'new' && finding.baselineState === 'unchanged') preExisting += 1;
    else decidedBy.push(finding);
  }
  return { passed: decidedBy.length === 0, failOn, gateOn, decidedBy, preExisting };
}

/** "1 error", "2 errors": every count a reader sees goes through here. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

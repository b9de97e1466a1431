/** The one result type every checker returns (DESIGN §3): plain data, joined with rule metadata only at report time. */
import type { Gateway } from './failure-class.js';

export type Severity = 'error' | 'warning' | 'notice';

export interface Location {
  /** Repo-relative path with forward slashes. */
  path: string;
  /** 1-based. */
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** Symptoms a finding carries so `cite/` can match it to KB entries (DESIGN §7). */
export interface Signals {
  httpStatus?: number;
  probe?: string;
  /** A message fragment of an nginx error-log line (rules say which line their defect produces). */
  nginxLog?: string;
  /** The whole gateway log line a probe failure was matched to (read by logs/line.ts when cited). */
  log?: string;
  haproxyTermination?: string;
  /** The gateway in front of the failure, from the log format or the probe's route. */
  gateway?: Gateway;
  /** From the direct probe of a via/direct pair: `gateway` when it passed, `upstream` when it failed too. */
  side?: 'gateway' | 'upstream';
}

/** What a citation rests on (cite/cite.ts): strongest first. */
export type CitationEvidence = 'rule' | 'log' | 'class' | 'status' | 'gateway' | 'side';

export interface Citation {
  entryId: string;
  path: string;
  score: number;
  /** Set by cite/ (absent in reports written before it existed). */
  evidence?: CitationEvidence[];
  /** False when only the HTTP status (and gateway/side) matched: shown as a lead, never as advice. */
  strong?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location?: Location;
  signals?: Signals;
  citations?: Citation[];
  /** Set when the run compared against the base commit: `unchanged` = the base already had this finding (SARIF's baselineState). */
  baselineState?: 'new' | 'unchanged';
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export type FailOn = Severity | 'never';

function compareOptional(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

/** Sort key of DESIGN §2: path, line, column, ruleId; then message so identical runs give identical output. */
export function compareFindings(a: Finding, b: Finding): number {
  const pathA = a.location?.path ?? '';
  const pathB = b.location?.path ?? '';
  if (pathA !== pathB) return pathA < pathB ? -1 : 1;
  return (
    compareOptional(a.location?.line, b.location?.line) ||
    compareOptional(a.location?.column, b.location?.column) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** `file:line:col: message [rule]`, actionlint's flat format. */
export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  return location.column ? `${location.path}:${location.line}:${location.column}` : `${location.path}:${location.line}`;
}

/**
 * GitHub shows at most 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so the
 * planner picks the most important ones (errors first, files changed in the PR first) and adds one overflow notice.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../finding.js';
import type { KbRecord } from '../kb/model.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  /** Only when the annotation starts and ends on one line (GitHub ignores columns otherwise). */
  startColumn?: number;
  endColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings not annotated (they are in the job summary). */
  omitted: number;
}

export interface AnnotationOptions {
  /** Repo paths changed in the PR: annotated first within each level. */
  changedFiles?: ReadonlySet<string>;
  /** `only-changed`: drop findings in other files (location-less ones stay). */
  onlyChanged?: boolean;
  /** KB entries, to name the cited fixes in the annotation text. */
  kb?: readonly KbRecord[];
  /** Findings that fail the gate: annotated whatever `onlyChanged` says and ahead of others, so a red run always shows why. */
  mustShow?: readonly Finding[];
  /** Where the findings past the caps can be read (default: the job summary). */
  overflowTarget?: string;
  /** Notice slots the caller fills itself (e.g. "fork PR: comment skipped"), so the step stays within 10. */
  reservedNotices?: number;
}

/** True when some level has more findings than GitHub shows, i.e. when PR-changed files decide what is annotated. */
export function exceedsAnnotationCaps(findings: readonly Finding[]): boolean {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return Object.values(counts).some((count) => count > ANNOTATIONS_PER_LEVEL);
}

/** The finding's message, then one line per cited KB entry so the fix is one click from the code. */
function annotationMessage(finding: Finding, entries: ReadonlyMap<string, KbRecord>): string {
  const lines = (finding.citations ?? []).map((citation) => {
    const record = entries.get(citation.entryId);
    return record
      ? `KB: ${record.entry.title} (fix rate ${record.entry.fix_rate}%) — ${citation.path}`
      : `KB: ${citation.path}`;
  });
  return lines.length > 0 ? `${finding.message}\n\n${lines.join('\n')}` : finding.message;
}

function toAnnotation(finding: Finding, entries: ReadonlyMap<string, KbRecord>): Annotation {
  const location = finding.location;
  const annotation: Annotation = { level: finding.severity, message: annotationMessage(finding, entries), title: finding.ruleId };
  if (!location) return annotation;
  annotation.file = location.path;
  annotation.startLine = location.line;
  annotation.endLine = location.endLine ?? location.line;
  if (annotation.endLine === annotation.startLine && location.column !== undefined) {
    annotation.startColumn = location.column;
    if (location.endColumn !== undefined) annotation.endColumn = location.endColumn;
  }
  return annotation;
}

export function planAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): AnnotationPlan {
  const changed = options.changedFiles;
  const entries = new Map((options.kb ?? []).map((record) => [record.entry.id, record]));
  const inChangedFile = (finding: Finding): number => (changed && finding.location && changed.has(finding.location.path) ? 0 : 1);
  const decisive = new Set(options.mustShow ?? []);
  const decides = (finding: Finding): number => (decisive.has(finding) ? 0 : 1);
  const shown =
    options.onlyChanged && changed
      ? findings.filter((finding) => !finding.location || changed.has(finding.location.path) || decisive.has(finding))
      : findings;
  // Array#sort is stable, so within a level and file group the findings keep their path/line order.
  const ordered = [...shown].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || decides(a) - decides(b) || inChangedFile(a) - inChangedFile(b),
  );
  const cap: Record<Severity, number> = {
    error: ANNOTATIONS_PER_LEVEL,
    warning: ANNOTATIONS_PER_LEVEL,
    // At least one slot stays: the overflow notice may need it.
    notice: Math.max(1, ANNOTATIONS_PER_LEVEL - (options.reservedNotices ?? 0)),
  };
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const finding of ordered) {
    if (used[finding.severity] >= cap[finding.severity]) {
      omitted += 1;
      continue;
    }
    used[finding.severity] += 1;
    annotations.push(toAnnotation(finding, entries));
  }
  if (omitted > 0) {
    // The overflow notice needs a notice slot of its own.
    if (used.notice >= cap.notice && used.notice > 0) {
      annotations.splice(annotations.map((annotation) => annotation.level).lastIndexOf('notice'), 1);
      omitted += 1;
    }
    annotations.push({
      level: 'notice',
      title: 'gatewatch',
      message: `${omitted} more finding${omitted === 1 ? '' : 's'} — see ${options.overflowTarget ?? 'the job summary'}`,
    });
  }
  return { annotations, omitted };
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A workflow command line (`::error file=…,line=…::message`) as the runner parses it. */
export function formatWorkflowCommand(annotation: Annotation): string {
  const properties: [string, string | number | undefined][] = [
    ['title', annotation.title],
    ['file', annotation.file],
    ['line', annotation.startLine],
    ['endLine', annotation.endLine],
    ['col', annotation.startColumn],
    ['endColumn', annotation.endColumn],
  ];
  const rendered = properties
    .filter((property): property is [string, string | number] => property[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${annotation.level}${rendered ? ` ${rendered}` : ''}::${escapeData(annotation.message)}`;
}

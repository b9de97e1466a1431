/**
 * GitHub shows at most 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so the
 * planner picks the most important ones (errors first, files changed in the PR first) and adds one overflow notice.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../finding.js';

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

function toAnnotation(finding: Finding): Annotation {
  const location = finding.location;
  const annotation: Annotation = { level: finding.severity, message: finding.message, title: finding.ruleId };
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

export function planAnnotations(findings: readonly Finding[], options: { changedFiles?: ReadonlySet<string> } = {}): AnnotationPlan {
  const changed = options.changedFiles;
  const inChangedFile = (finding: Finding): number => (changed && finding.location && changed.has(finding.location.path) ? 0 : 1);
  const ordered = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || inChangedFile(a) - inChangedFile(b),
  );
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const finding of ordered) {
    if (used[finding.severity] >= ANNOTATIONS_PER_LEVEL) {
      omitted += 1;
      continue;
    }
    used[finding.severity] += 1;
    annotations.push(toAnnotation(finding));
  }
  if (omitted > 0) {
    // The overflow notice needs a notice slot of its own.
    if (used.notice === ANNOTATIONS_PER_LEVEL) {
      annotations.splice(annotations.map((annotation) => annotation.level).lastIndexOf('notice'), 1);
      omitted += 1;
    }
    annotations.push({
      level: 'notice',
      title: 'gatewatch',
      message: `${omitted} more finding${omitted === 1 ? '' : 's'} — see the job summary`,
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

/**
 * The job summary: the verdict and what decided it, every finding (errors first, then by file and line)
 * and the probe table. GitHub rejects a step summary over 1 MiB, so detail is dropped step by step
 * (KB column, long messages), then rows — findings before probes are cut, probes first — with a note
 * saying how many were left out; the summary never fails the run and never exceeds the limit.
 */
import { countBySeverity, formatLocation, SEVERITY_RANK, type Finding } from '../finding.js';
import type { ProbeResult } from '../probe/result.js';
import type { RunResult } from '../result.js';
import { plural } from '../verdict.js';
import { buildLookup, type ReportLookup } from './lookup.js';
import { blobUrl, codeSpan, escapeMarkdown, link } from './markdown.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room left for the closing notes when rows are dropped. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 8192;
const DECIDING_SHOWN = 10;

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export interface SummaryOptions {
  /** Where links point (the PR head or the pushed commit); without it files are named by path. */
  repo?: { owner: string; repo: string; sha: string; serverUrl?: string };
}

interface Detail {
  messageLength: number;
  citations: boolean;
}

/** Most detail first; each step is smaller than the one before. */
const DETAIL_LEVELS: Detail[] = [
  { messageLength: 1000, citations: true },
  { messageLength: 300, citations: false },
  { messageLength: 120, citations: false },
];

/** Table cells are untrusted text: no HTML, no pipes breaking the table, no line breaks, no pings. */
function escapeCell(text: string, maxLength = 1000): string {
  return escapeMarkdown(text, maxLength);
}

function fileLink(options: SummaryOptions, path: string, title: string, line?: number): string {
  if (!options.repo) return escapeCell(title, 300);
  return link(title, `${blobUrl(options.repo, path)}${line ? `#L${line}` : ''}`);
}

/** Errors first, then file and line (the comment groups by file; the summary is the full list by weight). */
export function summaryOrder(a: Finding, b: Finding): number {
  const pathA = a.location?.path ?? '';
  const pathB = b.location?.path ?? '';
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (pathA < pathB ? -1 : pathA > pathB ? 1 : 0) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0)
  );
}

/** The KB column: for a finding in a KB entry, that entry; otherwise the entries cited for it. */
function kbCell(finding: Finding, lookup: ReportLookup, options: SummaryOptions, entryByPath: ReadonlyMap<string, string>): string {
  if (finding.ruleId.startsWith('kb/') && finding.location) {
    const id = entryByPath.get(finding.location.path);
    const record = id ? lookup.entry(id) : undefined;
    return fileLink(options, finding.location.path, record?.entry.title ?? finding.location.path);
  }
  return (finding.citations ?? [])
    .map((citation) => {
      const record = lookup.entry(citation.entryId);
      const title = record?.entry.title ?? citation.entryId;
      const fix = record ? ` (${record.entry.fix_rate}% fix)` : '';
      const target = options.repo ? link(title, blobUrl(options.repo, citation.path)) : `${escapeMarkdown(title, 200)} ${codeSpan(citation.path)}`;
      return `${target}${fix}`;
    })
    .join('<br>');
}

function locationCell(finding: Finding, options: SummaryOptions): string {
  const at = finding.location;
  if (!at) return '';
  return fileLink(options, at.path, formatLocation(at), at.line);
}

function findingRow(finding: Finding, detail: Detail, lookup: ReportLookup, options: SummaryOptions, entryByPath: ReadonlyMap<string, string>): string {
  const old = finding.baselineState === 'unchanged' ? ' _(on base)_' : '';
  const cells = [
    `${ICON[finding.severity]}${old}`,
    locationCell(finding, options),
    escapeCell(finding.message, detail.messageLength),
    codeSpan(finding.ruleId, 100),
  ];
  if (detail.citations) cells.push(kbCell(finding, lookup, options, entryByPath));
  return `| ${cells.join(' | ')} |`;
}

function probeRow(probe: ProbeResult): string {
  const verdict = probe.ok ? 'ok' : `**failed**${probe.class ? ` (${codeSpan(probe.class)})` : ''}`;
  const status = probe.status === null ? '—' : String(probe.status);
  return `| ${escapeCell(probe.name, 200)} | ${escapeCell(probe.url, 300)} | ${verdict} | ${status} | ${probe.bodyOrigin ?? '—'} | ${Math.round(probe.timings.total)} | ${probe.attempts} |`;
}

const PROBE_HEADER = ['### Probes', '', '| Probe | Target | Result | Status | Body from | Total ms | Attempts |', '|---|---|---|---|---|---:|---:|'];

/** Appends rows while they fit in `budget` bytes; returns how many did not. */
function addRows(out: string[], rows: Iterable<string>, state: { bytes: number }, budget: number | undefined): number {
  let dropped = 0;
  for (const row of rows) {
    const size = Buffer.byteLength(row) + 1;
    if (budget !== undefined && (dropped > 0 || state.bytes + size > budget)) {
      dropped += 1;
      continue;
    }
    state.bytes += size;
    out.push(row);
  }
  return dropped;
}

function render(result: RunResult, options: SummaryOptions, detail: Detail, budget: number | undefined): string {
  const lookup = buildLookup(result);
  const entryByPath = new Map(result.kb.map((record) => [record.path, record.entry.id]));
  const counts = countBySeverity(result.findings);
  const { verdict } = result;
  const out = [
    `## gatewatch ${verdict.passed ? 'passed' : 'failed'}`,
    '',
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(result.files, 'file')} (${Math.round(result.durationMs)} ms)`,
    '',
  ];
  if (!verdict.passed) {
    // A red run always says which file and finding made it red.
    out.push(`Failed because of ${plural(verdict.decidedBy.length, 'finding')} at or above fail-on ${codeSpan(verdict.failOn)}:`, '');
    for (const finding of verdict.decidedBy.slice(0, DECIDING_SHOWN)) {
      out.push(`- ${ICON[finding.severity]} ${locationCell(finding, options) || 'no file'}: ${escapeCell(finding.message, 300)} ${codeSpan(finding.ruleId, 100)}`);
    }
    if (verdict.decidedBy.length > DECIDING_SHOWN) out.push(`- … and ${verdict.decidedBy.length - DECIDING_SHOWN} more in the table below`);
    out.push('');
  }
  if (verdict.preExisting > 0) {
    out.push(`${plural(verdict.preExisting, 'finding')} at or above fail-on ${codeSpan(verdict.failOn)} ${verdict.preExisting === 1 ? 'was' : 'were'} already on the base branch (gate-on: new) and did not fail this run.`, '');
  }
  const state = { bytes: Buffer.byteLength(out.join('\n')) };
  let droppedFindings = 0;
  if (result.findings.length > 0) {
    const header = [
      '### Findings',
      '',
      detail.citations ? '| | Location | Message | Rule | Knowledge base |' : '| | Location | Message | Rule |',
      detail.citations ? '|---|---|---|---|---|' : '|---|---|---|---|',
    ];
    state.bytes += Buffer.byteLength(header.join('\n')) + 1;
    out.push(...header);
    const ordered = [...result.findings].sort(summaryOrder);
    droppedFindings = addRows(out, (function* rows() {
      for (const finding of ordered) yield findingRow(finding, detail, lookup, options, entryByPath);
    })(), state, budget);
    out.push('');
  } else {
    out.push('No findings.', '');
  }
  let droppedProbes = 0;
  if (result.probes.length > 0) {
    out.push(...PROBE_HEADER);
    state.bytes += Buffer.byteLength(PROBE_HEADER.join('\n')) + 1;
    // Failed probes first: those are the rows a reader needs when the table is cut.
    const ordered = [...result.probes].sort((a, b) => Number(a.ok) - Number(b.ok));
    droppedProbes = addRows(out, (function* rows() {
      for (const probe of ordered) yield probeRow(probe);
    })(), state, budget);
    out.push('');
  }
  if (droppedFindings > 0 || droppedProbes > 0) {
    const what = [droppedFindings > 0 ? plural(droppedFindings, 'finding') : '', droppedProbes > 0 ? plural(droppedProbes, 'probe') : ''].filter(Boolean).join(' and ');
    out.push(`_${what} left out to keep this summary under GitHub's 1 MiB limit; the JSON report (\`report-file\`) has all of them._`, '');
  }
  return out.join('\n');
}

export function renderSummary(result: RunResult, options: SummaryOptions = {}): string {
  for (const detail of DETAIL_LEVELS) {
    const text = render(result, options, detail, undefined);
    if (Buffer.byteLength(text) <= SUMMARY_BUDGET_BYTES) return text;
  }
  return render(result, options, DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!, SUMMARY_BUDGET_BYTES);
}

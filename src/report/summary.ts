/**
 * The job summary: every finding, grouped by checker, plus the probe table. GitHub rejects a step
 * summary over 1 MiB, so detail is dropped step by step (KB column, long messages, then rows) until
 * it fits; the summary never fails the run.
 */
import { pushAll } from '../collections.js';
import { countBySeverity, failsGate, formatLocation, type FailOn, type Finding } from '../finding.js';
import type { ProbeResult } from '../probe/result.js';
import type { RunResult } from '../result.js';
import { buildLookup, checkerOf, checkerTitle, type ReportLookup } from './lookup.js';
import { blobUrl, codeSpan, escapeMarkdown, link } from './markdown.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room left for the closing note when rows are dropped. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 4096;

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export interface SummaryOptions {
  failOn?: FailOn;
  /** Where KB links point (the PR head); without it entries are named by path. */
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function citationCell(finding: Finding, lookup: ReportLookup, options: SummaryOptions): string {
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

function findingRow(finding: Finding, detail: Detail, lookup: ReportLookup, options: SummaryOptions): string {
  const cells = [
    ICON[finding.severity],
    escapeCell(formatLocation(finding.location), 300),
    escapeCell(finding.message, detail.messageLength),
    codeSpan(finding.ruleId, 100),
  ];
  if (detail.citations) cells.push(citationCell(finding, lookup, options));
  return `| ${cells.join(' | ')} |`;
}

function probeSection(probes: readonly ProbeResult[]): string[] {
  if (probes.length === 0) return [];
  const rows = probes.map((probe) => {
    const verdict = probe.ok ? 'ok' : `**failed**${probe.class ? ` (${codeSpan(probe.class)})` : ''}`;
    const status = probe.status === null ? '—' : String(probe.status);
    return `| ${escapeCell(probe.name, 200)} | ${escapeCell(probe.url, 300)} | ${verdict} | ${status} | ${probe.bodyOrigin ?? '—'} | ${Math.round(probe.timings.total)} | ${probe.attempts} |`;
  });
  return [
    '### Probes',
    '',
    '| Probe | Target | Result | Status | Body from | Total ms | Attempts |',
    '|---|---|---|---|---|---:|---:|',
    ...rows,
    '',
  ];
}

function groupByChecker(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const checker = checkerOf(finding.ruleId);
    const group = groups.get(checker);
    if (group) group.push(finding);
    else groups.set(checker, [finding]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function render(result: RunResult, options: SummaryOptions, detail: Detail, dropRows: boolean): string {
  const lookup = buildLookup(result);
  const counts = countBySeverity(result.findings);
  const verdict = failsGate(result.findings, options.failOn ?? 'error') ? 'failed' : 'passed';
  const out = [
    `## gatewatch ${verdict}`,
    '',
    `${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices in ${result.files} files (${Math.round(result.durationMs)} ms)`,
    '',
  ];
  const probes = probeSection(result.probes);
  let bytes = Buffer.byteLength(out.join('\n')) + Buffer.byteLength(probes.join('\n'));
  let dropped = 0;
  for (const [checker, findings] of groupByChecker(result.findings)) {
    const groupCounts = countBySeverity(findings);
    const header = [
      `### ${escapeMarkdown(checkerTitle(checker), 100)} (${plural(groupCounts.error, 'error')}, ${plural(groupCounts.warning, 'warning')}, ${plural(groupCounts.notice, 'notice')})`,
      '',
      detail.citations ? '| | Location | Message | Rule | Knowledge base |' : '| | Location | Message | Rule |',
      detail.citations ? '|---|---|---|---|---|' : '|---|---|---|---|',
    ];
    bytes += Buffer.byteLength(header.join('\n')) + 2;
    pushAll(out, header);
    for (const finding of findings) {
      const row = findingRow(finding, detail, lookup, options);
      const size = Buffer.byteLength(row) + 1;
      if (dropRows && bytes + size > SUMMARY_BUDGET_BYTES) {
        dropped += 1;
        continue;
      }
      bytes += size;
      out.push(row);
    }
    out.push('');
  }
  if (dropped > 0) {
    out.push(`_${dropped} more findings were left out to keep this summary under 1 MiB; the JSON report (\`report-file\`) has all of them._`, '');
  }
  if (result.findings.length === 0) out.push('No findings.', '');
  pushAll(out, probes);
  return out.join('\n');
}

export function renderSummary(result: RunResult, options: SummaryOptions = {}): string {
  for (const detail of DETAIL_LEVELS) {
    const text = render(result, options, detail, false);
    if (Buffer.byteLength(text) <= SUMMARY_BUDGET_BYTES) return text;
  }
  return render(result, options, DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!, true);
}

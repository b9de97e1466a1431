/** The job summary: every finding, grouped by checker, kept under GitHub's 1 MiB step-summary limit. */
import { countBySeverity, formatLocation, type Finding } from '../finding.js';
import type { RunResult } from '../result.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room left for the closing note when rows are dropped. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 4096;

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** Table cells are untrusted text: no HTML, no pipes breaking the table, no line breaks. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

function checkerOf(finding: Finding): string {
  return finding.ruleId.split('/')[0] ?? 'tool';
}

export function renderSummary(result: RunResult): string {
  const counts = countBySeverity(result.findings);
  const head = [
    '## gatewatch',
    '',
    `${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices in ${result.files} files (${result.durationMs} ms)`,
    '',
  ];
  const groups = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const group = groups.get(checkerOf(finding)) ?? [];
    group.push(finding);
    groups.set(checkerOf(finding), group);
  }
  const body: string[] = [];
  let bytes = Buffer.byteLength(head.join('\n'));
  let dropped = 0;
  for (const [checker, findings] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const header = [`### ${checker}`, '', '| | Location | Message | Rule |', '|---|---|---|---|'];
    bytes += Buffer.byteLength(header.join('\n'));
    body.push(...header);
    for (const finding of findings) {
      const row = `| ${ICON[finding.severity]} | ${escapeCell(formatLocation(finding.location))} | ${escapeCell(finding.message)} | \`${finding.ruleId}\` |`;
      const size = Buffer.byteLength(row) + 1;
      if (bytes + size > SUMMARY_BUDGET_BYTES) {
        dropped += 1;
        continue;
      }
      bytes += size;
      body.push(row);
    }
    body.push('');
  }
  if (dropped > 0) body.push(`_${dropped} more findings were left out to keep this summary under 1 MiB; use the JSON report for all of them._`, '');
  if (result.findings.length === 0) body.push('No findings.', '');
  return [...head, ...body].join('\n');
}

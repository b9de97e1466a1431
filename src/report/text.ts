/** Human output: actionlint's flat `file:line:col: message [rule]`, then one summary line. */
import { countBySeverity, formatLocation, type Finding } from '../finding.js';
import type { RunResult } from '../result.js';
import { plural } from '../verdict.js';
import { buildLookup } from './lookup.js';

export function formatFindingLine(finding: Finding): string {
  const where = formatLocation(finding.location);
  const prefix = where ? `${where}: ` : '';
  return `${prefix}${finding.severity}: ${finding.message} [${finding.ruleId}]`;
}

export function renderText(result: RunResult): string {
  const lookup = buildLookup(result);
  const lines: string[] = [];
  for (const finding of result.findings) {
    lines.push(formatFindingLine(finding));
    // Indented, so tools that parse the `file:line:col:` lines skip them; they say where the fix is written down.
    for (const citation of finding.citations ?? []) {
      const record = lookup.entry(citation.entryId);
      const detail = record ? `${record.entry.title} (fix rate ${record.entry.fix_rate}%)` : citation.entryId;
      lines.push(`    see ${citation.path}: ${detail}${citation.strong === false ? ' (matches the HTTP status only)' : ''}`);
    }
  }
  const counts = countBySeverity(result.findings);
  lines.push(
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(result.files, 'file')}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Human output: actionlint's flat `file:line:col: message [rule]`, then one summary line. */
import { countBySeverity, formatLocation, type Finding } from '../finding.js';
import type { RunResult } from '../result.js';

export function formatFindingLine(finding: Finding): string {
  const where = formatLocation(finding.location);
  const prefix = where ? `${where}: ` : '';
  return `${prefix}${finding.severity}: ${finding.message} [${finding.ruleId}]`;
}

export function renderText(result: RunResult): string {
  const lines = result.findings.map(formatFindingLine);
  const counts = countBySeverity(result.findings);
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push(
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(result.files, 'file')}`,
  );
  return `${lines.join('\n')}\n`;
}

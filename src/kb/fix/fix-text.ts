/**
 * Mechanical KB fixes, pure text in and out: rates written as fractions or without `%`, version-table columns
 * renamed or out of order (and short rows), H2 sections out of order. Each fix re-parses the text, so its
 * line numbers are always the current ones; anything that needs judgement (a 150% rate, an unknown section,
 * a repeated one) is left for the author and still reported by `check`.
 */
import { SECTION_ORDER } from '../fields.js';
import type { ParsedKbFile } from '../model.js';
import { parseKbFile } from '../parse.js';

export interface FixedText {
  text: string;
  /** `line: what changed`, in file order per fix kind. */
  changes: string[];
}

const COLUMNS = ['Version', 'Status', 'Introduced', 'Deprecated'];
const COLUMN_NAMES = new Map<string, string>([
  ...COLUMNS.map((name) => [name.toLowerCase(), name] as const),
  ['versions', 'Version'],
  ['state', 'Status'],
  ['since', 'Introduced'],
  ['added', 'Introduced'],
  ['introduced in', 'Introduced'],
  ['removed', 'Deprecated'],
  ['deprecated in', 'Deprecated'],
]);

type Fix = (file: ParsedKbFile, lines: string[]) => string[];

/** `0.85` -> `85%`, `(90 success)` -> `(90% success)`; front matter keeps bare integers (`fix_rate: 85`). */
const fixRates: Fix = (file, lines) => {
  const changes: string[] = [];
  const edits = file.percents
    .map((percent) => {
      const text = percent.text.trim();
      const fraction = /^0?\.\d+$/.test(text) ? Math.round(Number(text) * 100) : undefined;
      const bare = percent.source === 'body' && /^\d{1,3}$/.test(text) && Number(text) <= 100 ? Number(text) : undefined;
      const value = fraction ?? bare;
      if (value === undefined) return undefined;
      const replacement = percent.source === 'body' ? `${value}%` : String(value);
      return { line: percent.range.line, column: percent.range.column, text, replacement };
    })
    .filter((edit) => edit !== undefined)
    // Right to left, so earlier columns on the same line stay valid.
    .sort((a, b) => a.line - b.line || b.column - a.column);
  for (const edit of edits) {
    const line = lines[edit.line - 1];
    const start = line?.indexOf(edit.text, edit.column - 1);
    if (line === undefined || start === undefined || start === -1 || start > edit.column + 1) continue;
    lines[edit.line - 1] = `${line.slice(0, start)}${edit.replacement}${line.slice(start + edit.text.length)}`;
    changes.push(`${edit.line}: rate "${edit.text}" -> "${edit.replacement}"`);
  }
  return changes.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
};

const tableLine = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** Known columns under another name or order are renamed and reordered; rows short of cells get "—". */
const fixTable: Fix = (file, lines) => {
  const table = file.versionTable;
  if (!table) return [];
  const named = table.header.map((cell) => COLUMN_NAMES.get(cell.trim().toLowerCase()));
  if (named.some((name) => name === undefined) || new Set(named).size !== COLUMNS.length || named.length !== COLUMNS.length) return [];
  const order = COLUMNS.map((name) => named.indexOf(name));
  const changes: string[] = [];
  const rows = table.rows.filter((row) => row.cells.length <= COLUMNS.length && !(lines[row.line - 1] ?? '').includes('\\|'));
  if (table.header.join('|') !== COLUMNS.join('|')) {
    lines[table.line - 1] = tableLine(COLUMNS);
    lines[table.line] = tableLine(COLUMNS.map((name) => '-'.repeat(name.length + 2)));
    changes.push(`${table.line}: version table columns "${table.header.join(' | ')}" -> "${COLUMNS.join(' | ')}"`);
  }
  for (const row of rows) {
    const padded = [...row.cells, ...Array<string>(COLUMNS.length - row.cells.length).fill('—')];
    const cells = order.map((index) => padded[index]!);
    if (cells.join('|') === row.cells.join('|')) continue;
    lines[row.line - 1] = tableLine(cells);
    if (row.cells.length < COLUMNS.length) changes.push(`${row.line}: version row filled with "—" to ${COLUMNS.length} cells`);
  }
  return changes;
};

/** Known, unique H2 sections out of order are moved, each with everything under it. */
const fixSectionOrder: Fix = (file, lines) => {
  const sections = file.sections.filter((section) => section.level === 2);
  const ranks = sections.map((section) => SECTION_ORDER.indexOf(section.name as (typeof SECTION_ORDER)[number]));
  if (sections.length < 2 || ranks.includes(-1) || new Set(ranks).size !== ranks.length) return [];
  if (ranks.every((rank, index) => index === 0 || rank > ranks[index - 1]!)) return [];
  const first = sections[0]!.line - 1;
  const trailingNewline = lines[lines.length - 1] === '';
  const end = trailingNewline ? lines.length - 1 : lines.length;
  const blocks = sections.map((section, index) => {
    const block = lines.slice(section.line - 1, index + 1 < sections.length ? sections[index + 1]!.line - 1 : end);
    while (block.length > 1 && block[block.length - 1]!.trim() === '') block.pop();
    return { rank: ranks[index]!, block };
  });
  const sorted = [...blocks].sort((a, b) => a.rank - b.rank);
  const body = sorted.flatMap((item, index) => (index === 0 ? item.block : ['', ...item.block]));
  lines.splice(first, lines.length - first, ...body, ...(trailingNewline ? [''] : []));
  return [`${sections[0]!.line}: sections reordered to ${sorted.map((item) => SECTION_ORDER[item.rank]).join(', ')}`];
};

export function fixKbText(path: string, text: string, maxBytes: number): FixedText {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let current = text;
  const changes: string[] = [];
  for (const fix of [fixRates, fixTable, fixSectionOrder]) {
    const { file } = parseKbFile(path, Buffer.from(current, 'utf8'), maxBytes);
    if (file.unparseable) break;
    const lines = [...file.lines];
    const made = fix(file, lines);
    if (made.length === 0) continue;
    changes.push(...made);
    current = `${bom}${lines.join(eol)}`;
  }
  return { text: current, changes };
}

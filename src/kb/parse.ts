/** One KB file (seed form or front-matter form) -> the canonical entry, a pointer -> source map and parse findings. */
import type { RuleFinding } from '../rule.js';
import type { SourceRange } from '../yaml-locate.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { readBodyBlocks, type BodyBlocks, type Heading, type ListBlock } from './markdown.js';
import type { LocatedCodeBlock, MetadataBullet, ParsedKbFile, PercentText, SectionHeading, TableInfo } from './model.js';
import { METADATA_FIELDS, SECTION_ORDER } from './fields.js';
import { decodeSource } from './source.js';

export const PARSE_ERROR = 'kb/parse-error';

/** Fields the front matter may set that the body can also set (H1 and metadata bullets). */
const CANONICAL_ORDER = [
  'id',
  'title',
  'domain',
  'category',
  'verification',
  'fix_rate',
  'root_cause',
  'versions',
  'workarounds',
  'dead_ends',
  'signals',
  'references',
  'related',
];

export interface ParseOutcome {
  file: ParsedKbFile;
  findings: RuleFinding[];
}

const range = (index: number, column: number, endColumn: number): SourceRange => ({
  line: index + 1,
  column,
  endLine: index + 1,
  endColumn,
});

// Anchored, read from the source line: `- **** — reason` is literal text to markdown-it, not empty bold.
const METADATA_ITEM = /^(\s*[-*+]\s+)\*\*([^*]+?):\*\*[ \t]*(.*?)[ \t]*$/;
const WORKAROUND_ITEM = /^(\s*\d+[.)]\s+)\*\*(.*)\*\*\s*\(\s*([^()]*?)\s+success\s*\)\s*$/;
const DEAD_END_ITEM = /^(\s*[-*+]\s+)\*\*(.*?)\*\*\s*(?:—|–|--?)\s*(.*?)\s*\(\s*([^()]*?)\s+fail\s*\)\s*$/;
const KEY_VALUE_ITEM = /^(\s*[-*+]\s+)([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/;
const LINK_ITEM = /^(\s*[-*+]\s+)(?:\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)|<([^>\s]+)>|(\S+))\s*$/;
const PLAIN_ITEM = /^(\s*[-*+]\s+)(.*?)\s*$/;
const PERCENT = /^(\d{1,3})\s*%$/;

function unwrapBackticks(value: string): string {
  const match = /^`+([\s\S]*?)`+$/.exec(value);
  return match ? match[1]! : value;
}

/** `85%` -> 85; anything else is kept as written so the schema and kb/percent-format can name it. */
export function parsePercent(text: string): number | string {
  const match = PERCENT.exec(text.trim());
  return match ? Number(match[1]) : text.trim();
}

class EntryBuilder {
  readonly entry: Record<string, unknown> = {};
  readonly ranges = new Map<string, SourceRange>();
  readonly findings: RuleFinding[] = [];
  readonly percents: PercentText[] = [];
  readonly bodyFields = new Map<string, { value: unknown; range: SourceRange }>();

  constructor(readonly path: string) {}

  mark(pointer: string, where: SourceRange): void {
    this.ranges.set(pointer, where);
  }

  error(message: string, where: SourceRange, pointer?: string): void {
    this.findings.push({
      ruleId: PARSE_ERROR,
      severity: 'error',
      message,
      location: { path: this.path, ...where },
      ...(pointer !== undefined ? { pointer } : {}),
    });
  }
}

function cellsOf(line: string): { text: string; column: number }[] {
  const cells: { text: string; column: number }[] = [];
  const start = line.indexOf('|') === line.search(/\S/) ? line.indexOf('|') + 1 : 0;
  let end = line.length;
  const trimmed = line.trimEnd();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) end = trimmed.length - 1;
  let cellStart = start;
  for (let index = start; index <= end; index += 1) {
    if (index === end || (line[index] === '|' && line[index - 1] !== '\\')) {
      const raw = line.slice(cellStart, index);
      const offset = raw.search(/\S/);
      cells.push({ text: raw.trim(), column: cellStart + (offset === -1 ? 0 : offset) + 1 });
      cellStart = index + 1;
    }
  }
  return cells;
}

const NONE_MARKERS = new Set(['—', '–', '-', '', 'none', 'n/a']);

function readVersionTable(builder: EntryBuilder, lines: readonly string[], table: { index: number; end: number }): TableInfo {
  const header = cellsOf(lines[table.index] ?? '');
  const info: TableInfo = { line: table.index + 1, header: header.map((cell) => cell.text), rows: [] };
  const versions: Record<string, unknown>[] = [];
  // Row 2 is the delimiter row (`|---|`); data rows follow.
  for (let index = table.index + 2; index < table.end; index += 1) {
    const line = lines[index] ?? '';
    const cells = cellsOf(line);
    info.rows.push({ line: index + 1, cells: cells.map((cell) => cell.text) });
    const row: Record<string, unknown> = {};
    const pointer = `/versions/${versions.length}`;
    builder.mark(pointer, range(index, 1, line.length + 1));
    const fields = ['name', 'status', 'introduced', 'deprecated'] as const;
    fields.forEach((field, column) => {
      const cell = cells[column];
      if (!cell) return;
      const value = field === 'introduced' || field === 'deprecated' ? (NONE_MARKERS.has(cell.text.toLowerCase()) ? null : cell.text) : cell.text;
      row[field] = value;
      builder.mark(`${pointer}/${field}`, range(index, cell.column, cell.column + Math.max(cell.text.length, 1)));
    });
    versions.push(row);
  }
  builder.entry.versions = versions;
  return info;
}

function itemLines(list: ListBlock): number[] {
  return list.items.map(([start]) => start);
}

function readWorkarounds(
  builder: EntryBuilder,
  lines: readonly string[],
  list: ListBlock | undefined,
  fences: BodyBlocks['fences'],
  codeBlocks: LocatedCodeBlock[],
): void {
  const workarounds: Record<string, unknown>[] = [];
  builder.entry.workarounds = workarounds;
  if (!list) return;
  for (const [start, end] of list.items) {
    const line = lines[start] ?? '';
    const match = WORKAROUND_ITEM.exec(line);
    const pointer = `/workarounds/${workarounds.length}`;
    if (!match) {
      builder.error(
        `Workaround item "${line.trim().slice(0, 80)}" does not read as "N. **title** (NN% success)"; rewrite it in that form`,
        range(start, 1, line.length + 1),
        pointer,
      );
      workarounds.push({});
      continue;
    }
    const prefix = match[1]!.length;
    const title = match[2]!;
    const titleColumn = prefix + 1;
    const percentText = match[3]!;
    const percentColumn = line.lastIndexOf(percentText) + 1;
    const workaround: Record<string, unknown> = { title, success_rate: parsePercent(percentText) };
    builder.mark(pointer, range(start, titleColumn, line.length + 1));
    builder.mark(`${pointer}/title`, range(start, titleColumn, titleColumn + title.length + 4));
    const percentRange = range(start, percentColumn, percentColumn + percentText.length);
    builder.mark(`${pointer}/success_rate`, percentRange);
    builder.percents.push({ pointer: `${pointer}/success_rate`, text: percentText, range: percentRange, source: 'body' });
    const code = fences.filter((fence) => fence.index > start && fence.index < end);
    if (code.length > 0) {
      workaround.code = code.map((fence, codeIndex) => {
        builder.mark(`${pointer}/code/${codeIndex}`, range(fence.index, fence.column, (lines[fence.index] ?? '').length + 1));
        codeBlocks.push({ workaround: workarounds.length, lang: fence.lang, value: fence.value, line: fence.index + 1 });
        return { lang: fence.lang, value: fence.value };
      });
    }
    workarounds.push(workaround);
  }
}

function readDeadEnds(builder: EntryBuilder, lines: readonly string[], list: ListBlock | undefined): void {
  const deadEnds: Record<string, unknown>[] = [];
  builder.entry.dead_ends = deadEnds;
  if (!list) return;
  for (const start of itemLines(list)) {
    const line = lines[start] ?? '';
    const match = DEAD_END_ITEM.exec(line);
    const pointer = `/dead_ends/${deadEnds.length}`;
    if (!match) {
      builder.error(
        `Dead-end item "${line.trim().slice(0, 80)}" does not read as "- **title** — reason (NN% fail)"; rewrite it in that form`,
        range(start, 1, line.length + 1),
        pointer,
      );
      deadEnds.push({});
      continue;
    }
    const titleColumn = match[1]!.length + 1;
    const title = match[2]!;
    const reason = match[3]!;
    const percentText = match[4]!;
    const percentColumn = line.lastIndexOf(percentText) + 1;
    builder.mark(pointer, range(start, titleColumn, line.length + 1));
    builder.mark(`${pointer}/title`, range(start, titleColumn, titleColumn + title.length + 4));
    const reasonColumn = line.indexOf(reason, titleColumn + title.length + 3) + 1;
    builder.mark(`${pointer}/reason`, range(start, reasonColumn, reasonColumn + reason.length));
    const percentRange = range(start, percentColumn, percentColumn + percentText.length);
    builder.mark(`${pointer}/fail_rate`, percentRange);
    builder.percents.push({ pointer: `${pointer}/fail_rate`, text: percentText, range: percentRange, source: 'body' });
    deadEnds.push({ title, reason, fail_rate: parsePercent(percentText) });
  }
}

const INTEGER_SIGNALS = new Set(['http_status']);

function readSignals(builder: EntryBuilder, lines: readonly string[], list: ListBlock | undefined): void {
  const signals: Record<string, unknown[]> = {};
  if (!list) return;
  for (const start of itemLines(list)) {
    const line = lines[start] ?? '';
    const match = KEY_VALUE_ITEM.exec(line);
    if (!match) {
      builder.error(`Signal item "${line.trim().slice(0, 80)}" does not read as "- key: value"; write e.g. "- http_status: 502"`, range(start, 1, line.length + 1), '/signals');
      continue;
    }
    const key = match[2]!;
    const rawValue = match[3]!;
    const valueColumn = line.length - rawValue.length + 1;
    const values = key.endsWith('_log') ? [unwrapBackticks(rawValue)] : rawValue.split(',').map((part) => unwrapBackticks(part.trim())).filter(Boolean);
    const list = (signals[key] ??= []);
    if (!builder.ranges.has(`/signals/${key}`)) builder.mark(`/signals/${key}`, range(start, match[1]!.length + 1, line.length + 1));
    for (const value of values) {
      builder.mark(`/signals/${key}/${list.length}`, range(start, valueColumn, line.length + 1));
      list.push(INTEGER_SIGNALS.has(key) && /^\d+$/.test(value) ? Number(value) : value);
    }
  }
  builder.entry.signals = signals;
}

function readReferences(builder: EntryBuilder, lines: readonly string[], list: ListBlock | undefined): void {
  const references: Record<string, unknown>[] = [];
  builder.entry.references = references;
  if (!list) return;
  for (const start of itemLines(list)) {
    const line = lines[start] ?? '';
    const match = LINK_ITEM.exec(line);
    const pointer = `/references/${references.length}`;
    builder.mark(pointer, range(start, 1, line.length + 1));
    if (!match) {
      builder.error(`Reference "${line.trim().slice(0, 80)}" is not a link; write "- [title](https://…)"`, range(start, 1, line.length + 1), pointer);
      continue;
    }
    const url = match[3] ?? match[4] ?? match[5]!;
    builder.mark(`${pointer}/url`, range(start, line.indexOf(url) + 1, line.indexOf(url) + 1 + url.length));
    references.push(match[2] !== undefined ? { url, title: match[2] } : { url });
  }
}

function readRelated(builder: EntryBuilder, lines: readonly string[], list: ListBlock | undefined): void {
  const related: string[] = [];
  builder.entry.related = related;
  if (!list) return;
  for (const start of itemLines(list)) {
    const line = lines[start] ?? '';
    const match = PLAIN_ITEM.exec(line)!;
    const value = unwrapBackticks(match[2]!.trim());
    const column = line.indexOf(value) + 1;
    builder.mark(`/related/${related.length}`, range(start, column, column + value.length));
    related.push(value);
  }
}

function readMetadata(lines: readonly string[], lists: ListBlock[], before: number): MetadataBullet[] {
  const bullets: MetadataBullet[] = [];
  for (const list of lists) {
    if (list.index >= before || list.ordered) continue;
    for (const start of itemLines(list)) {
      const line = lines[start] ?? '';
      const match = METADATA_ITEM.exec(line);
      if (!match) {
        bullets.push({ label: '', value: line.trim(), line: start + 1, column: 1, valueColumn: 1 });
        continue;
      }
      const label = match[2]!.trim();
      const value = match[3]!;
      bullets.push({
        label,
        value,
        line: start + 1,
        column: match[1]!.length + 1,
        valueColumn: value === '' ? line.length + 1 : line.length - value.length + 1,
      });
    }
  }
  return bullets;
}

function applyMetadata(builder: EntryBuilder, bullets: MetadataBullet[]): void {
  const seen = new Set<string>();
  for (const bullet of bullets) {
    const field = METADATA_FIELDS[bullet.label];
    if (!field || seen.has(field)) continue;
    seen.add(field);
    const raw = field === 'id' ? unwrapBackticks(bullet.value) : bullet.value;
    const column = field === 'id' && raw !== bullet.value ? bullet.valueColumn + 1 : bullet.valueColumn;
    const where = range(bullet.line - 1, column, column + Math.max(raw.length, 1));
    const value = field === 'fix_rate' ? parsePercent(raw) : raw;
    if (field === 'fix_rate') builder.percents.push({ pointer: '/fix_rate', text: raw, range: where, source: 'body' });
    builder.bodyFields.set(field, { value, range: where });
  }
}

function sectionSpan(headings: Heading[], h2: Heading): [number, number] {
  const next = headings.find((heading) => heading.index > h2.index && heading.level <= 2);
  return [h2.index + 1, next ? next.index : Number.MAX_SAFE_INTEGER];
}

function firstListIn(lists: ListBlock[], [start, end]: [number, number]): ListBlock | undefined {
  return lists.find((list) => list.index >= start && list.index < end);
}

function sliceSection(lines: readonly string[], [start, end]: [number, number]): { text: string; first: number; last: number } {
  let first = start;
  let last = Math.min(end, lines.length) - 1;
  while (first <= last && lines[first]!.trim() === '') first += 1;
  while (last >= first && lines[last]!.trim() === '') last -= 1;
  return { text: lines.slice(first, last + 1).join('\n'), first, last };
}

/**
 * A front-matter field whose position is looked up only when a rule reports it: most files report nothing,
 * and plain front matter is read without a position-keeping parse (front-matter.ts).
 */
class FrontMatterField {
  private located: SourceRange | undefined;

  constructor(
    readonly value: unknown,
    private readonly pointer: string,
    private readonly frontMatter: FrontMatter,
  ) {}

  get range(): SourceRange {
    this.located ??= this.frontMatter.locate(this.pointer) ?? range(0, 1, 4);
    return this.located;
  }
}

function applyFrontMatter(builder: EntryBuilder, frontMatter: FrontMatter): Map<string, { value: unknown; range: SourceRange }> {
  const fields = new Map<string, FrontMatterField>();
  for (const [key, value] of Object.entries(frontMatter.data)) {
    const field = new FrontMatterField(key === 'fix_rate' && typeof value === 'string' ? parsePercent(value) : value, `/${key}`, frontMatter);
    fields.set(key, field);
    if (key === 'fix_rate') {
      builder.percents.push({
        pointer: '/fix_rate',
        text: String(value),
        get range() {
          return field.range;
        },
        source: 'front-matter',
      });
    }
  }
  return fields;
}

function orderCanonical(entry: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of CANONICAL_ORDER) if (entry[key] !== undefined) ordered[key] = entry[key];
  for (const key of Object.keys(entry).sort()) if (!(key in ordered)) ordered[key] = entry[key];
  return ordered;
}

/** A file with no structure: the base of an unreadable file and of a file slimmed for cross-file rules. */
export function skeletonFile(path: string, fields: Partial<ParsedKbFile> = {}): ParsedKbFile {
  return {
    path,
    form: 'seed',
    entry: {},
    ranges: new Map(),
    lines: [],
    sections: [],
    metadata: [],
    fences: [],
    codeBlocks: [],
    bodyFields: new Map(),
    percents: [],
    unparseable: false,
    ...fields,
  };
}

/** The stand-in for a file that could not be read or decoded: content rules skip it. */
export function unreadableFile(path: string, lines: string[] = []): ParsedKbFile {
  return skeletonFile(path, { lines, unparseable: true });
}

const TRAILING_COMMENT = /[ \t]*<!--.*?-->[ \t]*$/;
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A trailing `<!-- … -->` is invisible once rendered, so it is not part of an item: authors (and the rule
 * fixtures' `<!-- expect: … -->` markers) may annotate any line. Lines inside fenced code are left alone.
 */
function withoutTrailingComments(lines: string[]): string[] {
  if (!lines.some((line) => line.includes('<!--'))) return lines;
  let fence: string | undefined;
  return lines.map((line) => {
    const marker = FENCE_LINE.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker[0]!.repeat(3);
      return line;
    }
    return fence || !line.includes('<!--') ? line : line.replace(TRAILING_COMMENT, '');
  });
}

function offsetOfLine(lines: readonly string[], index: number): number {
  let offset = 0;
  for (let line = 0; line < index; line += 1) offset += lines[line]!.length + 1;
  return offset;
}

/** Parses one file's bytes. Never throws: every problem is a located `kb/parse-error` finding. */
export function parseKbFile(path: string, bytes: Buffer, maxBytes: number): ParseOutcome {
  const decoded = decodeSource(bytes, maxBytes);
  if (!decoded.ok) {
    return {
      file: unreadableFile(path),
      findings: [{ ruleId: PARSE_ERROR, severity: 'error', message: decoded.message, location: { path, line: decoded.line, column: 1 } }],
    };
  }
  const text = decoded.text;
  const sourceLines = text.split('\n');
  const lines = withoutTrailingComments(sourceLines);
  const builder = new EntryBuilder(path);
  const frontMatterResult = readFrontMatter(lines, text);
  if (frontMatterResult.kind === 'error') {
    builder.error(frontMatterResult.message, range(frontMatterResult.line - 1, frontMatterResult.column, frontMatterResult.column + 1), '');
    const file = unreadableFile(path, lines);
    file.form = 'front-matter';
    return { file, findings: builder.findings };
  }
  const frontMatter = frontMatterResult.kind === 'ok' ? frontMatterResult.frontMatter : undefined;
  const bodyStart = frontMatter?.bodyStart ?? 0;
  // Unchanged lines let markdown-it read the decoded text itself instead of a re-joined copy.
  const blocks = readBodyBlocks(lines, bodyStart, lines === sourceLines ? text.slice(offsetOfLine(sourceLines, bodyStart)) : undefined);

  const sections: SectionHeading[] = [];
  const h1 = blocks.headings.find((heading) => heading.level === 1);
  if (h1) {
    builder.bodyFields.set('title', {
      value: h1.text,
      range: range(h1.index, h1.textColumn, h1.textColumn + Math.max(h1.text.length, 1)),
    });
  }
  const h2s = blocks.headings.filter((heading) => heading.level === 2);
  const firstSection = h2s[0]?.index ?? lines.length;
  const metadata = readMetadata(lines, blocks.lists, firstSection);
  applyMetadata(builder, metadata);

  const frontFields = frontMatter ? applyFrontMatter(builder, frontMatter) : undefined;
  // The front matter wins where both set a field; kb/field-conflict reports any disagreement.
  for (const [field, { value, range: where }] of builder.bodyFields) {
    builder.entry[field] = value;
    builder.mark(`/${field}`, where);
  }
  if (frontFields) {
    for (const [field, { value }] of frontFields) {
      builder.entry[field] = value;
      // Located through file.locateFrontMatter when asked for, which then wins over the body's position.
      builder.ranges.delete(`/${field}`);
    }
  }

  const handled = new Set<string>();
  let versionTable: TableInfo | undefined;
  const codeBlocks: LocatedCodeBlock[] = [];
  for (const h2 of h2s) {
    sections.push({ name: h2.text, level: 2, line: h2.index + 1, column: h2.textColumn });
    if (handled.has(h2.text)) continue;
    handled.add(h2.text);
    const span = sectionSpan(blocks.headings, h2);
    const headingRange = range(h2.index, h2.textColumn, h2.textColumn + h2.text.length);
    const list = firstListIn(blocks.lists, span);
    switch (h2.text) {
      case 'Root Cause': {
        const slice = sliceSection(lines, span);
        builder.entry.root_cause = slice.text;
        builder.mark('/root_cause', slice.text ? { line: slice.first + 1, column: 1, endLine: slice.last + 1, endColumn: (lines[slice.last] ?? '').length + 1 } : headingRange);
        break;
      }
      case 'Version Compatibility': {
        builder.mark('/versions', headingRange);
        const table = blocks.tables.find((candidate) => candidate.index >= span[0] && candidate.index < span[1]);
        if (table) versionTable = readVersionTable(builder, lines, table);
        else builder.entry.versions = [];
        break;
      }
      case 'Workarounds':
        builder.mark('/workarounds', headingRange);
        readWorkarounds(builder, lines, list, blocks.fences, codeBlocks);
        break;
      case 'Dead Ends':
        builder.mark('/dead_ends', headingRange);
        readDeadEnds(builder, lines, list);
        break;
      case 'Signals':
        if (frontFields?.has('signals')) break;
        builder.mark('/signals', headingRange);
        readSignals(builder, lines, list);
        break;
      case 'References':
        if (frontFields?.has('references')) break;
        builder.mark('/references', headingRange);
        readReferences(builder, lines, list);
        break;
      case 'Related':
        if (frontFields?.has('related')) break;
        builder.mark('/related', headingRange);
        readRelated(builder, lines, list);
        break;
      default:
        break;
    }
  }

  const file: ParsedKbFile = {
    path,
    form: frontMatter ? 'front-matter' : 'seed',
    entry: orderCanonical(builder.entry) as ParsedKbFile['entry'],
    ranges: builder.ranges,
    lines,
    sections,
    metadata,
    ...(versionTable ? { versionTable } : {}),
    fences: blocks.fences.map((fence) => ({ lang: fence.lang, value: fence.value, line: fence.index + 1 })),
    codeBlocks,
    ...(frontFields ? { frontMatter: frontFields } : {}),
    bodyFields: builder.bodyFields,
    percents: builder.percents,
    unparseable: false,
  };
  if (frontMatter) file.locateFrontMatter = (pointer: string) => frontMatter.locate(pointer, true);
  return { file, findings: builder.findings };
}

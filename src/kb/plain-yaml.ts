/**
 * A fast reader for the plain YAML most front matter is (mappings, sequences, scalars), so 10,000 entries
 * do not each pay for the `yaml` package's Document model. It is js-yaml — gray-matter's own YAML engine —
 * with a schema that resolves plain scalars exactly as `yaml`'s 1.2 core schema does, and that keeps every
 * number except a plain integer as written (as front-matter.ts does on the Document path). Anything outside
 * the plain subset, and anything js-yaml rejects, returns undefined: the caller then takes the `yaml` path,
 * which is the one that locates errors. test/kb/plain-yaml.test.ts holds the two readers to the same result.
 */
import jsyaml from 'js-yaml';
import type { SourceRange } from '../yaml-locate.js';

/* The `yaml` 1.2 core schema's tests (yaml/dist/schema/core, common/null). */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OTHER_NUMBER = [
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

const CORE_AS_WRITTEN = new jsyaml.Schema({
  include: [jsyaml.FAILSAFE_SCHEMA],
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data: string | null) => data === null || NULL.test(data), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data: string | null) => data !== null && BOOL.test(data), construct: (data: string) => /^[Tt]|^TRUE/.test(data) }),
    new jsyaml.Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: (data: string | null) => data !== null && INT.test(data), construct: (data: string) => Number(data) }),
    // `yaml` resolves these to numbers and front-matter.ts turns them back into their source text.
    new jsyaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && OTHER_NUMBER.some((test) => test.test(data)),
      construct: (data: string) => data,
    }),
  ],
});

/*
 * Outside the plain subset, where the two readers could disagree or js-yaml lacks a safeguard:
 * - anchors and aliases (`yaml` caps alias expansion), tags, directives and reserved indicators, each where
 *   a token starts (so `%20` or `?q=1` inside a URL stays plain); complex keys and merge keys;
 * - flow mappings, tabs, carriage returns, control characters and `__proto__`;
 * - sequence items at column 1 (`key:` then `- a`), easily mixed with indented items, which js-yaml tolerates,
 *   and an item opening another sequence on its line (`- - a`), which js-yaml 3 nests differently;
 * - block scalars with an indentation indicator or keep chomping (`|2`, `|+`), whose trailing lines the two
 *   count apart.
 */
const NOT_PLAIN = /<<|(?:^|[\s[,])(?:[&*!%@`]|\?(?:\s|$))|[{}\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0085\u2028\u2029\ufeff]|__proto__|^-(?:[ ]|$)|^[ ]*-[ ]+-(?:[ ]|$)|(?:^|\s)[|>]-?[0-9+]/m;

/*
 * Flow sequences must be one line of plain entries: no empty entry (`[,a]`, `[a,]`), which js-yaml accepts
 * and `yaml` rejects, and no implicit key (`[a: b]`, `[: x]`), whose null key the two name differently.
 */
const UNUSUAL_FLOW = /[[,][ ]*,|,[ ]*\]|\[[^\]\n]*:(?:[ ,\]]|$)|\[[^\]\n]*$/m;

/* A quoted scalar starting a token, and the character after its closing quote. */
const QUOTED_TOKEN = /(^|[\s[,])("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')(.?)/gm;
const TOKEN_START_QUOTE = /(?:^|[\s[,])["']/m;

/**
 * Quoted scalars must close on their line and be followed by a space, `,`, `]`, `:` or the line end:
 * `'a'#x` or a quote left open is an error for `yaml` that js-yaml lets through. Double-quoted ones
 * must hold no escape.
 */
function quotesAreClean(source: string): boolean {
  let clean = true;
  const rest = source.replace(QUOTED_TOKEN, (_whole, before: string, quoted: string, after: string) => {
    if (after !== '' && !/[\s,\]:]/.test(after)) clean = false;
    // Escapes (`"\u00e9"`, `"\x41"`) are read by each reader's own table; keep them on the `yaml` path.
    if (quoted.startsWith('"') && quoted.includes('\\')) clean = false;
    return `${before}x${after}`;
  });
  return clean && !TOKEN_START_QUOTE.test(rest);
}

const BLOCK_SCALAR_HEADER = /(?:^|\s)[|>]-?$/;

/**
 * Every dedent must return to an indentation already open: `yaml` rejects an item or key left between two
 * levels, js-yaml sometimes reads it into one of them. Block scalar contents are free text and skipped.
 */
function indentationNests(source: string): boolean {
  const levels = [0];
  let blockScalarOwner = -1;
  for (const line of source.split('\n')) {
    const content = line.trimStart();
    if (content === '') continue;
    const indent = line.length - content.length;
    if (blockScalarOwner >= 0) {
      if (indent > blockScalarOwner) continue;
      blockScalarOwner = -1;
    }
    if (content.startsWith('#')) continue;
    let top = levels[levels.length - 1]!;
    if (indent > top) levels.push(indent);
    else {
      while (indent < top) {
        levels.pop();
        top = levels[levels.length - 1] ?? 0;
      }
      if (indent !== top) return false;
    }
    if (BLOCK_SCALAR_HEADER.test(content.replace(/\s+#.*$/, ''))) blockScalarOwner = indent;
  }
  return true;
}

/*
 * Some screens above rescan the rest of a line from each bracket, quote or space, so a hostile line would
 * cost its length squared; real front matter is small, and anything bigger takes the `yaml` path.
 */
const MAX_PLAIN_SOURCE = 64 * 1024;
const LONG_LINE = /[^\n]{1001}/;

/** The front matter's data, or undefined when it must go through the `yaml` Document path. */
export function readPlainYaml(source: string): Record<string, unknown> | undefined {
  if (source.length > MAX_PLAIN_SOURCE || LONG_LINE.test(source)) return undefined;
  if (NOT_PLAIN.test(source) || UNUSUAL_FLOW.test(source) || !quotesAreClean(source) || !indentationNests(source)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(source, { schema: CORE_AS_WRITTEN });
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  return data as Record<string, unknown>;
}

/** A value the line scan can delimit: a plain scalar on the key's line (no indicator first, no comment). */
const PLAIN_VALUE = /^( +)([^\s'"[\]{}|>#,&*!%@`?:-][^#]*?|-[^\s#][^#]*?)( +#.*)?$/;

/**
 * The range of a top-level key's plain one-line scalar value, as `yaml` reports it, found by scanning
 * lines (1-based file lines, as the front matter source starts on the fence line); undefined for any other
 * shape. Cross-file rules need `/id` of every entry, and this keeps that from parsing every Document again.
 */
export function locatePlainTopLevelScalar(sourceLines: readonly string[], key: string): SourceRange | undefined {
  const prefix = `${key}:`;
  let found = -1;
  for (let index = 0; index < sourceLines.length; index += 1) {
    if (!sourceLines[index]!.startsWith(prefix)) continue;
    if (found !== -1) return undefined;
    found = index;
  }
  if (found === -1) return undefined;
  const line = sourceLines[found]!;
  const match = PLAIN_VALUE.exec(line.slice(prefix.length).trimEnd());
  if (!match) return undefined;
  // A following indented line would continue the scalar over several lines.
  for (let index = found + 1; index < sourceLines.length; index += 1) {
    const next = sourceLines[index]!;
    if (next.trim() === '') continue;
    if (/^\s/.test(next)) return undefined;
    break;
  }
  const column = prefix.length + match[1]!.length + 1;
  return { line: found + 1, column, endLine: found + 1, endColumn: column + match[2]!.length };
}

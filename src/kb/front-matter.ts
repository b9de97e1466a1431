/**
 * YAML front matter, split by gray-matter used safely. Plain front matter is read by plain-yaml.ts and
 * parsed again by the `yaml` package only if a position inside it is asked for; anything else goes straight
 * to `yaml`, whose Document gives both the data and located errors.
 */
import matter from 'gray-matter';
import { parseDocument, visit, isScalar, type Document } from 'yaml';
import { LineCounter, locateInYaml, pointerSegments, type SourceRange } from '../yaml-locate.js';
import { locatePlainTopLevelScalar, readPlainYaml } from './plain-yaml.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 0-based index of the first body line in the file's lines. */
  bodyStart: number;
  /**
   * Where `pointer` is, in file lines: the value (the key when the value is empty), else the nearest
   * ancestor; with `exact`, undefined for a pointer that does not exist.
   */
  locate(pointer: string, exact?: boolean): SourceRange | undefined;
}

export type FrontMatterResult =
  | { kind: 'none' }
  | { kind: 'ok'; frontMatter: FrontMatter }
  | { kind: 'error'; line: number; column: number; message: string; bodyStart?: number };

const OPEN_FENCE = /^---([A-Za-z0-9_-]*)[ \t]*$/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

function refuse(language: string): never {
  throw new Error(`front matter language "${language}" is refused`);
}

/**
 * gray-matter 4.0.3 `eval`s `---js` front matter, so every non-YAML engine is replaced by one that throws,
 * and an options object is always passed (without one gray-matter serves results from a shared cache).
 */
function splitWithGrayMatter(text: string, parseYaml: (source: string) => object): void {
  matter(text, {
    language: 'yaml',
    delimiters: '---',
    engines: {
      yaml: { parse: parseYaml, stringify: () => '' },
      js: { parse: () => refuse('js'), stringify: () => '' },
      javascript: { parse: () => refuse('javascript'), stringify: () => '' },
      coffee: { parse: () => refuse('coffee'), stringify: () => '' },
      json: { parse: () => refuse('json'), stringify: () => '' },
      toml: { parse: () => refuse('toml'), stringify: () => '' },
    },
  } as unknown as Parameters<typeof matter>[1]);
}

/**
 * YAML 1.2 keeps dates as strings; every number but a plain decimal integer (`1.10`, `0.85`, `0x1F`) is kept
 * as written, so nothing is silently rounded or converted.
 */
function keepFloatsAsWritten(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'number' && node.source !== undefined && !/^[-+]?\d+$/.test(node.source)) {
        node.value = node.source;
      }
    },
  });
}

export function readFrontMatter(lines: readonly string[], text: string): FrontMatterResult {
  const open = OPEN_FENCE.exec(lines[0] ?? '');
  if (!open) return { kind: 'none' };
  const language = open[1] ?? '';
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    return {
      kind: 'error',
      line: 1,
      column: 4,
      message: `Front matter language "${language}" is refused (it could run code); use YAML front matter opened by a bare "---"`,
    };
  }
  const closeIndex = lines.findIndex((line, index) => index > 0 && CLOSE_FENCE.test(line));
  if (closeIndex === -1) {
    return {
      kind: 'error',
      line: 1,
      column: 1,
      message: 'Front matter opened by "---" on line 1 is never closed; add a closing "---" line after the metadata',
    };
  }
  let yamlSource: string | undefined;
  try {
    splitWithGrayMatter(text, (source) => {
      // gray-matter hands over the text after the opening "---", so line 1 here is the fence line itself.
      yamlSource = source;
      return {};
    });
  } catch (error) {
    return { kind: 'error', line: 1, column: 1, message: `Front matter could not be read: ${(error as Error).message}` };
  }
  // gray-matter skips its engine when the block is empty or only comments; that is an empty mapping.
  const source = yamlSource ?? `\n${lines.slice(1, closeIndex).join('\n')}`;
  return readFrontMatterSource(source, closeIndex, closeIndex + 1);
}

/** The YAML between the fences (line 1 being the opening fence's line): the fast reader, else `yaml`. */
export function readFrontMatterSource(source: string, closeIndex: number, bodyStart: number): FrontMatterResult {
  const plain = readPlainYaml(source);
  if (plain) return { kind: 'ok', frontMatter: { data: plain, bodyStart, locate: plainLocator(source, plain) } };
  return readYamlFrontMatter(source, closeIndex, bodyStart);
}

interface Positioned {
  doc: Document;
  lineCounter: LineCounter;
}

function parseWithPositions(source: string): Positioned {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
}

/** Positions for plain front matter: a line scan for a top-level scalar, else the Document, parsed once. */
function plainLocator(source: string, data: Record<string, unknown>): FrontMatter['locate'] {
  const sourceLines = source.split('\n');
  let positioned: Positioned | undefined;
  return (pointer, exact = false) => {
    const segments = pointerSegments(pointer);
    if (segments.length === 1 && Object.hasOwn(data, segments[0]!)) {
      const quick = locatePlainTopLevelScalar(sourceLines, segments[0]!);
      if (quick) return quick;
    }
    if (exact && segments.length > 0 && !Object.hasOwn(data, segments[0]!)) return undefined;
    positioned ??= parseWithPositions(source);
    return locateInYaml(positioned.doc, positioned.lineCounter, pointer, 0, false, exact);
  };
}

/** The `yaml` Document path: data, positions and located errors for any front matter. */
export function readYamlFrontMatter(source: string, closeIndex: number, bodyStart: number): FrontMatterResult {
  const { doc, lineCounter } = parseWithPositions(source);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const position = lineCounter.linePos(first.pos[0]);
    return {
      kind: 'error',
      line: Math.min(position.line, closeIndex),
      column: position.col,
      message: `Invalid YAML in front matter: ${first.message.split('\n')[0]}`,
      bodyStart,
    };
  }
  // Only a source with a float-looking (`1.10`, `.5`, `1e3`, `.inf`), hex or octal token needs the visit.
  if (/\d[.eE]|\.(?:\d|inf|nan)|0[xo]/i.test(source)) keepFloatsAsWritten(doc);
  let data: unknown;
  try {
    // An alias bomb expands exponentially; yaml refuses past maxAliasCount instead of eating memory.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { kind: 'error', line: 2, column: 1, message: `Front matter could not be expanded: ${(error as Error).message}`, bodyStart };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { kind: 'error', line: 2, column: 1, message: 'Front matter must be a YAML mapping of field: value', bodyStart };
  }
  const locate: FrontMatter['locate'] = (pointer, exact = false) => locateInYaml(doc, lineCounter, pointer, 0, false, exact);
  return { kind: 'ok', frontMatter: { data: data as Record<string, unknown>, bodyStart, locate } };
}

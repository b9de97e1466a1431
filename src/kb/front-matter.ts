/** YAML front matter, split by gray-matter used safely and parsed by the `yaml` package for positions. */
import matter from 'gray-matter';
import { parseDocument, visit, isScalar, type Document } from 'yaml';
import { LineCounter } from '../yaml-locate.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  doc: Document;
  lineCounter: LineCounter;
  /** 0-based index of the first body line in the file's lines. */
  bodyStart: number;
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

/** YAML 1.2 keeps dates as strings; floats like `1.10` or `0.85` are kept as written so nothing is silently rounded. */
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
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  let yamlSource = '';
  try {
    splitWithGrayMatter(text, (source) => {
      yamlSource = source;
      // gray-matter hands over the text after the opening "---", so line 1 here is the fence line itself.
      doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
      return {};
    });
  } catch (error) {
    return { kind: 'error', line: 1, column: 1, message: `Front matter could not be read: ${(error as Error).message}` };
  }
  if (!doc) return { kind: 'error', line: 1, column: 1, message: 'Front matter could not be read' };
  const bodyStart = closeIndex + 1;
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
  // Only a source with a float-looking token (`1.10`, `.5`, `1e3`, `.inf`) needs the visit.
  if (/\d[.eE]|\.(?:\d|inf|nan)/i.test(yamlSource)) keepFloatsAsWritten(doc);
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
  return { kind: 'ok', frontMatter: { data: data as Record<string, unknown>, doc, lineCounter, bodyStart } };
}

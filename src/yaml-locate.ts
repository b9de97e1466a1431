/** Maps JSON pointers to source ranges inside a parsed YAML document (for `gatewatch.yml` and KB front matter). */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function rangeOf(node: Node | null | undefined, lineCounter: LineCounter, lineOffset: number): SourceRange | undefined {
  if (!node?.range) return undefined;
  const start = lineCounter.linePos(node.range[0]);
  const end = lineCounter.linePos(node.range[1]);
  return { line: start.line + lineOffset, column: start.col, endLine: end.line + lineOffset, endColumn: end.col };
}

function child(node: unknown, segment: string): { value: Node | undefined; key: Node | undefined } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
    if (!pair || !isPair(pair)) return undefined;
    return { value: isNode(pair.value) ? pair.value : undefined, key: isNode(pair.key) ? pair.key : undefined };
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    return isNode(item) ? { value: item, key: item } : undefined;
  }
  return undefined;
}

/**
 * Locates `pointer` in `doc`: the value's range, or the key's when the value is empty; the nearest
 * existing ancestor when the pointer does not exist (undefined with `exact`). `lineOffset` shifts lines.
 */
export function locateInYaml(
  doc: Document,
  lineCounter: LineCounter,
  pointer: string,
  lineOffset = 0,
  preferKey = false,
  exact = false,
): SourceRange | undefined {
  let node: unknown = doc.contents;
  let best = rangeOf(doc.contents as Node | null, lineCounter, lineOffset);
  for (const segment of pointerSegments(pointer)) {
    const next = child(node, segment);
    if (!next) return exact ? undefined : best;
    const target = preferKey || !next.value ? next.key : next.value;
    best = rangeOf(target, lineCounter, lineOffset) ?? best;
    node = next.value;
  }
  return best;
}

export { LineCounter };

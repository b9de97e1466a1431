/** JSON pointer -> source location in a parsed KB file; shared by the schema check and the rules. */
import type { Location } from '../finding.js';
import type { ParsedKbFile } from './model.js';

const parentOf = (pointer: string): string => pointer.slice(0, Math.max(pointer.lastIndexOf('/'), 0));

/** Exact pointer first (body map, then front matter), then ancestors; a root-level problem goes to line 1. */
export function locatePointer(file: ParsedKbFile, pointer: string): Location {
  for (let current = pointer; ; current = parentOf(current)) {
    const where = file.ranges.get(current) ?? file.locateFrontMatter?.(current);
    if (where && current !== '') return { path: file.path, ...where };
    if (current === '') return { path: file.path, line: 1, column: 1 };
  }
}

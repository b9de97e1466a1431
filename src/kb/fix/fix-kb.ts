/** `gatewatch check --fix`: rewrites the KB files the globs match with fixKbText, and says what changed. */
import type { Options } from '../../config.js';
import type { Deps } from '../../deps.js';
import { expandGlobs } from '../../files.js';
import { plural } from '../../verdict.js';
import { fixKbText } from './fix-text.js';

export interface FileFixes {
  path: string;
  changes: string[];
}

export async function fixKb(options: Options, deps: Deps): Promise<FileFixes[]> {
  const { paths } = await expandGlobs(options.kb.paths, deps, 'kb', options.limits.maxFiles, options.emptyGlob);
  const fixed: FileFixes[] = [];
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = await deps.readFile(path, options.kb.maxFileBytes);
    } catch {
      continue; // `check` reports the unreadable file right after.
    }
    const text = bytes.toString('utf8');
    // Only text that round-trips is rewritten: a file with invalid UTF-8 is the parser's finding, not ours to mangle.
    if (!Buffer.from(text, 'utf8').equals(bytes)) continue;
    const result = fixKbText(path, text, options.kb.maxFileBytes);
    if (result.changes.length === 0 || result.text === text) continue;
    await deps.writeFile(path, result.text);
    fixed.push({ path, changes: result.changes });
  }
  return fixed;
}

/** For stderr, so stdout stays the report: `path:line: what changed`, then a count. */
export function describeFixes(fixed: readonly FileFixes[]): string {
  if (fixed.length === 0) return 'gatewatch: --fix changed nothing\n';
  const lines = fixed.flatMap((file) => file.changes.map((change) => `${file.path}:${change}`));
  return `${lines.map((line) => `fixed ${line}`).join('\n')}\ngatewatch: --fix made ${plural(lines.length, 'change')} in ${plural(fixed.length, 'file')}\n`;
}

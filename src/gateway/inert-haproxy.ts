/**
 * The first wall for HAProxy (DESIGN §11, SECURITY.md): the `haproxy -c` copy is rewritten before the run.
 * Lines that load code, touch the environment or the process, or read files outside the config are
 * blanked (the line stays, empty, so `[file:line]` still maps back); file arguments (`crt`, `ca-file`,
 * `errorfile`, ACL `-f`, `map(…)`) point at repository copies or stand-ins inside the sandbox.
 */
import path from 'node:path';
import type { HaproxyConfig } from '../haproxy/config.js';
import { splitWords } from '../haproxy/config.js';
import {
  HAPROXY_FILE_KEYWORDS,
  HAPROXY_FILE_OPTIONS,
  HAPROXY_REMOVED_KEYWORDS,
  HAPROXY_REMOVED_SECTIONS,
  HAPROXY_RULE_KEYWORDS,
  type HaproxyRemovalReason,
} from './haproxy-directives.js';

export interface HaproxyRemoval {
  line: number;
  keyword: string;
  reason: HaproxyRemovalReason;
}

export interface InertHaproxyContext {
  /** The repository root: relative file arguments resolve here (HAProxy resolves them against its cwd). */
  baseDir: string;
  /** Repository files copied into the sandbox: absolute original → copy. */
  copies: ReadonlyMap<string, string>;
  /** Throwaway PEMs: `pem` holds certificate and key; unset when none could be made. */
  pair?: { pem: string; cert: string };
  /** An empty file in the sandbox, for ACL/map/errorfile files that are not in the repository. */
  empty: string;
}

export interface InertHaproxyPlan {
  lines: string[];
  removals: HaproxyRemoval[];
  /** File options that are not in the repository and now use a stand-in (or were dropped). */
  standIns: Array<{ line: number; option: string; value: string }>;
}

/* `map(file)`, `map_str(file,…)`, `set-map(file)`, `add-acl(file)`…: the first argument is a file. */
const FILE_CALL = /\b((?:map(?:_\w+)?|set-map|del-map|add-acl|del-acl)\()([^,)\s]+)/g;

/** Offset just past the raw word that starts at `start` (quotes and escapes kept together). */
function wordEnd(line: string, start: number): number {
  let index = start;
  let quote: string | undefined;
  while (index < line.length) {
    const char = line[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === ' ' || char === '\t' || char === '#') break;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '\\') index++;
    index++;
  }
  return index;
}

/** The absolute files a config's arguments name (for the caller to copy from the repository when inside it). */
export function haproxyFileArguments(config: HaproxyConfig, baseDir: string): string[] {
  const out = new Set<string>();
  for (const section of config.sections) {
    for (const directive of section.directives) {
      const words = directive.args.map((word) => word.value);
      words.forEach((word, index) => {
        if (Object.hasOwn(HAPROXY_FILE_OPTIONS, word) && words[index + 1]) out.add(path.resolve(baseDir, words[index + 1]!));
        if (word === '-f' && words[index + 1]) out.add(path.resolve(baseDir, words[index + 1]!));
        for (const match of word.matchAll(FILE_CALL)) out.add(path.resolve(baseDir, match[2]!));
      });
      const at = HAPROXY_FILE_KEYWORDS[directive.keyword];
      if (at !== undefined && words[at]) out.add(path.resolve(baseDir, words[at]!));
    }
  }
  return [...out];
}

export function inertHaproxy(config: HaproxyConfig, context: InertHaproxyContext): InertHaproxyPlan {
  const lines = [...config.lines];
  const removals: HaproxyRemoval[] = [];
  const standIns: InertHaproxyPlan['standIns'] = [];
  const blank = (line: number, keyword: string, reason: HaproxyRemovalReason): void => {
    lines[line - 1] = '';
    removals.push({ line, keyword, reason });
  };
  const copyOr = (value: string, fallback: string | undefined): string | undefined => context.copies.get(path.resolve(context.baseDir, value)) ?? fallback;
  for (const section of config.sections) {
    if (HAPROXY_REMOVED_SECTIONS.includes(section.keyword)) {
      blank(section.line, section.keyword, 'code');
      for (const directive of section.directives) lines[directive.line - 1] = '';
      continue;
    }
    for (const directive of section.directives) {
      const two = `${directive.keyword} ${directive.args[0]?.value ?? ''}`;
      const reason = HAPROXY_REMOVED_KEYWORDS[two] ?? (Object.hasOwn(HAPROXY_REMOVED_KEYWORDS, directive.keyword) ? HAPROXY_REMOVED_KEYWORDS[directive.keyword] : undefined);
      if (reason) {
        blank(directive.line, HAPROXY_REMOVED_KEYWORDS[two] ? two : directive.keyword, reason);
        continue;
      }
      if (HAPROXY_RULE_KEYWORDS.includes(directive.keyword) && directive.args.some((word) => /^lua\./.test(word.value))) {
        blank(directive.line, directive.keyword, 'code');
        continue;
      }
      const copied = (value: string): boolean => context.copies.has(path.resolve(context.baseDir, value));
      lines[directive.line - 1] = rewriteArguments(lines[directive.line - 1]!, directive.keyword, context, (value, fallback) => {
        if (!copied(value)) standIns.push({ line: directive.line, option: directive.keyword, value });
        return copyOr(value, fallback);
      });
    }
  }
  return { lines, removals, standIns };
}

/** Replaces file arguments on one line, right to left so earlier offsets stay valid. */
function rewriteArguments(
  source: string,
  keyword: string,
  context: InertHaproxyContext,
  copyOr: (value: string, fallback: string | undefined) => string | undefined,
): string {
  const words = splitWords(source);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const replaceWord = (index: number, text: string): void => {
    const word = words[index]!;
    edits.push({ start: word.column - 1, end: wordEnd(source, word.column - 1), text });
  };
  words.forEach((word, index) => {
    const next = words[index + 1];
    if (index > 0 && Object.hasOwn(HAPROXY_FILE_OPTIONS, word.value) && next) {
      const role = HAPROXY_FILE_OPTIONS[word.value]!;
      const fallback = role === 'cert' ? context.pair?.pem : role === 'ca' ? context.pair?.cert : undefined;
      const replacement = copyOr(next.value, fallback);
      if (replacement) replaceWord(index + 1, replacement);
      else edits.push({ start: word.column - 1, end: wordEnd(source, next.column - 1), text: '' });
    } else if (index > 0 && word.value === '-f' && next) {
      replaceWord(index + 1, copyOr(next.value, context.empty)!);
    } else if (index > 0 && FILE_CALL.test(word.value)) {
      FILE_CALL.lastIndex = 0;
      replaceWord(index, word.value.replace(FILE_CALL, (_all, call: string, file: string) => `${call}${copyOr(file, context.empty)}`));
    }
    FILE_CALL.lastIndex = 0;
  });
  const at = HAPROXY_FILE_KEYWORDS[keyword];
  if (at !== undefined && words[at + 1]) replaceWord(at + 1, copyOr(words[at + 1]!.value, context.empty)!);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** One factual sentence per removed line (the haproxy -c runner turns these into located notices). */
export function describeHaproxyRemoval(removal: HaproxyRemoval): string {
  const name = `"${removal.keyword}"`;
  const why: Record<HaproxyRemovalReason, string> = {
    code: 'it loads or runs code, which gatewatch never does for repository content',
    environment: 'it changes the environment HAProxy expands "${…}" from',
    process: 'it changes the user, root directory or daemon mode of the process',
    file: 'it reads or writes a file outside the config',
  };
  return `haproxy -c ran without ${name} on this line: ${why[removal.reason]}`;
}

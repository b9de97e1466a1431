/**
 * The one place regexes from repository content are compiled: KB `signals.nginx_log`, probe
 * `expect.body_regex`, anything else a pull request can write. V8's RegExp backtracks without a
 * time limit (`\w*\w*\w*\w*\w*!` ran for minutes on a long line, `(a+)+$` is exponential), so these
 * run on re2js, a port of RE2 whose matching time is linear in the input whatever the pattern.
 * RE2 has no lookaround and no backreferences; such a pattern is refused with a message saying so.
 */
import { RE2JS } from 're2js';

/** Longest pattern accepted: signals quote one stable log phrase, body checks a short marker. */
export const MAX_PATTERN_LENGTH = 1000;
/** Log text beyond this is not matched; nginx puts the stable message first, before `client:`. */
export const MAX_INPUT_LENGTH = 1024;
/** Log excerpts attached to one finding are a few lines; more are not matched. */
export const MAX_INPUT_LINES = 20;

export interface RepoRegex {
  readonly source: string;
  /** Unanchored search, like RegExp.prototype.test, in time linear in `text`. */
  test(text: string): boolean;
}

export type CompiledRepoRegex = { ok: true; regex: RepoRegex } | { ok: false; reason: string };

/**
 * The JavaScript constructs RE2 lacks, found before translation (re2js's translator would silently
 * turn `\k<name>` into the literal `k<name>`). Escapes and character classes are skipped.
 */
export function missingInRe2(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    const next = source[i + 1] ?? '';
    if (char === '\\') {
      if (!inClass && /[1-9]/.test(next)) return 'backreferences ("\\1")';
      if (!inClass && next === 'k' && source[i + 2] === '<') return 'named backreferences ("\\k<name>")';
      i += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') {
      inClass = true;
      continue;
    }
    if (char === '(' && next === '?') {
      const rest = source.slice(i + 2, i + 4);
      if (rest.startsWith('<=') || rest.startsWith('<!')) return 'lookbehind ("(?<=…)", "(?<!…)")';
      if (rest.startsWith('=') || rest.startsWith('!')) return 'lookahead ("(?=…)", "(?!…)")';
      if (rest.startsWith('>')) return 'atomic groups ("(?>…)")';
    }
    if ('*+?}'.includes(char) && next === '+') return 'possessive quantifiers ("a*+")';
  }
  return undefined;
}

/** Compiles a repository regex for linear-time matching; every problem is a reason, never an exception. */
export function compileRepoRegex(source: string): CompiledRepoRegex {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, reason: `it is longer than ${MAX_PATTERN_LENGTH} characters; shorten it` };
  const missing = missingInRe2(source);
  if (missing) {
    return { ok: false, reason: `RE2 (the linear-time engine gatewatch runs repository regexes on) has no ${missing}; rewrite the pattern without them` };
  }
  try {
    // translateRegExp maps JavaScript-only spellings (`\u0041`, `(?<name>…)`, `\cA`) to RE2's.
    const compiled = RE2JS.compile(RE2JS.translateRegExp(source));
    return { ok: true, regex: { source, test: (text) => compiled.test(text) } };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    return { ok: false, reason: `it is not a valid regular expression (${message}); fix the syntax` };
  }
}

/** Tests a log regex line by line against capped input (a finding's log excerpt is a few short lines). */
export function testCapped(regex: RepoRegex, text: string): boolean {
  const lines = text.split('\n', MAX_INPUT_LINES);
  return lines.some((line) => regex.test(line.slice(0, MAX_INPUT_LENGTH)));
}

/**
 * KB `nginx_log` patterns come from pull requests, and V8's backtracking engine has no time limit:
 * `(a+)+$` is exponential and even `.*a.*b.*c` took 20 s on a 1 KiB line (measured, Node 20).
 * Patterns are screened before compiling and inputs are capped, so a KB regex can never hang a run.
 */

/** Longest pattern accepted; signal regexes quote one stable log phrase. */
export const MAX_PATTERN_LENGTH = 300;
/** Log text beyond this is not matched; nginx puts the stable message first, before `client:`. */
export const MAX_INPUT_LENGTH = 1024;
/**
 * Repeated broad atoms (`.`, `\S`, `[^"]`) that can all match the same text backtrack polynomially:
 * two stay under ~0.1 s on a capped input (measured: `a.*b.*c` 88 ms at 1 KiB), three do not.
 */
const MAX_BROAD_REPEATS = 2;
/** `{n,m}` with a larger upper bound backtracks like `*`. */
const LARGE_REPEAT = 100;

export type SafeRegex = { ok: true; regex: RegExp } | { ok: false; reason: string };

interface GroupState {
  hasQuantifier: boolean;
  hasAlternation: boolean;
  /** Holds a `*`, `+` or large `{n,m}`: repeating such a group at all (`(.*a){20}`) multiplies the backtracking. */
  hasUnbounded: boolean;
}

interface Quantifier {
  length: number;
  unbounded: boolean;
  /** Repeats its atom more than once (`*`, `+`, `{2}`); `?` and `{0,1}` do not. */
  repeats: boolean;
}

/** Reads a quantifier at `index` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each optionally lazy). */
function readQuantifier(pattern: string, index: number): Quantifier | undefined {
  const char = pattern[index];
  let length = 0;
  let unbounded = false;
  let repeats = false;
  if (char === '*' || char === '+') {
    length = 1;
    unbounded = true;
    repeats = true;
  } else if (char === '?') {
    length = 1;
  } else if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index));
    if (!match) return undefined;
    length = match[0].length;
    const upper = match[2] === undefined ? Number(match[1]) : match[3] === '' ? Infinity : Number(match[3]);
    unbounded = upper > LARGE_REPEAT;
    repeats = upper > 1;
  } else {
    return undefined;
  }
  if (pattern[index + length] === '?') length += 1;
  return { length, unbounded, repeats };
}

/** Index just past a character class starting at `index` (`[`). */
function skipClass(pattern: string, index: number): number {
  let i = index + 1;
  if (pattern[i] === '^') i += 1;
  if (pattern[i] === ']') i += 1;
  while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Index just past the group opener at `index` (`(`, `(?:`, `(?=`, `(?<name>` …). */
function skipGroupOpener(pattern: string, index: number): number {
  if (pattern[index + 1] !== '?') return index + 1;
  const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(pattern.slice(index));
  if (named) return index + named[0].length;
  return index + (pattern.startsWith('(?<=', index) || pattern.startsWith('(?<!', index) ? 4 : 3);
}

/** Why a pattern is unsafe to run, or undefined when it passes the screen. */
export function unsafeRegexReason(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  // `test()` is unanchored, so a leading or trailing `.*` only adds backtracking.
  const pattern = source.replace(/^\^?\.\*/, '').replace(/\.\*\$?$/, '');
  const stack: GroupState[] = [{ hasQuantifier: false, hasAlternation: false, hasUnbounded: false }];
  let broadRepeats = 0;
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i]!;
    let atomEnd = i + 1;
    let closed: GroupState | undefined;
    let broad = char === '.';
    if (char === '\\') {
      if (/^\\([1-9]|k<)/.test(pattern.slice(i))) return 'backreferences are not allowed';
      atomEnd = i + 2;
      broad = /[SWD]/.test(pattern[i + 1] ?? '');
    } else if (char === '[') {
      atomEnd = skipClass(pattern, i);
      broad = pattern[i + 1] === '^';
    } else if (char === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false, hasUnbounded: false });
      i = skipGroupOpener(pattern, i);
      continue;
    } else if (char === ')') {
      if (stack.length === 1) return 'unbalanced ")"';
      closed = stack.pop();
    } else if (char === '|') {
      stack[stack.length - 1]!.hasAlternation = true;
      i += 1;
      continue;
    }
    const quantifier = readQuantifier(pattern, atomEnd);
    const top = stack[stack.length - 1]!;
    if (closed?.hasQuantifier) top.hasQuantifier = true;
    if (closed?.hasUnbounded) top.hasUnbounded = true;
    if (quantifier?.repeats && closed?.hasUnbounded) return 'nested quantifiers are not allowed';
    if (quantifier) {
      if (quantifier.unbounded) {
        // Star height > 1 (`(a+)+`, `(a|aa)*`) is the classic catastrophic-backtracking shape.
        if (closed && (closed.hasQuantifier || closed.hasAlternation)) return 'nested quantifiers are not allowed';
        if (broad) broadRepeats += 1;
        top.hasUnbounded = true;
      }
      top.hasQuantifier = true;
      atomEnd += quantifier.length;
    }
    i = atomEnd;
  }
  if (stack.length > 1) return 'unbalanced "("';
  if (broadRepeats > MAX_BROAD_REPEATS) {
    return `more than ${MAX_BROAD_REPEATS} repeated wildcards (".*", "\\S+", "[^x]*") can backtrack for minutes`;
  }
  return undefined;
}

/** Screens, then compiles; a syntax error is a reason too, never an exception. */
export function compileSafeRegex(source: string): SafeRegex {
  const reason = unsafeRegexReason(source);
  if (reason) return { ok: false, reason };
  try {
    return { ok: true, regex: new RegExp(source) };
  } catch (error) {
    return { ok: false, reason: `invalid regular expression: ${(error as Error).message}` };
  }
}

/** Log excerpts attached to one finding are a few lines; more are not matched. */
export const MAX_INPUT_LINES = 20;

/** Tests a screened regex line by line against capped input. */
export function testCapped(regex: RegExp, text: string): boolean {
  const lines = text.split('\n', MAX_INPUT_LINES);
  return lines.some((line) => regex.test(line.slice(0, MAX_INPUT_LENGTH)));
}

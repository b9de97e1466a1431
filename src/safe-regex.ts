/**
 * Regexes come from KB entries in pull requests, so they are untrusted: refuse the shapes that backtrack
 * catastrophically (a quantified group that itself contains a quantifier, backreferences) before compiling.
 */

export const MAX_REGEX_LENGTH = 500;
/** Log lines longer than this are cut before matching, which bounds the work of any accepted regex. */
export const MAX_MATCH_INPUT = 4096;

export type CompiledRegex = { ok: true; regex: RegExp } | { ok: false; reason: string };

/** True when some group containing a quantifier is itself quantified: `(a+)+`, `(\w*x)*`, `(a|a?)+`. */
function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') {
      index += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === '(') stack.push(false);
    else if (char === ')') {
      const innerQuantified = stack.pop() ?? false;
      const next = source[index + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      if (innerQuantified && quantified && next !== '?') return true;
      if (innerQuantified || quantified) {
        if (stack.length > 0) stack[stack.length - 1] = true;
      }
    } else if ((char === '*' || char === '+' || char === '{') && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

export function compileSignalRegex(source: string): CompiledRegex {
  if (source.length > MAX_REGEX_LENGTH) return { ok: false, reason: `is longer than ${MAX_REGEX_LENGTH} characters` };
  if (/\\[1-9]|\\k</.test(source)) return { ok: false, reason: 'uses a backreference, which can backtrack without bound' };
  if (hasNestedQuantifier(source)) return { ok: false, reason: 'nests a quantifier inside a quantified group, which can backtrack without bound' };
  try {
    return { ok: true, regex: new RegExp(source) };
  } catch (error) {
    return { ok: false, reason: `does not compile: ${(error as Error).message}` };
  }
}

export function boundedTest(regex: RegExp, text: string): boolean {
  return regex.test(text.length > MAX_MATCH_INPUT ? text.slice(0, MAX_MATCH_INPUT) : text);
}

/**
 * Prints a crossplane payload's `parsed` statements back to nginx config text (crossplane `build`): one
 * statement per line, blocks in braces, `if` args in parentheses, `*_by_lua_block` bodies verbatim, and an
 * argument quoted exactly when the lexer (which follows nginx's `ngx_conf_read_token`) would not read it
 * back unquoted as the same string.
 */
import type { NginxDirective } from './payload.js';

export interface PrintOptions {
  /** One level of indentation; crossplane's default is four spaces. */
  indent?: string;
}

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\n' || char === '\t' || char === '\r';

/* nginx decodes `\"`, `\'`, `\\`, `\t`, `\r` and `\n` in every word; any other `\x` stays as written. */
const DECODED_AFTER_BACKSLASH = new Set(['"', "'", '\\', 't', 'r', 'n']);

/**
 * Whether `value` survives as a bare word. Replays the word scan of ngx_conf_read_token: a token may not start
 * with `;`, `{`, `}`, `#` or a quote, ends at whitespace, `;` or a `{` not opened by `$` (`${var}` stays one
 * word), and `\x` swallows `x` (so a trailing backslash, or one nginx would decode, needs quotes).
 */
function isBareWord(value: string): boolean {
  const first = value[0];
  if (first === undefined || isSpace(first) || ';{}#"\''.includes(first)) return false;
  let variable = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '{' && variable) continue;
    variable = false;
    if (char === '\\') {
      const next = value[i + 1];
      if (next === undefined || isSpace(next) || DECODED_AFTER_BACKSLASH.has(next)) return false;
      i++;
      continue;
    }
    if (char === '$') variable = true;
    else if (isSpace(char) || char === ';' || char === '{') return false;
  }
  return true;
}

/** One argument as nginx reads it back: bare when that is exact, otherwise double-quoted with `\` and `"` escaped. */
export function printArg(value: string): string {
  return isBareWord(value) ? value : `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * `if (…)`: the parser strips one `(` from the first token and one `)` from the last, then trims (crossplane
 * `_prepare_if_args`, which uses Python's Unicode-aware strip). A first or last argument that starts or ends
 * with any Unicode space is quoted so the trim cannot reach it, and a quoted first argument gets `( ` so the
 * parenthesis is a token of its own (`("a` would be a bare word).
 */
function printIfArgs(args: readonly string[]): string {
  const printed = args.map((arg, index) => {
    const edge = (index === 0 && /^\s/u.test(arg)) || (index === args.length - 1 && /\s$/u.test(arg));
    return edge ? `"${arg.replace(/[\\"]/g, '\\$&')}"` : printArg(arg);
  });
  const open = printed[0]?.startsWith('"') ? '( ' : '(';
  return ` ${open}${printed.join(' ')})`;
}

/** A `*_by_lua_block` keeps its body verbatim in braces; `set_by_lua_block $v { … }` keeps its variable first. */
function isLuaBlock(statement: NginxDirective): boolean {
  return statement.directive.endsWith('_by_lua_block') && isBareWord(statement.directive) && statement.args.length > 0 && !statement.block;
}

function printStatement(statement: NginxDirective, depth: number, indent: string, out: string[]): void {
  const padding = indent.repeat(depth);
  if (statement.directive === '#' && statement.comment !== undefined) {
    out.push(`${padding}#${statement.comment}`);
    return;
  }
  let line = padding + printArg(statement.directive);
  if (isLuaBlock(statement)) {
    const args = statement.args;
    for (const arg of args.slice(0, -1)) line += ` ${printArg(arg)}`;
    out.push(`${line} {${args[args.length - 1]!}}`);
    return;
  }
  if (statement.directive === 'if') line += printIfArgs(statement.args);
  else for (const arg of statement.args) line += ` ${printArg(arg)}`;
  if (!statement.block) {
    out.push(`${line};`);
    return;
  }
  out.push(`${line} {`);
  for (const child of statement.block) printStatement(child, depth + 1, indent, out);
  out.push(`${padding}}`);
}

/** The text of one file's statements, newline-terminated (empty for an empty list). */
export function printNginx(parsed: readonly NginxDirective[], options: PrintOptions = {}): string {
  const out: string[] = [];
  for (const statement of parsed) printStatement(statement, 0, options.indent ?? '    ', out);
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

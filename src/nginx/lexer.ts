/**
 * nginx config tokenizer, following `ngx_conf_read_token` (src/core/ngx_conf_file.c) where crossplane differs:
 * `${uri} x` is two words, `}` inside a word is part of it, a quote opens a string only at a token start,
 * and escapes are decoded as nginx decodes them. Scans char codes; slices the source instead of concatenating.
 */

export enum Tok {
  Eof,
  Word,
  Semicolon,
  OpenBrace,
  CloseBrace,
  Comment,
  Error,
}

const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const HASH = 35;
const DQUOTE = 34;
const SQUOTE = 39;
const DOLLAR = 36;
const BACKSLASH = 92;
const SEMI = 59;
const LBRACE = 123;
const RBRACE = 125;
const RPAREN = 41;
const LBRACKET = 91;
const DASH = 45;
const EQUALS = 61;

/** Level of a Lua long bracket opening at `i` (`[[` is 0, `[==[` is 2), or -1 when there is none. */
function longBracketLevel(text: string, i: number): number {
  let at = i + 1;
  while (text.charCodeAt(at) === EQUALS) at++;
  return text.charCodeAt(at) === LBRACKET ? at - i - 1 : -1;
}

/** Offset just past the long bracket's matching close (`]]`, `]==]`), or the text's end when unclosed. */
function longBracketEnd(text: string, i: number, level: number): number {
  const close = `]${'='.repeat(level)}]`;
  const at = text.indexOf(close, i + level + 2);
  return at === -1 ? text.length : at + close.length;
}

const isSpace = (code: number): boolean => code === SPACE || code === LF || code === TAB || code === CR;

/** nginx keeps `\x` verbatim except `\"`, `\'`, `\\` (the char) and `\t`, `\r`, `\n` (control chars). */
function unescape(raw: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = raw.indexOf('\\'); i !== -1 && i < raw.length - 1; i = raw.indexOf('\\', i)) {
    const next = raw.charCodeAt(i + 1);
    let replacement: string | undefined;
    if (next === DQUOTE || next === SQUOTE || next === BACKSLASH) replacement = raw[i + 1];
    else if (next === 116) replacement = '\t';
    else if (next === 114) replacement = '\r';
    else if (next === 110) replacement = '\n';
    if (replacement === undefined) {
      i += 2;
      continue;
    }
    parts.push(raw.slice(from, i), replacement);
    i += 2;
    from = i;
  }
  if (from === 0) return raw;
  parts.push(raw.slice(from));
  return parts.join('');
}

export class Lexer {
  /** Current token: its value (decoded), 1-based line and column, source offsets, and whether it was quoted. */
  value = '';
  line = 1;
  column = 1;
  start = 0;
  end = 0;
  quoted = false;
  /** Line counter at the scan position (nginx reports errors at end of file on this line). */
  cursorLine = 1;
  private pos = 0;
  private lineStart = 0;
  private readonly length: number;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  next(): Tok {
    const text = this.text;
    const length = this.length;
    let i = this.pos;
    // Skip whitespace, counting lines.
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === LF) {
        this.cursorLine++;
        this.lineStart = i + 1;
      } else if (code !== SPACE && code !== TAB && code !== CR) break;
      i++;
    }
    this.quoted = false;
    if (i >= length) {
      this.pos = i;
      this.line = this.cursorLine;
      return Tok.Eof;
    }
    this.line = this.cursorLine;
    this.column = i - this.lineStart + 1;
    this.start = i;
    const code = text.charCodeAt(i);
    if (code === SEMI || code === LBRACE || code === RBRACE) {
      this.pos = i + 1;
      this.end = i + 1;
      return code === SEMI ? Tok.Semicolon : code === LBRACE ? Tok.OpenBrace : Tok.CloseBrace;
    }
    if (code === HASH) return this.comment(i);
    if (code === DQUOTE || code === SQUOTE) return this.quotedString(i, code);
    return this.word(i);
  }

  /** `#` at a token start runs to the end of the line (nginx `sharp_comment`). */
  private comment(i: number): Tok {
    let end = this.text.indexOf('\n', i);
    if (end === -1) end = this.length;
    this.pos = end;
    this.end = end;
    const stop = end > i + 1 && this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
    this.value = this.text.slice(i + 1, stop);
    return Tok.Comment;
  }

  private word(i: number): Tok {
    const text = this.text;
    const length = this.length;
    const begin = i;
    let escaped = false;
    let variable = false;
    while (i < length) {
      const code = text.charCodeAt(i);
      // `${` keeps the word open (nginx: `ch == '{' && variable`), so `${uri}` is one word.
      if (code === LBRACE && variable) {
        i++;
        continue;
      }
      variable = false;
      if (code === BACKSLASH) {
        escaped = true;
        if (i + 1 < length && text.charCodeAt(i + 1) === LF) {
          this.cursorLine++;
          this.lineStart = i + 2;
        }
        i += 2;
        continue;
      }
      if (code === DOLLAR) variable = true;
      else if (isSpace(code) || code === SEMI || code === LBRACE) break;
      i++;
    }
    if (i > length) i = length;
    const raw = text.slice(begin, i);
    this.value = escaped ? unescape(raw) : raw;
    this.pos = i;
    this.end = i;
    return Tok.Word;
  }

  /** A quoted string may span lines; after the closing quote nginx requires a space, `;`, `{` or `)`. */
  private quotedString(i: number, quote: number): Tok {
    const text = this.text;
    const length = this.length;
    const begin = i + 1;
    let escaped = false;
    i = begin;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === quote) break;
      if (code === LF) {
        this.cursorLine++;
        this.lineStart = i + 1;
      } else if (code === BACKSLASH) {
        escaped = true;
        if (i + 1 < length && text.charCodeAt(i + 1) === LF) {
          this.cursorLine++;
          this.lineStart = i + 2;
        }
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= length) {
      this.pos = length;
      this.end = length;
      this.value = 'unexpected end of file, expecting ";" or "}"';
      this.line = this.cursorLine;
      return Tok.Error;
    }
    const raw = text.slice(begin, i);
    this.value = escaped ? unescape(raw) : raw;
    this.quoted = true;
    this.end = i + 1;
    this.pos = i + 1;
    if (this.pos < length) {
      const after = text.charCodeAt(this.pos);
      if (!isSpace(after) && after !== SEMI && after !== LBRACE && after !== RPAREN) {
        // nginx: `unexpected "x"` and stop; we report, skip the char and keep lexing.
        this.pos++;
        this.value = `unexpected "${String.fromCodePoint(text.codePointAt(this.pos - 1) ?? after)}"`;
        this.line = this.cursorLine;
        return Tok.Error;
      }
    }
    return Tok.Word;
  }

  /**
   * Reads a `*_by_lua_block { … }` body as one raw argument, lexing it as Lua the way crossplane's Lua
   * extension does: braces inside `--` comments, quoted strings and long brackets (`[[ ]]`, `[==[ ]==]`,
   * `--[[ ]]`) do not count. Returns undefined (with `value` = error) when unbalanced.
   */
  luaBlock(): string | undefined {
    const text = this.text;
    const length = this.length;
    let i = this.pos;
    while (i < length && isSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === LF) {
        this.cursorLine++;
        this.lineStart = i + 1;
      }
      i++;
    }
    if (i >= length || text.charCodeAt(i) !== LBRACE) {
      this.pos = i;
      this.value = 'expected "{" to start Lua block';
      return undefined;
    }
    const begin = i + 1;
    let depth = 1;
    i = begin;
    /** Moves the scan to `until`, counting the lines it crosses. */
    const skipTo = (until: number): void => {
      for (let at = text.indexOf('\n', i); at !== -1 && at < until; at = text.indexOf('\n', at + 1)) {
        this.cursorLine++;
        this.lineStart = at + 1;
      }
      i = until;
    };
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === LF) {
        this.cursorLine++;
        this.lineStart = i + 1;
      } else if (code === LBRACE) depth++;
      else if (code === RBRACE) {
        depth--;
        if (depth === 0) break;
      } else if (code === DQUOTE || code === SQUOTE) {
        let at = i + 1;
        while (at < length && text.charCodeAt(at) !== code && text.charCodeAt(at) !== LF) at += text.charCodeAt(at) === BACKSLASH ? 2 : 1;
        skipTo(Math.min(at, length));
        if (text.charCodeAt(i) !== code) continue; // an unclosed string ends at its line, as Lua reports it
      } else if (code === LBRACKET && longBracketLevel(text, i) >= 0) {
        skipTo(longBracketEnd(text, i, longBracketLevel(text, i)));
        continue;
      } else if (code === DASH && text.charCodeAt(i + 1) === DASH) {
        const level = text.charCodeAt(i + 2) === LBRACKET ? longBracketLevel(text, i + 2) : -1;
        if (level >= 0) skipTo(longBracketEnd(text, i + 2, level));
        else {
          const eol = text.indexOf('\n', i);
          skipTo(eol === -1 ? length : eol);
        }
        continue;
      }
      i++;
    }
    if (i >= length) {
      this.pos = length;
      this.value = 'unexpected end of file, expecting "}"';
      return undefined;
    }
    this.pos = i + 1;
    this.end = i + 1;
    return text.slice(begin, i);
  }
}

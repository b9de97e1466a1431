/**
 * Rewrites arguments of a config's text in place for the `nginx -t` sandbox copy. Replacements never contain
 * a newline, so every directive stays on its line and nginx's `in file:line` maps straight back.
 */
import { Lexer, Tok } from './lexer.js';

export interface ArgToken {
  value: string;
  start: number;
  end: number;
}

export interface Statement {
  name: string;
  args: ArgToken[];
  /** Names of the enclosing blocks, outermost first. */
  context: string[];
  /** Offset just after the statement's `{`, when it opens a block. */
  blockStart?: number;
  /** Offset of the name, and just after the `;` or the block's closing `}` (end of text when unterminated). */
  start: number;
  end: number;
}

/** Statements with argument offsets; tolerant of errors (the parser reports those). */
export function scanStatements(text: string): Statement[] {
  const lexer = new Lexer(text);
  const out: Statement[] = [];
  const context: string[] = [];
  /* The statements whose block is open, innermost last (undefined for a stray `{`), to set their end. */
  const open: Array<Statement | undefined> = [];
  let current: Statement | undefined;
  for (let tok = lexer.next(); tok !== Tok.Eof; tok = lexer.next()) {
    if (tok === Tok.Word) {
      if (current) current.args.push({ value: lexer.value, start: lexer.start, end: lexer.end });
      else current = { name: lexer.value, args: [], context: [...context], start: lexer.start, end: text.length };
      if (current.args.length === 0 && !lexer.quoted && lexer.value.endsWith('_by_lua_block')) {
        if (current.name === 'set_by_lua_block' && lexer.next() === Tok.Word) current.args.push({ value: lexer.value, start: lexer.start, end: lexer.end });
        const brace = text.indexOf('{', lexer.end);
        const body = lexer.luaBlock();
        // Kept as a statement (with no args) so the inert rewrite can blank the whole block.
        current.end = body === undefined || brace < 0 ? text.length : brace + body.length + 2;
        out.push(current);
        current = undefined;
      }
    } else if (tok === Tok.Semicolon) {
      if (current) {
        current.end = lexer.end;
        out.push(current);
      }
      current = undefined;
    } else if (tok === Tok.OpenBrace) {
      if (current) {
        current.blockStart = lexer.end;
        out.push(current);
      }
      open.push(current);
      context.push(current?.name ?? '');
      current = undefined;
    } else if (tok === Tok.CloseBrace) {
      current = undefined;
      context.pop();
      const closed = open.pop();
      if (closed) closed.end = lexer.end;
    }
  }
  return out;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
  /** Blank the span instead (spaces, newlines kept): removes a statement or block without moving any line. */
  blank?: boolean;
  /** Use the text as given, line breaks included (it replaces a statement line for line). */
  keepLines?: boolean;
}

/** A token nginx reads back as `value`: quoted when it holds anything the lexer would split on. */
export function asToken(value: string): string {
  return /^[^\s;{}"'\\#$]+$/.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let from = 0;
  for (const edit of sorted) {
    if (edit.start < from) continue; // overlapping edit: keep the first
    const replacement = edit.blank ? text.slice(edit.start, edit.end).replace(/[^\r\n]/g, ' ') : edit.keepLines ? edit.text : edit.text.replace(/[\r\n]/g, ' ');
    parts.push(text.slice(from, edit.start), replacement);
    from = edit.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

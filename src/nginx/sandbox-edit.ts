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
  /** Offsets of the whole statement: its name through its `;` or closing `}` (to leave it out of a copy). */
  start: number;
  end: number;
}

/** Statements with argument offsets; tolerant of errors (the parser reports those). */
export function scanStatements(text: string): Statement[] {
  const lexer = new Lexer(text);
  const out: Statement[] = [];
  const context: string[] = [];
  const open: Array<Statement | undefined> = [];
  let current: Statement | undefined;
  for (let tok = lexer.next(); tok !== Tok.Eof; tok = lexer.next()) {
    if (tok === Tok.Word) {
      if (current) current.args.push({ value: lexer.value, start: lexer.start, end: lexer.end });
      else current = { name: lexer.value, args: [], context: [...context], start: lexer.start, end: lexer.end };
      if (current.args.length === 0 && !lexer.quoted && lexer.value.endsWith('_by_lua_block')) {
        if (current.name === 'set_by_lua_block' && lexer.next() === Tok.Word) current.args.push({ value: lexer.value, start: lexer.start, end: lexer.end });
        lexer.luaBlock();
        current.end = lexer.end;
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
      context.push(current?.name ?? '');
      open.push(current);
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
  /** The text keeps the replaced span's line breaks (a statement left out), so lines still map back. */
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
    parts.push(text.slice(from, edit.start), edit.keepLines ? edit.text : edit.text.replace(/[\r\n]/g, ' '));
    from = edit.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** One file's tokens → crossplane `parsed` statements, with nginx's own syntax errors collected instead of stopping. */
import { Lexer, Tok } from './lexer.js';
import { argumentCountError, isKnownDirective } from './directives.js';
import { COLUMN, UNTERMINATED, type NginxDirective, type NginxFileError, type Unterminated } from './payload.js';

/* Token kinds as locals: in the bundle, each `Tok.X` in the token loop would call a cross-module export getter. */
const { Eof, Comment, Error: Failed, Word, Semicolon, OpenBrace, CloseBrace } = Tok;

export interface ParseTextOptions {
  comments: boolean;
  /** Set each statement's `file` key (crossplane `--combine`). */
  file?: string;
  /** Deeper blocks are an error; keeps hostile input from building unbounded trees. */
  maxDepth: number;
  /** crossplane `--ignore`: these directives (and their blocks) are left out. */
  ignore?: readonly string[];
  /** crossplane `--strict`: a directive gatewatch does not know is an error. */
  strict?: boolean;
}

export interface ParsedText {
  parsed: NginxDirective[];
  /** Errors without the ` in file:line` suffix; the loader adds it. */
  errors: NginxFileError[];
  /** Every `include` statement, in source order, for the loader to resolve. */
  includes: NginxDirective[];
}

/**
 * Directives that only exist as blocks: ending one with `;` is the error nginx reports as
 * `directive "x" has no opening "{"` (crossplane's analyzer reports the same).
 */
const BLOCK_ONLY = new Set([
  'events', 'http', 'stream', 'mail', 'location', 'upstream', 'if', 'map', 'geo', 'types', 'limit_except',
  'split_clients',
]);

/** Blocks whose entries are key/value data rather than directives. */
const LITERAL_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match', 'upstream']);

/** crossplane `_prepare_if_args`: `if ($a = b)` → args `["$a", "=", "b"]`. */
function prepareIfArgs(args: string[]): void {
  if (args.length === 0) return;
  const first = args[0]!;
  const last = args[args.length - 1]!;
  if (!first.startsWith('(') || !last.endsWith(')')) return;
  args[0] = first.slice(1).trimStart();
  args[args.length - 1] = args[args.length - 1]!.slice(0, -1).trimEnd();
  if (args[args.length - 1] === '') args.pop();
  if (args.length > 0 && args[0] === '') args.shift();
}

export function parseText(text: string, options: ParseTextOptions): ParsedText {
  const lexer = new Lexer(text);
  const errors: NginxFileError[] = [];
  const includes: NginxDirective[] = [];
  const root: NginxDirective[] = [];
  const stack: NginxDirective[][] = [root];
  /** The statement owning each open block (undefined for a throwaway list), to trim its block when it closes. */
  const owners: Array<NginxDirective | undefined> = [undefined];
  /* Blocks opened without a directive (`{` alone) or beyond maxDepth are parsed into a throwaway list. */
  let current: NginxDirective | undefined;
  let tooDeep = false;
  const fail = (error: string, line: number, unterminated?: Unterminated): void => {
    errors.push(unterminated ? { error, line, [UNTERMINATED]: unterminated } : { error, line });
  };
  const ignore = options.ignore && options.ignore.length > 0 ? new Set(options.ignore) : undefined;
  /** Line of the open statement's last word: where its `;` belongs when a `}` or the end of file cuts it off. */
  let lastWordLine = 0;
  /** crossplane keeps comments met between a statement's arguments and emits them right after it. */
  const argComments: string[] = [];
  const flushComments = (list: NginxDirective[], line: number): void => {
    for (const comment of argComments) {
      const statement: NginxDirective = options.file === undefined ? { directive: '#', line, args: [], comment } : { file: options.file, directive: '#', line, args: [], comment };
      statement[COLUMN] = 1;
      list.push(statement);
    }
    argComments.length = 0;
  };
  /** Statements crossplane's analyzer rejects (wrong argument count, unknown under --strict) are reported and left out. */
  /** Errors already reported while the open statement was read (a bad quote): its count is then not checked. */
  let errorsAtStatement = 0;
  const rejected = (statement: NginxDirective): boolean => {
    if (errors.length > errorsAtStatement) return false;
    // Entries of map/types/geo/… blocks are data, not directives.
    if (LITERAL_BLOCKS.has(owners[owners.length - 1]?.directive ?? '')) return false;
    const count = argumentCountError(statement.directive, statement.args.length);
    if (count !== undefined) {
      fail(count, statement.line);
      return true;
    }
    if (options.strict && !isKnownDirective(statement.directive)) {
      fail(`unknown directive "${statement.directive}"`, statement.line);
      return true;
    }
    return false;
  };
  /*
   * Short words (directive names, "on", "30s") repeat thousands of times and each slice of them is a fresh
   * copy, while longer slices are views into the file text; one shared copy per short word keeps the payload
   * of a 50,000-line config ~1.4 MB smaller, which spares a full GC during the rules.
   */
  const interned = new Map<string, string>();
  const intern = (value: string): string => {
    if (value.length > 12) return value;
    const known = interned.get(value);
    if (known !== undefined) return known;
    interned.set(value, value);
    return value;
  };
  /*
   * Arguments collect in one reused array and each statement gets an exact-size copy: an array grown by
   * push reserves 16 slots, and every statement of a 200,000-line config stays alive until the run ends.
   */
  const pendingArgs: string[] = [];
  const finish = (statement: NginxDirective): NginxDirective => {
    if (pendingArgs.length > 0) {
      statement.args = pendingArgs.slice();
      pendingArgs.length = 0;
    }
    if (statement.directive === 'if') prepareIfArgs(statement.args);
    return statement;
  };
  const newStatement = (directive: string): NginxDirective => {
    // The column goes in the literal: added afterwards it would cost every statement a separate property store.
    return options.file === undefined
      ? { directive, line: lexer.line, args: [], [COLUMN]: lexer.column }
      : { file: options.file, directive, line: lexer.line, args: [], [COLUMN]: lexer.column };
  };

  for (;;) {
    const tok = lexer.next();
    if (tok === Eof) break;
    const list = stack[stack.length - 1]!;
    switch (tok) {
      case Comment:
        // At statement start a comment becomes `#`; between arguments crossplane emits it after the statement.
        if (!options.comments) break;
        if (current === undefined) {
          const statement = newStatement('#');
          statement.comment = lexer.value;
          list.push(statement);
        } else argComments.push(lexer.value);
        break;
      case Failed:
        fail(lexer.value, lexer.line);
        break;
      case Word:
        lastWordLine = lexer.line;
        if (current !== undefined) {
          pendingArgs.push(intern(lexer.value));
          break;
        }
        current = newStatement(intern(lexer.value));
        errorsAtStatement = errors.length;
        if (!lexer.quoted && lexer.value.endsWith('_by_lua_block')) {
          current = luaStatement(lexer, current, ignore?.has(current.directive) ? [] : list, fail);
        }
        break;
      case Semicolon:
        if (current === undefined) {
          fail('unexpected ";"', lexer.line);
          break;
        }
        finish(current);
        if (ignore?.has(current.directive) || rejected(current)) {
          argComments.length = 0;
          current = undefined;
          break;
        }
        if (BLOCK_ONLY.has(current.directive)) fail(`directive "${current.directive}" has no opening "{"`, current.line);
        if (current.directive === 'include') includes.push(current);
        list.push(current);
        flushComments(list, current.line);
        current = undefined;
        break;
      case OpenBrace: {
        if (current === undefined) {
          fail('unexpected "{"', lexer.line);
          stack.push([]);
          owners.push(undefined);
          break;
        }
        finish(current);
        const block: NginxDirective[] = [];
        current.block = block;
        const dropped = ignore?.has(current.directive) === true || rejected(current);
        if (dropped) argComments.length = 0;
        else {
          list.push(current);
          flushComments(list, current.line);
        }
        if (dropped) {
          // Parsed into a throwaway list, as crossplane consumes an ignored block.
          stack.push([]);
          owners.push(undefined);
        } else if (stack.length > options.maxDepth) {
          if (!tooDeep) fail(`blocks nested deeper than ${options.maxDepth} levels`, lexer.line);
          tooDeep = true;
          stack.push([]);
          owners.push(undefined);
        } else {
          stack.push(block);
          owners.push(current);
        }
        current = undefined;
        break;
      }
      case CloseBrace:
        if (current !== undefined) {
          fail('unexpected "}"', lexer.line, { directive: current.directive, line: lastWordLine });
          current = undefined;
          pendingArgs.length = 0;
          argComments.length = 0;
        }
        if (stack.length === 1) fail('unexpected "}"', lexer.line);
        else {
          // An exact-size copy, as with args: a block grown by push keeps up to half its slots empty.
          const closed = stack.pop()!;
          const owner = owners.pop();
          if (owner !== undefined && closed.length > 0) owner.block = closed.slice();
        }
        break;
    }
  }
  if (current !== undefined) fail('unexpected end of file, expecting ";" or "}"', lexer.cursorLine, { directive: current.directive, line: lastWordLine });
  else if (stack.length > 1) fail('unexpected end of file, expecting "}"', lexer.cursorLine);
  return { parsed: root, errors, includes };
}

/** `set_by_lua_block $x { … }` keeps its one argument; the body becomes the last argument, the statement ends. */
function luaStatement(
  lexer: Lexer,
  statement: NginxDirective,
  list: NginxDirective[],
  fail: (error: string, line: number) => void,
): NginxDirective | undefined {
  if (statement.directive === 'set_by_lua_block') {
    if (lexer.next() !== Word) {
      fail(`invalid number of arguments in "${statement.directive}" directive`, statement.line);
      return undefined;
    }
    statement.args.push(lexer.value);
  }
  const body = lexer.luaBlock();
  if (body === undefined) {
    fail(lexer.value, lexer.cursorLine);
    return undefined;
  }
  statement.args.push(body);
  list.push(statement);
  return undefined;
}

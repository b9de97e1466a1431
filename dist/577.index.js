export const id = 577;
export const ids = [577];
export const modules = {

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkNginx: () => (/* binding */ checkNginx)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/deps.ts + 5 modules
var src_deps = __webpack_require__(9138);
// EXTERNAL MODULE: ./src/files.ts
var src_files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
;// CONCATENATED MODULE: ./src/nginx/lexer.ts
/**
 * nginx config tokenizer, following `ngx_conf_read_token` (src/core/ngx_conf_file.c) where crossplane differs:
 * `${uri} x` is two words, `}` inside a word is part of it, a quote opens a string only at a token start,
 * and escapes are decoded as nginx decodes them. Scans char codes; slices the source instead of concatenating.
 */
var Tok;
(function (Tok) {
    Tok[Tok["Eof"] = 0] = "Eof";
    Tok[Tok["Word"] = 1] = "Word";
    Tok[Tok["Semicolon"] = 2] = "Semicolon";
    Tok[Tok["OpenBrace"] = 3] = "OpenBrace";
    Tok[Tok["CloseBrace"] = 4] = "CloseBrace";
    Tok[Tok["Comment"] = 5] = "Comment";
    Tok[Tok["Error"] = 6] = "Error";
})(Tok || (Tok = {}));
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
const isSpace = (code) => code === SPACE || code === LF || code === TAB || code === CR;
/** nginx keeps `\x` verbatim except `\"`, `\'`, `\\` (the char) and `\t`, `\r`, `\n` (control chars). */
function lexer_unescape(raw) {
    const parts = [];
    let from = 0;
    for (let i = raw.indexOf('\\'); i !== -1 && i < raw.length - 1; i = raw.indexOf('\\', i)) {
        const next = raw.charCodeAt(i + 1);
        let replacement;
        if (next === DQUOTE || next === SQUOTE || next === BACKSLASH)
            replacement = raw[i + 1];
        else if (next === 116)
            replacement = '\t';
        else if (next === 114)
            replacement = '\r';
        else if (next === 110)
            replacement = '\n';
        if (replacement === undefined) {
            i += 2;
            continue;
        }
        parts.push(raw.slice(from, i), replacement);
        i += 2;
        from = i;
    }
    if (from === 0)
        return raw;
    parts.push(raw.slice(from));
    return parts.join('');
}
class Lexer {
    text;
    /** Current token: its value (decoded), 1-based line and column, source offsets, and whether it was quoted. */
    value = '';
    line = 1;
    column = 1;
    start = 0;
    end = 0;
    quoted = false;
    /** Line counter at the scan position (nginx reports errors at end of file on this line). */
    cursorLine = 1;
    pos = 0;
    lineStart = 0;
    length;
    constructor(text) {
        this.text = text;
        this.length = text.length;
    }
    next() {
        const text = this.text;
        const length = this.length;
        let i = this.pos;
        // Skip whitespace, counting lines.
        while (i < length) {
            const code = text.charCodeAt(i);
            if (code === LF) {
                this.cursorLine++;
                this.lineStart = i + 1;
            }
            else if (code !== SPACE && code !== TAB && code !== CR)
                break;
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
        if (code === HASH)
            return this.comment(i);
        if (code === DQUOTE || code === SQUOTE)
            return this.quotedString(i, code);
        return this.word(i);
    }
    /** `#` at a token start runs to the end of the line (nginx `sharp_comment`). */
    comment(i) {
        let end = this.text.indexOf('\n', i);
        if (end === -1)
            end = this.length;
        this.pos = end;
        this.end = end;
        const stop = end > i + 1 && this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
        this.value = this.text.slice(i + 1, stop);
        return Tok.Comment;
    }
    word(i) {
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
            if (code === DOLLAR)
                variable = true;
            else if (isSpace(code) || code === SEMI || code === LBRACE)
                break;
            i++;
        }
        if (i > length)
            i = length;
        const raw = text.slice(begin, i);
        this.value = escaped ? lexer_unescape(raw) : raw;
        this.pos = i;
        this.end = i;
        return Tok.Word;
    }
    /** A quoted string may span lines; after the closing quote nginx requires a space, `;`, `{` or `)`. */
    quotedString(i, quote) {
        const text = this.text;
        const length = this.length;
        const begin = i + 1;
        let escaped = false;
        i = begin;
        while (i < length) {
            const code = text.charCodeAt(i);
            if (code === quote)
                break;
            if (code === LF) {
                this.cursorLine++;
                this.lineStart = i + 1;
            }
            else if (code === BACKSLASH) {
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
        this.value = escaped ? lexer_unescape(raw) : raw;
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
     * Reads a `*_by_lua_block { … }` body as one raw argument, as crossplane's Lua extension does:
     * braces inside Lua strings do not count. Returns undefined (with `value` = error) when unbalanced.
     */
    luaBlock() {
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
        while (i < length) {
            const code = text.charCodeAt(i);
            if (code === LF) {
                this.cursorLine++;
                this.lineStart = i + 1;
            }
            else if (code === LBRACE)
                depth++;
            else if (code === RBRACE) {
                depth--;
                if (depth === 0)
                    break;
            }
            else if (code === DQUOTE || code === SQUOTE) {
                i++;
                while (i < length && text.charCodeAt(i) !== code) {
                    const inner = text.charCodeAt(i);
                    if (inner === LF) {
                        this.cursorLine++;
                        this.lineStart = i + 1;
                    }
                    i += inner === BACKSLASH ? 2 : 1;
                }
            }
            i++;
        }
        if (i >= length) {
            this.pos = length;
            this.value = 'unexpected end of file, expecting "}"';
            return undefined;
        }
        this.pos = i + 1;
        return text.slice(begin, i);
    }
}

// EXTERNAL MODULE: ./src/nginx/payload.ts
var payload = __webpack_require__(5906);
;// CONCATENATED MODULE: ./src/nginx/parser.ts
/** One file's tokens → crossplane `parsed` statements, with nginx's own syntax errors collected instead of stopping. */


/* Token kinds as locals: in the bundle, each `Tok.X` in the token loop would call a cross-module export getter. */
const { Eof, Comment, Error: Failed, Word, Semicolon, OpenBrace, CloseBrace } = Tok;
/**
 * Directives that only exist as blocks: ending one with `;` is the error nginx reports as
 * `directive "x" has no opening "{"` (crossplane's analyzer reports the same).
 */
const BLOCK_ONLY = new Set([
    'events', 'http', 'stream', 'mail', 'location', 'upstream', 'if', 'map', 'geo', 'types', 'limit_except',
    'split_clients',
]);
/** crossplane `_prepare_if_args`: `if ($a = b)` → args `["$a", "=", "b"]`. */
function prepareIfArgs(args) {
    if (args.length === 0)
        return;
    const first = args[0];
    const last = args[args.length - 1];
    if (!first.startsWith('(') || !last.endsWith(')'))
        return;
    args[0] = first.slice(1).trimStart();
    args[args.length - 1] = args[args.length - 1].slice(0, -1).trimEnd();
    if (args[args.length - 1] === '')
        args.pop();
    if (args.length > 0 && args[0] === '')
        args.shift();
}
function parseText(text, options) {
    const lexer = new Lexer(text);
    const errors = [];
    const includes = [];
    const root = [];
    const stack = [root];
    /** The statement owning each open block (undefined for a throwaway list), to trim its block when it closes. */
    const owners = [undefined];
    /* Blocks opened without a directive (`{` alone) or beyond maxDepth are parsed into a throwaway list. */
    let current;
    let tooDeep = false;
    const fail = (error, line) => {
        errors.push({ error, line });
    };
    /*
     * Short words (directive names, "on", "30s") repeat thousands of times and each slice of them is a fresh
     * copy, while longer slices are views into the file text; one shared copy per short word keeps the payload
     * of a 50,000-line config ~1.4 MB smaller, which spares a full GC during the rules.
     */
    const interned = new Map();
    const intern = (value) => {
        if (value.length > 12)
            return value;
        const known = interned.get(value);
        if (known !== undefined)
            return known;
        interned.set(value, value);
        return value;
    };
    /*
     * Arguments collect in one reused array and each statement gets an exact-size copy: an array grown by
     * push reserves 16 slots, and every statement of a 200,000-line config stays alive until the run ends.
     */
    const pendingArgs = [];
    const finish = (statement) => {
        if (pendingArgs.length > 0) {
            statement.args = pendingArgs.slice();
            pendingArgs.length = 0;
        }
        if (statement.directive === 'if')
            prepareIfArgs(statement.args);
        return statement;
    };
    const newStatement = (directive) => {
        // The column goes in the literal: added afterwards it would cost every statement a separate property store.
        return options.file === undefined
            ? { directive, line: lexer.line, args: [], [payload/* COLUMN */.v]: lexer.column }
            : { file: options.file, directive, line: lexer.line, args: [], [payload/* COLUMN */.v]: lexer.column };
    };
    for (;;) {
        const tok = lexer.next();
        if (tok === Eof)
            break;
        const list = stack[stack.length - 1];
        switch (tok) {
            case Comment:
                // A comment between arguments is dropped, as nginx does; at statement start it becomes `#`.
                if (options.comments && current === undefined) {
                    const statement = newStatement('#');
                    statement.comment = lexer.value;
                    list.push(statement);
                }
                break;
            case Failed:
                fail(lexer.value, lexer.line);
                break;
            case Word:
                if (current !== undefined) {
                    pendingArgs.push(intern(lexer.value));
                    break;
                }
                current = newStatement(intern(lexer.value));
                if (!lexer.quoted && lexer.value.endsWith('_by_lua_block')) {
                    current = luaStatement(lexer, current, list, fail);
                }
                break;
            case Semicolon:
                if (current === undefined) {
                    fail('unexpected ";"', lexer.line);
                    break;
                }
                finish(current);
                if (BLOCK_ONLY.has(current.directive))
                    fail(`directive "${current.directive}" has no opening "{"`, current.line);
                if (current.directive === 'include')
                    includes.push(current);
                list.push(current);
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
                const block = [];
                current.block = block;
                list.push(current);
                if (stack.length > options.maxDepth) {
                    if (!tooDeep)
                        fail(`blocks nested deeper than ${options.maxDepth} levels`, lexer.line);
                    tooDeep = true;
                    stack.push([]);
                    owners.push(undefined);
                }
                else {
                    stack.push(block);
                    owners.push(current);
                }
                current = undefined;
                break;
            }
            case CloseBrace:
                if (current !== undefined) {
                    fail('unexpected "}"', lexer.line);
                    current = undefined;
                    pendingArgs.length = 0;
                }
                if (stack.length === 1)
                    fail('unexpected "}"', lexer.line);
                else {
                    // An exact-size copy, as with args: a block grown by push keeps up to half its slots empty.
                    const closed = stack.pop();
                    const owner = owners.pop();
                    if (owner !== undefined && closed.length > 0)
                        owner.block = closed.slice();
                }
                break;
        }
    }
    if (current !== undefined)
        fail('unexpected end of file, expecting ";" or "}"', lexer.cursorLine);
    else if (stack.length > 1)
        fail('unexpected end of file, expecting "}"', lexer.cursorLine);
    return { parsed: root, errors, includes };
}
/** `set_by_lua_block $x { … }` keeps its one argument; the body becomes the last argument, the statement ends. */
function luaStatement(lexer, statement, list, fail) {
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

;// CONCATENATED MODULE: ./src/nginx/load.ts
/**
 * Parses a main config and everything it includes into crossplane's payload. Includes resolve against the
 * main file's directory (nginx: `ngx_conf_full_name` with the conf prefix), globs are sorted, each file is
 * parsed once, and every hostile shape (missing file, directory, symlink loop, binary, huge, cycle,
 * too many files) becomes an error located at the include line or in the file itself.
 */


const DEFAULT_PARSE_LIMITS = {
    maxFiles: 5000,
    maxFileBytes: 16 * 1024 * 1024,
    maxTotalBytes: 128 * 1024 * 1024,
    maxDepth: 100,
};
/* nginx hands any of `*?[` to glob(3) (ngx_conf_include). */
const GLOB_MAGIC = /[*?[]/;
/** Error text as nginx prints a failed open(): `open() "x" failed (2: No such file or directory)`. */
function describeFsError(filePath, error) {
    const code = error.code;
    const known = {
        ENOENT: '2: No such file or directory',
        EACCES: '13: Permission denied',
        ELOOP: '40: Too many levels of symbolic links',
        ENOTDIR: '20: Not a directory',
        EISDIR: '21: Is a directory',
    };
    const reason = (code && known[code]) ?? (error instanceof Error ? error.message : String(error));
    return `open() "${filePath}" failed (${reason})`;
}
/** Line (1-based) of a byte-free string offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/*
 * nginx hands the pattern to POSIX glob(3): `{}`/`()` are literal and `**` is just `*` (one path segment;
 * checked against `nginx -T`). picomatch would read them as braces, extglobs and a recursive globstar.
 */
function toPicomatch(pattern) {
    return pattern.replace(/\*{2,}/g, '*').replace(/[{}()]/g, '\\$&');
}
async function parseNginx(mainFile, io, options = {}) {
    const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
    const configDir = external_node_path_default().dirname(mainFile);
    const payload = { status: 'ok', errors: [], config: [] };
    const queue = [{ file: mainFile }];
    const absolute = (file) => external_node_path_default().resolve(io.cwd ?? '', file);
    const indexOf = new Map([[absolute(mainFile), 0]]);
    /* Edges for cycle detection: includer index → [included index, include statement]. */
    const edges = [];
    let totalBytes = 0;
    const addError = (config, error, line) => {
        const text = line === null ? `${error} in ${config.file}` : `${error} in ${config.file}:${line}`;
        config.status = 'failed';
        config.errors.push({ error: text, line });
        payload.status = 'failed';
        payload.errors.push({ file: config.file, error: text, line });
    };
    for (let index = 0; index < queue.length; index++) {
        const { file } = queue[index];
        const config = { file, status: 'ok', errors: [], parsed: [] };
        payload.config.push(config);
        edges.push([]);
        const text = await readConfigText(file, io, limits, totalBytes, (error, line) => addError(config, error, line));
        if (text === undefined)
            continue;
        totalBytes += text.length;
        const result = parseText(text, {
            comments: options.comments ?? false,
            maxDepth: limits.maxDepth,
            ...(options.combine ? { file } : {}),
        });
        config.parsed = result.parsed;
        for (const error of result.errors)
            addError(config, error.error, error.line);
        if (options.single)
            continue;
        for (const statement of result.includes) {
            const targets = await resolveInclude(statement, configDir, io, limits.maxFiles - queue.length + 1, (error) => addError(config, error, statement.line));
            statement.includes = [];
            for (const target of targets) {
                const key = absolute(target);
                let targetIndex = indexOf.get(key);
                if (targetIndex === undefined) {
                    if (queue.length >= limits.maxFiles) {
                        addError(config, `include "${statement.args[0]}" exceeds the limit of ${limits.maxFiles} files; the rest is not parsed`, statement.line);
                        break;
                    }
                    targetIndex = queue.length;
                    indexOf.set(key, targetIndex);
                    queue.push({ file: target });
                }
                statement.includes.push(targetIndex);
                edges[index].push([targetIndex, statement]);
            }
        }
    }
    reportCycles(payload, edges, addError);
    return options.combine ? combine(payload) : payload;
}
async function readConfigText(file, io, limits, totalBytes, fail) {
    let stat;
    try {
        stat = await io.stat(file);
    }
    catch (error) {
        fail(describeFsError(file, error), null);
        return undefined;
    }
    if (stat.isDirectory) {
        fail(`"${file}" is a directory, not a config file`, null);
        return undefined;
    }
    if (stat.size > limits.maxFileBytes) {
        fail(`"${file}" is ${stat.size} bytes, over the ${limits.maxFileBytes}-byte limit for one config file`, 1);
        return undefined;
    }
    if (totalBytes + stat.size > limits.maxTotalBytes) {
        fail(`"${file}" would take the parsed configs over ${limits.maxTotalBytes} bytes`, 1);
        return undefined;
    }
    let buffer;
    try {
        buffer = await io.readFile(file);
    }
    catch (error) {
        fail(describeFsError(file, error), null);
        return undefined;
    }
    const nul = buffer.indexOf(0);
    // Invalid UTF-8 decodes to U+FFFD (Buffer#toString never throws); NUL bytes mean a binary file.
    const text = buffer.toString('utf8');
    if (nul !== -1) {
        fail(`"${file}" looks binary (NUL byte), not an nginx config`, lineAt(buffer.subarray(0, nul).toString('latin1'), nul));
        return undefined;
    }
    return text;
}
/** The files an include names: one explicit file (which must open) or the sorted matches of a glob. */
async function resolveInclude(statement, configDir, io, room, fail) {
    const arg = statement.args[0];
    if (statement.args.length !== 1 || arg === undefined) {
        fail(`invalid number of arguments in "include" directive`);
        return [];
    }
    const pattern = external_node_path_default().isAbsolute(arg) ? arg : external_node_path_default().join(configDir, arg);
    if (!GLOB_MAGIC.test(pattern)) {
        try {
            const stat = await io.stat(pattern);
            if (stat.isDirectory) {
                fail(`include "${arg}" names a directory; use a glob such as "${arg.replace(/\/?$/, '/*.conf')}"`);
                return [];
            }
        }
        catch (error) {
            fail(describeFsError(pattern, error));
            return [];
        }
        return [pattern];
    }
    // One more than the room left, so an overflow is visible to the caller.
    const base = external_node_path_default().resolve(io.cwd ?? '', configDir);
    const matches = await io.glob([toPicomatch(external_node_path_default().resolve(io.cwd ?? '', pattern))], { cwd: base, limit: Math.max(room, 0) + 1 });
    return matches.map((match) => {
        const relative = external_node_path_default().relative(base, match);
        return external_node_path_default().isAbsolute(arg) || relative.startsWith('..') ? match : external_node_path_default().join(configDir, relative);
    });
}
/** Depth-first over include edges; an edge back into the current chain is a cycle nginx would follow forever. */
function reportCycles(payload, edges, addError) {
    const state = new Uint8Array(edges.length); // 0 new, 1 on stack, 2 done
    const chain = [];
    const visit = (node) => {
        state[node] = 1;
        chain.push(node);
        for (const [target, statement] of edges[node]) {
            if (state[target] === 1) {
                const loop = [...chain.slice(chain.indexOf(target)), target].map((i) => payload.config[i].file);
                addError(payload.config[node], `include cycle ${loop.map((f) => `"${f}"`).join(' -> ')}`, statement.line);
            }
            else if (state[target] === 0)
                visit(target);
        }
        chain.pop();
        state[node] = 2;
    };
    for (let node = 0; node < edges.length; node++)
        if (state[node] === 0)
            visit(node);
}
/** crossplane `_combine_parsed_configs`: splice included statements in place of each include. */
function combine(payload) {
    const configs = payload.config;
    const expand = (list, active) => {
        const out = [];
        for (const statement of list) {
            if (statement.block)
                statement.block = expand(statement.block, active);
            if (!statement.includes) {
                out.push(statement);
                continue;
            }
            for (const index of statement.includes) {
                if (active.has(index))
                    continue; // a cycle, already reported as an error
                active.add(index);
                // A loop, not push(...spread): an included file may hold more statements than the call stack takes arguments.
                for (const spliced of expand(configs[index].parsed, active))
                    out.push(spliced);
                active.delete(index);
            }
        }
        return out;
    };
    const first = configs[0];
    const failed = configs.some((config) => config.status === 'failed');
    return {
        status: payload.status,
        errors: payload.errors,
        config: [
            {
                file: first.file,
                status: failed ? 'failed' : 'ok',
                errors: configs.flatMap((config) => config.errors),
                parsed: expand(first.parsed, new Set([0])),
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
;// CONCATENATED MODULE: ./src/nginx/nginx-test-output.ts
/** Reads `nginx -t -e stderr` output: one record per `[level]` line, classified by what the runner can do about it. */
// docs/design.md §5: either the `nginx: [emerg] …` prefix (before the log is open) or the timestamped error-log form.
const LINE = /^(?:nginx: |\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )\[(emerg|alert|crit|error|warn)\] (?:\d+#\d+: )?(.*?)(?: in (\S+):(\d+))?$/;
/*
 * Stock directives an older runner rejects with `unknown directive`, and the nginx version that added each
 * (docs/gateway-versions.md: Debian 12's 1.22.1 rejects every one, Debian 13's 1.26.3 accepts it; versions
 * from the modules' documentation and the 1.25.x CHANGES). A Map, so a hostile name like "constructor" is
 * never looked up on a prototype.
 */
const NEWER_STOCK_DIRECTIVES = new Map([
    ['http2', '1.25.1'],
    ['http3', '1.25.0'],
    ['http3_hq', '1.25.0'],
    ['http3_max_concurrent_streams', '1.25.0'],
    ['http3_stream_buffer_size', '1.25.0'],
    ['quic_active_connection_id_limit', '1.25.0'],
    ['quic_bpf', '1.25.0'],
    ['quic_gso', '1.25.0'],
    ['quic_host_key', '1.25.0'],
    ['quic_retry', '1.25.0'],
]);
/* Stock directives newer nginx removed: their `unknown directive` is a real error, so the message says what replaced them. */
const REMOVED_STOCK_DIRECTIVES = new Map([
    ['ssl', { removedIn: '1.25.1', instead: 'the "ssl" parameter of "listen"' }],
]);
/** The directive name of nginx's `unknown directive "NAME"` message, if that is what it says. */
function unknownDirective(message) {
    return /^unknown directive "([^"]+)"$/.exec(message)?.[1];
}
function classify(message) {
    const unknown = unknownDirective(message);
    if (unknown !== undefined && NEWER_STOCK_DIRECTIVES.has(unknown))
        return 'version';
    if (/host not found in (?:upstream|resolver)|could not be resolved|host not found in ".*" of the "listen" directive/.test(message))
        return 'dns';
    if (/^(?:getpwnam|getgrnam)\(/.test(message))
        return 'user';
    if (/^bind\(\) to .* failed \((?:13|98|99):/.test(message))
        return 'listen';
    if (/cannot load certificate|BIO_new_file|PEM_read_bio|SSL_CTX_use_PrivateKey|cannot load .*certificate/.test(message))
        return 'cert';
    if (/^mkdir\(\) ".*" failed \(13:/.test(message))
        return 'temp';
    if (/could not open error log file|open\(\) ".*\.log" failed \((?:2|13):/.test(message))
        return 'log';
    if (/open\(\) ".*\.pid" failed \((?:2|13):/.test(message))
        return 'pid';
    return 'config';
}
function parseNginxStderr(stderr) {
    const out = [];
    for (const raw of stderr.split('\n')) {
        const match = LINE.exec(raw.trimEnd());
        if (!match)
            continue;
        const [, level, message, file, line] = match;
        out.push({
            level: level,
            message: message,
            ...(file ? { file } : {}),
            ...(line ? { line: Number(line) } : {}),
            problem: classify(message),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/nginx/address.ts
var nginx_address = __webpack_require__(2576);
;// CONCATENATED MODULE: ./src/nginx/sandbox-edit.ts
/**
 * Rewrites arguments of a config's text in place for the `nginx -t` sandbox copy. Replacements never contain
 * a newline, so every directive stays on its line and nginx's `in file:line` maps straight back.
 */

/** Statements with argument offsets; tolerant of errors (the parser reports those). */
function scanStatements(text) {
    const lexer = new Lexer(text);
    const out = [];
    const context = [];
    /* The statements whose block is open, innermost last (undefined for a stray `{`), to set their end. */
    const open = [];
    let current;
    for (let tok = lexer.next(); tok !== Tok.Eof; tok = lexer.next()) {
        if (tok === Tok.Word) {
            if (current)
                current.args.push({ value: lexer.value, start: lexer.start, end: lexer.end });
            else
                current = { name: lexer.value, args: [], context: [...context], start: lexer.start, end: text.length };
            if (current.args.length === 0 && !lexer.quoted && lexer.value.endsWith('_by_lua_block')) {
                if (current.name === 'set_by_lua_block')
                    lexer.next();
                const brace = text.indexOf('{', lexer.end);
                const body = lexer.luaBlock();
                // Kept as a statement (with no args) so the inert rewrite can blank the whole block.
                current.end = body === undefined || brace < 0 ? text.length : brace + body.length + 2;
                out.push(current);
                current = undefined;
            }
        }
        else if (tok === Tok.Semicolon) {
            if (current) {
                current.end = lexer.end;
                out.push(current);
            }
            current = undefined;
        }
        else if (tok === Tok.OpenBrace) {
            if (current) {
                current.blockStart = lexer.end;
                out.push(current);
            }
            open.push(current);
            context.push(current?.name ?? '');
            current = undefined;
        }
        else if (tok === Tok.CloseBrace) {
            current = undefined;
            context.pop();
            const closed = open.pop();
            if (closed)
                closed.end = lexer.end;
        }
    }
    return out;
}
/** A token nginx reads back as `value`: quoted when it holds anything the lexer would split on. */
function asToken(value) {
    return /^[^\s;{}"'\\#$]+$/.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
}
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    const parts = [];
    let from = 0;
    for (const edit of sorted) {
        if (edit.start < from)
            continue; // overlapping edit: keep the first
        const replacement = edit.blank ? text.slice(edit.start, edit.end).replace(/[^\r\n]/g, ' ') : edit.text.replace(/[\r\n]/g, ' ');
        parts.push(text.slice(from, edit.start), replacement);
        from = edit.end;
    }
    parts.push(text.slice(from));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/gateway/nginx-sandbox.ts
/**
 * The throwaway copy `nginx -t` runs on. Every file of a parsed config is copied flat into one temp dir with
 * includes pointed at the copies, upstream host names replaced by TEST-NET addresses (192.0.2.x, RFC 5737)
 * unless `nginx.resolve` is on, `pid` moved into the sandbox, and — only after nginx complained about them —
 * log, temp, listen, certificate and `user` settings moved out of the runner's way. All edits stay on their line.
 */




const PASS_DIRECTIVES = new Set(['grpc_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'memcached_pass']);
const TEMP_PATHS = ['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'];
const CERT_DIRECTIVES = {
    ssl_certificate: 'cert',
    ssl_certificate_key: 'key',
    ssl_trusted_certificate: 'cert',
    ssl_client_certificate: 'cert',
    proxy_ssl_certificate: 'cert',
    proxy_ssl_certificate_key: 'key',
    proxy_ssl_trusted_certificate: 'cert',
};
/* Top-level directives that only a main config has; anything else is a snippet wrapped for `nginx -t`. */
const MAIN_ONLY = new Set(['http', 'events', 'stream', 'mail', 'user', 'pid', 'worker_processes', 'load_module']);
/** Top-level directive names with includes followed, as nginx would see the main context. */
function topLevelNames(payload, index = 0, seen = new Set()) {
    const names = new Set();
    seen.add(index);
    for (const statement of payload.config[index]?.parsed ?? []) {
        if (statement.directive !== 'include')
            names.add(statement.directive);
        for (const target of statement.includes ?? []) {
            if (!seen.has(target))
                for (const name of topLevelNames(payload, target, seen))
                    names.add(name);
        }
    }
    return names;
}
function includeStatements(list, out = []) {
    for (const statement of list) {
        if (statement.directive === 'include')
            out.push(statement);
        if (statement.block)
            includeStatements(statement.block, out);
    }
    return out;
}
function createSandbox(dir, payload, texts, absolute, settings) {
    const sources = payload.config.map((config, index) => {
        const text = texts[index] ?? '';
        return {
            original: absolute[index],
            copy: external_node_path_default().join(dir, `${index}-${external_node_path_default().basename(config.file)}`),
            text,
            statements: scanStatements(text),
            includeTargets: includeStatements(config.parsed).map((statement) => statement.includes ?? []),
        };
    });
    const top = topLevelNames(payload);
    const isMain = top.size === 0 || [...top].some((name) => MAIN_ONLY.has(name));
    const sandbox = {
        dir,
        sources,
        main: sources[0].copy,
        fixes: new Set(),
        stubs: new Map(),
        hosts: settings.hosts,
        resolve: settings.resolve,
        // Free-port guesses for the listen fix: spread by the random temp-dir suffix so parallel runs rarely collide.
        listenBase: 20000 + (Number.parseInt(external_node_path_default().basename(dir).replace(/\W/g, '').slice(-4), 36) % 20000 || 0),
        setsPid: sources[0].statements.some((statement) => statement.name === 'pid' && statement.context.length === 0),
        repoRoot: settings.repoRoot,
        standIns: [],
    };
    if (!isMain) {
        // A snippet (e.g. a sites-enabled file) is checked inside the context it is normally included in.
        const serverLevel = !top.has('server') && !top.has('upstream') && !top.has('map');
        const inner = `include ${asToken(sources[0].copy)};`;
        sandbox.wrapper = external_node_path_default().join(dir, 'gatewatch-wrapper.conf');
        sandbox.main = sandbox.wrapper;
        sandbox.wrapperText = serverLevel
            ? `events {}\nhttp {\nserver {\nlisten 127.0.0.1:${sandbox.listenBase};\n${inner}\n}\n}\n`
            : `events {}\nhttp {\n${inner}\n}\n`;
    }
    return sandbox;
}
/** The next TEST-NET-1 address for a name (stable per name within one sandbox). */
function stubFor(sandbox, name, file, line) {
    const pinned = sandbox.hosts[name];
    if (pinned !== undefined)
        return pinned;
    const known = sandbox.stubs.get(name);
    if (known)
        return known.ip;
    const ip = `192.0.2.${(sandbox.stubs.size % 254) + 1}`;
    sandbox.stubs.set(name, { name, ip, file, line });
    return ip;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/* `localhost` comes from /etc/hosts and never leaves the machine, so nginx may resolve it as in production. */
const needsStub = (host, upstreamNames) => host !== '' && !host.includes('$') && host !== '*' && host.toLowerCase() !== 'localhost' && !(0,nginx_address/* isIpLiteral */.tP)(host) && !upstreamNames.has(host.toLowerCase()) && !/^\d+$/.test(host);
function hostPortEdit(arg, host, replacement) {
    // Replace the host inside the token's value and re-quote the whole token.
    const at = arg.value.indexOf(host);
    return { start: arg.start, end: arg.end, text: asToken(arg.value.slice(0, at) + replacement + arg.value.slice(at + host.length)) };
}
/** Edits for one file: includes, DNS stubs and pid always; environment fixes once switched on. */
function editsFor(sandbox, index, upstreamNames) {
    const source = sandbox.sources[index];
    const edits = [];
    const dir = sandbox.dir;
    let includeIndex = 0;
    let logIndex = 0;
    const stub = (arg, host, listen = false) => {
        if (sandbox.resolve && !listen)
            return;
        const replacement = listen ? '127.0.0.1' : stubFor(sandbox, host, index, lineOf(source.text, arg.start));
        edits.push(hostPortEdit(arg, host, replacement.includes(':') ? `[${replacement}]` : replacement));
    };
    for (const statement of source.statements) {
        const first = statement.args[0];
        const parent = statement.context[statement.context.length - 1];
        if (statement.name === 'include' && first) {
            const targets = source.includeTargets[includeIndex++] ?? [];
            const copies = targets.map((target) => asToken(sandbox.sources[target].copy));
            const original = external_node_path_default().resolve(external_node_path_default().dirname(sandbox.sources[0].original), first.value);
            let text;
            if (copies.length > 0)
                text = copies.join('; include ');
            else if (/[*?[]/.test(first.value))
                text = asToken(external_node_path_default().join(dir, 'no-match', '*.conf'));
            else if (external_node_path_default().isAbsolute(first.value) && external_node_path_default().relative(sandbox.repoRoot, original).startsWith('..')) {
                // Server-only files (/etc/nginx/mime.types …) are not in the repo: test the rest with an empty stand-in.
                const copy = external_node_path_default().join(dir, `stand-in-${sandbox.standIns.length}.conf`);
                sandbox.standIns.push({ original, copy, file: index, line: lineOf(source.text, first.start) });
                text = asToken(copy);
            }
            else
                text = asToken(original); // nginx then reports the same open() failure at this line
            edits.push({ start: first.start, end: first.end, text });
            continue;
        }
        if (!first)
            continue;
        if (statement.name === 'pid' && statement.context.length === 0) {
            edits.push({ start: first.start, end: first.end, text: asToken(external_node_path_default().join(dir, 'nginx.pid')) });
        }
        else if (statement.name === 'proxy_pass' || PASS_DIRECTIVES.has(statement.name)) {
            const url = (0,nginx_address/* parseProxyUrl */.Pr)(first.value);
            const host = url ? url.host : first.value.startsWith('unix:') ? '' : (0,nginx_address/* parseServerAddress */.RA)(first.value).host;
            if (needsStub(host, upstreamNames))
                stub(first, host);
        }
        else if (statement.name === 'server' && parent === 'upstream') {
            const host = (0,nginx_address/* parseServerAddress */.RA)(first.value).host;
            if (needsStub(host, upstreamNames))
                stub(first, host);
        }
        else if (statement.name === 'resolver') {
            for (const arg of statement.args)
                if (!arg.value.includes('=') && needsStub((0,nginx_address/* parseServerAddress */.RA)(arg.value).host, upstreamNames))
                    stub(arg, (0,nginx_address/* parseServerAddress */.RA)(arg.value).host);
        }
        else if (statement.name === 'listen') {
            const address = (0,nginx_address/* parseServerAddress */.RA)(first.value);
            if (sandbox.fixes.has('listen') && !first.value.startsWith('unix:')) {
                const port = sandbox.listenBase + ((address.port ?? (/^\d+$/.test(address.host) ? Number(address.host) : 80)) % 1000);
                edits.push({ start: first.start, end: first.end, text: address.host.includes(':') ? `[::1]:${port}` : `127.0.0.1:${port}` });
            }
            else if (address.port !== undefined && needsStub(address.host, new Set()))
                stub(first, address.host, true);
        }
        else if (sandbox.fixes.has('log') && (statement.name === 'error_log' || statement.name === 'access_log')) {
            if (!/^(?:off|stderr|syslog:|memory:)/.test(first.value))
                edits.push({ start: first.start, end: first.end, text: asToken(external_node_path_default().join(dir, `log-${index}-${logIndex++}.log`)) });
        }
        else if (sandbox.fixes.has('temp') && TEMP_PATHS.includes(statement.name)) {
            edits.push({ start: first.start, end: first.end, text: asToken(external_node_path_default().join(dir, `${statement.name}-${index}-${logIndex++}`)) });
        }
        else if (sandbox.fixes.has('cert') && sandbox.dummyCert && CERT_DIRECTIVES[statement.name] && !first.value.includes('$') && !first.value.startsWith('data:')) {
            edits.push({ start: first.start, end: first.end, text: asToken(CERT_DIRECTIVES[statement.name] === 'key' ? sandbox.dummyCert.key : sandbox.dummyCert.cert) });
        }
        else if (sandbox.fixes.has('user') && statement.name === 'user' && statement.context.length === 0) {
            edits.push({ start: first.start, end: statement.args[statement.args.length - 1].end, text: 'root' });
        }
    }
    (0,collections/* pushAll */.i)(edits, httpInsertions(sandbox, source));
    return edits;
}
/** Compiled-in defaults (Debian: /var/log/nginx, /var/lib/nginx) have no directive to rewrite: add one after `http {`. */
function httpInsertions(sandbox, source) {
    const http = source.statements.find((statement) => statement.name === 'http' && statement.context.length === 0 && statement.blockStart !== undefined);
    if (!http)
        return [];
    const atHttp = new Set(source.statements.filter((statement) => statement.context.length === 1 && statement.context[0] === 'http').map((statement) => statement.name));
    const added = [];
    if (sandbox.fixes.has('log') && !atHttp.has('access_log'))
        added.push(`access_log ${asToken(external_node_path_default().join(sandbox.dir, 'access.log'))};`);
    if (sandbox.fixes.has('temp')) {
        for (const name of TEMP_PATHS)
            if (!atHttp.has(name))
                added.push(`${name} ${asToken(external_node_path_default().join(sandbox.dir, name))};`);
    }
    return added.length === 0 ? [] : [{ start: http.blockStart, end: http.blockStart, text: ` ${added.join(' ')}` }];
}
/** The files to write for the next `nginx -t` run. */
function renderSandbox(sandbox, upstreamNames) {
    sandbox.stubs.clear();
    sandbox.standIns = [];
    const files = sandbox.sources.map((source, index) => ({ path: source.copy, text: applyEdits(source.text, editsFor(sandbox, index, upstreamNames)) }));
    if (sandbox.wrapper && sandbox.wrapperText)
        files.push({ path: sandbox.wrapper, text: sandbox.wrapperText });
    for (const standIn of sandbox.standIns)
        files.push({ path: standIn.copy, text: '' });
    return files;
}

// EXTERNAL MODULE: ./src/nginx/rules/test.ts
var test = __webpack_require__(6746);
;// CONCATENATED MODULE: ./src/nginx/nginx-test.ts
/**
 * Runs the real `nginx -t` on a sandbox copy (docs/design.md §5): throwaway prefix, absolute `-c`, `-e stderr`,
 * `-g "pid …;"` unless the config sets pid. nginx stops at the first [emerg], so an environment problem
 * (permissions, ports, certs, `user`) is fixed in the copy and the test re-run; the config's own errors
 * come back as `nginx/test` findings at the original file:line.
 */






/** One re-run per environment problem nginx can report, plus the first run. */
const MAX_RUNS = 7;
const ADVICE = {
    log: 'log paths were moved into the sandbox',
    temp: 'temp paths were moved into the sandbox',
    listen: 'listen addresses were moved to free loopback ports',
    cert: 'certificates were replaced by a throwaway self-signed pair',
    user: 'the "user" directive was pointed at root',
    pid: 'the pid file was moved into the sandbox',
};
function isFixable(problem) {
    return Object.hasOwn(ADVICE, problem);
}
function nginx_test_finding(severity, message, location, nginxLog) {
    return {
        ruleId: test/* NGINX_TEST_RULE */.N.id,
        severity,
        message,
        ...(location ? { location } : {}),
        ...(nginxLog ? { signals: { nginxLog } } : {}),
    };
}
/**
 * Whether the binary runs at all; `auto` skips with a notice, `always` fails. When it runs, its version
 * (`nginx/1.22.1`, from `-v` on stderr) for messages that depend on it.
 */
async function probeBinary(settings, deps) {
    const result = await deps.exec(settings.binary, ['-v'], { timeoutMs: 10_000 });
    if (result.spawnError === undefined && result.code === 0) {
        const version = /nginx\/\d+(?:\.\d+)*/.exec(`${result.stderr}\n${result.stdout}`)?.[0];
        return version ? { version } : {};
    }
    const why = result.spawnError ?? `exit ${result.code}`;
    const missing = settings.mode === 'always'
        ? nginx_test_finding('error', `nginx binary "${settings.binary}" could not run (${why}) and nginx.test is "always"; install nginx or set nginx.test to "auto"`)
        : nginx_test_finding('notice', `nginx -t skipped: nginx binary "${settings.binary}" not found (${why}); install nginx to have the config checked by nginx itself`);
    return { missing };
}
async function runNginxTests(targets, settings, deps) {
    if (settings.mode === 'never' || targets.length === 0)
        return [];
    const { missing, version } = await probeBinary(settings, deps);
    if (missing)
        return [missing];
    const findings = [];
    for (const target of targets)
        (0,collections/* pushAll */.i)(findings, await testOne(target, settings, deps, version));
    return findings;
}
/*
 * Files the parser refused (binary, over the size limits, nested past its depth limit): nginx/syntax already
 * reports them at their line. Nesting matters here: the sandbox scan keeps each statement's enclosing blocks,
 * so 100,000 levels (a 400 KB file) would take gigabytes.
 */
const REFUSED = /looks binary|-byte limit|would take the parsed configs over|blocks nested deeper than/;
async function testOne(target, settings, deps, version) {
    if (target.payload.errors.some((error) => REFUSED.test(error.error)))
        return [];
    // A main file that could not be read at all (a directory, EACCES) has only line-less errors; its empty copy would make nginx say `no "events" section`.
    if (target.payload.config[0]?.errors.some((error) => error.line === null))
        return [];
    const absolute = target.payload.config.map((config) => external_node_path_default().resolve(deps.cwd, config.file));
    const texts = [];
    for (const file of absolute) {
        // Files the parser could not read are still listed (with errors); their copy is empty.
        texts.push(await deps.readFile(file).then((buffer) => buffer.toString('utf8'), () => ''));
    }
    const dir = await deps.makeTempDir('gatewatch-nginx-');
    try {
        const sandbox = createSandbox(dir, target.payload, texts, absolute, { ...settings, repoRoot: deps.cwd });
        return await runUntilSettled(sandbox, target, settings, deps, version);
    }
    finally {
        await deps.removeDir(dir);
    }
}
async function runUntilSettled(sandbox, target, settings, deps, version) {
    const notices = [];
    const mainPath = (0,src_deps/* toRepoPath */.xD)(deps.cwd, sandbox.sources[0].original);
    for (let run = 0; run < MAX_RUNS; run++) {
        for (const file of renderSandbox(sandbox, target.upstreamNames))
            await deps.writeFile(file.path, file.text);
        const args = ['-t', '-q', '-p', `${sandbox.dir}/`, '-c', sandbox.main, '-e', 'stderr'];
        if (!sandbox.setsPid)
            args.push('-g', `pid ${external_node_path_default().join(sandbox.dir, 'nginx.pid')};`);
        const result = await deps.exec(settings.binary, args, { timeoutMs: settings.timeoutMs ?? 20_000, cwd: sandbox.dir });
        if (result.timedOut)
            return [...notices, nginx_test_finding('error', `nginx -t did not finish within ${settings.timeoutMs ?? 20_000} ms; check the config for includes of huge or special files`, { path: mainPath, line: 1 })];
        const messages = parseNginxStderr(result.stderr);
        const fatal = messages.find((message) => message.level !== 'warn');
        const fixable = fatal && isFixable(fatal.problem) && !sandbox.fixes.has(fatal.problem) ? fatal.problem : undefined;
        if (fatal && fixable) {
            if (fixable === 'cert' && !(await makeDummyCert(sandbox, deps))) {
                return [...notices, nginx_test_finding('notice', `nginx -t could not load a certificate (${scrub(fatal.message, sandbox, deps)}) and no throwaway certificate could be made (openssl missing); the rest of the config was not tested`, { path: mainPath, line: 1 })];
            }
            sandbox.fixes.add(fixable);
            notices.push(nginx_test_finding('notice', `nginx -t on this runner failed for an environment reason (${scrub(fatal.message, sandbox, deps)}); ${ADVICE[fixable]} and the test re-run`, locate(fatal, sandbox, deps) ?? { path: mainPath, line: 1 }, scrub(fatal.message, sandbox, deps)));
            continue;
        }
        return [...notices, ...dnsNotice(sandbox, settings, deps), ...standInNotices(sandbox, deps), ...report(messages, result.code, sandbox, settings, deps, mainPath, version)];
    }
    return [...notices, nginx_test_finding('notice', `nginx -t kept failing for environment reasons after ${MAX_RUNS} runs; the config itself was not verified`, { path: mainPath, line: 1 })];
}
function report(messages, code, sandbox, settings, deps, mainPath, version) {
    const out = [];
    for (const message of messages) {
        const location = locate(message, sandbox, deps) ?? { path: mainPath, line: 1 };
        const text = scrub(message.message, sandbox, deps);
        const unknown = unknownDirective(message.message);
        if (message.problem === 'version' && unknown !== undefined) {
            // The runner is not the server: an older nginx than the config is written for. nginx stopped at this line.
            const since = NEWER_STOCK_DIRECTIVES.get(unknown);
            out.push(nginx_test_finding('notice', `nginx -t on this runner (${version ?? 'nginx'}) does not know "${unknown}", a stock directive since nginx ${since}, so it stopped here and the rest of the config was not tested; run gatewatch with nginx ${since} or newer to test it`, location, text));
        }
        else if (message.problem === 'dns' && !settings.resolve) {
            out.push(nginx_test_finding('notice', `nginx -t could not resolve a name this runner cannot see (${text}); pin it under nginx.hosts or set nginx.resolve: true`, location, text));
        }
        else if (message.level === 'warn') {
            if (message.problem === 'config' && !/makes sense only if the master process runs with super-user/.test(message.message))
                out.push(nginx_test_finding('warning', `nginx -t warns: ${text}`, location, text));
        }
        else {
            const removed = unknown === undefined ? undefined : REMOVED_STOCK_DIRECTIVES.get(unknown);
            const why = removed ? ` ("${unknown}" was removed in nginx ${removed.removedIn}; use ${removed.instead} instead)` : '';
            out.push(nginx_test_finding('error', `nginx -t rejects the config: ${text}${why}; fix this line so nginx can load the config`, location, text));
        }
    }
    if (code !== 0 && !out.some((f) => f.severity === 'error') && !messages.some((m) => m.level !== 'warn')) {
        out.push(nginx_test_finding('error', `nginx -t failed with exit code ${code} and no message; run "nginx -t" locally to see why`, { path: mainPath, line: 1 }));
    }
    return out;
}
function standInNotices(sandbox, deps) {
    return sandbox.standIns.map((standIn) => nginx_test_finding('notice', `nginx -t used an empty stand-in for "${standIn.original}", which is outside the repository and missing on this runner; the rest of the config was tested`, {
        path: (0,src_deps/* toRepoPath */.xD)(deps.cwd, sandbox.sources[standIn.file].original),
        line: standIn.line,
    }));
}
/** One notice naming the host names `nginx -t` saw only as TEST-NET stubs. */
function dnsNotice(sandbox, settings, deps) {
    if (settings.resolve || sandbox.stubs.size === 0)
        return [];
    const stubs = [...sandbox.stubs.values()];
    const first = stubs[0];
    const names = stubs.map((stub) => `"${stub.name}"`).join(', ');
    return [
        nginx_test_finding('notice', `DNS for ${names} not verified: nginx -t ran with ${stubs.length === 1 ? 'it' : 'them'} replaced by TEST-NET addresses; pin names under nginx.hosts or set nginx.resolve: true to look them up`, {
            path: (0,src_deps/* toRepoPath */.xD)(deps.cwd, sandbox.sources[first.file].original),
            line: first.line,
        }),
    ];
}
/**
 * Maps nginx's `in <copy>:<line>` back to the original repo path (the sandbox keeps lines). Some errors
 * (certificates, log files) come after parsing and carry no line: find the directive naming the quoted path.
 */
function locate(message, sandbox, deps) {
    if (message.file !== undefined && message.line !== undefined) {
        const source = sandbox.sources.find((candidate) => candidate.copy === message.file);
        return source ? { path: (0,src_deps/* toRepoPath */.xD)(deps.cwd, source.original), line: message.line } : undefined;
    }
    const quoted = [...message.message.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
    for (const source of sandbox.sources) {
        const base = external_node_path_default().dirname(sandbox.sources[0].original);
        for (const statement of source.statements) {
            const arg = statement.args.find((candidate) => quoted.includes(candidate.value) || quoted.includes(external_node_path_default().resolve(base, candidate.value)));
            if (arg)
                return { path: (0,src_deps/* toRepoPath */.xD)(deps.cwd, source.original), line: nginx_test_lineAt(source.text, arg.start) };
        }
    }
    return undefined;
}
function nginx_test_lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Messages name sandbox copies and absolute paths; show repo-relative originals instead. */
function scrub(text, sandbox, deps) {
    let out = text;
    for (const source of sandbox.sources)
        out = out.split(source.copy).join((0,src_deps/* toRepoPath */.xD)(deps.cwd, source.original));
    out = out.split(`${sandbox.dir}/`).join('<sandbox>/').split(sandbox.dir).join('<sandbox>');
    return out.split(`${deps.cwd}/`).join('');
}
/** A throwaway self-signed pair for configs whose certificates live only on the real servers. */
async function makeDummyCert(sandbox, deps) {
    const cert = external_node_path_default().join(sandbox.dir, 'dummy-cert.pem');
    const key = external_node_path_default().join(sandbox.dir, 'dummy-key.pem');
    const result = await deps.exec('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=gatewatch-sandbox', '-days', '1', '-keyout', key, '-out', cert], { timeoutMs: 20_000 });
    if (result.code !== 0)
        return false;
    sandbox.dummyCert = { cert, key };
    return true;
}

// EXTERNAL MODULE: ./src/nginx/rule-context.ts
var rule_context = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/nginx/rules/index.ts + 17 modules
var rules = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/nginx/tree.ts
var nginx_tree = __webpack_require__(1854);
;// CONCATENATED MODULE: ./src/nginx/check.ts
/**
 * The nginx checker: find configs, parse each main config with its includes, run the static rules over the
 * include-expanded tree, then the real `nginx -t` in a sandbox. Files included by another matched file are
 * checked through that file only, so a conf.d snippet is seen in the context nginx loads it in.
 */










function findingKey(finding) {
    const at = finding.location;
    return `${finding.ruleId}\u0000${at?.path}\u0000${at?.line}\u0000${at?.column}\u0000${finding.message}`;
}
async function checkNginx(options, deps) {
    const patterns = options.nginx.paths;
    if (patterns.length === 0)
        return { findings: [], files: 0, configs: [] };
    const expanded = await (0,src_files/* expandGlobs */.G)(patterns, deps, 'nginx', options.limits.maxFiles, options.emptyGlob);
    const findings = [...expanded.findings];
    const matched = expanded.paths;
    const payloads = new Map();
    for (const file of matched)
        payloads.set(file, await parseNginx(file, deps));
    // A matched file that another matched file includes is not a main config of its own.
    const included = new Set();
    for (const payload of payloads.values()) {
        for (const config of payload.config.slice(1))
            included.add((0,src_deps/* toRepoPath */.xD)(options.cwd, config.file));
    }
    let roots = matched.filter((file) => !included.has(file));
    if (roots.length === 0)
        roots = matched; // every file includes another: a cycle, reported by the parser
    const seen = new Set();
    const files = new Set();
    const targets = [];
    const configs = [];
    for (const root of roots) {
        const payload = payloads.get(root);
        configs.push(payload);
        for (const config of payload.config)
            files.add(external_node_path_default().resolve(options.cwd, config.file));
        const toPath = (file) => (0,src_deps/* toRepoPath */.xD)(options.cwd, file);
        const tree = (0,nginx_tree/* buildTree */.H6)(payload, toPath);
        const context = { payload, tree, toPath, ...(options.nginx.version ? { version: options.nginx.version } : {}) };
        for (const finding of (0,rule/* runRules */.xG)(rules/* nginxRules */.i, context, { path: root, line: 1 }).map(rule/* toFinding */.N6)) {
            const key = findingKey(finding);
            if (seen.has(key))
                continue; // a snippet shared by two mains reports once
            seen.add(key);
            findings.push(finding);
        }
        targets.push({ payload, upstreamNames: new Set((0,rule_context/* upstreamBlocks */._L)(tree).map((block) => (block.args[0] ?? '').toLowerCase())) });
    }
    const tested = await runNginxTests(targets, { mode: options.nginx.test, binary: options.nginx.binary, resolve: options.nginx.resolve, hosts: options.nginx.hosts }, deps);
    // nginx -t stops at the first error the parser already reported (a missing `;`): one finding, not two.
    const parsedAt = new Set(findings.filter((finding) => finding.ruleId === 'nginx/syntax').map((finding) => `${finding.location?.path}:${finding.location?.line}`));
    for (const finding of tested) {
        const key = findingKey(finding);
        if (finding.severity === 'error' && parsedAt.has(`${finding.location?.path}:${finding.location?.line}`))
            continue;
        if (!seen.has(key)) {
            seen.add(key);
            findings.push(finding);
        }
    }
    return { findings: (0,finding/* sortFindings */.Tc)(findings), files: files.size, configs };
}


/***/ })

};

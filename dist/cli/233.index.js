export const id = 233;
export const ids = [233];
export const modules = {

/***/ 7686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ Lexer),
/* harmony export */   x: () => (/* binding */ Tok)
/* harmony export */ });
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
function unescape(raw) {
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
        this.value = escaped ? unescape(raw) : raw;
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


/***/ }),

/***/ 3233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ parseNginx)
});

// UNUSED EXPORTS: DEFAULT_PARSE_LIMITS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/nginx/lexer.ts
var nginx_lexer = __webpack_require__(7686);
// EXTERNAL MODULE: ./src/nginx/payload.ts
var payload = __webpack_require__(5906);
;// CONCATENATED MODULE: ./src/nginx/parser.ts
/** One file's tokens → crossplane `parsed` statements, with nginx's own syntax errors collected instead of stopping. */


/* Token kinds as locals: in the bundle, each `Tok.X` in the token loop would call a cross-module export getter. */
const { Eof, Comment, Error: Failed, Word, Semicolon, OpenBrace, CloseBrace } = nginx_lexer/* Tok */.x;
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
    const lexer = new nginx_lexer/* Lexer */.J(text);
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


/***/ })

};

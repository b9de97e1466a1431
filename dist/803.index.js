export const id = 803;
export const ids = [803];
export const modules = {

/***/ 3803:
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
// EXTERNAL MODULE: ./src/nginx/lexer.ts
var nginx_lexer = __webpack_require__(7686);
// EXTERNAL MODULE: ./src/nginx/payload.ts
var payload = __webpack_require__(5906);
;// CONCATENATED MODULE: ./src/nginx/parser.ts
/** One file's tokens → crossplane `parsed` statements, with nginx's own syntax errors collected instead of stopping. */


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
        if (tok === nginx_lexer/* Tok */.x.Eof)
            break;
        const list = stack[stack.length - 1];
        switch (tok) {
            case nginx_lexer/* Tok */.x.Comment:
                // A comment between arguments is dropped, as nginx does; at statement start it becomes `#`.
                if (options.comments && current === undefined) {
                    const statement = newStatement('#');
                    statement.comment = lexer.value;
                    list.push(statement);
                }
                break;
            case nginx_lexer/* Tok */.x.Error:
                fail(lexer.value, lexer.line);
                break;
            case nginx_lexer/* Tok */.x.Word:
                if (current !== undefined) {
                    pendingArgs.push(intern(lexer.value));
                    break;
                }
                current = newStatement(intern(lexer.value));
                if (!lexer.quoted && lexer.value.endsWith('_by_lua_block')) {
                    current = luaStatement(lexer, current, list, fail);
                }
                break;
            case nginx_lexer/* Tok */.x.Semicolon:
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
            case nginx_lexer/* Tok */.x.OpenBrace: {
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
            case nginx_lexer/* Tok */.x.CloseBrace:
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
        if (lexer.next() !== nginx_lexer/* Tok */.x.Word) {
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

// EXTERNAL MODULE: ./src/nginx/nginx-test.ts + 3 modules
var nginx_test = __webpack_require__(2012);
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
    const expanded = await (0,src_files/* expandGlobs */.GE)(patterns, deps, 'nginx', options.limits.maxFiles);
    const findings = [...expanded.findings];
    const matched = expanded.paths;
    const payloads = new Map();
    for (const file of matched)
        payloads.set(file, await parseNginx(file, deps));
    // A matched file that another matched file includes is not a main config of its own.
    const included = new Set();
    for (const payload of payloads.values()) {
        for (const config of payload.config.slice(1))
            included.add((0,src_deps/* toRepoPath */.x)(options.cwd, config.file));
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
        const toPath = (file) => (0,src_deps/* toRepoPath */.x)(options.cwd, file);
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
    const tested = await (0,nginx_test/* runNginxTests */.T)(targets, { mode: options.nginx.test, binary: options.nginx.binary, resolve: options.nginx.resolve, hosts: options.nginx.hosts }, deps);
    for (const finding of tested) {
        const key = findingKey(finding);
        if (!seen.has(key)) {
            seen.add(key);
            findings.push(finding);
        }
    }
    return { findings: (0,finding/* sortFindings */.Tc)(findings), files: files.size, configs };
}


/***/ })

};

export const id = 5;
export const ids = [5];
export const modules = {

/***/ 5005:
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
// EXTERNAL MODULE: ./src/deps.ts + 6 modules
var src_deps = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/files.ts
var src_files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/nginx/load.ts + 1 modules
var load = __webpack_require__(3233);
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
// EXTERNAL MODULE: ./src/nginx/lexer.ts
var nginx_lexer = __webpack_require__(7686);
;// CONCATENATED MODULE: ./src/nginx/sandbox-edit.ts
/**
 * Rewrites arguments of a config's text in place for the `nginx -t` sandbox copy. Replacements never contain
 * a newline, so every directive stays on its line and nginx's `in file:line` maps straight back.
 */

/** Statements with argument offsets; tolerant of errors (the parser reports those). */
function scanStatements(text) {
    const lexer = new nginx_lexer/* Lexer */.J(text);
    const out = [];
    const context = [];
    /* The statements whose block is open, innermost last (undefined for a stray `{`), to set their end. */
    const open = [];
    let current;
    for (let tok = lexer.next(); tok !== nginx_lexer/* Tok */.x.Eof; tok = lexer.next()) {
        if (tok === nginx_lexer/* Tok */.x.Word) {
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
        else if (tok === nginx_lexer/* Tok */.x.Semicolon) {
            if (current) {
                current.end = lexer.end;
                out.push(current);
            }
            current = undefined;
        }
        else if (tok === nginx_lexer/* Tok */.x.OpenBrace) {
            if (current) {
                current.blockStart = lexer.end;
                out.push(current);
            }
            open.push(current);
            context.push(current?.name ?? '');
            current = undefined;
        }
        else if (tok === nginx_lexer/* Tok */.x.CloseBrace) {
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
                return { path: (0,src_deps/* toRepoPath */.xD)(deps.cwd, source.original), line: lineAt(source.text, arg.start) };
        }
    }
    return undefined;
}
function lineAt(text, offset) {
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
        payloads.set(file, await (0,load/* parseNginx */.S)(file, deps));
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

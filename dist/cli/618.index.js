export const id = 618;
export const ids = [618,721];
export const modules = {

/***/ 3618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kbListCommand: () => (/* binding */ kbListCommand),
/* harmony export */   renderKbTable: () => (/* binding */ renderKbTable)
/* harmony export */ });
/* harmony import */ var _kb_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5721);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3138);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7654);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5107);





const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const list = (values) => (values && values.length > 0 ? values.join(', ') : '—');
function renderKbTable(records) {
    const rows = [...records]
        .sort((a, b) => a.entry.id.localeCompare(b.entry.id))
        .map(({ path, entry }) => {
        const signals = entry.signals ?? {};
        return `| [\`${entry.id}\`](${path}) | ${cell(entry.title)} | ${entry.fix_rate}% | ${list(signals.http_status)} | ${list(signals.probe)} | ${list(signals.rule)} |`;
    });
    return ['| Entry | Title | Fix rate | HTTP | Probe classes | Rules |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n';
}
async function kbListCommand(argv, deps, io) {
    const spec = (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .commandSpec */ .Lx)('kb list');
    const { values, options, deps: runDeps } = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .openWorkspace */ .O)(spec, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommand */ .RM)(spec, argv), deps);
    const format = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(values, 'format') ?? 'markdown';
    const { records, findings } = await (0,_kb_check_js__WEBPACK_IMPORTED_MODULE_0__.loadKb)(options, runDeps);
    io.stdout(format === 'json' ? `${JSON.stringify(records.map(({ path, entry }) => ({ path, entry })), null, 2)}\n` : renderKbTable(records));
    // Entries with errors are not listed; say so rather than silently showing a shorter table.
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    if (errors > 0)
        io.stderr(`gatewatch: ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'KB error')}; entries that do not validate are not listed (run "gatewatch check")\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.passed;
}


/***/ }),

/***/ 5107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openWorkspace)
/* harmony export */ });
/* unused harmony export findConfigDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2973);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7304);
/* harmony import */ var _options_overlay_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8056);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7654);
/**
 * Where a command runs and with which options: finds gatewatch.yml in the current folder or a parent (up to
 * the repository root, the first folder holding `.git`), moves the run there, and rebases the path flags the
 * user typed relative to where they stand. Findings then carry repository paths, as in CI.
 */





async function exists(deps, filePath) {
    try {
        await deps.stat(filePath);
        return true;
    }
    catch {
        return false;
    }
}
/** The folder holding gatewatch.yml: cwd, else a parent up to and including the repository root. */
async function findConfigDir(deps) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd);
    for (;;) {
        if (await exists(deps, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, _config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_FILE */ .Cu)))
            return dir;
        // `.git` is a folder in a clone and a file in a worktree; either marks the top of the repository.
        if (await exists(deps, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, '.git')))
            return undefined;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
function rebase(value, from, to) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(value))
        return value;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(to, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(from, value)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/') || '.';
}
async function openWorkspace(spec, parsed, deps) {
    const explicit = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(parsed.values, 'config');
    const found = explicit === undefined ? await findConfigDir(deps) : undefined;
    let { values, positionals } = parsed;
    let runDeps = deps;
    if (found !== undefined && found !== node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd)) {
        runDeps = (0,_deps_js__WEBPACK_IMPORTED_MODULE_2__.rebaseDeps)(deps, found);
        const pathFlags = new Set(spec.options.filter((option) => option.path).map((option) => option.name));
        values = Object.fromEntries(Object.entries(values).map(([name, value]) => {
            if (!pathFlags.has(name) || value === undefined || typeof value === 'boolean')
                return [name, value];
            return [name, Array.isArray(value) ? value.map((one) => rebase(one, deps.cwd, found)) : rebase(value, deps.cwd, found)];
        }));
        positionals = positionals.map((value, index) => (spec.positionals[index]?.path ? rebase(value, deps.cwd, found) : value));
    }
    // In CI on a pull request, --policy-from BASE reads the settings that decide the gate from BASE's gatewatch.yml.
    const policyFrom = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values, 'policy-from');
    if (policyFrom !== undefined && (policyFrom === '' || policyFrom.startsWith('-'))) {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid value "${policyFrom}" for --policy-from; expected a commit or branch such as origin/main`);
    }
    const config = await (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(runDeps, explicit, policyFrom === undefined ? undefined : { revision: policyFrom });
    const overrides = {
        emptyGlob: (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(values, 'allow-empty') ? 'notice' : 'error',
        ...((0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(values, 'kb') ? { kbPaths: (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(values, 'kb') } : {}),
        ...((0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values, 'kb-root') !== undefined ? { kbRoot: (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values, 'kb-root') } : {}),
    };
    return { deps: runDeps, options: (0,_options_overlay_js__WEBPACK_IMPORTED_MODULE_3__/* .overlayOptions */ .T)(config, overrides), values, positionals };
}


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkKb: () => (/* binding */ checkKb),
  checkKbFiles: () => (/* binding */ checkKbFiles),
  checkOneFile: () => (/* binding */ checkOneFile),
  loadKb: () => (/* binding */ loadKb)
});

// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/kb/parse.ts + 3 modules
var parse = __webpack_require__(2720);
// EXTERNAL MODULE: ./src/kb/source.ts
var source = __webpack_require__(8784);
// EXTERNAL MODULE: ./src/kb/rules/index.ts + 16 modules
var rules = __webpack_require__(9849);
;// CONCATENATED MODULE: ./schemas/kb-entry.schema.json
const kb_entry_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/gatewatch/gatewatch/v1/schemas/kb-entry.schema.json","title":"gatewatch knowledge-base entry (canonical form)","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["id","title","domain","category","verification","fix_rate","root_cause","versions","workarounds","dead_ends"],"properties":{"id":{"type":"string","maxLength":160,"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"},"title":{"type":"string","minLength":1,"maxLength":200},"domain":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"category":{"type":"string","pattern":"^[a-z0-9]+(?:[_-][a-z0-9]+)*$"},"verification":{"enum":["ai_generated","human_reviewed","community_verified","reproduced"]},"fix_rate":{"$ref":"#/$defs/percent"},"root_cause":{"type":"string","minLength":20},"versions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","status","introduced","deprecated"],"properties":{"name":{"type":"string","minLength":1},"status":{"enum":["active","deprecated","removed","unknown"]},"introduced":{"type":["string","null"],"minLength":1},"deprecated":{"type":["string","null"],"minLength":1}}}},"workarounds":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["title","success_rate"],"properties":{"title":{"type":"string","minLength":1},"success_rate":{"$ref":"#/$defs/percent"},"code":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["lang","value"],"properties":{"lang":{"type":"string"},"value":{"type":"string","minLength":1}}}}}}},"dead_ends":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","reason","fail_rate"],"properties":{"title":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"fail_rate":{"$ref":"#/$defs/percent"}}}},"signals":{"type":"object","additionalProperties":false,"properties":{"http_status":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599}},"probe":{"type":"array","items":{"enum":["refused","timeout_connect","timeout_headers","closed_early","reset","truncated_body","bad_response","tls_verify","tls_protocol","dns","unreachable","no_live_upstream","upstream_5xx","http_status","body_mismatch","slow","blocked_target"]}},"nginx_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"haproxy_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"alb_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"haproxy_termination":{"type":"array","items":{"type":"string","pattern":"^(?:[A-Za-z-]{2,4}|<NOSRV>)$"}},"rule":{"type":"array","items":{"type":"string","pattern":"^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$"}}}},"references":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","format":"uri","pattern":"^https?://"},"title":{"type":"string"}}}},"related":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"}}},"$defs":{"percent":{"type":"integer","minimum":0,"maximum":100}}}');
// EXTERNAL MODULE: ./src/schema/ajv.ts
var ajv = __webpack_require__(3864);
// EXTERNAL MODULE: ./src/yaml-locate.ts
var yaml_locate = __webpack_require__(4671);
// EXTERNAL MODULE: ./src/kb/locate-pointer.ts
var locate_pointer = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/kb/rules/schema.ts
var schema = __webpack_require__(8662);
;// CONCATENATED MODULE: ./src/kb/schema-check.ts
/** Validates canonical entries against schemas/kb-entry.schema.json and locates each error in the source. */





const SCHEMA_RULE = schema/* SCHEMA_RULE_META */.D.id;
const validateEntry = (0,ajv/* compileSchema */.Fc)(kb_entry_schema_namespaceObject);
/** True when `pointer` is `ancestor` or lies under it. */
function isUnder(pointer, ancestor) {
    if (ancestor === '')
        return true;
    return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}
function validateAgainstSchema(file) {
    if (validateEntry(file.entry))
        return [];
    const findings = [];
    for (const error of validateEntry.errors ?? []) {
        const pointer = (0,ajv/* errorPointer */.cS)(error);
        // A missing key is shown where its parent object is, an unknown key at the key itself.
        const location = (0,locate_pointer/* locatePointer */.A)(file, error.keyword === 'required' && (0,yaml_locate/* pointerSegments */.cP)(pointer).length === 1 ? '' : pointer);
        findings.push({
            ruleId: SCHEMA_RULE,
            severity: 'error',
            message: (0,ajv/* describeError */.Uc)(error, file.entry),
            location,
            pointer,
        });
    }
    return findings;
}
/** A finding from the parser or a semantic rule suppresses schema errors at or under its pointer. */
function dropShadowedSchemaErrors(findings) {
    const claimed = findings.filter((finding) => finding.ruleId !== SCHEMA_RULE && finding.pointer !== undefined).map((finding) => finding.pointer);
    if (claimed.length === 0)
        return findings;
    return findings.filter((finding) => finding.ruleId !== SCHEMA_RULE || !claimed.some((pointer) => isUnder(finding.pointer ?? '', pointer)));
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/kb/workers.ts
/**
 * Parsing 10,000 entries is CPU-bound (YAML and markdown-it), so the files are split into contiguous chunks:
 * the main thread checks the first, worker threads running the bundled kb-worker check the rest. Chunks are
 * contiguous and joined in order, so the output is identical to a sequential run.
 */

/**
 * Below this, starting a worker (loading its bundle, ~150–200 ms of CPU) costs more than it saves: a plain
 * entry takes ~0.2 ms to check. Measured on one core with two hyper-threads: 500 files 0.41 s on one thread
 * against 0.47 s on two, 2,000 files 0.73 s against 0.85 s; real cores gain from about 1,500 files.
 */
const PARALLEL_MIN_FILES = 2000;
/**
 * A worker spends its first ~150 ms loading the bundle while the main thread is already checking, so the
 * main thread's chunk is 10 % larger than an even share (measured: an even split left it idle 283 ms).
 */
const MAIN_THREAD_HEAD_START = 1.1;
function chunksOf(paths, count) {
    const first = Math.min(paths.length, Math.ceil((paths.length * MAIN_THREAD_HEAD_START) / count));
    const rest = paths.slice(first);
    const size = Math.ceil(rest.length / Math.max(count - 1, 1));
    const chunks = [paths.slice(0, first)];
    for (let start = 0; start < rest.length; start += size)
        chunks.push(rest.slice(start, start + size));
    return chunks;
}
function runWorker(url, task) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(url, { workerData: task });
        let settled = false;
        worker.once('message', (checks) => {
            settled = true;
            resolve(checks);
            void worker.terminate();
        });
        worker.once('error', (error) => {
            settled = true;
            reject(error);
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new Error(`KB worker exited with code ${code} before answering`));
        });
    });
}
/** `checkHere` checks a chunk on this thread; it is also the fallback when a worker fails, so no file is lost. */
async function checkInWorkers(paths, deps, task, checkHere) {
    const [first = [], ...rest] = chunksOf(paths, deps.parallelism());
    const workers = rest.map((chunk) => runWorker(deps.kbWorker, { ...task, cwd: deps.cwd, paths: chunk }).catch((error) => {
        deps.log(`gatewatch: KB worker failed (${error.message}); checking its files on the main thread`);
        return checkHere(chunk);
    }));
    const results = await Promise.all([checkHere(first), ...workers]);
    return results.flat();
}

;// CONCATENATED MODULE: ./src/kb/check.ts
/** The KB checker: read every entry, parse, validate against the schema, run the semantic rules. */








/** Says what is wrong with the path: a missing file is not a permissions problem. */
function unreadableMessage(path, code) {
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return `No such file "${path}"; check the path or remove it from the kb globs`;
        case 'EISDIR':
            return `"${path}" is a directory; give a glob such as "${path.replace(/\/+$/, '')}/**/*.md"`;
        case 'EACCES':
        case 'EPERM':
            return `Cannot read the file (${code}); fix its permissions or remove it from the kb globs`;
        default:
            return `Cannot read the file (${code}); check it or remove it from the kb globs`;
    }
}
async function readOne(path, deps, maxBytes) {
    try {
        return (0,parse/* parseKbFile */.l9)(path, await deps.readFile(path, maxBytes), maxBytes);
    }
    catch (error) {
        const { code, size } = error;
        // Refused before reading: a 1 GB file must not be loaded to learn it is too big.
        const message = code === 'EFBIG' && size !== undefined ? (0,source/* oversizeMessage */.J)(size, maxBytes) : unreadableMessage(path, code ?? error.message);
        return {
            file: (0,parse/* unreadableFile */._s)(path),
            findings: [{ ruleId: parse/* PARSE_ERROR */.to, severity: 'error', message, location: { path, line: 1, column: 1 } }],
        };
    }
}
function buildIndex(files) {
    const pathsById = new Map();
    for (const file of files) {
        const id = file.entry.id;
        if (typeof id !== 'string')
            continue;
        const paths = pathsById.get(id) ?? [];
        paths.push(file.path);
        pathsById.set(id, paths);
    }
    return { pathsById };
}
/**
 * What the cross-file rules need of a file: its entry plus the ranges of `/id` and `/related/…`.
 * Dropping the rest (lines, ranges, YAML documents) keeps 10,000 entries within a few hundred MB.
 */
function slimForCrossFileRules(file) {
    const ranges = new Map();
    const keep = ['/id', '/related', ...(file.entry.related ?? []).map((_, index) => `/related/${index}`)];
    for (const pointer of keep) {
        const where = file.ranges.get(pointer) ?? file.locateFrontMatter?.(pointer);
        if (where)
            ranges.set(pointer, where);
    }
    return (0,parse/* skeletonFile */.Kg)(file.path, { form: file.form, entry: file.entry, ranges, unparseable: file.unparseable });
}
/** Per-file rules need no index, so each file is checked as soon as it is parsed and then slimmed. */
async function checkOneFile(path, deps, settings, maxBytes) {
    const { file, findings: parseFindings } = await readOne(path, deps, maxBytes);
    if (file.unparseable)
        return { findings: parseFindings.map(rule/* toFinding */.N6), file };
    const noIndex = { pathsById: new Map() };
    const ruleFindings = (0,rule/* runRules */.xG)(rules/* KB_FILE_RULES */.lP, { file, index: noIndex, settings }, { path: file.path, line: 1 });
    const schemaFindings = validateAgainstSchema(file);
    const findings = dropShadowedSchemaErrors([...parseFindings, ...ruleFindings, ...schemaFindings]).map(rule/* toFinding */.N6);
    // No schema error means the entry validated: it is complete and may be cited.
    const complete = schemaFindings.length === 0;
    return {
        findings,
        ...(complete ? { record: { path: file.path, entry: file.entry } } : {}),
        file: slimForCrossFileRules(file),
    };
}
async function checkSequentially(paths, deps, settings, maxBytes) {
    const checks = [];
    for (const path of paths)
        checks.push(await checkOneFile(path, deps, settings, maxBytes));
    return checks;
}
/** Parses and checks the given files, in worker threads when there are many; pure over what `deps` reads. */
async function checkKbFiles(paths, deps, settings, maxBytes) {
    const checks = deps.kbWorker && paths.length >= PARALLEL_MIN_FILES && deps.parallelism() > 1
        ? await checkInWorkers(paths, deps, { settings, maxBytes }, (chunk) => checkSequentially(chunk, deps, settings, maxBytes))
        : await checkSequentially(paths, deps, settings, maxBytes);
    const findings = checks.flatMap((check) => check.findings);
    const records = checks.flatMap((check) => (check.record ? [check.record] : []));
    const files = checks.map((check) => check.file);
    const index = buildIndex(files);
    for (const file of files) {
        if (file.unparseable)
            continue;
        (0,collections/* pushAll */.i)(findings, (0,rule/* runRules */.xG)(rules/* KB_CROSS_FILE_RULES */.mP, { file, index, settings }, { path: file.path, line: 1 }).map(rule/* toFinding */.N6));
    }
    return { findings, records, files };
}
/** The `kb` part of a run: expand the globs, then check every file found. */
async function checkKb(options, deps) {
    if (options.kb.paths.length === 0)
        return { findings: [], records: [], files: [] };
    const expanded = await (0,files/* expandGlobs */.G)(options.kb.paths, deps, 'kb', options.limits.maxFiles, options.emptyGlob);
    const settings = {
        root: options.kb.root,
        ...(options.kb.domains ? { domains: options.kb.domains } : {}),
        ...(options.kb.categories ? { categories: options.kb.categories } : {}),
    };
    const result = await checkKbFiles(expanded.paths, deps, settings, options.kb.maxFileBytes);
    return { ...result, findings: [...expanded.findings, ...result.findings] };
}
/** The KB as knowledge (for `explain`, `logs`, citations): complete entries only, findings kept for the caller. */
async function loadKb(options, deps) {
    const { records, findings } = await checkKb(options, deps);
    return { records, findings };
}


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ overlayOptions)
/* harmony export */ });
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9148);

/** Unset and empty overrides leave the config's value; a list override replaces the config's list. */
function overlayOptions(options, overrides) {
    const set = (value) => value !== undefined;
    const kbPaths = overrides.kbPaths && overrides.kbPaths.length > 0 ? overrides.kbPaths : options.kb.paths;
    // With no kb.root written anywhere, ids are paths under the glob's static base: `--kb 'docs/kb/**/*.md'`
    // makes kb/id-path check docs/kb/<id>.md instead of silently checking nothing outside seeds/.
    const root = overrides.kbRoot ?? (options.kb.rootExplicit ? options.kb.root : ((0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .staticGlobBase */ .Q)(kbPaths, options.cwd) ?? options.kb.root));
    return {
        ...options,
        ...(set(overrides.failOn) ? { failOn: overrides.failOn } : {}),
        ...(set(overrides.format) ? { format: overrides.format } : {}),
        ...(set(overrides.output) ? { output: overrides.output } : {}),
        ...(set(overrides.comment) ? { comment: overrides.comment } : {}),
        ...(set(overrides.onlyChanged) ? { onlyChanged: overrides.onlyChanged } : {}),
        ...(set(overrides.emptyGlob) ? { emptyGlob: overrides.emptyGlob } : {}),
        kb: { ...options.kb, paths: kbPaths, root, ...(set(overrides.kbRoot) ? { rootExplicit: true } : {}) },
        nginx: {
            ...options.nginx,
            ...(overrides.nginxPaths && overrides.nginxPaths.length > 0 ? { paths: overrides.nginxPaths } : {}),
            ...(set(overrides.nginxTest) ? { test: overrides.nginxTest } : {}),
            ...(set(overrides.nginxVersion) ? { version: overrides.nginxVersion } : {}),
            ...(set(overrides.nginxBinary) ? { binary: overrides.nginxBinary } : {}),
        },
        haproxy: {
            ...options.haproxy,
            ...(overrides.haproxyPaths && overrides.haproxyPaths.length > 0 ? { paths: overrides.haproxyPaths } : {}),
            ...(set(overrides.haproxyBinary) ? { binary: overrides.haproxyBinary } : {}),
        },
        ...(set(overrides.probes) ? { probes: overrides.probes } : {}),
        limits: { ...options.limits, ...(set(overrides.maxFiles) ? { maxFiles: overrides.maxFiles } : {}) },
    };
}


/***/ }),

/***/ 3864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   cS: () => (/* binding */ errorPointer)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/** One configured Ajv for every JSON Schema gatewatch validates (KB entries, gatewatch.yml). */


const addFormats = ((ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"]) ??
    (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()));
/**
 * Compiles on first use: modules call this at import time, and three eager compiles cost ~110 ms of CLI
 * start-up (measured), which every command paid even when it validates nothing (e.g. `nginx parse`).
 * Callers only call the function and read `.errors`, which the wrapper mirrors.
 */
function compileSchema(schema) {
    let compiled;
    const validate = ((data) => {
        if (!compiled) {
            const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
            addFormats(ajv);
            compiled = ajv.compile(schema);
        }
        const valid = compiled(data);
        validate.errors = compiled.errors;
        return valid;
    });
    return validate;
}
/** The pointer an error is about: the missing or extra key itself when ajv names one. */
function errorPointer(error) {
    const params = error.params;
    const key = params.missingProperty ?? params.additionalProperty;
    return key === undefined ? error.instancePath : `${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
/** A readable one-line message naming the offending value. */
function describeError(error, data) {
    const params = error.params;
    const where = error.instancePath === '' ? 'entry' : `"${error.instancePath}"`;
    switch (error.keyword) {
        case 'required':
            return `Missing required field "${String(params.missingProperty)}" in ${where}`;
        case 'additionalProperties':
            return `Unknown field "${String(params.additionalProperty)}" in ${where}`;
        case 'enum':
            return `Value ${JSON.stringify(valueAt(data, error.instancePath))} of ${where} must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        default:
            return `Value ${truncate(JSON.stringify(valueAt(data, error.instancePath)))} of ${where} ${error.message ?? 'is invalid'}`;
    }
}
function truncate(text) {
    if (text === undefined)
        return 'undefined';
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function valueAt(data, pointer) {
    let node = data;
    for (const segment of pointer.split('/').slice(1)) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
}


/***/ })

};

export const id = 525;
export const ids = [525];
export const modules = {

/***/ 9525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
  checkWorkspace: () => (/* binding */ checkWorkspace),
  optionsFromCheckArgs: () => (/* binding */ optionsFromCheckArgs)
});

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/deps.ts + 6 modules
var src_deps = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/options-overlay.ts
var options_overlay = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON report (docs/design.md §2): `version: 1`, a stable key order, no timestamps, for other tools to read. */


const JSON_REPORT_VERSION = 1;
/* Rebuilt field by field so the key order is the documented one whatever order checkers used. */
function findingJson(finding) {
    const { location, signals, citations } = finding;
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        ...(location
            ? {
                location: {
                    path: location.path,
                    line: location.line,
                    ...(location.column !== undefined ? { column: location.column } : {}),
                    ...(location.endLine !== undefined ? { endLine: location.endLine } : {}),
                    ...(location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
                },
            }
            : {}),
        ...(signals && Object.keys(signals).length > 0 ? { signals } : {}),
        ...(citations && citations.length > 0
            ? { citations: citations.map(({ entryId, path, score, evidence, strong }) => ({
                    entryId,
                    path,
                    score,
                    ...(evidence ? { evidence } : {}),
                    ...(strong !== undefined ? { strong } : {}),
                })) }
            : {}),
        ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    };
}
function probeJson(probe) {
    const { timings } = probe;
    return {
        name: probe.name,
        url: probe.url,
        ok: probe.ok,
        class: probe.class,
        status: probe.status,
        bodyOrigin: probe.bodyOrigin,
        timings: { dns: timings.dns, connect: timings.connect, tls: timings.tls, ttfb: timings.ttfb, total: timings.total },
        attempts: probe.attempts,
        assertions: [...probe.assertions],
        // A via/direct pair's side, its differential diagnosis and the gateway log line it was matched to.
        ...(probe.role ? { role: probe.role } : {}),
        ...(probe.error ? { error: probe.error } : {}),
        ...(probe.diagnosis ? { diagnosis: probe.diagnosis } : {}),
        ...(probe.gatewayLog ? { gatewayLog: { ...probe.gatewayLog } } : {}),
    };
}
function buildJsonReport(result) {
    const counts = (0,finding/* countBySeverity */.Ot)(result.findings);
    return {
        version: JSON_REPORT_VERSION,
        tool: { name: 'gatewatch', version: version/* TOOL_VERSION */.w },
        summary: {
            passed: result.verdict.passed,
            errors: counts.error,
            warnings: counts.warning,
            notices: counts.notice,
            files: result.files,
            durationMs: Math.round(result.durationMs),
        },
        findings: result.findings.map(findingJson),
        probes: result.probes.map(probeJson),
    };
}
function renderJson(result) {
    return `${JSON.stringify(buildJsonReport(result), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/project-urls.ts
var project_urls = __webpack_require__(1889);
// EXTERNAL MODULE: ./src/report/lookup.ts
var report_lookup = __webpack_require__(2066);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/sarif.ts




const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** `category/` with no run part: code scanning groups every gatewatch upload of a branch together. */
const SARIF_CATEGORY = 'gatewatch/';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function helpText(rule, lookup, options) {
    const entries = (rule.kb ?? []).map((id) => ({ id, record: lookup.entry(id) }));
    if (entries.length === 0)
        return { text: rule.description, markdown: rule.description };
    const lines = entries.map(({ id, record }) => record ? `${record.entry.title} (fix rate ${record.entry.fix_rate}%): ${record.path}` : id);
    const target = (path) => (options.repo ? (0,markdown/* blobUrl */.b0)(options.repo, path) : (0,markdown/* encodePath */.O0)(path));
    const markdownLines = entries.map(({ id, record }) => record ? `- ${(0,markdown/* link */.nf)(record.entry.title, target(record.path))} — fix rate ${record.entry.fix_rate}%` : `- ${(0,markdown/* codeSpan */.SS)(id)}`);
    return {
        text: `${rule.description}\n\nKnowledge base:\n${lines.map((line) => `- ${line}`).join('\n')}`,
        markdown: `${rule.description}\n\n**Knowledge base**\n\n${markdownLines.join('\n')}`,
    };
}
function sarifRule(rule, lookup, options) {
    return {
        id: rule.id,
        name: rule.id.replace(/[/-](\w)/g, (_, char) => char.toUpperCase()).replace(/^\w/, (char) => char.toUpperCase()),
        shortDescription: { text: rule.description },
        helpUri: (0,project_urls/* ruleDocUrl */.Cg)(rule.id),
        fullDescription: { text: rule.description },
        help: helpText(rule, lookup, options),
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: { tags: [rule.id.split('/')[0] ?? 'gatewatch'], ...(rule.kb ? { kb: [...rule.kb] } : {}) },
    };
}
function region(finding) {
    const location = finding.location;
    if (!location)
        return { startLine: 1 };
    return {
        startLine: location.line,
        ...(location.column !== undefined ? { startColumn: location.column } : {}),
        ...(location.endLine !== undefined ? { endLine: location.endLine } : {}),
        // Both SARIF and gatewatch locations end one past the last character (`****` at 3 ends at 7).
        ...(location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
    };
}
function sarifResult(finding, ruleIndex, lookup, fallbackPath) {
    const citations = finding.citations ?? [];
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    // A URI reference (RFC 3986): a space, `#`, `?`, `%` or non-ASCII in a file name is percent-encoded.
                    artifactLocation: { uri: (0,markdown/* encodePath */.O0)(finding.location?.path ?? fallbackPath), uriBaseId: '%SRCROOT%' },
                    region: region(finding),
                },
            },
        ],
        // Cited KB entries show up in code scanning as related locations the reader can open.
        ...(citations.length > 0
            ? {
                relatedLocations: citations.map((citation, index) => ({
                    id: index + 1,
                    physicalLocation: { artifactLocation: { uri: (0,markdown/* encodePath */.O0)(citation.path), uriBaseId: '%SRCROOT%' } },
                    message: { text: lookup.entry(citation.entryId)?.entry.title ?? citation.entryId },
                })),
            }
            : {}),
        // gate-on new: code scanning shows which results the base branch already had.
        ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
        ...(finding.signals ? { properties: { signals: finding.signals } } : {}),
    };
}
function buildSarif(result, options = {}) {
    const lookup = (0,report_lookup/* buildLookup */.BQ)(result);
    const rules = [...result.rules];
    const indexById = new Map(rules.map((rule, index) => [rule.id, index]));
    for (const finding of result.findings) {
        // A finding whose rule has no metadata still needs a `rules[]` entry for `ruleIndex` to point at.
        if (!indexById.has(finding.ruleId)) {
            indexById.set(finding.ruleId, rules.length);
            rules.push({ id: finding.ruleId, severity: finding.severity, description: finding.ruleId });
        }
    }
    const fallbackPath = options.fallbackPath ?? 'gatewatch.yml';
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'gatewatch',
                        version: version/* TOOL_VERSION */.w,
                        semanticVersion: version/* TOOL_VERSION */.w,
                        rules: rules.map((rule) => sarifRule(rule, lookup, options)),
                    },
                },
                // Code scanning keys alerts by category: a second gatewatch upload (another config) should set its own.
                automationDetails: { id: SARIF_CATEGORY },
                columnKind: 'utf16CodeUnits',
                results: result.findings.map((finding) => sarifResult(finding, indexById.get(finding.ruleId), lookup, fallbackPath)),
            },
        ],
    };
}
function renderSarif(result, options = {}) {
    return `${JSON.stringify(buildSarif(result, options), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/output.ts




function renderResult(result, format, context = {}) {
    switch (format) {
        case 'json':
            return renderJson(result);
        case 'github': {
            const plan = (0,annotations.planAnnotations)(result.findings, {
                kb: result.kb,
                mustShow: result.verdict.decidedBy,
                ...(context.overflowTarget ? { overflowTarget: context.overflowTarget } : {}),
            });
            return plan.annotations.map((annotation) => `${(0,annotations/* formatWorkflowCommand */.OC)(annotation)}\n`).join('');
        }
        case 'sarif':
            return renderSarif(result, context);
        case 'text':
            return (0,report_text.renderText)(result);
    }
}

// EXTERNAL MODULE: ./src/run.ts + 16 modules
var run = __webpack_require__(6349);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __webpack_require__(7654);
// EXTERNAL MODULE: ./src/cli/workspace.ts
var cli_workspace = __webpack_require__(5107);
;// CONCATENATED MODULE: ./src/cli/check.ts
/** `gatewatch check`: the gate, locally or in any CI. */








/** `--probes FILE`: the same YAML list as gatewatch.yml's `probes:`, located in FILE for findings. */
async function readProbesFile(file, deps) {
    let text;
    try {
        text = (await deps.readFile(file)).toString('utf8');
    }
    catch (error) {
        const code = error.code;
        throw new config/* UsageError */.eb(code === 'ENOENT' ? `no such file "${file}" for --probes; check the path` : `cannot read --probes "${file}": ${code ?? String(error)}`);
    }
    const { parseProbesInput } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(892), __webpack_require__.e(708)]).then(__webpack_require__.bind(__webpack_require__, 7708));
    return parseProbesInput(text, { source: (0,src_deps.toRepoPath)(deps.cwd, file), locate: true });
}
/** Reads flags over gatewatch.yml (found here or in a parent); every bad flag is a UsageError naming it. */
async function checkWorkspace(argv, deps) {
    const workspace = await (0,cli_workspace/* openWorkspace */.O)((0,commands/* commandSpec */.Lx)('check'), (0,cli_io/* parseCommand */.RM)((0,commands/* commandSpec */.Lx)('check'), argv), deps);
    const { values, options } = workspace;
    const nginxVersion = (0,cli_io/* str */.gx)(values, 'nginx-version');
    if (nginxVersion !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(nginxVersion)) {
        throw new config/* UsageError */.eb(`invalid value "${nginxVersion}" for --nginx-version; expected a version like 1.24.0`);
    }
    const maxFilesText = (0,cli_io/* str */.gx)(values, 'max-files');
    const maxFiles = maxFilesText === undefined ? undefined : Number(maxFilesText);
    if (maxFiles !== undefined && (!Number.isInteger(maxFiles) || maxFiles < 1)) {
        throw new config/* UsageError */.eb(`invalid value "${maxFilesText}" for --max-files; expected a positive integer`);
    }
    const probesFile = (0,cli_io/* str */.gx)(values, 'probes');
    const probes = probesFile === undefined ? undefined : await readProbesFile(probesFile, workspace.deps);
    const overlaid = (0,options_overlay/* overlayOptions */.T)(options, {
        ...((0,cli_io/* choice */.Yq)(values, 'format') ? { format: (0,cli_io/* choice */.Yq)(values, 'format') } : {}),
        ...((0,cli_io/* choice */.Yq)(values, 'fail-on') ? { failOn: (0,cli_io/* choice */.Yq)(values, 'fail-on') } : {}),
        ...((0,cli_io/* str */.gx)(values, 'output') !== undefined ? { output: (0,cli_io/* str */.gx)(values, 'output') } : {}),
        ...((0,cli_io/* list */.p_)(values, 'nginx') ? { nginxPaths: (0,cli_io/* list */.p_)(values, 'nginx') } : {}),
        ...((0,cli_io/* choice */.Yq)(values, 'nginx-test') ? { nginxTest: (0,cli_io/* choice */.Yq)(values, 'nginx-test') } : {}),
        ...(nginxVersion !== undefined ? { nginxVersion } : {}),
        ...((0,cli_io/* str */.gx)(values, 'nginx-binary') ? { nginxBinary: (0,cli_io/* str */.gx)(values, 'nginx-binary') } : {}),
        ...((0,cli_io/* list */.p_)(values, 'haproxy') ? { haproxyPaths: (0,cli_io/* list */.p_)(values, 'haproxy') } : {}),
        ...((0,cli_io/* str */.gx)(values, 'haproxy-binary') ? { haproxyBinary: (0,cli_io/* str */.gx)(values, 'haproxy-binary') } : {}),
        ...(probes ? { probes } : {}),
        ...(maxFiles !== undefined ? { maxFiles } : {}),
    });
    return { options: overlaid, deps: workspace.deps, fix: (0,cli_io/* flag */.Jt)(values, 'fix') };
}
/** For tests and other callers that want only the options. */
async function optionsFromCheckArgs(argv, deps) {
    return (await checkWorkspace(argv, deps)).options;
}
/**
 * `--format github` prints at most GitHub's 10 annotations per level. The rest goes to the job summary
 * when the runner provides one (GITHUB_STEP_SUMMARY), else to stderr as text: never a pointer to a
 * summary that was not written.
 */
async function githubOverflow(result, deps, io) {
    const summaryFile = deps.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) {
        const { renderSummary } = await __webpack_require__.e(/* import() */ 994).then(__webpack_require__.bind(__webpack_require__, 7994));
        const { appendFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
        await appendFile(summaryFile, `${renderSummary(result)}\n`);
        return;
    }
    const { planAnnotations } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 856));
    if (planAnnotations(result.findings, { mustShow: result.verdict.decidedBy }).omitted === 0)
        return;
    const { renderText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5655));
    io.stderr(`GITHUB_STEP_SUMMARY is not set, so every finding follows as text:\n${renderText(result)}`);
}
async function checkCommand(argv, userDeps, io) {
    const { options, deps, fix } = await checkWorkspace(argv, userDeps);
    if (fix) {
        const { fixKb, describeFixes } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(577), __webpack_require__.e(720), __webpack_require__.e(724)]).then(__webpack_require__.bind(__webpack_require__, 6724));
        const changes = await fixKb(options, deps);
        io.stderr(describeFixes(changes));
    }
    const result = await (0,run/* run */.e)(options, deps);
    const rendered = renderResult(result, options.format, {
        ...(options.configPath ? { fallbackPath: options.configPath } : {}),
        ...(deps.env.GITHUB_STEP_SUMMARY ? {} : { overflowTarget: 'the text report on stderr' }),
    });
    if (options.output) {
        await deps.writeFile(options.output, rendered);
    }
    else {
        io.stdout(rendered);
    }
    if (options.format === 'github')
        await githubOverflow(result, deps, io);
    return result.verdict.passed ? cli_io/* EXIT */.dc.passed : cli_io/* EXIT */.dc.failed;
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

/***/ 1889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl)
/* harmony export */ });
/* unused harmony exports REPOSITORY_URL, SCHEMA_REF, schemaUrl */
/**
 * The project's public addresses, in one place: per-rule docs (SARIF `helpUri`) and the published JSON
 * schemas (`$id`, the `yaml-language-server` line in examples/gatewatch.yml). Tests compare the schema
 * files and examples with these, so a move of the repository is one edit here.
 */
const REPOSITORY_URL = 'https://github.com/gatewatch/gatewatch';
/** Schemas are served from the major-version tag: stable for every v1.x release, never a moving branch. */
const SCHEMA_REF = 'v1';
/** `docs/rules/<checker>/<rule>.md` on the default branch: `kb/empty-title` -> docs/rules/kb/empty-title.md. */
function ruleDocUrl(ruleId) {
    const [checker, ...rest] = ruleId.split('/');
    const rule = rest.length > 0 ? rest.join('/') : checker;
    return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(checker)}/${rule.split('/').map(encodeURIComponent).join('/')}.md`;
}
/** The raw file address of a schema under schemas/, e.g. config.schema.json. */
function schemaUrl(file) {
    return `https://raw.githubusercontent.com/gatewatch/gatewatch/${SCHEMA_REF}/schemas/${file}`;
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ formatWorkflowCommand),
/* harmony export */   planAnnotations: () => (/* binding */ planAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, exceedsAnnotationCaps */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
/**
 * GitHub shows at most 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so the
 * planner picks the most important ones (errors first, files changed in the PR first) and adds one overflow notice.
 */

const ANNOTATIONS_PER_LEVEL = 10;
/** True when some level has more findings than GitHub shows, i.e. when PR-changed files decide what is annotated. */
function exceedsAnnotationCaps(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return Object.values(counts).some((count) => count > ANNOTATIONS_PER_LEVEL);
}
/** The finding's message, then one line per cited KB entry so the fix is one click from the code. */
function annotationMessage(finding, entries) {
    const lines = (finding.citations ?? []).map((citation) => {
        const record = entries.get(citation.entryId);
        return record
            ? `KB: ${record.entry.title} (fix rate ${record.entry.fix_rate}%) — ${citation.path}`
            : `KB: ${citation.path}`;
    });
    return lines.length > 0 ? `${finding.message}\n\n${lines.join('\n')}` : finding.message;
}
function toAnnotation(finding, entries) {
    const location = finding.location;
    const annotation = { level: finding.severity, message: annotationMessage(finding, entries), title: finding.ruleId };
    if (!location)
        return annotation;
    annotation.file = location.path;
    annotation.startLine = location.line;
    annotation.endLine = location.endLine ?? location.line;
    if (annotation.endLine === annotation.startLine && location.column !== undefined) {
        annotation.startColumn = location.column;
        if (location.endColumn !== undefined)
            annotation.endColumn = location.endColumn;
    }
    return annotation;
}
function planAnnotations(findings, options = {}) {
    const changed = options.changedFiles;
    const entries = new Map((options.kb ?? []).map((record) => [record.entry.id, record]));
    const inChangedFile = (finding) => (changed && finding.location && changed.has(finding.location.path) ? 0 : 1);
    const decisive = new Set(options.mustShow ?? []);
    const decides = (finding) => (decisive.has(finding) ? 0 : 1);
    const shown = options.onlyChanged && changed
        ? findings.filter((finding) => !finding.location || changed.has(finding.location.path) || decisive.has(finding))
        : findings;
    // Array#sort is stable, so within a level and file group the findings keep their path/line order.
    const ordered = [...shown].sort((a, b) => _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] - _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] || decides(a) - decides(b) || inChangedFile(a) - inChangedFile(b));
    const cap = {
        error: ANNOTATIONS_PER_LEVEL,
        warning: ANNOTATIONS_PER_LEVEL,
        // At least one slot stays: the overflow notice may need it.
        notice: Math.max(1, ANNOTATIONS_PER_LEVEL - (options.reservedNotices ?? 0)),
    };
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let omitted = 0;
    for (const finding of ordered) {
        if (used[finding.severity] >= cap[finding.severity]) {
            omitted += 1;
            continue;
        }
        used[finding.severity] += 1;
        annotations.push(toAnnotation(finding, entries));
    }
    if (omitted > 0) {
        // The overflow notice needs a notice slot of its own.
        if (used.notice >= cap.notice && used.notice > 0) {
            annotations.splice(annotations.map((annotation) => annotation.level).lastIndexOf('notice'), 1);
            omitted += 1;
        }
        annotations.push({
            level: 'notice',
            title: 'gatewatch',
            message: `${omitted} more finding${omitted === 1 ? '' : 's'} — see ${options.overflowTarget ?? 'the job summary'}`,
        });
    }
    return { annotations, omitted };
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** A workflow command line (`::error file=…,line=…::message`) as the runner parses it. */
function formatWorkflowCommand(annotation) {
    const properties = [
        ['title', annotation.title],
        ['file', annotation.file],
        ['line', annotation.startLine],
        ['endLine', annotation.endLine],
        ['col', annotation.startColumn],
        ['endColumn', annotation.endColumn],
    ];
    const rendered = properties
        .filter((property) => property[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${annotation.level}${rendered ? ` ${rendered}` : ''}::${escapeData(annotation.message)}`;
}


/***/ }),

/***/ 2066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ buildLookup)
/* harmony export */ });
/* unused harmony exports checkerOf, checkerTitle */
function buildLookup(result) {
    const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
    const entries = new Map(result.kb.map((record) => [record.entry.id, record]));
    return { rule: (id) => rules.get(id), entry: (id) => entries.get(id) };
}
/** `nginx/undefined-upstream` → `nginx`: the checker that produced a finding. */
function checkerOf(ruleId) {
    const slash = ruleId.indexOf('/');
    return slash === -1 ? ruleId : ruleId.slice(0, slash);
}
const CHECKER_TITLES = {
    kb: 'Knowledge base',
    nginx: 'nginx',
    haproxy: 'HAProxy',
    probe: 'Probes',
    tool: 'gatewatch',
};
function checkerTitle(checker) {
    return CHECKER_TITLES[checker] ?? checker;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   b0: () => (/* binding */ blobUrl),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/* unused harmony exports MARKER_WORD, clampText, escapeInlineMarkdown */
/**
 * Escaping for text that reaches GitHub-rendered markdown (PR comment, job summary). Everything that
 * is not our own template is untrusted — KB prose, file paths, config values, server bodies — and a
 * PR author controls it. GitHub sanitises HTML, but `@team` still pings, `<!-- -->` hides text and
 * can mimic our sticky marker, and `![x](url)` loads remote images; so no raw markup gets through.
 */
/** Our sticky-comment marker; untrusted text that spells it is broken up so it can never match. */
const MARKER_WORD = 'gatewatch:sticky';
const ZERO_WIDTH_SPACE = '\u200b';
/** One line, bounded: newlines and control characters become spaces, long text ends with `…`. */
function clampText(text, maxLength) {
    // Cut first: a 100 kB line must not cost a full scan per report.
    const flat = text.slice(0, maxLength + 1).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    return flat.length > maxLength ? `${flat.slice(0, Math.max(0, maxLength - 1))}…` : flat;
}
function neutraliseMentions(text) {
    return text
        .split(MARKER_WORD)
        .join(`gatewatch:${ZERO_WIDTH_SPACE}sticky`)
        // `@user`, `@org/team`: a zero-width space after `@` keeps the text but stops the ping.
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
        // `#123` would cross-reference (and notify) another issue or PR.
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
/** Plain text safe anywhere inline (list items, headings, table cells): no HTML, links, emphasis or pings. */
function escapeMarkdown(text, maxLength = 500) {
    const flat = clampText(text, maxLength);
    const html = flat.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // GFM lets a backslash escape any ASCII punctuation; these start markup mid-line (emphasis, code,
    // links and images, table cells, strikethrough, math). Text never starts a line, so `-`/`#` are safe.
    const escaped = html.replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`);
    return neutraliseMentions(escaped);
}
/** A code span that cannot be broken out of: the fence is longer than any backtick run inside. */
function codeSpan(text, maxLength = 300) {
    const content = neutraliseMentions(clampText(text, maxLength));
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = content.startsWith('`') || content.endsWith('`') || content === '' ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * KB inline markdown (`curl -I http://…` in backticks) keeps its code spans as code spans and
 * escapes everything else, so titles read as written without letting markup through.
 */
function escapeInlineMarkdown(text, maxLength = 500) {
    const flat = clampText(text, maxLength);
    const parts = [];
    let rest = flat;
    while (rest.length > 0) {
        const open = /`+/.exec(rest);
        if (!open)
            break;
        const fence = open[0];
        const closeAt = findClosingFence(rest, open.index + fence.length, fence.length);
        if (closeAt === -1)
            break;
        parts.push(escapeMarkdown(rest.slice(0, open.index), maxLength));
        parts.push(codeSpan(rest.slice(open.index + fence.length, closeAt).trim(), maxLength));
        rest = rest.slice(closeAt + fence.length);
    }
    parts.push(escapeMarkdown(rest, maxLength));
    return parts.join('');
}
/** Index of a backtick run of exactly `length` at or after `from`, or -1 (CommonMark code span rule). */
function findClosingFence(text, from, length) {
    const pattern = /`+/g;
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].length === length)
            return match.index;
    }
    return -1;
}
/** Percent-encodes each path segment so a hostile file name cannot end the link early. */
function encodePath(path) {
    // encodeURIComponent leaves `(` and `)`; an unbalanced `)` would end a markdown link destination.
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
        .join('/');
}
/** `https://github.com/OWNER/REPO/blob/SHA/PATH`: the file as of the PR's head commit. */
function blobUrl(repo, path) {
    const server = (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    return `${server}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${encodeURIComponent(repo.sha)}/${encodePath(path)}`;
}
/** `[text](url)` with escaped text; the URL must already be encoded. */
function link(text, url) {
    return `[${escapeMarkdown(text, 300)}](${url})`;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony export formatFindingLine */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3138);
/* harmony import */ var _project_urls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1889);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2066);
/** Human output: actionlint's flat `file:line:col: message [rule]`, then one summary line. */




function formatFindingLine(finding) {
    const where = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(finding.location);
    const prefix = where ? `${where}: ` : '';
    return `${prefix}${finding.severity}: ${finding.message} [${finding.ruleId}]`;
}
function renderText(result) {
    const lookup = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLookup */ .BQ)(result);
    const lines = [];
    const documented = new Set();
    for (const finding of result.findings) {
        lines.push(formatFindingLine(finding));
        // The rule's docs page once, under its first finding (eslint's habit): what it catches and how to fix it.
        if (lookup.rule(finding.ruleId) && !documented.has(finding.ruleId)) {
            documented.add(finding.ruleId);
            lines.push(`    docs: ${(0,_project_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleDocUrl */ .Cg)(finding.ruleId)}`);
        }
        // Indented, so tools that parse the `file:line:col:` lines skip them; they say where the fix is written down.
        for (const citation of finding.citations ?? []) {
            const record = lookup.entry(citation.entryId);
            const detail = record ? `${record.entry.title} (fix rate ${record.entry.fix_rate}%)` : citation.entryId;
            lines.push(`    see ${citation.path}: ${detail}${citation.strong === false ? ' (matches the HTTP status only)' : ''}`);
        }
    }
    const counts = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(result.findings);
    lines.push(`${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.error, 'error')}, ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.warning, 'warning')}, ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.notice, 'notice')} in ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.files, 'file')}`);
    return `${lines.join('\n')}\n`;
}


/***/ })

};

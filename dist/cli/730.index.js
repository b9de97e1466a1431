export const id = 730;
export const ids = [730];
export const modules = {

/***/ 4730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cite/cite.ts
var cite = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/deps.ts + 6 modules
var src_deps = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: ./src/probe/run-probes.ts + 14 modules
var run_probes = __webpack_require__(4757);
;// CONCATENATED MODULE: ./src/demo/scenario.ts
/**
 * `gatewatch demo`'s probe scenario: three real loopback upstreams — one healthy, one down (a port
 * that was bound and then closed, so connecting is refused), one that answers only after the probe's
 * timeout — probed with the same runProbes a CI run uses.
 */



const SLOW_ANSWER_MS = 1500;
const PROBE_TIMEOUT_MS = 500;
function startUpstream(handler) {
    const server = external_node_http_default().createServer(handler);
    const sockets = new Set();
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    let closed;
    // Destroy held connections too: the slow upstream may still be sitting on a timed-out request.
    const close = () => (closed ??= new Promise((resolve) => {
        for (const socket of sockets)
            socket.destroy();
        server.close(() => resolve());
    }));
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve({ port: server.address().port, close }));
    });
}
function demoSpec(name, url) {
    return { name, url, timeoutMs: PROBE_TIMEOUT_MS, retries: 0, expect: { status: [200] }, tls: {} };
}
async function runDemoScenario(deps, runtime = {}) {
    const timers = new Set();
    const started = [];
    const stop = async () => {
        for (const timer of timers)
            clearTimeout(timer);
        await Promise.all(started.map((upstream) => upstream.close()));
    };
    try {
        const healthy = await startUpstream((_request, response) => response.end('{"status":"up"}\n'));
        started.push(healthy);
        const slow = await startUpstream((_request, response) => {
            const timer = setTimeout(() => response.end('{"status":"up, eventually"}\n'), SLOW_ANSWER_MS);
            timers.add(timer);
        });
        started.push(slow);
        // Bound, then closed: nothing listens there any more, so the kernel refuses the connection.
        const down = await startUpstream(() => undefined);
        await down.close();
        const options = {
            ...(0,config/* defaultOptions */.KQ)(deps.cwd),
            probes: [
                demoSpec('demo: healthy upstream', `http://127.0.0.1:${healthy.port}/health`),
                demoSpec('demo: upstream down', `http://127.0.0.1:${down.port}/health`),
                demoSpec('demo: upstream slower than its timeout', `http://127.0.0.1:${slow.port}/health`),
            ],
        };
        const { findings, probes } = await (0,run_probes.runProbes)(options, deps, [], runtime);
        return { findings, probes, stop };
    }
    catch (error) {
        await stop();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
// EXTERNAL MODULE: ./src/run.ts + 16 modules
var run = __webpack_require__(6349);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __webpack_require__(7654);
;// CONCATENATED MODULE: ./src/cli/demo.ts
/**
 * `gatewatch demo`: the main job on an embedded default, with nothing to set up — the bundled KB, the example
 * nginx config (static rules and, when nginx is installed, `nginx -t`), and three loopback upstreams probed
 * live (healthy, down, slow) — printed with the KB entries that explain each failure.
 */











function demoOptions(deps) {
    const root = (0,src_deps.toRepoPath)(deps.cwd, deps.packageRoot ?? deps.cwd);
    const inRoot = (relative) => (root === '' ? relative : `${root}/${relative}`);
    const defaults = (0,config/* defaultOptions */.KQ)(deps.cwd);
    return {
        ...defaults,
        kb: { ...defaults.kb, paths: [inRoot('seeds/**/*.md')], root: inRoot('seeds') },
        nginx: { ...defaults.nginx, paths: [inRoot('examples/nginx/nginx.conf')] },
    };
}
function describeProbes(result) {
    const rows = result.probes.map((probe) => {
        const verdict = probe.ok ? 'ok' : `FAILED: ${probe.class ?? 'unknown'}`;
        const status = probe.status === null ? '—' : String(probe.status);
        return `  ${probe.name.padEnd(42)} ${verdict.padEnd(24)} status ${status.padEnd(4)} ${probe.timings.total} ms`;
    });
    return rows.length > 0 ? `Probes:\n${rows.join('\n')}\n` : '';
}
async function demoCommand(argv, deps, io) {
    (0,cli_io/* parseCommand */.RM)((0,commands/* commandSpec */.Lx)('demo'), argv);
    const options = demoOptions(deps);
    io.stdout(`gatewatch demo — KB ${options.kb.paths[0]}, nginx config ${options.nginx.paths[0]}, three loopback upstreams\n\n`);
    const checked = await (0,run/* run */.e)(options, deps);
    const scenario = await runDemoScenario(deps);
    try {
        const findings = (0,cite/* citeFindings */.ys)((0,finding/* sortFindings */.Tc)([...checked.findings, ...scenario.findings]), checked.kb, checked.rules);
        const result = { ...checked, findings, probes: [...checked.probes, ...scenario.probes], verdict: (0,verdict/* decideVerdict */.AU)(findings, checked.verdict.failOn) };
        io.stdout(describeProbes(result));
        io.stdout(`\n${(0,report_text.renderText)(result)}`);
        io.stdout(`\nTry it on your own repository: ${external_node_path_default().join('node_modules', '.bin', 'gatewatch')} check --kb 'seeds/**/*.md' --nginx 'deploy/**/*.conf'\n`);
    }
    finally {
        await scenario.stop();
    }
    return cli_io/* EXIT */.dc.passed;
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

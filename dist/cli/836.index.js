export const id = 836;
export const ids = [836];
export const modules = {

/***/ 4836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kbNewCommand: () => (/* binding */ kbNewCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/kb/rules/placeholder.ts
var placeholder = __webpack_require__(2024);
;// CONCATENATED MODULE: ./src/kb/skeleton.ts
/**
 * The entry `gatewatch kb new ID` writes: the seed form with every section in order, valid against the
 * schema and the structural rules, and a "FILL IN" placeholder wherever only the author knows the answer.
 * kb/placeholder turns each placeholder into an error, so a skeleton cannot be merged as it is.
 */

const KB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
function entrySkeleton(id, title) {
    const domain = id.split('/')[0];
    const status = /(?:^|-)http-([1-5]\d\d)(?:-|$)/.exec(id.split('/')[1])?.[1];
    const fill = (what) => `${placeholder/* PLACEHOLDER */.K}: ${what}`;
    return [
        `# ${title ?? fill('the symptom as a client sees it, e.g. "502 Bad Gateway: upstream closed the connection"')}`,
        '',
        `- **ID:** \`${id}\``,
        `- **Domain:** ${domain}`,
        `- **Category:** network_error <!-- ${fill('network_error, timeout, config_error, tls_error … (lowercase words joined by _ or -)')} -->`,
        '- **Verification:** ai_generated',
        `- **Fix Rate:** 50% <!-- ${fill('how often the best workaround fixes it; at most its success rate')} -->`,
        '',
        '## Root Cause',
        '',
        fill('what happens between client, gateway and upstream, and why the gateway answers as it does. Quote the real log line:'),
        '',
        '```log',
        fill('the gateway log line, copied from a real failure'),
        '```',
        '',
        '## Version Compatibility',
        '',
        '| Version | Status | Introduced | Deprecated |',
        '|---------|--------|------------|------------|',
        `| ${fill('a gateway and version, e.g. Nginx 1.24+')} | active | — | — |`,
        '',
        '## Workarounds',
        '',
        `1. **${fill('the action that fixes it')}** (50% success)`,
        '   ```bash',
        `   # ${fill('the commands to run')}`,
        '   ```',
        '',
        '## Dead Ends',
        '',
        `- **${fill('what people try that does not help')}** — ${fill('why it does not help')} (50% fail)`,
        ...(status ? ['', '## Signals', '', `- http_status: ${status}`] : []),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __webpack_require__(7654);
// EXTERNAL MODULE: ./src/cli/workspace.ts
var workspace = __webpack_require__(5107);
;// CONCATENATED MODULE: ./src/cli/kb-new.ts
/** `gatewatch kb new ID`: writes an entry skeleton at `<kb root>/<ID>.md` for the author to fill in. */








async function kbNewCommand(argv, userDeps, io) {
    const spec = (0,commands/* commandSpec */.Lx)('kb new');
    const { positionals, values, options, deps } = await (0,workspace/* openWorkspace */.O)(spec, (0,cli_io/* parseCommand */.RM)(spec, argv), userDeps);
    const id = positionals[0];
    if (!KB_ID_PATTERN.test(id)) {
        throw new config/* UsageError */.eb(`invalid entry id "${id}"; write domain/slug in lowercase words joined by "-", e.g. api/http-502-upstream-closed-early`);
    }
    const title = (0,cli_io/* str */.gx)(values, 'title');
    if (title !== undefined && (title.trim() === '' || /[\r\n]/.test(title))) {
        throw new config/* UsageError */.eb(`invalid value "${title}" for --title; write the symptom on one line`);
    }
    const file = external_node_path_default().posix.join(options.kb.root === '' ? '.' : options.kb.root, `${id}.md`);
    try {
        await deps.stat(file);
        throw new config/* UsageError */.eb(`"${file}" already exists; edit it, or pick another id`);
    }
    catch (error) {
        if (error instanceof config/* UsageError */.eb)
            throw error;
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(deps.cwd, file)), { recursive: true });
    await deps.writeFile(file, entrySkeleton(id, title));
    io.stdout(`${file}\n`);
    io.stderr(`gatewatch: wrote ${file}; replace every "${placeholder/* PLACEHOLDER */.K}" placeholder, then run "gatewatch check --kb ${file}"\n`);
    return cli_io/* EXIT */.dc.passed;
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

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ expandGlobs),
/* harmony export */   Q: () => (/* binding */ staticGlobBase)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7304);
/* harmony import */ var _tool_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2853);
/** Expands user globs into repo-relative paths, with a notice for a glob that matches nothing and a cap on count. */




/** `what` names the input in messages ("kb", "nginx"). Paths come back sorted and de-duplicated; see EmptyGlobPolicy. */
async function expandGlobs(patterns, deps, what, maxFiles, emptyGlob = 'notice') {
    const findings = [];
    const seen = new Set();
    for (const pattern of patterns) {
        // One extra match tells "exactly the limit" from "over the limit".
        const matches = await deps.glob([pattern], { cwd: deps.cwd, limit: maxFiles + 1 });
        // A plain path names one file: when the glob engine skips it (dangling symlink, directory, no such
        // file), the checker must still try it, so the problem is reported at that path instead of vanishing.
        if (matches.length === 0 && !picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern).isGlob) {
            seen.add((0,_deps_js__WEBPACK_IMPORTED_MODULE_1__.toRepoPath)(deps.cwd, pattern));
            continue;
        }
        // The default KB glob was nobody's request: in a repository without seeds/ it says nothing at all.
        if (matches.length === 0 && what === 'kb' && pattern === _config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_KB_GLOB */ .V8)
            continue;
        if (matches.length === 0 && emptyGlob === 'error') {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the ${what} glob "${pattern}" matched no files; check the path or the pattern, or pass --allow-empty`);
        }
        if (matches.length === 0) {
            findings.push({ ruleId: _tool_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_GLOB */ .dg.id, severity: 'notice', message: `The ${what} glob "${pattern}" matched no files; check the path or the pattern` });
        }
        for (const match of matches)
            seen.add((0,_deps_js__WEBPACK_IMPORTED_MODULE_1__.toRepoPath)(deps.cwd, match));
    }
    const paths = [...seen].sort();
    if (paths.length > maxFiles) {
        findings.push({
            ruleId: _tool_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_MANY_FILES */ .rN.id,
            severity: 'error',
            message: `The ${what} globs matched more than ${maxFiles} files; only the first ${maxFiles} were checked — narrow the globs or raise limits.max_files`,
        });
        paths.length = maxFiles;
    }
    return { paths, findings };
}
/**
 * The folder KB ids are paths under when kb.root is not set: the static part of the globs (`docs/kb` for a
 * glob `docs/kb/` + `**` + `/*.md`), the longest folder they share when there are several. Plain file paths
 * say nothing about a root and are skipped; undefined when no pattern is a glob.
 */
function staticGlobBase(patterns, cwd) {
    const bases = patterns
        .map((pattern) => picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern))
        .filter((scan) => scan.isGlob && !scan.negated)
        .map((scan) => (0,_deps_js__WEBPACK_IMPORTED_MODULE_1__.toRepoPath)(cwd, scan.base === '' ? '.' : scan.base).split('/').filter((part) => part !== '' && part !== '.'));
    if (bases.length === 0)
        return undefined;
    let shared = bases[0];
    for (const parts of bases.slice(1)) {
        const differs = shared.findIndex((part, index) => parts[index] !== part);
        if (differs !== -1)
            shared = shared.slice(0, differs);
    }
    return shared.join('/');
}


/***/ }),

/***/ 2024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ PLACEHOLDER),
/* harmony export */   q: () => (/* binding */ placeholder)
/* harmony export */ });
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2741);
/** Catches a `gatewatch kb new` skeleton merged before its author replaced the "FILL IN" placeholders. */

/** The marker `kb new` writes (src/kb/skeleton.ts); upper case, so prose that says "fill in" is not flagged. */
const PLACEHOLDER = 'FILL IN';
const placeholder = (0,_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    id: 'kb/placeholder',
    severity: 'error',
    description: 'No "FILL IN" placeholder from `gatewatch kb new` is left in the entry',
    check(context, report) {
        context.file.lines.forEach((text, index) => {
            const column = text.indexOf(PLACEHOLDER);
            if (column === -1)
                return;
            // The placeholder's own words, up to the markdown around it (`**`, a table pipe, a dead end's " — ").
            const hint = text.slice(column).split(/\*\*| \| | — /)[0].trim();
            report({
                message: `Placeholder "${hint.length > 80 ? `${hint.slice(0, 79)}…` : hint}" is still here; replace it with what it asks for`,
                location: { path: context.file.path, line: index + 1, column: column + 1 },
            });
        });
    },
});


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

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   N6: () => (/* binding */ toFinding),
/* harmony export */   xG: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _tool_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2853);

function defineRule(rule) {
    return rule;
}
/** Runs rules over one context; a rule that throws becomes a `tool/rule-crashed` finding, never a lost run. */
function runRules(rules, context, crashLocation) {
    const findings = [];
    for (const rule of rules) {
        try {
            rule.check(context, (report) => {
                findings.push({
                    ruleId: rule.id,
                    severity: report.severity ?? rule.severity,
                    message: report.message,
                    ...(report.location ? { location: report.location } : {}),
                    ...(report.signals ? { signals: report.signals } : {}),
                    ...(report.pointer !== undefined ? { pointer: report.pointer } : {}),
                });
            });
        }
        catch (error) {
            findings.push({
                ruleId: _tool_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_CRASHED */ .qV.id,
                severity: 'error',
                message: `Rule "${rule.id}" crashed: ${error instanceof Error ? error.message : String(error)}`,
                ...(crashLocation ? { location: crashLocation } : {}),
            });
        }
    }
    return findings;
}
/** Drops the internal pointer before findings leave a checker. */
function toFinding({ pointer: _pointer, ...finding }) {
    return finding;
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dg: () => (/* binding */ EMPTY_GLOB),
/* harmony export */   qV: () => (/* binding */ RULE_CRASHED),
/* harmony export */   rN: () => (/* binding */ TOO_MANY_FILES),
/* harmony export */   xP: () => (/* binding */ TOOL_RULES)
/* harmony export */ });
const RULE_CRASHED = {
    id: 'tool/rule-crashed',
    severity: 'error',
    description: 'A rule threw while checking a file; the other rules still ran',
};
const EMPTY_GLOB = {
    id: 'tool/empty-glob',
    severity: 'notice',
    description: 'A configured glob matched no file, so nothing was checked for it',
};
const TOO_MANY_FILES = {
    id: 'tool/too-many-files',
    severity: 'error',
    description: 'The globs matched more files than limits.max_files; the rest were not checked',
};
const TOOL_RULES = [RULE_CRASHED, EMPTY_GLOB, TOO_MANY_FILES];


/***/ })

};

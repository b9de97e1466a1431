export const id = 144;
export const ids = [144];
export const modules = {

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ POLICY_UNAVAILABLE),
/* harmony export */   FP: () => (/* binding */ IGNORED_BINARY),
/* harmony export */   Td: () => (/* binding */ DEFERRED_SETTING),
/* harmony export */   b2: () => (/* binding */ POLICY_RULES)
/* harmony export */ });
const DEFERRED_SETTING = {
    id: 'policy/deferred-setting',
    severity: 'notice',
    description: 'The pull request changes a gatewatch.yml setting that decides the gate or what may be probed; it takes effect after merge',
};
const IGNORED_BINARY = {
    id: 'policy/ignored-binary',
    severity: 'notice',
    description: 'gatewatch.yml names a gateway binary; which program runs comes only from action inputs or CLI flags',
};
const POLICY_UNAVAILABLE = {
    id: 'policy/base-unreadable',
    severity: 'notice',
    description: "The base commit's gatewatch.yml could not be read, so the settings that decide the gate use their defaults instead of the pull request's",
};
const POLICY_RULES = [DEFERRED_SETTING, IGNORED_BINARY, POLICY_UNAVAILABLE];


/***/ }),

/***/ 5144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POLICY_KEYS: () => (/* binding */ POLICY_KEYS),
/* harmony export */   applyTrustedPolicy: () => (/* binding */ applyTrustedPolicy)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1821);

/** Top-level keys that decide the verdict, where findings are shown, or which addresses may be probed. */
const POLICY_KEYS = ['fail_on', 'comment', 'only_changed', 'allow'];
function at(input, pointer) {
    const position = input.locate?.(pointer);
    return position ? { path: input.configPath, line: position.line, column: position.column } : undefined;
}
function notice(rule, message, location) {
    return { ruleId: rule.id, severity: rule.severity, message, ...(location ? { location } : {}) };
}
const show = (value) => (value === undefined ? 'the default' : JSON.stringify(value));
/** Drops `nginx.binary` / `haproxy.binary`, with one located notice each. */
function withoutBinaries(input, raw, findings) {
    const out = { ...raw };
    for (const gateway of ['nginx', 'haproxy']) {
        const section = raw[gateway];
        if (section?.binary === undefined)
            continue;
        const { binary, ...rest } = section;
        out[gateway] = rest;
        findings.push(notice(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .IGNORED_BINARY */ .FP, `"${gateway}.binary: ${binary}" in gatewatch.yml is ignored because the program that runs never comes from the repository; ` +
            `set the action input ${gateway}-binary or pass --${gateway}-binary instead (default: ${gateway} on PATH)`, at(input, `/${gateway}/binary`)));
    }
    return out;
}
/** Applies the trusted policy to the working config: pure, so every combination is unit-tested. */
function applyTrustedPolicy(input) {
    const findings = [];
    let raw = withoutBinaries(input, input.working, findings);
    const { source } = input;
    if (source.kind === 'working-tree')
        return { raw, findings };
    raw = { ...raw };
    if (source.kind === 'unavailable') {
        // Nothing is known about the base: the working file's policy keys may be the PR's own, so none apply.
        const set = POLICY_KEYS.filter((key) => raw[key] !== undefined);
        if (set.length === 0)
            return { raw, findings };
        for (const key of set)
            setKey(raw, key, undefined);
        findings.push(notice(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_UNAVAILABLE */ .CB, `gatewatch.yml sets ${set.map((key) => `"${key}"`).join(', ')} but the base commit "${source.label}" could not be read (${source.reason}), ` +
            'so they use their defaults or the action inputs; check out with fetch-depth: 0 (actions/checkout) so the base commit is present', at(input, `/${set[0]}`)));
        return { raw, findings };
    }
    for (const key of POLICY_KEYS) {
        const proposed = raw[key];
        const kept = source.raw[key];
        if (JSON.stringify(proposed) === JSON.stringify(kept))
            continue;
        setKey(raw, key, kept);
        findings.push(notice(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFERRED_SETTING */ .Td, `This pull request changes "${key}" from ${show(kept)} to ${show(proposed)}; settings that decide the gate are read from the base commit ` +
            `"${source.label}", so the change takes effect after merge`, at(input, `/${key}`)));
    }
    return { raw, findings };
}
function setKey(raw, key, value) {
    if (value === undefined)
        delete raw[key];
    else
        raw[key] = value;
}


/***/ })

};

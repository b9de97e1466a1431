export const id = 223;
export const ids = [223];
export const modules = {

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kbParseCommand: () => (/* binding */ kbParseCommand)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7304);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _kb_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2352);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);
/** `gatewatch kb parse FILE`: the canonical JSON of one entry, with that file's findings. */





async function kbParseCommand(argv, deps, io) {
    const { positionals, values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)('kb parse', argv, { 'kb-root': { type: 'string' } }, true);
    const root = values['kb-root'];
    if (positionals.length !== 1)
        throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('kb parse takes exactly one FILE');
    const options = await (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(deps);
    const path = (0,_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .toRepoPath */ .x)(deps.cwd, positionals[0]);
    // Cross-file rules (related-exists, duplicate-id) need the rest of the KB; only this file is reported.
    const knowledgeBase = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .expandGlobs */ .GE)(options.kb.paths, deps, 'kb', options.limits.maxFiles);
    const paths = [path, ...knowledgeBase.paths.filter((other) => other !== path)];
    const result = await (0,_kb_check_js__WEBPACK_IMPORTED_MODULE_3__.checkKbFiles)(paths, deps, { root: root ?? options.kb.root }, options.kb.maxFileBytes);
    const file = result.files[0];
    const findings = result.findings.filter((finding) => finding.location?.path === path);
    io.stdout(`${JSON.stringify({ path, form: file.form, entry: file.entry, findings }, null, 2)}\n`);
    return findings.some((finding) => finding.severity === 'error') ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.failed : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.passed;
}


/***/ })

};

export const id = 553;
export const ids = [553];
export const modules = {

/***/ 6553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   locateProbes: () => (/* binding */ locateProbes),
/* harmony export */   withProbeOrigins: () => (/* binding */ withProbeOrigins)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4671);
/** Source lines of probes declared in YAML, so probe findings point at the entry that declared them. */


/** Adds `origin` (the line of each entry's `name:`) to probes listed at `pointer` in `doc`. */
function locateProbes(probes, doc, lineCounter, sourcePath, pointer) {
    return probes.map((probe, index) => {
        if (probe.origin)
            return probe;
        const range = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locateInYaml */ .HK)(doc, lineCounter, `${pointer}/${index}/name`, 0, true);
        return range ? { ...probe, origin: { path: sourcePath, line: range.line, column: range.column } } : probe;
    });
}
/** Locates gatewatch.yml's `probes:` entries (the text was already validated by parseConfigText). */
function withProbeOrigins(options, text, configPath) {
    if (options.probes.length === 0)
        return options;
    const lineCounter = new _yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter });
    return { ...options, probes: locateProbes(options.probes, doc, lineCounter, configPath, '/probes') };
}


/***/ })

};

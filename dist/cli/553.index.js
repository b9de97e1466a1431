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


/***/ }),

/***/ 4671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ locateInYaml),
/* harmony export */   HN: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.HN),
/* harmony export */   cP: () => (/* binding */ pointerSegments)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/** Maps JSON pointers to source ranges inside a parsed YAML document (for `gatewatch.yml` and KB front matter). */

function pointerSegments(pointer) {
    if (pointer === '' || pointer === '/')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function rangeOf(node, lineCounter, lineOffset) {
    if (!node?.range)
        return undefined;
    const start = lineCounter.linePos(node.range[0]);
    const end = lineCounter.linePos(node.range[1]);
    return { line: start.line + lineOffset, column: start.col, endLine: end.line + lineOffset, endColumn: end.col };
}
function child(node, segment) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === segment);
        if (!pair || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
            return undefined;
        return { value: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.value) ? pair.value : undefined, key: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.key) ? pair.key : undefined };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const item = node.items[Number(segment)];
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(item) ? { value: item, key: item } : undefined;
    }
    return undefined;
}
/**
 * Locates `pointer` in `doc`: the value's range, or the key's when the value is empty; the nearest
 * existing ancestor when the pointer does not exist (undefined with `exact`). `lineOffset` shifts lines.
 */
function locateInYaml(doc, lineCounter, pointer, lineOffset = 0, preferKey = false, exact = false) {
    let node = doc.contents;
    let best = rangeOf(doc.contents, lineCounter, lineOffset);
    for (const segment of pointerSegments(pointer)) {
        const next = child(node, segment);
        if (!next)
            return exact ? undefined : best;
        const target = preferKey || !next.value ? next.key : next.value;
        best = rangeOf(target, lineCounter, lineOffset) ?? best;
        node = next.value;
    }
    return best;
}



/***/ })

};

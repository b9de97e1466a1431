export const id = 527;
export const ids = [527];
export const modules = {

/***/ 7732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NGINX_PARSE_USAGE: () => (/* binding */ NGINX_PARSE_USAGE),
/* harmony export */   nginxParseCommand: () => (/* binding */ nginxParseCommand)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _nginx_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3233);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);
/** `gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file]`: crossplane's payload as JSON. */



const NGINX_PARSE_USAGE = 'usage: gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file] [--indent N]';
/** Prints the payload; exit 1 when it carries errors (status "failed"), like a failed gate. */
async function nginxParseCommand(argv, deps, io) {
    const parsed = (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)('nginx parse', argv, {
        combine: { type: 'boolean', default: false },
        'include-comments': { type: 'boolean', default: false },
        'single-file': { type: 'boolean', default: false },
        indent: { type: 'string' },
    }, true);
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0)
        throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(NGINX_PARSE_USAGE);
    const indent = parsed.values.indent === undefined ? undefined : Number(parsed.values.indent);
    if (indent !== undefined && !(Number.isInteger(indent) && indent >= 0 && indent <= 10)) {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`nginx parse: invalid value "${parsed.values.indent}" for --indent; expected an integer 0..10`);
    }
    const payload = await (0,_nginx_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNginx */ .S)(file, deps, {
        combine: parsed.values.combine,
        comments: parsed.values['include-comments'],
        single: parsed.values['single-file'],
    });
    // crossplane prints compact JSON (separators "," and ":") unless --indent is given.
    io.stdout(`${JSON.stringify(payload, null, indent)}\n`);
    return payload.status === 'ok' ? _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.passed : _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed;
}


/***/ }),

/***/ 5906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ columnOf),
/* harmony export */   v: () => (/* binding */ COLUMN)
/* harmony export */ });
/** crossplane's JSON payload shape (`crossplane parse`), which `gatewatch nginx parse` prints byte-compatible. */
/** Symbol-keyed so `JSON.stringify` skips it: crossplane has no columns, findings want them. */
const COLUMN = Symbol('column');
function columnOf(directive) {
    return directive[COLUMN] ?? 1;
}


/***/ })

};

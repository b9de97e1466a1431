export const id = 416;
export const ids = [416];
export const modules = {

/***/ 7732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nginxParseCommand: () => (/* binding */ nginxParseCommand)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _nginx_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5185);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7654);
/** `gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file] [--ignore X,Y] [--strict]`: crossplane's payload as JSON. */




/** Prints the payload; exit 1 when it carries errors (status "failed"), like a failed gate. */
async function nginxParseCommand(argv, deps, io) {
    const parsed = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommand */ .RM)((0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .commandSpec */ .Lx)('nginx parse'), argv);
    const file = parsed.positionals[0];
    const indentText = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(parsed.values, 'indent');
    const indent = indentText === undefined ? undefined : Number(indentText);
    if (indent !== undefined && !(Number.isInteger(indent) && indent >= 0 && indent <= 10)) {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`nginx parse: invalid value "${indentText}" for --indent; expected an integer 0..10`);
    }
    const payload = await (0,_nginx_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNginx */ .S)(file, deps, {
        combine: (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(parsed.values, 'combine'),
        comments: (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(parsed.values, 'include-comments'),
        single: (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(parsed.values, 'single-file'),
        // crossplane: a comma-separated list of directives to leave out.
        ...((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(parsed.values, 'ignore') ? { ignore: (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(parsed.values, 'ignore').split(',').map((name) => name.trim()).filter(Boolean) } : {}),
        strict: (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(parsed.values, 'strict'),
    });
    // crossplane prints compact JSON (separators "," and ":") unless --indent is given.
    io.stdout(`${JSON.stringify(payload, null, indent)}\n`);
    return payload.status === 'ok' ? _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.passed : _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.failed;
}


/***/ }),

/***/ 5906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ externalIncludes),
/* harmony export */   b: () => (/* binding */ UNTERMINATED),
/* harmony export */   jC: () => (/* binding */ EXTERNALS),
/* harmony export */   uV: () => (/* binding */ columnOf),
/* harmony export */   vW: () => (/* binding */ COLUMN),
/* harmony export */   vs: () => (/* binding */ STAND_IN)
/* harmony export */ });
/** crossplane's JSON payload shape (`crossplane parse`), which `gatewatch nginx parse` prints byte-compatible. */
/** Symbol-keyed so `JSON.stringify` skips it: crossplane has no columns, findings want them. */
const COLUMN = Symbol('column');
/** Symbol-keyed for the same reason: gatewatch's notes on a payload that crossplane's shape has no room for. */
const STAND_IN = Symbol('stand-in');
const EXTERNALS = Symbol('externals');
const UNTERMINATED = Symbol('unterminated');
function externalIncludes(payload) {
    return payload[EXTERNALS] ?? [];
}
function columnOf(directive) {
    return directive[COLUMN] ?? 1;
}


/***/ }),

/***/ 8894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ outsideRoot),
/* harmony export */   v: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Bounded reads of repository content (SECURITY.md "bounded reads"): a file is opened only when its real
 * path is inside the repository and it is a regular file (Deps.readFile refuses devices, FIFOs and sockets
 * unopened), and never more than a cap is read. Each refusal is a reason a caller turns into a located finding.
 */

/**
 * The real path of `file` when it lies outside `root` (absolute paths, `../`, symlinks in the repository),
 * else undefined. A file that does not exist is not outside: opening it fails with the usual message.
 */
async function outsideRoot(file, io, root) {
    if (root === undefined)
        return undefined;
    const resolve = async (target) => {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd ?? '', target);
        try {
            return io.realpath ? await io.realpath(absolute) : absolute;
        }
        catch {
            return undefined;
        }
    };
    const real = await resolve(file);
    if (real === undefined)
        return undefined;
    const realRoot = (await resolve(root)) ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd ?? '', root);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(realRoot, real);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative)) ? undefined : real;
}
/** Reads a repository file within `maxBytes`; the reason says why not, in words fit for a finding. */
async function readRepoFile(deps, file, maxBytes) {
    const outside = await outsideRoot(file, deps, deps.cwd);
    if (outside !== undefined)
        return { ok: false, reason: `it resolves to "${outside}", outside the repository, so it is not read` };
    try {
        return { ok: true, data: await deps.readFile(file, maxBytes) };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOTREG')
            return { ok: false, reason: `it is ${error.kind ?? 'not a regular file'}, not a config file, so it is not read` };
        if (code === 'EFBIG')
            return { ok: false, reason: `it is over the ${maxBytes}-byte limit, so it is not read` };
        return { ok: false, reason: `it cannot be read (${code ?? String(error)})` };
    }
}


/***/ })

};

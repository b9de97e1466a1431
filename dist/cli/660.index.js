export const id = 660;
export const ids = [660,553,708];
export const modules = {

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfigDocument: () => (/* binding */ parseConfigDocument),
/* harmony export */   parseConfigText: () => (/* binding */ parseConfigText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6538);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2973);
/* harmony import */ var _probe_parse_probes_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7708);
/* harmony import */ var _schema_ajv_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3864);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4671);
/** gatewatch.yml text -> the validated raw config, every problem a UsageError at key:line. */






const validateConfig = (0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_4__/* .compileSchema */ .Fc)(_schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__);
/** Parses and validates gatewatch.yml text; every problem becomes a UsageError naming the key and line. */
function parseConfigText(text, configPath) {
    return parseConfigDocument(text, configPath).raw;
}
function parseConfigDocument(text, configPath) {
    const lineCounter = new _yaml_locate_js__WEBPACK_IMPORTED_MODULE_5__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const position = lineCounter.linePos(first.pos[0]);
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${configPath}:${position.line}:${position.col}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        // yaml throws on an alias without its anchor (`*x`) or one expanded past maxAliasCount: bad config, exit 2.
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${configPath}:1:1: invalid YAML: ${error.message}`);
    }
    if (!validateConfig(data)) {
        const messages = (validateConfig.errors ?? [])
            .filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf' && error.keyword !== 'if')
            .map((error) => {
            const pointer = (0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_4__/* .errorPointer */ .cS)(error);
            const range = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_5__/* .locateInYaml */ .HK)(doc, lineCounter, pointer, 0, error.keyword === 'additionalProperties');
            const where = range ? `${configPath}:${range.line}:${range.column}` : configPath;
            const key = pointer === '' ? '(root)' : pointer.slice(1).replace(/\//g, '.');
            return `${where}: invalid config key "${key}": ${(0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error, data)}`;
        });
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb([...new Set(messages)].join('\n') || `${configPath}: invalid config`);
    }
    const regexProblems = (0,_probe_parse_probes_input_js__WEBPACK_IMPORTED_MODULE_3__/* .bodyRegexProblems */ .Q)(data.probes ?? []);
    if (regexProblems.length > 0) {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(regexProblems
            .map(({ index, reason }) => {
            const range = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_5__/* .locateInYaml */ .HK)(doc, lineCounter, `/probes/${index}/expect/body_regex`);
            return `${range ? `${configPath}:${range.line}:${range.column}` : configPath}: invalid config key "probes.${index}.expect.body_regex": ${reason}`;
        })
            .join('\n'));
    }
    return {
        raw: data,
        locate: (pointer) => {
            const range = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_5__/* .locateInYaml */ .HK)(doc, lineCounter, pointer, 0, true, true);
            return range ? { line: range.line, column: range.column } : undefined;
        },
    };
}


/***/ }),

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

/***/ 7708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ bodyRegexProblems),
/* harmony export */   parseProbesInput: () => (/* binding */ parseProbesInput)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6538);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2973);
/* harmony import */ var _safety_repo_regex_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2982);
/* harmony import */ var _schema_ajv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3864);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4671);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6553);
/**
 * The action's `probes` input (and `gatewatch check --probes FILE`): YAML text holding the same list
 * as gatewatch.yml's `probes:`, validated by the same schema definition so both forms accept the same keys.
 */







// A list of the config schema's own probe definition: one source of truth for probe keys.
const validateProbeList = (0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_3__/* .compileSchema */ .Fc)({
    $schema: _schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__.$schema,
    $id: `${_schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__.$id.replace(/config\.schema\.json$/, '')}probes-input.schema.json`,
    type: 'array',
    items: { $ref: '#/$defs/probe' },
    $defs: _schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__.$defs,
});
/** `expect.body_regex` values RE2 cannot run, by probe index: refused when the list is read, not mid-run. */
function bodyRegexProblems(probes) {
    return probes.flatMap((probe, index) => {
        const source = probe.expect?.body_regex;
        if (source === undefined)
            return [];
        const compiled = (0,_safety_repo_regex_js__WEBPACK_IMPORTED_MODULE_6__/* .compileRepoRegex */ .XX)(source);
        return compiled.ok ? [] : [{ index, reason: compiled.reason }];
    });
}
/** Parses the YAML list; every problem is a UsageError naming the line, column and key. */
function parseProbesInput(text, options = {}) {
    const source = options.source ?? 'probes';
    const lineCounter = new _yaml_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const position = lineCounter.linePos(first.pos[0]);
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${source}:${position.line}:${position.col}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 }) ?? [];
    }
    catch (error) {
        // yaml throws (ReferenceError) on an alias without its anchor, or one expanded past maxAliasCount.
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${source}:1:1: invalid YAML: ${error.message}`);
    }
    // Also accept a pasted gatewatch.yml fragment (`probes:` followed by the list).
    let pointer = '';
    if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'probes' in data) {
        data = data.probes;
        pointer = '/probes';
    }
    if (!validateProbeList(data)) {
        const errors = validateProbeList.errors ?? [];
        // Branch errors of the url/tcp/via anyOf ("missing url", "missing tcp" …) are replaced below by one message.
        const messages = errors
            .filter((error) => error.keyword !== 'anyOf' && !error.schemaPath.includes('/anyOf/'))
            .map((error) => {
            const errorAt = `${pointer}${(0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_3__/* .errorPointer */ .cS)(error)}`;
            const range = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locateInYaml */ .HK)(doc, lineCounter, errorAt, 0, error.keyword === 'additionalProperties');
            const where = range ? `${source}:${range.line}:${range.column}` : source;
            const key = errorAt === '' ? '(root)' : errorAt.slice(1).replace(/\//g, '.');
            return `${where}: invalid probe key "${key}": ${(0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error, data)}`;
        });
        for (const anyOf of errors.filter((error) => error.keyword === 'anyOf')) {
            const range = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locateInYaml */ .HK)(doc, lineCounter, `${pointer}${anyOf.instancePath}`);
            const where = range ? `${source}:${range.line}:${range.column}` : source;
            messages.push(`${where}: probe needs one of "url", "via" or "tcp"`);
        }
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb([...new Set(messages)].join('\n') || `${source}: invalid probes list`);
    }
    const regexProblems = bodyRegexProblems(data);
    if (regexProblems.length > 0) {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(regexProblems
            .map(({ index, reason }) => {
            const range = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locateInYaml */ .HK)(doc, lineCounter, `${pointer}/${index}/expect/body_regex`);
            return `${range ? `${source}:${range.line}:${range.column}` : source}: invalid probe key "${`${pointer}/${index}/expect/body_regex`.slice(1).replace(/\//g, '.')}": ${reason}`;
        })
            .join('\n'));
    }
    const defaults = options.defaults ?? { timeoutMs: 2000, retries: 1 };
    const specs = data.map((raw) => (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .toProbeSpec */ .Jq)(raw, defaults));
    return options.locate ? (0,_origins_js__WEBPACK_IMPORTED_MODULE_5__.locateProbes)(specs, doc, lineCounter, source, pointer) : specs;
}


/***/ }),

/***/ 2982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ testCapped),
/* harmony export */   XX: () => (/* binding */ compileRepoRegex)
/* harmony export */ });
/* unused harmony exports MAX_PATTERN_LENGTH, MAX_INPUT_LENGTH, MAX_INPUT_LINES, missingInRe2 */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/**
 * The one place regexes from repository content are compiled: KB `signals.nginx_log`, probe
 * `expect.body_regex`, anything else a pull request can write. V8's RegExp backtracks without a
 * time limit (`\w*\w*\w*\w*\w*!` ran for minutes on a long line, `(a+)+$` is exponential), so these
 * run on re2js, a port of RE2 whose matching time is linear in the input whatever the pattern.
 * RE2 has no lookaround and no backreferences; such a pattern is refused with a message saying so.
 */

/** Longest pattern accepted: signals quote one stable log phrase, body checks a short marker. */
const MAX_PATTERN_LENGTH = 1000;
/** Log text beyond this is not matched; nginx puts the stable message first, before `client:`. */
const MAX_INPUT_LENGTH = 1024;
/** Log excerpts attached to one finding are a few lines; more are not matched. */
const MAX_INPUT_LINES = 20;
/**
 * The JavaScript constructs RE2 lacks, found before translation (re2js's translator would silently
 * turn `\k<name>` into the literal `k<name>`). Escapes and character classes are skipped.
 */
function missingInRe2(source) {
    let inClass = false;
    for (let i = 0; i < source.length; i += 1) {
        const char = source[i];
        const next = source[i + 1] ?? '';
        if (char === '\\') {
            if (!inClass && /[1-9]/.test(next))
                return 'backreferences ("\\1")';
            if (!inClass && next === 'k' && source[i + 2] === '<')
                return 'named backreferences ("\\k<name>")';
            i += 1;
            continue;
        }
        if (inClass) {
            if (char === ']')
                inClass = false;
            continue;
        }
        if (char === '[') {
            inClass = true;
            continue;
        }
        if (char === '(' && next === '?') {
            const rest = source.slice(i + 2, i + 4);
            if (rest.startsWith('<=') || rest.startsWith('<!'))
                return 'lookbehind ("(?<=…)", "(?<!…)")';
            if (rest.startsWith('=') || rest.startsWith('!'))
                return 'lookahead ("(?=…)", "(?!…)")';
            if (rest.startsWith('>'))
                return 'atomic groups ("(?>…)")';
        }
        if ('*+?}'.includes(char) && next === '+')
            return 'possessive quantifiers ("a*+")';
    }
    return undefined;
}
/** Compiles a repository regex for linear-time matching; every problem is a reason, never an exception. */
function compileRepoRegex(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        return { ok: false, reason: `it is longer than ${MAX_PATTERN_LENGTH} characters; shorten it` };
    const missing = missingInRe2(source);
    if (missing) {
        return { ok: false, reason: `RE2 (the linear-time engine gatewatch runs repository regexes on) has no ${missing}; rewrite the pattern without them` };
    }
    try {
        // translateRegExp maps JavaScript-only spellings (`\u0041`, `(?<name>…)`, `\cA`) to RE2's.
        const compiled = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.translateRegExp(source));
        return { ok: true, regex: { source, test: (text) => compiled.test(text) } };
    }
    catch (error) {
        const message = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        return { ok: false, reason: `it is not a valid regular expression (${message}); fix the syntax` };
    }
}
/** Tests a log regex line by line against capped input (a finding's log excerpt is a few short lines). */
function testCapped(regex, text) {
    const lines = text.split('\n', MAX_INPUT_LINES);
    return lines.some((line) => regex.test(line.slice(0, MAX_INPUT_LENGTH)));
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



/***/ }),

/***/ 6538:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gatewatch/gatewatch/schemas/config.schema.json","title":"gatewatch.yml","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"fail_on":{"enum":["error","warning","notice","never"]},"comment":{"enum":["auto","always","off"]},"only_changed":{"type":"boolean"},"kb":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"root":{"type":"string","minLength":1},"domains":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"}},"categories":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"}},"max_file_bytes":{"type":"integer","minimum":1}}},"nginx":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"test":{"enum":["auto","always","never"]},"binary":{"description":"Ignored with a notice: the program that runs comes only from the nginx-binary/haproxy-binary action inputs or --nginx-binary/--haproxy-binary (kept so older files still parse)","type":"string","minLength":1},"version":{"type":"string","pattern":"^\\\\d+\\\\.\\\\d+(\\\\.\\\\d+)?$"},"resolve":{"type":"boolean"},"hosts":{"type":"object","additionalProperties":{"type":"string","minLength":1}},"probe_upstreams":{"type":"boolean"},"health_path":{"type":"string","pattern":"^/"}}},"haproxy":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"test":{"enum":["auto","always","never"]},"binary":{"description":"Ignored with a notice: the program that runs comes only from the nginx-binary/haproxy-binary action inputs or --nginx-binary/--haproxy-binary (kept so older files still parse)","type":"string","minLength":1},"warnings_as_errors":{"type":"boolean"}}},"probe":{"type":"object","additionalProperties":false,"properties":{"concurrency":{"type":"integer","minimum":1,"maximum":1024},"budget_ms":{"type":"integer","minimum":1},"timeout_ms":{"type":"integer","minimum":1},"retries":{"type":"integer","minimum":0,"maximum":10}}},"probes":{"type":"array","items":{"$ref":"#/$defs/probe"}},"allow":{"type":"array","items":{"type":"string","minLength":1}},"gateway_log":{"oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1},"format":{"enum":["nginx","haproxy","alb"]}}}]},"limits":{"type":"object","additionalProperties":false,"properties":{"max_files":{"type":"integer","minimum":1}}}},"$defs":{"globs":{"oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]},"expect":{"type":"object","additionalProperties":false,"properties":{"status":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599},"minItems":1},"body":{"type":"string"},"body_regex":{"type":"string"},"max_ms":{"type":"integer","minimum":1}}},"probe":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"url":{"type":"string","pattern":"^https?://"},"tcp":{"type":"string","pattern":"^\\\\[?[^\\\\s/]+\\\\]?:\\\\d+$"},"via":{"type":"string","pattern":"^https?://"},"direct":{"type":"string","pattern":"^https?://"},"method":{"enum":["GET","HEAD","POST","PUT","DELETE","OPTIONS","PATCH"]},"headers":{"type":"object","additionalProperties":{"type":"string"}},"timeout_ms":{"type":"integer","minimum":1},"retries":{"type":"integer","minimum":0,"maximum":10},"expect":{"$ref":"#/$defs/expect"},"tls":{"type":"object","additionalProperties":false,"properties":{"ca":{"type":"string","minLength":1},"insecure":{"type":"boolean"},"servername":{"type":"string"}}}},"anyOf":[{"required":["url"],"properties":{"url":true}},{"required":["tcp"],"properties":{"tcp":true}},{"required":["via"],"properties":{"via":true}}]}}}');

/***/ })

};

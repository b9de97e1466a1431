export const id = 708;
export const ids = [708,553];
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

/***/ 7708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bodyRegexProblems: () => (/* binding */ bodyRegexProblems),
/* harmony export */   parseProbesInput: () => (/* binding */ parseProbesInput)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6538);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2973);
/* harmony import */ var _safety_repo_regex_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5294);
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

/***/ 6538:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gatewatch/gatewatch/schemas/config.schema.json","title":"gatewatch.yml","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"fail_on":{"enum":["error","warning","notice","never"]},"comment":{"enum":["auto","always","off"]},"only_changed":{"type":"boolean"},"kb":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"root":{"type":"string","minLength":1},"domains":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"}},"categories":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"}},"max_file_bytes":{"type":"integer","minimum":1}}},"nginx":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"test":{"enum":["auto","always","never"]},"binary":{"description":"Ignored with a notice: the program that runs comes only from the nginx-binary/haproxy-binary action inputs or --nginx-binary/--haproxy-binary (kept so older files still parse)","type":"string","minLength":1},"version":{"type":"string","pattern":"^\\\\d+\\\\.\\\\d+(\\\\.\\\\d+)?$"},"resolve":{"type":"boolean"},"hosts":{"type":"object","additionalProperties":{"type":"string","minLength":1}},"probe_upstreams":{"type":"boolean"},"health_path":{"type":"string","pattern":"^/"}}},"haproxy":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"test":{"enum":["auto","always","never"]},"binary":{"description":"Ignored with a notice: the program that runs comes only from the nginx-binary/haproxy-binary action inputs or --nginx-binary/--haproxy-binary (kept so older files still parse)","type":"string","minLength":1},"warnings_as_errors":{"type":"boolean"}}},"probe":{"type":"object","additionalProperties":false,"properties":{"concurrency":{"type":"integer","minimum":1,"maximum":1024},"budget_ms":{"type":"integer","minimum":1},"timeout_ms":{"type":"integer","minimum":1},"retries":{"type":"integer","minimum":0,"maximum":10}}},"probes":{"type":"array","items":{"$ref":"#/$defs/probe"}},"allow":{"type":"array","items":{"type":"string","minLength":1}},"gateway_log":{"oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1},"format":{"enum":["nginx","haproxy","alb"]}}}]},"limits":{"type":"object","additionalProperties":false,"properties":{"max_files":{"type":"integer","minimum":1}}}},"$defs":{"globs":{"oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]},"expect":{"type":"object","additionalProperties":false,"properties":{"status":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599},"minItems":1},"body":{"type":"string"},"body_regex":{"type":"string"},"max_ms":{"type":"integer","minimum":1}}},"probe":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"url":{"type":"string","pattern":"^https?://"},"tcp":{"type":"string","pattern":"^\\\\[?[^\\\\s/]+\\\\]?:\\\\d+$"},"via":{"type":"string","pattern":"^https?://"},"direct":{"type":"string","pattern":"^https?://"},"method":{"enum":["GET","HEAD","POST","PUT","DELETE","OPTIONS","PATCH"]},"headers":{"type":"object","additionalProperties":{"type":"string"}},"timeout_ms":{"type":"integer","minimum":1},"retries":{"type":"integer","minimum":0,"maximum":10},"expect":{"$ref":"#/$defs/expect"},"tls":{"type":"object","additionalProperties":false,"properties":{"ca":{"type":"string","minLength":1},"insecure":{"type":"boolean"},"servername":{"type":"string"}}}},"anyOf":[{"required":["url"],"properties":{"url":true}},{"required":["tcp"],"properties":{"tcp":true}},{"required":["via"],"properties":{"via":true}}]}}}');

/***/ })

};

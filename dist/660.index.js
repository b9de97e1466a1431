export const id = 660;
export const ids = [660];
export const modules = {

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfigText: () => (/* binding */ parseConfigText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6538);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2973);
/* harmony import */ var _schema_ajv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3864);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4671);
/** gatewatch.yml text -> the validated raw config, every problem a UsageError at key:line. */





const validateConfig = (0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_2__/* .compileSchema */ .Fc)(_schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_1__);
/** Parses and validates gatewatch.yml text; every problem becomes a UsageError naming the key and line. */
function parseConfigText(text, configPath) {
    const lineCounter = new _yaml_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const position = lineCounter.linePos(first.pos[0]);
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${configPath}:${position.line}:${position.col}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        // yaml throws on an alias without its anchor (`*x`) or one expanded past maxAliasCount: bad config, exit 2.
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${configPath}:1:1: invalid YAML: ${error.message}`);
    }
    if (!validateConfig(data)) {
        const messages = (validateConfig.errors ?? [])
            .filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf' && error.keyword !== 'if')
            .map((error) => {
            const pointer = (0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_2__/* .errorPointer */ .cS)(error);
            const range = (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .locateInYaml */ .HK)(doc, lineCounter, pointer, 0, error.keyword === 'additionalProperties');
            const where = range ? `${configPath}:${range.line}:${range.column}` : configPath;
            const key = pointer === '' ? '(root)' : pointer.slice(1).replace(/\//g, '.');
            return `${where}: invalid config key "${key}": ${(0,_schema_ajv_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error, data)}`;
        });
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb([...new Set(messages)].join('\n') || `${configPath}: invalid config`);
    }
    return data;
}


/***/ }),

/***/ 6538:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gatewatch/gatewatch/schemas/config.schema.json","title":"gatewatch.yml","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"fail_on":{"enum":["error","warning","notice","never"]},"comment":{"enum":["auto","always","off"]},"only_changed":{"type":"boolean"},"kb":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"root":{"type":"string","minLength":1},"domains":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"}},"categories":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"}},"max_file_bytes":{"type":"integer","minimum":1}}},"nginx":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"test":{"enum":["auto","always","never"]},"binary":{"type":"string","minLength":1},"version":{"type":"string","pattern":"^\\\\d+\\\\.\\\\d+(\\\\.\\\\d+)?$"},"resolve":{"type":"boolean"},"hosts":{"type":"object","additionalProperties":{"type":"string","minLength":1}},"probe_upstreams":{"type":"boolean"},"health_path":{"type":"string","pattern":"^/"}}},"haproxy":{"type":"object","additionalProperties":false,"properties":{"paths":{"$ref":"#/$defs/globs"},"test":{"enum":["auto","always","never"]},"binary":{"type":"string","minLength":1},"warnings_as_errors":{"type":"boolean"}}},"probe":{"type":"object","additionalProperties":false,"properties":{"concurrency":{"type":"integer","minimum":1,"maximum":1024},"budget_ms":{"type":"integer","minimum":1},"timeout_ms":{"type":"integer","minimum":1},"retries":{"type":"integer","minimum":0,"maximum":10}}},"probes":{"type":"array","items":{"$ref":"#/$defs/probe"}},"allow":{"type":"array","items":{"type":"string","minLength":1}},"gateway_log":{"oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1},"format":{"enum":["nginx","haproxy","alb"]}}}]},"limits":{"type":"object","additionalProperties":false,"properties":{"max_files":{"type":"integer","minimum":1}}}},"$defs":{"globs":{"oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]},"expect":{"type":"object","additionalProperties":false,"properties":{"status":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599},"minItems":1},"body":{"type":"string"},"body_regex":{"type":"string"},"max_ms":{"type":"integer","minimum":1}}},"probe":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"url":{"type":"string","pattern":"^https?://"},"tcp":{"type":"string","pattern":"^\\\\[?[^\\\\s/]+\\\\]?:\\\\d+$"},"via":{"type":"string","pattern":"^https?://"},"direct":{"type":"string","pattern":"^https?://"},"method":{"enum":["GET","HEAD","POST","PUT","DELETE","OPTIONS","PATCH"]},"headers":{"type":"object","additionalProperties":{"type":"string"}},"timeout_ms":{"type":"integer","minimum":1},"retries":{"type":"integer","minimum":0,"maximum":10},"expect":{"$ref":"#/$defs/expect"},"tls":{"type":"object","additionalProperties":false,"properties":{"ca":{"type":"string","minLength":1},"insecure":{"type":"boolean"},"servername":{"type":"string"}}}},"anyOf":[{"required":["url"],"properties":{"url":true}},{"required":["tcp"],"properties":{"tcp":true}},{"required":["via"],"properties":{"via":true}}]}}}');

/***/ })

};

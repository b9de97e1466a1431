export const id = 56;
export const ids = [56];
export const modules = {

/***/ 7056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPLAIN_USAGE: () => (/* binding */ EXPLAIN_USAGE),
  explainCommand: () => (/* binding */ explainCommand),
  renderExplainText: () => (/* binding */ renderExplainText)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/cite/cite.ts
var cite = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/kb/check.ts + 8 modules
var check = __webpack_require__(2352);
;// CONCATENATED MODULE: ./src/probe/result.ts
/** The probe record every report shows (DESIGN §2 `probes[]`). */
const PROBE_CLASSES = [
    'refused',
    'timeout_connect',
    'timeout_headers',
    'closed_early',
    'reset',
    'truncated_body',
    'bad_response',
    'tls_verify',
    'tls_protocol',
    'dns',
    'unreachable',
    'no_live_upstream',
    'upstream_5xx',
    'http_status',
    'body_mismatch',
    'slow',
    'blocked_target',
];

// EXTERNAL MODULE: ./src/run.ts + 11 modules
var run = __webpack_require__(7907);
// EXTERNAL MODULE: ./src/cli/check.ts + 5 modules
var cli_check = __webpack_require__(2095);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/explain.ts
/** `gatewatch explain`: which KB entries match a symptom seen in production (a status, a log line, a probe class). */








const EXPLAIN_USAGE = `Usage: gatewatch explain [--status N] [--log TEXT] [--probe CLASS] [--haproxy-termination CODE]
                        [--rule RULE_ID] [--gateway nginx|haproxy|alb] [--format text|json]
                        [--config FILE] [--kb GLOB]...

Ranks the KB entries that match a symptom: rule id > log line (the entry's nginx_log regexes) >
probe class > HTTP status, ties by fix rate. Give at least one symptom.
Exit codes: 0 some entry matches, 1 none matches, 2 bad usage, 3 internal failure.`;
const GATEWAYS = ['nginx', 'haproxy', 'alb'];
function symptomFrom(values) {
    const status = values.status;
    let httpStatus;
    if (status !== undefined) {
        httpStatus = Number(status);
        if (!/^\d{3}$/.test(status) || httpStatus < 100 || httpStatus > 599) {
            throw new config/* UsageError */.eb(`invalid value "${status}" for --status; expected an HTTP status such as 502`);
        }
    }
    const probe = (0,cli_check.oneOf)('--probe', values.probe, PROBE_CLASSES);
    const gateway = (0,cli_check.oneOf)('--gateway', values.gateway, GATEWAYS);
    const symptom = {
        ...(httpStatus !== undefined ? { httpStatus } : {}),
        ...(values.log !== undefined ? { nginxLog: values.log } : {}),
        ...(probe ? { probe } : {}),
        ...(values['haproxy-termination'] !== undefined ? { haproxyTermination: values['haproxy-termination'] } : {}),
        ...(values.rule !== undefined ? { ruleId: values.rule } : {}),
    };
    if (Object.keys(symptom).length === 0)
        throw new config/* UsageError */.eb(`explain needs at least one symptom\n${EXPLAIN_USAGE}`);
    return { ...symptom, ...(gateway ? { gateway } : {}) };
}
function renderExplainText(report) {
    const out = [];
    if (report.entries.length === 0) {
        out.push('No KB entry matches this symptom.');
    }
    else {
        const rows = report.entries.map((entry) => [entry.score.toFixed(2), `${entry.fixRate}%`, entry.matched.join(','), entry.entryId]);
        const header = ['SCORE', 'FIX', 'MATCHED BY', 'ENTRY'];
        const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column].length)));
        const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
        out.push(line(header));
        report.entries.forEach((entry, index) => {
            out.push(line(rows[index]));
            out.push(`  ${entry.title}`, `  ${entry.path}`);
        });
    }
    for (const skipped of report.skippedPatterns) {
        out.push(`note: ${skipped.path}: nginx_log "${skipped.pattern}" was not run: ${skipped.reason}`);
    }
    if (report.kbFindings > 0)
        out.push(`note: the KB has ${report.kbFindings} findings; run "gatewatch check" (entries that do not parse are left out)`);
    return `${out.join('\n')}\n`;
}
async function explainCommand(argv, deps, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            strict: true,
            allowPositionals: false,
            options: {
                status: { type: 'string' },
                log: { type: 'string' },
                probe: { type: 'string' },
                'haproxy-termination': { type: 'string' },
                rule: { type: 'string' },
                gateway: { type: 'string' },
                format: { type: 'string', short: 'f' },
                config: { type: 'string', short: 'c' },
                kb: { type: 'string', multiple: true },
            },
        });
    }
    catch (error) {
        throw new config/* UsageError */.eb(error.message);
    }
    const { values } = parsed;
    const symptom = symptomFrom(values);
    const format = (0,cli_check.oneOf)('--format', values.format, ['text', 'json']) ?? 'text';
    const options = await (0,config/* loadConfig */.Z9)(deps, values.config);
    const kbOptions = values.kb ? { ...options, kb: { ...options.kb, paths: values.kb } } : options;
    const { records, findings } = await (0,check.loadKb)(kbOptions, deps);
    const index = (0,cite/* buildCiteIndex */.SG)(records, (0,run/* ruleCatalogue */.EP)());
    const report = {
        version: 1,
        symptom,
        entries: (0,cite/* rankEntries */.lc)(index, symptom),
        skippedPatterns: index.rejected,
        kbFindings: findings.length,
    };
    io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderExplainText(report));
    return report.entries.length > 0 ? cli_io/* EXIT */.dc.passed : cli_io/* EXIT */.dc.failed;
}


/***/ })

};

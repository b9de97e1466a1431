export const id = 994;
export const ids = [994];
export const modules = {

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, summaryOrder */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3138);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2066);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/**
 * The job summary: the verdict and what decided it, every finding (errors first, then by file and line)
 * and the probe table. GitHub rejects a step summary over 1 MiB, so detail is dropped step by step
 * (KB column, long messages), then rows — findings before probes are cut, probes first — with a note
 * saying how many were left out; the summary never fails the run and never exceeds the limit.
 */




const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room left for the closing notes when rows are dropped. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 8192;
const DECIDING_SHOWN = 10;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** Most detail first; each step is smaller than the one before. */
const DETAIL_LEVELS = [
    { messageLength: 1000, citations: true },
    { messageLength: 300, citations: false },
    { messageLength: 120, citations: false },
];
/** Table cells are untrusted text: no HTML, no pipes breaking the table, no line breaks, no pings. */
function escapeCell(text, maxLength = 1000) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(text, maxLength);
}
function fileLink(options, path, title, line) {
    if (!options.repo)
        return escapeCell(title, 300);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(title, `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .blobUrl */ .b0)(options.repo, path)}${line ? `#L${line}` : ''}`);
}
/** Errors first, then file and line (the comment groups by file; the summary is the full list by weight). */
function summaryOrder(a, b) {
    const pathA = a.location?.path ?? '';
    const pathB = b.location?.path ?? '';
    return (_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] - _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] ||
        (pathA < pathB ? -1 : pathA > pathB ? 1 : 0) ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
/** The KB column: for a finding in a KB entry, that entry; otherwise the entries cited for it. */
function kbCell(finding, lookup, options, entryByPath) {
    if (finding.ruleId.startsWith('kb/') && finding.location) {
        const id = entryByPath.get(finding.location.path);
        const record = id ? lookup.entry(id) : undefined;
        return fileLink(options, finding.location.path, record?.entry.title ?? finding.location.path);
    }
    return (finding.citations ?? [])
        .map((citation) => {
        const record = lookup.entry(citation.entryId);
        const title = record?.entry.title ?? citation.entryId;
        const fix = record ? ` (${record.entry.fix_rate}% fix)` : '';
        const target = options.repo ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(title, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .blobUrl */ .b0)(options.repo, citation.path)) : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(title, 200)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(citation.path)}`;
        return `${target}${fix}`;
    })
        .join('<br>');
}
function locationCell(finding, options) {
    const at = finding.location;
    if (!at)
        return '';
    return fileLink(options, at.path, (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(at), at.line);
}
function findingRow(finding, detail, lookup, options, entryByPath) {
    const old = finding.baselineState === 'unchanged' ? ' _(on base)_' : '';
    const cells = [
        `${ICON[finding.severity]}${old}`,
        locationCell(finding, options),
        escapeCell(finding.message, detail.messageLength),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(finding.ruleId, 100),
    ];
    if (detail.citations)
        cells.push(kbCell(finding, lookup, options, entryByPath));
    return `| ${cells.join(' | ')} |`;
}
function probeRow(probe) {
    const verdict = probe.ok ? 'ok' : `**failed**${probe.class ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(probe.class)})` : ''}`;
    const status = probe.status === null ? '—' : String(probe.status);
    return `| ${escapeCell(probe.name, 200)} | ${escapeCell(probe.url, 300)} | ${verdict} | ${status} | ${probe.bodyOrigin ?? '—'} | ${Math.round(probe.timings.total)} | ${probe.attempts} |`;
}
const PROBE_HEADER = ['### Probes', '', '| Probe | Target | Result | Status | Body from | Total ms | Attempts |', '|---|---|---|---|---|---:|---:|'];
/** Appends rows while they fit in `budget` bytes; returns how many did not. */
function addRows(out, rows, state, budget) {
    let dropped = 0;
    for (const row of rows) {
        const size = Buffer.byteLength(row) + 1;
        if (budget !== undefined && (dropped > 0 || state.bytes + size > budget)) {
            dropped += 1;
            continue;
        }
        state.bytes += size;
        out.push(row);
    }
    return dropped;
}
function render(result, options, detail, budget) {
    const lookup = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLookup */ .BQ)(result);
    const entryByPath = new Map(result.kb.map((record) => [record.path, record.entry.id]));
    const counts = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(result.findings);
    const { verdict } = result;
    const out = [
        `## gatewatch ${verdict.passed ? 'passed' : 'failed'}`,
        '',
        `${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.error, 'error')}, ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.warning, 'warning')}, ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.notice, 'notice')} in ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.files, 'file')} (${Math.round(result.durationMs)} ms)`,
        '',
    ];
    if (!verdict.passed) {
        // A red run always says which file and finding made it red.
        out.push(`Failed because of ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(verdict.decidedBy.length, 'finding')} at or above fail-on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(verdict.failOn)}:`, '');
        for (const finding of verdict.decidedBy.slice(0, DECIDING_SHOWN)) {
            out.push(`- ${ICON[finding.severity]} ${locationCell(finding, options) || 'no file'}: ${escapeCell(finding.message, 300)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(finding.ruleId, 100)}`);
        }
        if (verdict.decidedBy.length > DECIDING_SHOWN)
            out.push(`- … and ${verdict.decidedBy.length - DECIDING_SHOWN} more in the table below`);
        out.push('');
    }
    if (verdict.preExisting > 0) {
        out.push(`${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(verdict.preExisting, 'finding')} at or above fail-on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(verdict.failOn)} ${verdict.preExisting === 1 ? 'was' : 'were'} already on the base branch (gate-on: new) and did not fail this run.`, '');
    }
    const state = { bytes: Buffer.byteLength(out.join('\n')) };
    let droppedFindings = 0;
    if (result.findings.length > 0) {
        const header = [
            '### Findings',
            '',
            detail.citations ? '| | Location | Message | Rule | Knowledge base |' : '| | Location | Message | Rule |',
            detail.citations ? '|---|---|---|---|---|' : '|---|---|---|---|',
        ];
        state.bytes += Buffer.byteLength(header.join('\n')) + 1;
        out.push(...header);
        const ordered = [...result.findings].sort(summaryOrder);
        droppedFindings = addRows(out, (function* rows() {
            for (const finding of ordered)
                yield findingRow(finding, detail, lookup, options, entryByPath);
        })(), state, budget);
        out.push('');
    }
    else {
        out.push('No findings.', '');
    }
    let droppedProbes = 0;
    if (result.probes.length > 0) {
        out.push(...PROBE_HEADER);
        state.bytes += Buffer.byteLength(PROBE_HEADER.join('\n')) + 1;
        // Failed probes first: those are the rows a reader needs when the table is cut.
        const ordered = [...result.probes].sort((a, b) => Number(a.ok) - Number(b.ok));
        droppedProbes = addRows(out, (function* rows() {
            for (const probe of ordered)
                yield probeRow(probe);
        })(), state, budget);
        out.push('');
    }
    if (droppedFindings > 0 || droppedProbes > 0) {
        const what = [droppedFindings > 0 ? (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(droppedFindings, 'finding') : '', droppedProbes > 0 ? (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(droppedProbes, 'probe') : ''].filter(Boolean).join(' and ');
        out.push(`_${what} left out to keep this summary under GitHub's 1 MiB limit; the JSON report (\`report-file\`) has all of them._`, '');
    }
    return out.join('\n');
}
function renderSummary(result, options = {}) {
    for (const detail of DETAIL_LEVELS) {
        const text = render(result, options, detail, undefined);
        if (Buffer.byteLength(text) <= SUMMARY_BUDGET_BYTES)
            return text;
    }
    return render(result, options, DETAIL_LEVELS[DETAIL_LEVELS.length - 1], SUMMARY_BUDGET_BYTES);
}


/***/ })

};

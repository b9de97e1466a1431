export const id = 95;
export const ids = [95];
export const modules = {

/***/ 2095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
  oneOf: () => (/* binding */ oneOf),
  optionsFromCheckArgs: () => (/* binding */ optionsFromCheckArgs)
});

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/deps.ts + 6 modules
var src_deps = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * GitHub shows at most 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so the
 * planner picks the most important ones (errors first, files changed in the PR first) and adds one overflow notice.
 */

const ANNOTATIONS_PER_LEVEL = 10;
/** True when some level has more findings than GitHub shows, i.e. when PR-changed files decide what is annotated. */
function exceedsAnnotationCaps(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return Object.values(counts).some((count) => count > ANNOTATIONS_PER_LEVEL);
}
/** The finding's message, then one line per cited KB entry so the fix is one click from the code. */
function annotationMessage(finding, entries) {
    const lines = (finding.citations ?? []).map((citation) => {
        const record = entries.get(citation.entryId);
        return record
            ? `KB: ${record.entry.title} (fix rate ${record.entry.fix_rate}%) — ${citation.path}`
            : `KB: ${citation.path}`;
    });
    return lines.length > 0 ? `${finding.message}\n\n${lines.join('\n')}` : finding.message;
}
function toAnnotation(finding, entries) {
    const location = finding.location;
    const annotation = { level: finding.severity, message: annotationMessage(finding, entries), title: finding.ruleId };
    if (!location)
        return annotation;
    annotation.file = location.path;
    annotation.startLine = location.line;
    annotation.endLine = location.endLine ?? location.line;
    if (annotation.endLine === annotation.startLine && location.column !== undefined) {
        annotation.startColumn = location.column;
        if (location.endColumn !== undefined)
            annotation.endColumn = location.endColumn;
    }
    return annotation;
}
function planAnnotations(findings, options = {}) {
    const changed = options.changedFiles;
    const entries = new Map((options.kb ?? []).map((record) => [record.entry.id, record]));
    const inChangedFile = (finding) => (changed && finding.location && changed.has(finding.location.path) ? 0 : 1);
    const shown = options.onlyChanged && changed ? findings.filter((finding) => !finding.location || changed.has(finding.location.path)) : findings;
    // Array#sort is stable, so within a level and file group the findings keep their path/line order.
    const ordered = [...shown].sort((a, b) => finding/* SEVERITY_RANK */.f3[b.severity] - finding/* SEVERITY_RANK */.f3[a.severity] || inChangedFile(a) - inChangedFile(b));
    const cap = {
        error: ANNOTATIONS_PER_LEVEL,
        warning: ANNOTATIONS_PER_LEVEL,
        // At least one slot stays: the overflow notice may need it.
        notice: Math.max(1, ANNOTATIONS_PER_LEVEL - (options.reservedNotices ?? 0)),
    };
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let omitted = 0;
    for (const finding of ordered) {
        if (used[finding.severity] >= cap[finding.severity]) {
            omitted += 1;
            continue;
        }
        used[finding.severity] += 1;
        annotations.push(toAnnotation(finding, entries));
    }
    if (omitted > 0) {
        // The overflow notice needs a notice slot of its own.
        if (used.notice >= cap.notice && used.notice > 0) {
            annotations.splice(annotations.map((annotation) => annotation.level).lastIndexOf('notice'), 1);
            omitted += 1;
        }
        annotations.push({
            level: 'notice',
            title: 'gatewatch',
            message: `${omitted} more finding${omitted === 1 ? '' : 's'} — see the job summary`,
        });
    }
    return { annotations, omitted };
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** A workflow command line (`::error file=…,line=…::message`) as the runner parses it. */
function formatWorkflowCommand(annotation) {
    const properties = [
        ['title', annotation.title],
        ['file', annotation.file],
        ['line', annotation.startLine],
        ['endLine', annotation.endLine],
        ['col', annotation.startColumn],
        ['endColumn', annotation.endColumn],
    ];
    const rendered = properties
        .filter((property) => property[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${annotation.level}${rendered ? ` ${rendered}` : ''}::${escapeData(annotation.message)}`;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON report (DESIGN §2): `version: 1`, a stable key order, no timestamps, for other tools to read. */


const JSON_REPORT_VERSION = 1;
/* Rebuilt field by field so the key order is the documented one whatever order checkers used. */
function findingJson(finding) {
    const { location, signals, citations } = finding;
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        ...(location
            ? {
                location: {
                    path: location.path,
                    line: location.line,
                    ...(location.column !== undefined ? { column: location.column } : {}),
                    ...(location.endLine !== undefined ? { endLine: location.endLine } : {}),
                    ...(location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
                },
            }
            : {}),
        ...(signals && Object.keys(signals).length > 0 ? { signals } : {}),
        ...(citations && citations.length > 0
            ? { citations: citations.map(({ entryId, path, score }) => ({ entryId, path, score })) }
            : {}),
    };
}
function probeJson(probe) {
    const { timings } = probe;
    return {
        name: probe.name,
        url: probe.url,
        ok: probe.ok,
        class: probe.class,
        status: probe.status,
        bodyOrigin: probe.bodyOrigin,
        timings: { dns: timings.dns, connect: timings.connect, tls: timings.tls, ttfb: timings.ttfb, total: timings.total },
        attempts: probe.attempts,
        assertions: [...probe.assertions],
    };
}
function buildJsonReport(result, failOn = 'error') {
    const counts = (0,finding/* countBySeverity */.Ot)(result.findings);
    return {
        version: JSON_REPORT_VERSION,
        tool: { name: 'gatewatch', version: version/* TOOL_VERSION */.w },
        summary: {
            passed: !(0,finding/* failsGate */.FW)(result.findings, failOn),
            errors: counts.error,
            warnings: counts.warning,
            notices: counts.notice,
            files: result.files,
            durationMs: Math.round(result.durationMs),
        },
        findings: result.findings.map(findingJson),
        probes: result.probes.map(probeJson),
    };
}
function renderJson(result, failOn = 'error') {
    return `${JSON.stringify(buildJsonReport(result, failOn), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/report/lookup.ts
var report_lookup = __webpack_require__(2066);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Escaping for text that reaches GitHub-rendered markdown (PR comment, job summary). Everything that
 * is not our own template is untrusted — KB prose, file paths, config values, server bodies — and a
 * PR author controls it. GitHub sanitises HTML, but `@team` still pings, `<!-- -->` hides text and
 * can mimic our sticky marker, and `![x](url)` loads remote images; so no raw markup gets through.
 */
/** Our sticky-comment marker; untrusted text that spells it is broken up so it can never match. */
const MARKER_WORD = 'gatewatch:sticky';
const ZERO_WIDTH_SPACE = '\u200b';
/** One line, bounded: newlines and control characters become spaces, long text ends with `…`. */
function clampText(text, maxLength) {
    // Cut first: a 100 kB line must not cost a full scan per report.
    // eslint-disable-next-line no-control-regex
    const flat = text.slice(0, maxLength + 1).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    return flat.length > maxLength ? `${flat.slice(0, Math.max(0, maxLength - 1))}…` : flat;
}
function neutraliseMentions(text) {
    return text
        .split(MARKER_WORD)
        .join(`gatewatch:${ZERO_WIDTH_SPACE}sticky`)
        // `@user`, `@org/team`: a zero-width space after `@` keeps the text but stops the ping.
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
        // `#123` would cross-reference (and notify) another issue or PR.
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
/** Plain text safe anywhere inline (list items, headings, table cells): no HTML, links, emphasis or pings. */
function escapeMarkdown(text, maxLength = 500) {
    const flat = clampText(text, maxLength);
    const html = flat.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // GFM lets a backslash escape any ASCII punctuation; these start markup mid-line (emphasis, code,
    // links and images, table cells, strikethrough, math). Text never starts a line, so `-`/`#` are safe.
    const escaped = html.replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`);
    return neutraliseMentions(escaped);
}
/** A code span that cannot be broken out of: the fence is longer than any backtick run inside. */
function codeSpan(text, maxLength = 300) {
    const content = neutraliseMentions(clampText(text, maxLength));
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = content.startsWith('`') || content.endsWith('`') || content === '' ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * KB inline markdown (`curl -I http://…` in backticks) keeps its code spans as code spans and
 * escapes everything else, so titles read as written without letting markup through.
 */
function escapeInlineMarkdown(text, maxLength = 500) {
    const flat = clampText(text, maxLength);
    const parts = [];
    let rest = flat;
    while (rest.length > 0) {
        const open = /`+/.exec(rest);
        if (!open)
            break;
        const fence = open[0];
        const closeAt = findClosingFence(rest, open.index + fence.length, fence.length);
        if (closeAt === -1)
            break;
        parts.push(escapeMarkdown(rest.slice(0, open.index), maxLength));
        parts.push(codeSpan(rest.slice(open.index + fence.length, closeAt).trim(), maxLength));
        rest = rest.slice(closeAt + fence.length);
    }
    parts.push(escapeMarkdown(rest, maxLength));
    return parts.join('');
}
/** Index of a backtick run of exactly `length` at or after `from`, or -1 (CommonMark code span rule). */
function findClosingFence(text, from, length) {
    const pattern = /`+/g;
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].length === length)
            return match.index;
    }
    return -1;
}
/** Percent-encodes each path segment so a hostile file name cannot end the link early. */
function encodePath(path) {
    // encodeURIComponent leaves `(` and `)`; an unbalanced `)` would end a markdown link destination.
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
        .join('/');
}
/** `https://github.com/OWNER/REPO/blob/SHA/PATH`: the file as of the PR's head commit. */
function blobUrl(repo, path) {
    const server = (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    return `${server}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${encodeURIComponent(repo.sha)}/${encodePath(path)}`;
}
/** `[text](url)` with escaped text; the URL must already be encoded. */
function markdown_link(text, url) {
    return `[${escapeMarkdown(text, 300)}](${url})`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts



const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function helpText(rule, lookup, options) {
    const entries = (rule.kb ?? []).map((id) => ({ id, record: lookup.entry(id) }));
    if (entries.length === 0)
        return { text: rule.description, markdown: rule.description };
    const lines = entries.map(({ id, record }) => record ? `${record.entry.title} (fix rate ${record.entry.fix_rate}%): ${record.path}` : id);
    const target = (path) => (options.repo ? blobUrl(options.repo, path) : encodePath(path));
    const markdownLines = entries.map(({ id, record }) => record ? `- ${markdown_link(record.entry.title, target(record.path))} — fix rate ${record.entry.fix_rate}%` : `- ${codeSpan(id)}`);
    return {
        text: `${rule.description}\n\nKnowledge base:\n${lines.map((line) => `- ${line}`).join('\n')}`,
        markdown: `${rule.description}\n\n**Knowledge base**\n\n${markdownLines.join('\n')}`,
    };
}
function sarifRule(rule, lookup, options) {
    return {
        id: rule.id,
        name: rule.id.replace(/[/-](\w)/g, (_, char) => char.toUpperCase()).replace(/^\w/, (char) => char.toUpperCase()),
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.description },
        help: helpText(rule, lookup, options),
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: { tags: [rule.id.split('/')[0] ?? 'gatewatch'], ...(rule.kb ? { kb: [...rule.kb] } : {}) },
    };
}
function region(finding) {
    const location = finding.location;
    if (!location)
        return { startLine: 1 };
    return {
        startLine: location.line,
        ...(location.column !== undefined ? { startColumn: location.column } : {}),
        ...(location.endLine !== undefined ? { endLine: location.endLine } : {}),
        // Both SARIF and gatewatch locations end one past the last character (`****` at 3 ends at 7).
        ...(location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
    };
}
function sarifResult(finding, ruleIndex, lookup, fallbackPath) {
    const citations = finding.citations ?? [];
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: finding.location?.path ?? fallbackPath, uriBaseId: '%SRCROOT%' },
                    region: region(finding),
                },
            },
        ],
        // Cited KB entries show up in code scanning as related locations the reader can open.
        ...(citations.length > 0
            ? {
                relatedLocations: citations.map((citation, index) => ({
                    id: index + 1,
                    physicalLocation: { artifactLocation: { uri: citation.path, uriBaseId: '%SRCROOT%' } },
                    message: { text: lookup.entry(citation.entryId)?.entry.title ?? citation.entryId },
                })),
            }
            : {}),
        ...(finding.signals ? { properties: { signals: finding.signals } } : {}),
    };
}
function buildSarif(result, options = {}) {
    const lookup = (0,report_lookup/* buildLookup */.BQ)(result);
    const rules = [...result.rules];
    const indexById = new Map(rules.map((rule, index) => [rule.id, index]));
    for (const finding of result.findings) {
        // A finding whose rule has no metadata still needs a `rules[]` entry for `ruleIndex` to point at.
        if (!indexById.has(finding.ruleId)) {
            indexById.set(finding.ruleId, rules.length);
            rules.push({ id: finding.ruleId, severity: finding.severity, description: finding.ruleId });
        }
    }
    const fallbackPath = options.fallbackPath ?? 'gatewatch.yml';
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'gatewatch',
                        version: version/* TOOL_VERSION */.w,
                        semanticVersion: version/* TOOL_VERSION */.w,
                        rules: rules.map((rule) => sarifRule(rule, lookup, options)),
                    },
                },
                columnKind: 'utf16CodeUnits',
                results: result.findings.map((finding) => sarifResult(finding, indexById.get(finding.ruleId), lookup, fallbackPath)),
            },
        ],
    };
}
function renderSarif(result, options = {}) {
    return `${JSON.stringify(buildSarif(result, options), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/output.ts




function renderResult(result, format, failOn) {
    switch (format) {
        case 'json':
            return renderJson(result, failOn);
        case 'github': {
            const plan = planAnnotations(result.findings, { kb: result.kb });
            return plan.annotations.map((annotation) => `${formatWorkflowCommand(annotation)}\n`).join('');
        }
        case 'sarif':
            return renderSarif(result);
        case 'text':
            return (0,report_text/* renderText */.S)(result);
    }
}

// EXTERNAL MODULE: ./src/run.ts + 11 modules
var run = __webpack_require__(7907);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/check.ts
/** `gatewatch check`: the gate, locally or in any CI. */






const FORMATS = ['text', 'json', 'sarif', 'github'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
function oneOf(flag, value, allowed) {
    if (value === undefined)
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new config/* UsageError */.eb(`invalid value "${value}" for ${flag}; expected one of ${allowed.join(', ')}`);
}
/** `--probes FILE`: the same YAML list as gatewatch.yml's `probes:`, located in FILE for findings. */
async function readProbesFile(file, deps) {
    let text;
    try {
        text = (await deps.readFile(file)).toString('utf8');
    }
    catch (error) {
        throw new config/* UsageError */.eb(`cannot read --probes "${file}": ${error.code ?? String(error)}`);
    }
    const { parseProbesInput } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(892), __webpack_require__.e(708)]).then(__webpack_require__.bind(__webpack_require__, 7708));
    return parseProbesInput(text, { source: (0,src_deps/* toRepoPath */.x)(deps.cwd, file), locate: true });
}
/** Reads flags over gatewatch.yml; every bad flag is a UsageError naming it. */
async function optionsFromCheckArgs(argv, deps) {
    const { values } = (0,cli_io/* parseFlags */.bQ)('check', argv, {
        config: { type: 'string', short: 'c' },
        kb: { type: 'string', multiple: true },
        'kb-root': { type: 'string' },
        nginx: { type: 'string', multiple: true },
        haproxy: { type: 'string', multiple: true },
        'nginx-test': { type: 'string' },
        'nginx-version': { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        'max-files': { type: 'string' },
        probes: { type: 'string' },
    });
    const options = await (0,config/* loadConfig */.Z9)(deps, values.config);
    const format = oneOf('--format', values.format, FORMATS);
    const failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON);
    const nginxTest = oneOf('--nginx-test', values['nginx-test'], ['auto', 'always', 'never']);
    if (values['nginx-version'] !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(values['nginx-version'])) {
        throw new config/* UsageError */.eb(`invalid value "${values['nginx-version']}" for --nginx-version; expected a version like 1.24.0`);
    }
    let maxFiles = options.limits.maxFiles;
    if (values['max-files'] !== undefined) {
        maxFiles = Number(values['max-files']);
        if (!Number.isInteger(maxFiles) || maxFiles < 1)
            throw new config/* UsageError */.eb(`invalid value "${values['max-files']}" for --max-files; expected a positive integer`);
    }
    const probes = values.probes === undefined ? undefined : await readProbesFile(values.probes, deps);
    // Explicit --nginx/--haproxy/--probes without --kb checks only what was asked for.
    const onlyOthers = !values.kb && (values.nginx || values.haproxy || probes);
    return {
        ...options,
        ...(format ? { format } : {}),
        ...(failOn ? { failOn } : {}),
        ...(values.output ? { output: values.output } : {}),
        kb: {
            ...options.kb,
            ...(values.kb ? { paths: values.kb } : onlyOthers && !options.configPath ? { paths: [] } : {}),
            ...(values['kb-root'] ? { root: values['kb-root'] } : {}),
        },
        nginx: {
            ...options.nginx,
            ...(values.nginx ? { paths: values.nginx } : {}),
            ...(nginxTest ? { test: nginxTest } : {}),
            ...(values['nginx-version'] ? { version: values['nginx-version'] } : {}),
        },
        haproxy: { ...options.haproxy, ...(values.haproxy ? { paths: values.haproxy } : {}) },
        ...(probes ? { probes } : {}),
        limits: { maxFiles },
    };
}
async function checkCommand(argv, deps, io) {
    const options = await optionsFromCheckArgs(argv, deps);
    const result = await (0,run/* run */.eF)(options, deps);
    const rendered = renderResult(result, options.format, options.failOn);
    if (options.output) {
        await deps.writeFile(options.output, rendered);
    }
    else {
        io.stdout(rendered);
    }
    return (0,finding/* failsGate */.FW)(result.findings, options.failOn) ? cli_io/* EXIT */.dc.failed : cli_io/* EXIT */.dc.passed;
}


/***/ })

};

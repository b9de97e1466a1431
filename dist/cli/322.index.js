export const id = 322;
export const ids = [322];
export const modules = {

/***/ 4322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOGS_USAGE: () => (/* binding */ LOGS_USAGE),
  logsCommand: () => (/* binding */ logsCommand),
  renderLogsText: () => (/* binding */ renderLogsText),
  summarizeLogFile: () => (/* binding */ summarizeLogFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/kb/check.ts + 8 modules
var check = __webpack_require__(2352);
// EXTERNAL MODULE: ./src/cite/cite.ts
var cite = __webpack_require__(9552);
;// CONCATENATED MODULE: ./src/logs/cite-rows.ts
/**
 * KB citations for the rows of `gatewatch logs`, ranked exactly as findings are (cite/cite.ts): each row is a
 * symptom — its failure class as the probe class, its status, HAProxy termination state, its line for nginx
 * error logs — from the log's own gateway.
 */

/**
 * A health check taking a server out of rotation is explained by the entry on failing checks, whatever the
 * check's reason (refused, timeout, a 404): its rows cite that entry through this rule's KB link.
 */
const HEALTH_CHECK_DOWN_RULE = {
    id: 'logs/haproxy-health-check-down',
    severity: 'warning',
    description: 'HAProxy health checks marked a server DOWN, so it gets no traffic until a check passes again',
    kb: ['api/haproxy-503-health-check-down'],
};
/** Rules that only `gatewatch logs` reports (as citations of its rows, never as findings). */
const LOG_RULES = [HEALTH_CHECK_DOWN_RULE];
const HEALTH_DOWN = /^Server \S+ is DOWN, reason: /;
function rowSymptom(row, format) {
    return {
        probe: row.class,
        ...(row.httpStatus !== undefined ? { httpStatus: row.httpStatus } : {}),
        ...(row.haproxyTermination !== undefined ? { haproxyTermination: row.haproxyTermination } : {}),
        // nginx_log patterns describe nginx error-log lines; another gateway's line would only match by accident.
        ...(format === 'nginx' ? { nginxLog: row.example } : {}),
        ...(format === 'haproxy' && HEALTH_DOWN.test(row.signature) ? { ruleId: HEALTH_CHECK_DOWN_RULE.id } : {}),
        ...(format ? { gateway: format } : {}),
    };
}
/** Indexes the KB once; the returned function cites one row. */
function rowCiter(kb) {
    const index = (0,cite/* buildCiteIndex */.SG)(kb, LOG_RULES);
    return (row, format) => (0,cite/* citeSymptom */.rT)(index, rowSymptom(row, format));
}

// EXTERNAL MODULE: ./src/logs/detect.ts
var detect = __webpack_require__(9972);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/logs/read-log.ts
/**
 * Streams a log file line by line with bounded memory: chunks are decoded once, split on `\n`, and a
 * line longer than `maxLineBytes` (a binary file, a log without newlines) is dropped and counted
 * instead of growing a buffer until the process dies.
 */

const NEWLINE = 10;
const DEFAULT_MAX_LINE = 1024 * 1024;
const MAX_RECORDED_OVERLONG = 100;
/** Calls `onLine` for every line of the byte stream (1-based numbers, `\r\n` and a missing final newline handled). */
async function forEachLine(chunks, onLine, options = {}) {
    const maxLine = options.maxLineBytes ?? DEFAULT_MAX_LINE;
    const stats = { lines: 0, overlong: [] };
    let pending = [];
    let pendingBytes = 0;
    let skipping = false;
    const emit = (text) => {
        stats.lines += 1;
        onLine(text.endsWith('\r') ? text.slice(0, -1) : text, stats.lines);
    };
    const dropLine = () => {
        stats.lines += 1;
        if (stats.overlong.length < MAX_RECORDED_OVERLONG)
            stats.overlong.push(stats.lines);
        options.onOverlong?.(stats.lines);
    };
    for await (const raw of chunks) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
        let start = 0;
        const first = chunk.indexOf(NEWLINE);
        if (first < 0) {
            if (!skipping) {
                pending.push(chunk);
                pendingBytes += chunk.length;
                if (pendingBytes > maxLine) {
                    skipping = true;
                    pending = [];
                    pendingBytes = 0;
                }
            }
            continue;
        }
        // Finish the line that started in an earlier chunk.
        if (skipping) {
            dropLine();
            skipping = false;
        }
        else if (pendingBytes + first > maxLine) {
            dropLine();
        }
        else {
            pending.push(chunk.subarray(0, first));
            emit(Buffer.concat(pending).toString('utf8'));
        }
        pending = [];
        pendingBytes = 0;
        start = first + 1;
        const last = chunk.lastIndexOf(NEWLINE);
        if (last >= start) {
            // One decode for all complete lines of the chunk: far cheaper than a toString per line.
            const lines = chunk.toString('utf8', start, last).split('\n');
            for (const text of lines) {
                if (text.length * 3 > maxLine && Buffer.byteLength(text) > maxLine)
                    dropLine();
                else
                    emit(text);
            }
            start = last + 1;
        }
        if (start < chunk.length) {
            const rest = chunk.subarray(start);
            if (rest.length > maxLine)
                skipping = true;
            else {
                pending.push(Buffer.from(rest));
                pendingBytes = rest.length;
            }
        }
    }
    if (skipping)
        dropLine();
    else if (pendingBytes > 0)
        emit(Buffer.concat(pending).toString('utf8'));
    return stats;
}
/** A file as a chunk stream (1 MiB reads: fewer syscalls and decodes on a 1 GB log). */
function fileChunks(filePath) {
    return (0,external_node_fs_.createReadStream)(filePath, { highWaterMark: 1024 * 1024 });
}

;// CONCATENATED MODULE: ./src/logs/summarize.ts

const EXAMPLE_MAX = 2000;
const MAX_WARNINGS = 20;
const MAX_UPSTREAMS_TRACKED = 1000;
/*
 * Lines are substrings of a whole decoded chunk (about 1 MiB), and V8 keeps a substring's parent alive.
 * Anything kept past the line (examples, times, upstream keys) is copied out, or a few thousand
 * retained keys would pin gigabytes of chunks.
 */
function detach(text) {
    return Buffer.from(text, 'utf8').toString('utf8');
}
class LogSummarizer {
    format;
    reader;
    detected;
    sample = [];
    rows = new Map();
    counts = { lines: 0, failures: 0, ok: 0, foreign: 0, warnings: 0 };
    warnings = [];
    constructor(format) {
        this.detected = format === undefined;
        if (format)
            this.useFormat(format);
    }
    useFormat(format) {
        this.format = format;
        this.reader = detect/* LOG_READERS */.wW[format];
    }
    /** Feed one line (1-based number). Until a format is known, lines are buffered for detection. */
    push(text, line) {
        this.counts.lines += 1;
        if (!this.reader) {
            this.sample.push({ text, line });
            if (this.sample.length >= detect/* DETECT_SAMPLE */.D7)
                this.detect();
            return;
        }
        this.read(text, line);
    }
    /** Record a line the reader never saw (dropped as over-long). */
    skipped(line, reason) {
        this.counts.lines += 1;
        this.warn(line, reason);
    }
    detect() {
        const format = (0,detect/* detectLogFormat */.ng)(this.sample.map((entry) => entry.text));
        const sample = this.sample;
        this.sample = [];
        if (!format) {
            // Nothing recognisable yet: keep sampling would grow memory, so count these as foreign and retry on the next batch.
            this.counts.foreign += sample.length;
            return;
        }
        this.useFormat(format);
        for (const entry of sample)
            this.read(entry.text, entry.line);
    }
    warn(line, reason) {
        this.counts.warnings += 1;
        if (this.warnings.length < MAX_WARNINGS)
            this.warnings.push({ line, reason: detach(reason) });
    }
    read(text, line) {
        // Blank lines (a trailing newline pair, log rotation markers) are neither failures nor foreign.
        if (text.trim() === '')
            return;
        let verdict;
        try {
            verdict = this.reader(text, line);
        }
        catch (error) {
            // A reader bug must cost one line, never the run.
            this.warn(line, `could not read line: ${error instanceof Error ? error.message : String(error)}`);
            return;
        }
        switch (verdict.kind) {
            case 'event':
                this.add(verdict.event);
                return;
            case 'ok':
                this.counts.ok += 1;
                return;
            case 'warning':
                this.warn(line, verdict.reason);
                return;
            default:
                this.counts.foreign += 1;
        }
    }
    add(event) {
        this.counts.failures += 1;
        const key = `${event.class}|${event.httpStatus ?? ''}|${event.haproxyTermination ?? ''}`;
        let row = this.rows.get(key);
        if (!row) {
            row = {
                class: event.class,
                ...(event.httpStatus !== undefined ? { httpStatus: event.httpStatus } : {}),
                ...(event.haproxyTermination !== undefined ? { haproxyTermination: event.haproxyTermination } : {}),
                count: 0,
                firstLine: event.line,
                lastLine: event.line,
                example: detach(event.text.length > EXAMPLE_MAX ? `${event.text.slice(0, EXAMPLE_MAX)}…` : event.text),
                signature: detach(event.signature),
                upstreams: new Map(),
                ...(event.time !== undefined ? { firstTime: detach(event.time) } : {}),
            };
            this.rows.set(key, row);
        }
        row.count += 1;
        row.lastLine = event.line;
        if (event.time !== undefined) {
            row.lastTime = detach(event.time);
            row.firstTime ??= row.lastTime;
        }
        const upstream = event.upstream;
        if (upstream !== undefined) {
            const count = row.upstreams.get(upstream);
            if (count !== undefined)
                row.upstreams.set(upstream, count + 1);
            else if (row.upstreams.size < MAX_UPSTREAMS_TRACKED)
                row.upstreams.set(detach(upstream), 1);
        }
    }
    finish() {
        if (!this.reader && this.sample.length > 0)
            this.detect();
        const rows = [...this.rows.values()]
            .map(({ upstreams, ...row }) => ({
            ...row,
            upstreams: [...upstreams.entries()]
                .map(([upstream, count]) => ({ upstream, count }))
                .sort((a, b) => b.count - a.count || (a.upstream < b.upstream ? -1 : 1))
                .slice(0, 5),
        }))
            .sort((a, b) => b.count - a.count || a.firstLine - b.firstLine);
        return {
            ...(this.format ? { format: this.format } : {}),
            detected: this.detected,
            lines: this.counts.lines,
            failures: this.counts.failures,
            ok: this.counts.ok,
            foreign: this.counts.foreign,
            warningCount: this.counts.warnings,
            warnings: [...this.warnings].sort((a, b) => a.line - b.line),
            rows,
        };
    }
}

// EXTERNAL MODULE: ./src/cli/check.ts + 5 modules
var cli_check = __webpack_require__(2095);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/logs.ts
/** `gatewatch logs FILE`: classify a gateway log offline into a table of failure classes with KB citations. */









const LOGS_USAGE = `Usage: gatewatch logs FILE [--format nginx|haproxy|alb] [--output-format text|json]
                     [--config FILE] [--kb GLOB]...

Reads a gateway log (nginx error.log, HAProxy httplog/tcplog, AWS ALB access log; the format is
detected when --format is omitted) and prints each failure class with its count, first and last
time, an example line and the KB entries that explain it. Reads the file only; never calls AWS.
Exit codes: 0 no failures found, 1 failures found, 2 bad usage, 3 internal failure.`;
const MAX_LINE_BYTES = 1024 * 1024;
const EXAMPLE_WIDTH = 240;
/** Streams FILE through the summarizer; the file is never held in memory whole. */
async function summarizeLogFile(filePath, format) {
    const summarizer = new LogSummarizer(format);
    await forEachLine(fileChunks(filePath), (text, line) => summarizer.push(text, line), {
        maxLineBytes: MAX_LINE_BYTES,
        onOverlong: (line) => summarizer.skipped(line, `line longer than ${MAX_LINE_BYTES} bytes skipped`),
    });
    return summarizer.finish();
}
const number = (value) => value.toLocaleString('en-US');
function cut(text, width) {
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
function renderLogsText(report) {
    const { summary } = report;
    const out = [];
    const format = summary.format ? `${summary.format}${summary.detected ? ' (detected)' : ''}` : 'unknown format';
    out.push(`${report.file}: ${format}, ${number(summary.lines)} lines — ${number(summary.failures)} failures, ${number(summary.ok)} ok, ` +
        `${number(summary.foreign)} other-format lines skipped, ${number(summary.warningCount)} unreadable`);
    if (!summary.format)
        out.push('No line matched nginx error.log, HAProxy or ALB access-log formats; pass --format to force one.');
    if (report.rows.length > 0) {
        const header = ['CLASS', 'STATUS', 'STATE', 'COUNT', 'FIRST', 'LAST'];
        const table = report.rows.map((row) => [
            row.class,
            row.httpStatus === undefined ? '-' : String(row.httpStatus),
            row.haproxyTermination ?? '-',
            number(row.count),
            row.firstTime ?? `line ${row.firstLine}`,
            row.lastTime ?? `line ${row.lastLine}`,
        ]);
        const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
        const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
        out.push('', line(header));
        report.rows.forEach((row, index) => {
            out.push(line(table[index]));
            out.push(`  example (line ${row.firstLine}): ${cut(row.example, EXAMPLE_WIDTH)}`);
            if (row.upstreams.length > 0)
                out.push(`  upstreams: ${row.upstreams.map((item) => `${item.upstream} ×${number(item.count)}`).join(', ')}`);
            if (row.citations.length === 0)
                out.push('  KB: no matching entry');
            for (const citation of row.citations)
                out.push(`  KB: ${citation.entryId} — ${citation.title} (fix rate ${citation.fixRate}%, ${citation.path})`);
        });
    }
    if (summary.warningCount > 0) {
        out.push('', `Unreadable lines (${number(summary.warningCount)}):`);
        for (const warning of summary.warnings)
            out.push(`  ${report.file}:${warning.line}: ${warning.reason}`);
        if (summary.warningCount > summary.warnings.length)
            out.push(`  … and ${number(summary.warningCount - summary.warnings.length)} more`);
    }
    return `${out.join('\n')}\n`;
}
async function logsCommand(argv, deps, io) {
    const { values, positionals } = (0,cli_io/* parseFlags */.bQ)('logs', argv, {
        format: { type: 'string' },
        'output-format': { type: 'string' },
        config: { type: 'string', short: 'c' },
        kb: { type: 'string', multiple: true },
    }, true);
    if (positionals.length !== 1)
        throw new config/* UsageError */.eb(`logs takes exactly one FILE\n${LOGS_USAGE}`);
    const format = (0,cli_check.oneOf)('--format', values.format, detect/* LOG_FORMATS */.CD);
    const output = (0,cli_check.oneOf)('--output-format', values['output-format'], ['text', 'json']) ?? 'text';
    const file = positionals[0];
    const absolute = external_node_path_default().resolve(deps.cwd, file);
    try {
        const stat = await deps.stat(absolute);
        if (!stat.isFile)
            throw new config/* UsageError */.eb(`"${file}" is not a file`);
    }
    catch (error) {
        if (error instanceof config/* UsageError */.eb)
            throw error;
        throw new config/* UsageError */.eb(`cannot read "${file}": ${error.code ?? String(error)}`);
    }
    const options = await (0,config/* loadConfig */.Z9)(deps, values.config);
    const kbOptions = values.kb ? { ...options, kb: { ...options.kb, paths: values.kb } } : options;
    const summary = await summarizeLogFile(absolute, format);
    // The KB is read only when there is something to cite.
    const kb = summary.rows.length > 0 ? (await (0,check.loadKb)(kbOptions, deps)).records : [];
    const cite = rowCiter(kb);
    const report = {
        version: 1,
        file,
        summary,
        rows: summary.rows.map((row) => ({ ...row, citations: cite(row, summary.format) })),
    };
    if (output === 'json') {
        const { rows: _rows, ...rest } = summary;
        io.stdout(`${JSON.stringify({ version: 1, file, ...rest, rows: report.rows }, null, 2)}\n`);
    }
    else {
        io.stdout(renderLogsText(report));
    }
    return summary.failures > 0 ? cli_io/* EXIT */.dc.failed : cli_io/* EXIT */.dc.passed;
}


/***/ })

};

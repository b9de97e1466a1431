export const id = 131;
export const ids = [131,721];
export const modules = {

/***/ 9552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ buildCiteIndex),
/* harmony export */   lc: () => (/* binding */ rankEntries),
/* harmony export */   rT: () => (/* binding */ citeSymptom),
/* harmony export */   ys: () => (/* binding */ citeFindings)
/* harmony export */ });
/* unused harmony exports MAX_CITATIONS, symptomOf, explain */
/* harmony import */ var _failure_class_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3392);
/* harmony import */ var _logs_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8249);
/* harmony import */ var _log_signal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9190);
/* harmony import */ var _safety_repo_regex_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2982);




/** `alb-http-502-…`, `http-503-haproxy-…`, `nginx-config-…`: the gateway an entry is written for. */
const GATEWAY_WORD = /(?:^|-)(nginx|haproxy|alb)(?:-|$)/;
/*
 * Evidence first: a rule link > a log-line match > the failure class > the HTTP status alone. Each
 * further matched signal adds EXTRA; the gateway and the side refine within a tier. fix_rate (an
 * author's number) only breaks exact ties.
 */
const TIER_WEIGHT = { rule: 0.9, log: 0.7, class: 0.5, status: 0.3 };
const EXTRA_MATCH_BONUS = 0.03;
/** An entry written for the symptom's own gateway (`alb-…` for an ALB log) before a generic one. */
const SAME_GATEWAY_BONUS = 0.035;
/** An entry whose log signals are all another gateway's (nginx_log only, for a HAProxy line). */
const OTHER_GATEWAY_PENALTY = 0.05;
/*
 * The direct probe decides the side: when it passes, a gateway-side entry (port mismatch, DNS) must
 * come before the "upstream down" one even if that one's generic log regex matched, so a side
 * mismatch costs more than the gap between the log and class tiers.
 */
const SIDE_MATCH_BONUS = 0.05;
const SIDE_MISMATCH_PENALTY = 0.25;
/** Entries the failure-class table lists for the class: in the table's order, ahead of unlisted ones. */
const CLASS_KB_BONUS = 0.025;
const CLASS_KB_STEP = 0.005;
const MAX_CITATIONS = 3;
/** Entry categories whose fix is in the gateway's own configuration (or its resolver). */
const GATEWAY_SIDE_CATEGORIES = new Set(['config_error', 'dns_error']);
const UPSTREAM_SIDE_CATEGORIES = new Set(['upstream_error', 'network_error', 'timeout', 'protocol_error', 'tls_error']);
function addTo(map, key, entry) {
    const list = map.get(key);
    if (list)
        list.push(entry);
    else
        map.set(key, [entry]);
}
/** `api/http-502-…` (or `api/alb-http-502-…`) implies 502, `api/http-5xx-…` any 5xx; used only when an entry declares no statuses. */
function impliedStatuses(id) {
    const match = /(?:^|\/)(?:(?:nginx|haproxy|alb)-)?http-(\d)(\d\d|xx)-/i.exec(id);
    if (!match)
        return [];
    const hundreds = Number(match[1]) * 100;
    if (match[2].toLowerCase() === 'xx')
        return [{ min: hundreds, max: hundreds + 99 }];
    const status = hundreds + Number(match[2]);
    return [{ min: status, max: status }];
}
function entrySide(category) {
    if (GATEWAY_SIDE_CATEGORIES.has(category))
        return 'gateway';
    return UPSTREAM_SIDE_CATEGORIES.has(category) ? 'upstream' : undefined;
}
/** Compiles every KB regex once per run (linear-time RE2); ones RE2 cannot run are skipped and reported. */
function buildCiteIndex(kb, rules = []) {
    const rulesByEntry = new Map();
    for (const rule of rules) {
        (rule.kb ?? []).forEach((entryId, position) => {
            const positions = rulesByEntry.get(entryId) ?? new Map();
            positions.set(rule.id, position);
            rulesByEntry.set(entryId, positions);
        });
    }
    const rejected = [];
    const entries = kb.map((record) => {
        const signals = record.entry.signals ?? {};
        const logPatterns = [];
        for (const key of Object.values(_log_signal_js__WEBPACK_IMPORTED_MODULE_2__/* .LOG_SIGNAL_KEYS */ .NX)) {
            for (const pattern of signals[key] ?? []) {
                const compiled = (0,_safety_repo_regex_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRepoRegex */ .XX)(pattern);
                if (compiled.ok)
                    logPatterns.push({ key, regex: compiled.regex });
                else
                    rejected.push({ entryId: record.entry.id, path: record.path, pattern, reason: compiled.reason });
            }
        }
        const terminations = signals.haproxy_termination ?? [];
        const gateway = GATEWAY_WORD.exec(record.entry.id.split('/').pop() ?? '')?.[1];
        const logGateways = new Set(logPatterns.map((pattern) => _log_signal_js__WEBPACK_IMPORTED_MODULE_2__/* .LOG_SIGNAL_GATEWAY */ .Zt[pattern.key]));
        if (terminations.length > 0)
            logGateways.add('haproxy');
        const logGateway = !gateway && logGateways.size === 1 ? [...logGateways][0] : undefined;
        const side = entrySide(record.entry.category);
        return {
            record,
            ...(gateway ? { gateway } : {}),
            ...(logGateway ? { logGateway } : {}),
            ...(side ? { side } : {}),
            rules: new Map([...(rulesByEntry.get(record.entry.id) ?? []), ...(signals.rule ?? []).map((rule) => [rule, 0])]),
            logPatterns,
            terminations,
            // Reversed so that a class listed twice keeps its first position.
            probes: new Map((signals.probe ?? []).map((probe, position) => [probe, position]).reverse()),
            statuses: signals.http_status
                ? signals.http_status.map((status) => ({ min: status, max: status }))
                : impliedStatuses(record.entry.id),
        };
    });
    const index = {
        entries,
        byRule: new Map(),
        byProbe: new Map(),
        byStatus: new Map(),
        withRange: [],
        withLog: [],
        withTermination: [],
        rejected,
    };
    for (const entry of entries) {
        for (const rule of entry.rules.keys())
            addTo(index.byRule, rule, entry);
        for (const probe of entry.probes.keys())
            addTo(index.byProbe, probe, entry);
        for (const range of entry.statuses) {
            if (range.min === range.max)
                addTo(index.byStatus, range.min, entry);
            else
                index.withRange.push(entry);
        }
        if (entry.logPatterns.length > 0)
            index.withLog.push(entry);
        if (entry.terminations.length > 0)
            index.withTermination.push(entry);
    }
    return index;
}
/** The HAProxy termination state and server of a symptom: its own, else its log line's. */
function haproxyState(symptom) {
    const termination = symptom.haproxyTermination ?? symptom.log?.fields.termination;
    return { ...(termination ? { termination } : {}), noServer: symptom.log?.fields.server === '<NOSRV>' };
}
/** Entries sharing at least one signal with the symptom; each once, in KB order. */
function candidates(index, symptom) {
    const found = new Set();
    const add = (list) => list?.forEach((entry) => found.add(entry));
    if (symptom.ruleId)
        add(index.byRule.get(symptom.ruleId));
    if (symptom.probe)
        add(index.byProbe.get(symptom.probe));
    if (symptom.httpStatus !== undefined) {
        add(index.byStatus.get(symptom.httpStatus));
        add(index.withRange);
    }
    if (symptom.log)
        add(index.withLog);
    const { termination, noServer } = haproxyState(symptom);
    if (termination || noServer)
        add(index.withTermination);
    return [...found];
}
function match(entry, symptom) {
    const evidence = [];
    if (symptom.ruleId && entry.rules.has(symptom.ruleId))
        evidence.push('rule');
    const classMatch = symptom.probe !== undefined && entry.probes.has(symptom.probe);
    let logMatches = 0;
    const log = symptom.log;
    if (log && entry.logPatterns.some(({ key, regex }) => (0,_log_signal_js__WEBPACK_IMPORTED_MODULE_2__/* .logSignalMatches */ .yp)(regex, key, log)))
        logMatches += 1;
    // A termination state is ambiguous (`SC--` is a refusal, a TLS failure or a SYN timeout): it counts
    // only for entries about the class the whole line was read as.
    const { termination, noServer } = haproxyState(symptom);
    const classAgrees = symptom.probe === undefined || entry.probes.size === 0 || classMatch;
    if (classAgrees) {
        // HAProxy termination states are 4 chars (`SC--`); an entry may give only the first two (`SC`).
        if (termination && entry.terminations.some((code) => code !== '' && code !== '<NOSRV>' && termination.startsWith(code)))
            logMatches += 1;
        if (noServer && entry.terminations.includes('<NOSRV>'))
            logMatches += 1;
    }
    if (logMatches > 0)
        evidence.push('log');
    if (classMatch)
        evidence.push('class');
    const status = symptom.httpStatus;
    if (status !== undefined && entry.statuses.some((range) => status >= range.min && status <= range.max))
        evidence.push('status');
    if (symptom.gateway && entry.gateway === symptom.gateway)
        evidence.push('gateway');
    if (symptom.side && entry.side === symptom.side)
        evidence.push('side');
    return { evidence, logMatches };
}
/**
 * An entry that names few probe classes is about that failure; one that names many (port mismatch can look
 * like refused, bad_response or http_status) is a broader fit, and so is one that names the class after
 * others. Such an entry loses up to 0.01 in all — less than one extra matched signal, and less than the
 * failure-class table listing it for the class.
 */
const PROBE_BREADTH_PENALTY = 0.005;
const PROBE_ORDER_PENALTY = 0.005;
const MAX_BREADTH_PENALTY = 0.01;
/** A rule lists its entries most relevant first; later ones lose a little, never a whole matched signal. */
const RULE_ORDER_PENALTY = 0.005;
const STRONG = new Set(['rule', 'log', 'class']);
function score(entry, symptom, { evidence, logMatches }) {
    const has = (kind) => evidence.includes(kind);
    const tiers = ['rule', 'log', 'class', 'status'].filter(has);
    let total = TIER_WEIGHT[tiers[0]] + EXTRA_MATCH_BONUS * (tiers.length - 1 + Math.max(logMatches - 1, 0));
    if (has('rule'))
        total -= Math.min(RULE_ORDER_PENALTY * (entry.rules.get(symptom.ruleId) ?? 0), MAX_BREADTH_PENALTY);
    if (has('class')) {
        const position = entry.probes.get(symptom.probe) ?? 0;
        total -= Math.min(PROBE_BREADTH_PENALTY * Math.max(entry.probes.size - 1, 0) + PROBE_ORDER_PENALTY * position, MAX_BREADTH_PENALTY);
        const listed = (0,_failure_class_js__WEBPACK_IMPORTED_MODULE_0__/* .isProbeClass */ .bW)(symptom.probe) ? (0,_failure_class_js__WEBPACK_IMPORTED_MODULE_0__/* .failureClass */ .fI)(symptom.probe).kb.indexOf(entry.record.entry.id) : -1;
        if (listed >= 0)
            total += CLASS_KB_BONUS - CLASS_KB_STEP * Math.min(listed, 4);
    }
    if (has('gateway'))
        total += SAME_GATEWAY_BONUS;
    else if (symptom.gateway && entry.logGateway && entry.logGateway !== symptom.gateway)
        total -= OTHER_GATEWAY_PENALTY;
    if (symptom.side && entry.side)
        total += entry.side === symptom.side ? SIDE_MATCH_BONUS : -SIDE_MISMATCH_PENALTY;
    return Math.round(total * 1000) / 1000;
}
function compareRanked(a, b) {
    return b.score - a.score || b.fixRate - a.fixRate || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0);
}
/** Keeps `list` sorted and at most `limit` long: a 10,000-entry KB must not be sorted per finding. */
function insertTop(list, item, limit) {
    if (list.length >= limit && compareRanked(item, list[list.length - 1]) >= 0)
        return;
    let at = list.length;
    while (at > 0 && compareRanked(item, list[at - 1]) < 0)
        at -= 1;
    list.splice(at, 0, item);
    if (list.length > limit)
        list.pop();
}
function rank(index, symptom, limit) {
    const ranking = { strong: [], all: [] };
    for (const entry of candidates(index, symptom)) {
        const matched = match(entry, symptom);
        const { evidence } = matched;
        if (!evidence.some((kind) => kind === 'rule' || kind === 'log' || kind === 'class' || kind === 'status'))
            continue;
        if (symptom.gateway && entry.gateway && entry.gateway !== symptom.gateway && !evidence.includes('rule'))
            continue;
        const { entry: kbEntry, path } = entry.record;
        const strong = evidence.some((kind) => STRONG.has(kind));
        const ranked = {
            entryId: kbEntry.id,
            path,
            title: kbEntry.title,
            fixRate: kbEntry.fix_rate,
            score: score(entry, symptom, matched),
            evidence,
            strong,
        };
        insertTop(ranking.all, ranked, limit);
        if (strong)
            insertTop(ranking.strong, ranked, limit);
    }
    return ranking;
}
/** Every entry that matches (or the best `limit`), best first; ties by fix rate, then id so output is stable. */
function rankEntries(index, symptom, limit = Infinity) {
    return rank(index, symptom, limit).all;
}
/** The entries to cite for one symptom: the best few with strong evidence, else the status-only ones (marked weak). */
function citeSymptom(index, symptom, limit = MAX_CITATIONS) {
    const { strong, all } = rank(index, symptom, limit);
    return strong.length > 0 ? strong : all;
}
/**
 * A finding's symptom. A `probe/<class>` rule's KB list is the class's row of the failure-class table,
 * so it ranks as class evidence (with the table's order), not as a rule link above the log line.
 */
function symptomOf(finding) {
    const checker = finding.ruleId.split('/')[0];
    const { log, nginxLog, gateway: signalGateway, side, ...rest } = finding.signals ?? {};
    const gateway = signalGateway ?? (checker === 'nginx' || checker === 'haproxy' ? checker : undefined);
    const text = log ?? nginxLog;
    return {
        ...(checker !== 'probe' ? { ruleId: finding.ruleId } : {}),
        ...rest,
        // A rule's nginxLog is a message fragment of an nginx line; a probe's log is the whole line of its gateway.
        ...(text !== undefined ? { log: (0,_logs_line_js__WEBPACK_IMPORTED_MODULE_1__/* .readLogLine */ .Z)(text, log !== undefined ? gateway : nginxLogFormat(text)) } : {}),
        ...(gateway ? { gateway } : {}),
        ...(side ? { side } : {}),
    };
}
/** A whole nginx line is read as one; a fragment stays format-less so it can match any nginx_log regex. */
function nginxLogFormat(text) {
    return (0,_logs_line_js__WEBPACK_IMPORTED_MODULE_1__/* .readLogLine */ .Z)(text).format === 'nginx' ? 'nginx' : undefined;
}
function toCitation(entry) {
    return { entryId: entry.entryId, path: entry.path, score: entry.score, evidence: [...entry.evidence], strong: entry.strong };
}
/** Adds the top citations to each finding that matches a KB entry; others are returned unchanged. */
function citeFindings(findings, kb, rules) {
    const index = buildCiteIndex(kb, rules);
    // Findings of one rule often share their signals (every refused probe): rank each symptom once.
    const memo = new Map();
    return findings.map((finding) => {
        const symptom = symptomOf(finding);
        const key = JSON.stringify([finding.ruleId, finding.signals]);
        let citations = memo.get(key);
        if (!citations) {
            citations = citeSymptom(index, symptom).map(toCitation);
            memo.set(key, citations);
        }
        return citations.length > 0 ? { ...finding, citations: citations.map((citation) => ({ ...citation, evidence: [...(citation.evidence ?? [])] })) } : finding;
    });
}
/** Which entries match a symptom described on the command line, best first. */
function explain(symptom, kb, rules = []) {
    return rankEntries(buildCiteIndex(kb, rules), symptom);
}


/***/ }),

/***/ 8131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  logsCommand: () => (/* binding */ logsCommand),
  renderLogsText: () => (/* binding */ renderLogsText),
  summarizeLogFile: () => (/* binding */ summarizeLogFile)
});

// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/kb/check.ts + 3 modules
var check = __webpack_require__(5721);
// EXTERNAL MODULE: ./src/logs/line.ts
var line = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/cite/cite.ts
var cite = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/logs/rules.ts
var rules = __webpack_require__(2052);
;// CONCATENATED MODULE: ./src/cite/log-rows.ts



const HEALTH_DOWN = /^Server \S+ is DOWN, reason: /;
function rowSymptom(row, format) {
    return {
        probe: row.class,
        ...(row.httpStatus !== undefined ? { httpStatus: row.httpStatus } : {}),
        ...(row.haproxyTermination !== undefined ? { haproxyTermination: row.haproxyTermination } : {}),
        ...(format ? { log: (0,line/* readLogLine */.Z)(row.example, format) } : {}),
        ...(format === 'haproxy' && HEALTH_DOWN.test(row.signature) ? { ruleId: rules/* HEALTH_CHECK_DOWN_RULE */.o.id } : {}),
        ...(format ? { gateway: format } : {}),
    };
}
/** Indexes the KB once; the returned function cites one row. */
function rowCiter(kb) {
    const index = (0,cite/* buildCiteIndex */.SG)(kb, rules/* LOG_RULES */.l);
    return (row, format) => (0,cite/* citeSymptom */.rT)(index, rowSymptom(row, format));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
/** RFC 1952 member header: ID1 ID2. */
const GZIP_MAGIC = [0x1f, 0x8b];
async function startsWithGzipMagic(filePath) {
    const handle = await (0,promises_.open)(filePath, 'r');
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return bytesRead === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
    }
    finally {
        await handle.close();
    }
}
/**
 * The file's text as chunks, gunzipped when it is gzip (ALB writes `….log.gz`; nginx and HAProxy
 * logs are rotated to `.gz`): decided by the magic bytes, not the name. A corrupt or cut gzip stream
 * rejects the iteration, so a caller never mistakes it for an empty log.
 */
async function logChunks(filePath) {
    if (!(await startsWithGzipMagic(filePath)))
        return { chunks: fileChunks(filePath), gzip: false };
    const source = (0,external_node_fs_.createReadStream)(filePath, { highWaterMark: 1024 * 1024 });
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 1024 * 1024 });
    source.on('error', (error) => gunzip.destroy(error));
    return { chunks: source.pipe(gunzip), gzip: true };
}

// EXTERNAL MODULE: ./src/logs/detect.ts + 1 modules
var detect = __webpack_require__(2168);
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

// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __webpack_require__(7654);
// EXTERNAL MODULE: ./src/cli/workspace.ts
var workspace = __webpack_require__(5107);
;// CONCATENATED MODULE: ./src/cli/logs.ts
/** `gatewatch logs FILE`: classify a gateway log offline into a table of failure classes with KB citations. */










const MAX_LINE_BYTES = 1024 * 1024;
const EXAMPLE_WIDTH = 240;
/** Streams FILE (gunzipped when it is gzip) through the summarizer; the file is never held in memory whole. */
async function summarizeLogFile(filePath, format) {
    const summarizer = new LogSummarizer(format);
    const { chunks } = await logChunks(filePath);
    await forEachLine(chunks, (text, line) => summarizer.push(text, line), {
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
        out.push('No line matched nginx error.log, HAProxy or ALB access-log formats; pass --log-format to force one.');
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
        const widths = header.map((title, column) => (0,collections/* maxOf */._)([title.length, ...table.map((cells) => cells[column].length)]));
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
    const spec = (0,commands/* commandSpec */.Lx)('logs');
    // --format was once the log's format; say so instead of "invalid value" for a log format name.
    argv.forEach((arg, index) => {
        const value = arg === '--format' || arg === '-f' ? argv[index + 1] : arg.startsWith('--format=') ? arg.slice('--format='.length) : undefined;
        if (value !== undefined && ['nginx', 'haproxy', 'alb'].includes(value)) {
            throw new config/* UsageError */.eb(`logs: --format is the output format (text, json); use --log-format ${value} for the log's own format`);
        }
    });
    const parsed = (0,cli_io/* parseCommand */.RM)(spec, argv);
    const file = parsed.positionals[0];
    // Checked before the config is read, so a typo in FILE is the message, whatever gatewatch.yml holds.
    const absolute = external_node_path_default().resolve(deps.cwd, file);
    try {
        const stat = await deps.stat(absolute);
        if (!stat.isFile)
            throw new config/* UsageError */.eb(`"${file}" is not a file`);
    }
    catch (error) {
        if (error instanceof config/* UsageError */.eb)
            throw error;
        const code = error.code;
        throw new config/* UsageError */.eb(code === 'ENOENT' ? `no such file "${file}"; check the path` : `cannot read "${file}": ${code ?? String(error)}`);
    }
    const { values, options, deps: runDeps } = await (0,workspace/* openWorkspace */.O)(spec, parsed, deps);
    const logFormat = (0,cli_io/* choice */.Yq)(values, 'log-format');
    const output = (0,cli_io/* choice */.Yq)(values, 'format') ?? 'text';
    let summary;
    try {
        summary = await summarizeLogFile(absolute, logFormat);
    }
    catch (error) {
        // A cut or corrupt .gz, a read error mid-file: never "0 failures".
        const reason = error.code ?? (error instanceof Error ? error.message : String(error));
        throw new config/* UsageError */.eb(`cannot read "${file}": ${reason}; check that the file is a complete log (or .gz)`);
    }
    if (!summary.format && summary.lines > 0) {
        // Nothing in it reads as a log line of any format: not "no failures", an unreadable file.
        throw new config/* UsageError */.eb(`no line of "${file}" reads as an nginx error.log, HAProxy or ALB access-log line; pass --log-format to force one`);
    }
    // The KB is read only when there is something to cite.
    const kb = summary.rows.length > 0 ? (await (0,check.loadKb)(options, runDeps)).records : [];
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


/***/ }),

/***/ 5107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openWorkspace)
/* harmony export */ });
/* unused harmony export findConfigDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2973);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7304);
/* harmony import */ var _options_overlay_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8056);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7654);
/**
 * Where a command runs and with which options: finds gatewatch.yml in the current folder or a parent (up to
 * the repository root, the first folder holding `.git`), moves the run there, and rebases the path flags the
 * user typed relative to where they stand. Findings then carry repository paths, as in CI.
 */





async function exists(deps, filePath) {
    try {
        await deps.stat(filePath);
        return true;
    }
    catch {
        return false;
    }
}
/** The folder holding gatewatch.yml: cwd, else a parent up to and including the repository root. */
async function findConfigDir(deps) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd);
    for (;;) {
        if (await exists(deps, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, _config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_FILE */ .Cu)))
            return dir;
        // `.git` is a folder in a clone and a file in a worktree; either marks the top of the repository.
        if (await exists(deps, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, '.git')))
            return undefined;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
function rebase(value, from, to) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(value))
        return value;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(to, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(from, value)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/') || '.';
}
async function openWorkspace(spec, parsed, deps) {
    const explicit = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(parsed.values, 'config');
    const found = explicit === undefined ? await findConfigDir(deps) : undefined;
    let { values, positionals } = parsed;
    let runDeps = deps;
    if (found !== undefined && found !== node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd)) {
        runDeps = (0,_deps_js__WEBPACK_IMPORTED_MODULE_2__.rebaseDeps)(deps, found);
        const pathFlags = new Set(spec.options.filter((option) => option.path).map((option) => option.name));
        values = Object.fromEntries(Object.entries(values).map(([name, value]) => {
            if (!pathFlags.has(name) || value === undefined || typeof value === 'boolean')
                return [name, value];
            return [name, Array.isArray(value) ? value.map((one) => rebase(one, deps.cwd, found)) : rebase(value, deps.cwd, found)];
        }));
        positionals = positionals.map((value, index) => (spec.positionals[index]?.path ? rebase(value, deps.cwd, found) : value));
    }
    // In CI on a pull request, --policy-from BASE reads the settings that decide the gate from BASE's gatewatch.yml.
    const policyFrom = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values, 'policy-from');
    if (policyFrom !== undefined && (policyFrom === '' || policyFrom.startsWith('-'))) {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid value "${policyFrom}" for --policy-from; expected a commit or branch such as origin/main`);
    }
    const config = await (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(runDeps, explicit, policyFrom === undefined ? undefined : { revision: policyFrom });
    const overrides = {
        emptyGlob: (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(values, 'allow-empty') ? 'notice' : 'error',
        ...((0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(values, 'kb') ? { kbPaths: (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(values, 'kb') } : {}),
        ...((0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values, 'kb-root') !== undefined ? { kbRoot: (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values, 'kb-root') } : {}),
    };
    return { deps: runDeps, options: (0,_options_overlay_js__WEBPACK_IMPORTED_MODULE_3__/* .overlayOptions */ .T)(config, overrides), values, positionals };
}


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkKb: () => (/* binding */ checkKb),
  checkKbFiles: () => (/* binding */ checkKbFiles),
  checkOneFile: () => (/* binding */ checkOneFile),
  loadKb: () => (/* binding */ loadKb)
});

// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/kb/parse.ts + 3 modules
var parse = __webpack_require__(2720);
// EXTERNAL MODULE: ./src/kb/source.ts
var source = __webpack_require__(8784);
// EXTERNAL MODULE: ./src/kb/rules/index.ts + 16 modules
var rules = __webpack_require__(9849);
;// CONCATENATED MODULE: ./schemas/kb-entry.schema.json
const kb_entry_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/gatewatch/gatewatch/v1/schemas/kb-entry.schema.json","title":"gatewatch knowledge-base entry (canonical form)","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["id","title","domain","category","verification","fix_rate","root_cause","versions","workarounds","dead_ends"],"properties":{"id":{"type":"string","maxLength":160,"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"},"title":{"type":"string","minLength":1,"maxLength":200},"domain":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"category":{"type":"string","pattern":"^[a-z0-9]+(?:[_-][a-z0-9]+)*$"},"verification":{"enum":["ai_generated","human_reviewed","community_verified","reproduced"]},"fix_rate":{"$ref":"#/$defs/percent"},"root_cause":{"type":"string","minLength":20},"versions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","status","introduced","deprecated"],"properties":{"name":{"type":"string","minLength":1},"status":{"enum":["active","deprecated","removed","unknown"]},"introduced":{"type":["string","null"],"minLength":1},"deprecated":{"type":["string","null"],"minLength":1}}}},"workarounds":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["title","success_rate"],"properties":{"title":{"type":"string","minLength":1},"success_rate":{"$ref":"#/$defs/percent"},"code":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["lang","value"],"properties":{"lang":{"type":"string"},"value":{"type":"string","minLength":1}}}}}}},"dead_ends":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","reason","fail_rate"],"properties":{"title":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"fail_rate":{"$ref":"#/$defs/percent"}}}},"signals":{"type":"object","additionalProperties":false,"properties":{"http_status":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599}},"probe":{"type":"array","items":{"enum":["refused","timeout_connect","timeout_headers","closed_early","reset","truncated_body","bad_response","tls_verify","tls_protocol","dns","unreachable","no_live_upstream","upstream_5xx","http_status","body_mismatch","slow","blocked_target"]}},"nginx_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"haproxy_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"alb_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"haproxy_termination":{"type":"array","items":{"type":"string","pattern":"^(?:[A-Za-z-]{2,4}|<NOSRV>)$"}},"rule":{"type":"array","items":{"type":"string","pattern":"^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$"}}}},"references":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","format":"uri","pattern":"^https?://"},"title":{"type":"string"}}}},"related":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"}}},"$defs":{"percent":{"type":"integer","minimum":0,"maximum":100}}}');
// EXTERNAL MODULE: ./src/schema/ajv.ts
var ajv = __webpack_require__(3864);
// EXTERNAL MODULE: ./src/yaml-locate.ts
var yaml_locate = __webpack_require__(4671);
// EXTERNAL MODULE: ./src/kb/locate-pointer.ts
var locate_pointer = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/kb/rules/schema.ts
var schema = __webpack_require__(8662);
;// CONCATENATED MODULE: ./src/kb/schema-check.ts
/** Validates canonical entries against schemas/kb-entry.schema.json and locates each error in the source. */





const SCHEMA_RULE = schema/* SCHEMA_RULE_META */.D.id;
const validateEntry = (0,ajv/* compileSchema */.Fc)(kb_entry_schema_namespaceObject);
/** True when `pointer` is `ancestor` or lies under it. */
function isUnder(pointer, ancestor) {
    if (ancestor === '')
        return true;
    return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}
function validateAgainstSchema(file) {
    if (validateEntry(file.entry))
        return [];
    const findings = [];
    for (const error of validateEntry.errors ?? []) {
        const pointer = (0,ajv/* errorPointer */.cS)(error);
        // A missing key is shown where its parent object is, an unknown key at the key itself.
        const location = (0,locate_pointer/* locatePointer */.A)(file, error.keyword === 'required' && (0,yaml_locate/* pointerSegments */.cP)(pointer).length === 1 ? '' : pointer);
        findings.push({
            ruleId: SCHEMA_RULE,
            severity: 'error',
            message: (0,ajv/* describeError */.Uc)(error, file.entry),
            location,
            pointer,
        });
    }
    return findings;
}
/** A finding from the parser or a semantic rule suppresses schema errors at or under its pointer. */
function dropShadowedSchemaErrors(findings) {
    const claimed = findings.filter((finding) => finding.ruleId !== SCHEMA_RULE && finding.pointer !== undefined).map((finding) => finding.pointer);
    if (claimed.length === 0)
        return findings;
    return findings.filter((finding) => finding.ruleId !== SCHEMA_RULE || !claimed.some((pointer) => isUnder(finding.pointer ?? '', pointer)));
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/kb/workers.ts
/**
 * Parsing 10,000 entries is CPU-bound (YAML and markdown-it), so the files are split into contiguous chunks:
 * the main thread checks the first, worker threads running the bundled kb-worker check the rest. Chunks are
 * contiguous and joined in order, so the output is identical to a sequential run.
 */

/**
 * Below this, starting a worker (loading its bundle, ~150–200 ms of CPU) costs more than it saves: a plain
 * entry takes ~0.2 ms to check. Measured on one core with two hyper-threads: 500 files 0.41 s on one thread
 * against 0.47 s on two, 2,000 files 0.73 s against 0.85 s; real cores gain from about 1,500 files.
 */
const PARALLEL_MIN_FILES = 2000;
/**
 * A worker spends its first ~150 ms loading the bundle while the main thread is already checking, so the
 * main thread's chunk is 10 % larger than an even share (measured: an even split left it idle 283 ms).
 */
const MAIN_THREAD_HEAD_START = 1.1;
function chunksOf(paths, count) {
    const first = Math.min(paths.length, Math.ceil((paths.length * MAIN_THREAD_HEAD_START) / count));
    const rest = paths.slice(first);
    const size = Math.ceil(rest.length / Math.max(count - 1, 1));
    const chunks = [paths.slice(0, first)];
    for (let start = 0; start < rest.length; start += size)
        chunks.push(rest.slice(start, start + size));
    return chunks;
}
function runWorker(url, task) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(url, { workerData: task });
        let settled = false;
        worker.once('message', (checks) => {
            settled = true;
            resolve(checks);
            void worker.terminate();
        });
        worker.once('error', (error) => {
            settled = true;
            reject(error);
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new Error(`KB worker exited with code ${code} before answering`));
        });
    });
}
/** `checkHere` checks a chunk on this thread; it is also the fallback when a worker fails, so no file is lost. */
async function checkInWorkers(paths, deps, task, checkHere) {
    const [first = [], ...rest] = chunksOf(paths, deps.parallelism());
    const workers = rest.map((chunk) => runWorker(deps.kbWorker, { ...task, cwd: deps.cwd, paths: chunk }).catch((error) => {
        deps.log(`gatewatch: KB worker failed (${error.message}); checking its files on the main thread`);
        return checkHere(chunk);
    }));
    const results = await Promise.all([checkHere(first), ...workers]);
    return results.flat();
}

;// CONCATENATED MODULE: ./src/kb/check.ts
/** The KB checker: read every entry, parse, validate against the schema, run the semantic rules. */








/** Says what is wrong with the path: a missing file is not a permissions problem. */
function unreadableMessage(path, code) {
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return `No such file "${path}"; check the path or remove it from the kb globs`;
        case 'EISDIR':
            return `"${path}" is a directory; give a glob such as "${path.replace(/\/+$/, '')}/**/*.md"`;
        case 'EACCES':
        case 'EPERM':
            return `Cannot read the file (${code}); fix its permissions or remove it from the kb globs`;
        default:
            return `Cannot read the file (${code}); check it or remove it from the kb globs`;
    }
}
async function readOne(path, deps, maxBytes) {
    try {
        return (0,parse/* parseKbFile */.l9)(path, await deps.readFile(path, maxBytes), maxBytes);
    }
    catch (error) {
        const { code, size } = error;
        // Refused before reading: a 1 GB file must not be loaded to learn it is too big.
        const message = code === 'EFBIG' && size !== undefined ? (0,source/* oversizeMessage */.J)(size, maxBytes) : unreadableMessage(path, code ?? error.message);
        return {
            file: (0,parse/* unreadableFile */._s)(path),
            findings: [{ ruleId: parse/* PARSE_ERROR */.to, severity: 'error', message, location: { path, line: 1, column: 1 } }],
        };
    }
}
function buildIndex(files) {
    const pathsById = new Map();
    for (const file of files) {
        const id = file.entry.id;
        if (typeof id !== 'string')
            continue;
        const paths = pathsById.get(id) ?? [];
        paths.push(file.path);
        pathsById.set(id, paths);
    }
    return { pathsById };
}
/**
 * What the cross-file rules need of a file: its entry plus the ranges of `/id` and `/related/…`.
 * Dropping the rest (lines, ranges, YAML documents) keeps 10,000 entries within a few hundred MB.
 */
function slimForCrossFileRules(file) {
    const ranges = new Map();
    const keep = ['/id', '/related', ...(file.entry.related ?? []).map((_, index) => `/related/${index}`)];
    for (const pointer of keep) {
        const where = file.ranges.get(pointer) ?? file.locateFrontMatter?.(pointer);
        if (where)
            ranges.set(pointer, where);
    }
    return (0,parse/* skeletonFile */.Kg)(file.path, { form: file.form, entry: file.entry, ranges, unparseable: file.unparseable });
}
/** Per-file rules need no index, so each file is checked as soon as it is parsed and then slimmed. */
async function checkOneFile(path, deps, settings, maxBytes) {
    const { file, findings: parseFindings } = await readOne(path, deps, maxBytes);
    if (file.unparseable)
        return { findings: parseFindings.map(rule/* toFinding */.N6), file };
    const noIndex = { pathsById: new Map() };
    const ruleFindings = (0,rule/* runRules */.xG)(rules/* KB_FILE_RULES */.lP, { file, index: noIndex, settings }, { path: file.path, line: 1 });
    const schemaFindings = validateAgainstSchema(file);
    const findings = dropShadowedSchemaErrors([...parseFindings, ...ruleFindings, ...schemaFindings]).map(rule/* toFinding */.N6);
    // No schema error means the entry validated: it is complete and may be cited.
    const complete = schemaFindings.length === 0;
    return {
        findings,
        ...(complete ? { record: { path: file.path, entry: file.entry } } : {}),
        file: slimForCrossFileRules(file),
    };
}
async function checkSequentially(paths, deps, settings, maxBytes) {
    const checks = [];
    for (const path of paths)
        checks.push(await checkOneFile(path, deps, settings, maxBytes));
    return checks;
}
/** Parses and checks the given files, in worker threads when there are many; pure over what `deps` reads. */
async function checkKbFiles(paths, deps, settings, maxBytes) {
    const checks = deps.kbWorker && paths.length >= PARALLEL_MIN_FILES && deps.parallelism() > 1
        ? await checkInWorkers(paths, deps, { settings, maxBytes }, (chunk) => checkSequentially(chunk, deps, settings, maxBytes))
        : await checkSequentially(paths, deps, settings, maxBytes);
    const findings = checks.flatMap((check) => check.findings);
    const records = checks.flatMap((check) => (check.record ? [check.record] : []));
    const files = checks.map((check) => check.file);
    const index = buildIndex(files);
    for (const file of files) {
        if (file.unparseable)
            continue;
        (0,collections/* pushAll */.i)(findings, (0,rule/* runRules */.xG)(rules/* KB_CROSS_FILE_RULES */.mP, { file, index, settings }, { path: file.path, line: 1 }).map(rule/* toFinding */.N6));
    }
    return { findings, records, files };
}
/** The `kb` part of a run: expand the globs, then check every file found. */
async function checkKb(options, deps) {
    if (options.kb.paths.length === 0)
        return { findings: [], records: [], files: [] };
    const expanded = await (0,files/* expandGlobs */.G)(options.kb.paths, deps, 'kb', options.limits.maxFiles, options.emptyGlob);
    const settings = {
        root: options.kb.root,
        ...(options.kb.domains ? { domains: options.kb.domains } : {}),
        ...(options.kb.categories ? { categories: options.kb.categories } : {}),
    };
    const result = await checkKbFiles(expanded.paths, deps, settings, options.kb.maxFileBytes);
    return { ...result, findings: [...expanded.findings, ...result.findings] };
}
/** The KB as knowledge (for `explain`, `logs`, citations): complete entries only, findings kept for the caller. */
async function loadKb(options, deps) {
    const { records, findings } = await checkKb(options, deps);
    return { records, findings };
}


/***/ }),

/***/ 2168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D7: () => (/* binding */ DETECT_SAMPLE),
  O: () => (/* binding */ LOG_CLASSIFIERS),
  wW: () => (/* binding */ LOG_READERS),
  ng: () => (/* binding */ detectLogFormat)
});

// UNUSED EXPORTS: LOG_FORMATS

// EXTERNAL MODULE: ./src/logs/alb.ts
var alb = __webpack_require__(8998);
// EXTERNAL MODULE: ./src/logs/haproxy.ts
var haproxy = __webpack_require__(978);
// EXTERNAL MODULE: ./src/logs/line.ts
var logs_line = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/logs/nginx.ts

// Order matters: body-phase lines ("while reading upstream") before header-phase ones, and the
// more specific connect() failures before the generic one.
const SIGNATURES = [
    { pattern: /no live upstreams while connecting to upstream/, class: 'no_live_upstream', httpStatus: 502 },
    { pattern: /upstream timed out \(110: [^)]*\) while (?:connecting|SSL handshaking) to upstream/, class: 'timeout_connect', httpStatus: 504 },
    { pattern: /upstream timed out \(110: [^)]*\) while reading response header from upstream/, class: 'timeout_headers', httpStatus: 504 },
    { pattern: /upstream timed out \(110: [^)]*\) while (?:reading upstream|sending request to upstream)/, class: 'truncated_body', httpStatus: 200 },
    { pattern: /upstream prematurely closed connection while reading upstream/, class: 'truncated_body', httpStatus: 200 },
    { pattern: /(?:recv|readv)\(\) failed \(104: [^)]*\) while reading upstream/, class: 'truncated_body', httpStatus: 200 },
    { pattern: /upstream prematurely closed connection while reading response header from upstream/, class: 'closed_early', httpStatus: 502 },
    { pattern: /(?:recv|readv|send|writev|sendfile)\(\) failed \(104: [^)]*\)/, class: 'reset', httpStatus: 502 },
    { pattern: /(?:send|writev|sendfile)\(\) failed \(32: [^)]*\) while sending request to upstream/, class: 'closed_early', httpStatus: 502 },
    // The last three are newer nginx refusing a response 1.22.1 passed on as 200 (docs/gateway-versions.md, measured on 1.26.3).
    {
        pattern: /upstream sent (?:no valid HTTP\/1\.0 header|too big header|invalid header|invalid status|invalid chunked response|duplicate header line|unexpected FastCGI record|invalid "Content-Length" header|unknown "Transfer-Encoding"|"Content-Length" and "Transfer-Encoding" headers at the same time)/,
        class: 'bad_response',
        httpStatus: 502,
    },
    { pattern: /upstream SSL certificate (?:verify error: \([^)]*\)|does not match "[^"]*")/, class: 'tls_verify', httpStatus: 502 },
    { pattern: /SSL_do_handshake\(\) failed(?: \(SSL: [^)]*\))?/, class: 'tls_protocol', httpStatus: 502 },
    { pattern: /no resolver defined to resolve \S+/, class: 'dns', httpStatus: 502 },
    { pattern: /\S+ could not be resolved \([^)]*\)/, class: 'dns', httpStatus: 502 },
    { pattern: /host not found in upstream "[^"]*"/, class: 'dns', httpStatus: 502 },
    { pattern: /connect\(\)(?: to \S+)? failed \((?:101|113): [^)]*\) while connecting to upstream/, class: 'unreachable', httpStatus: 502 },
    { pattern: /connect\(\)(?: to \S+)? failed \(\d+: [^)]*\) while connecting to upstream/, class: 'refused', httpStatus: 502 },
];
const LINE = /^(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d) \[(\w+)\] \d+#\d+: (?:\*\d+ )?(.*)$/;
/**
 * `http://127.0.0.1:9001/path` → `127.0.0.1:9001`; `http://unix:/run/app.sock:/` → `unix:/run/app.sock`;
 * `http://backend/` (an upstream block's name, as in "no live upstreams") → `backend`.
 */
function upstreamAddress(field) {
    const withoutScheme = field.replace(/^[a-z]+:\/\//i, '');
    const unix = /^unix:[^:]+/.exec(withoutScheme);
    if (unix)
        return unix[0];
    const slash = withoutScheme.indexOf('/');
    return slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
}
const classifyNginxLine = (text, line) => {
    const parsed = LINE.exec(text);
    if (!parsed)
        return undefined;
    const [, time, , rest] = parsed;
    // The stable message ends where nginx appends its ", client: …" context.
    const clientAt = rest.indexOf(', client: ');
    const message = clientAt === -1 ? rest : rest.slice(0, clientAt);
    for (const signature of SIGNATURES) {
        const match = signature.pattern.exec(message);
        if (!match)
            continue;
        const upstream = (0,logs_line/* contextField */.M)(text, 'upstream');
        const event = {
            format: 'nginx',
            line,
            text,
            class: signature.class,
            signature: match[0],
            httpStatus: signature.httpStatus,
            time: time,
            ...(upstream !== undefined ? { upstream: upstreamAddress(upstream) } : {}),
        };
        return event;
    }
    return undefined;
};

// EXTERNAL MODULE: ./src/failure-class.ts
var failure_class = __webpack_require__(3392);
// EXTERNAL MODULE: ./src/logs/verdict.ts
var verdict = __webpack_require__(906);
;// CONCATENATED MODULE: ./src/logs/detect.ts
/** Picks the log format from a sample of lines, and gives the line reader for each format. */





/* nginx error.log: `2026/11/27 07:00:00 [error] 12#12: …` (ngx_log_error_core). */
const NGINX_ERROR_LINE = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[\w+\] \d+#\d+: /;
const readNginxLine = (text, line) => {
    const event = classifyNginxLine(text, line);
    if (event)
        return { kind: 'event', event };
    return NGINX_ERROR_LINE.test(text) ? verdict.OK : verdict/* FOREIGN */.n;
};
const LOG_READERS = {
    nginx: readNginxLine,
    haproxy: haproxy/* readHaproxyLine */.wX,
    alb: alb/* readAlbLine */.Os,
};
/** The classifiers the probe runner calls on `gateway_log` lines (LogLineClassifier from types.ts). */
const LOG_CLASSIFIERS = {
    nginx: classifyNginxLine,
    haproxy: haproxy/* classifyHaproxyLine */.ez,
    alb: alb/* classifyAlbLine */.yb,
};
const LOG_FORMATS = failure_class/* GATEWAYS */.it;
/** Default number of leading lines `gatewatch logs` samples before deciding. */
const DETECT_SAMPLE = 200;
/**
 * The format that recognises the most lines of the sample (a line counts when the reader does not
 * call it foreign). Undefined when no format recognises any line. Ties go to the earlier format in
 * LOG_FORMATS, which cannot happen for real lines: the three shapes exclude each other.
 */
function detectLogFormat(lines) {
    let best;
    let bestCount = 0;
    for (const format of LOG_FORMATS) {
        const reader = LOG_READERS[format];
        let count = 0;
        lines.forEach((text, index) => {
            if (text.trim() !== '' && reader(text, index + 1).kind !== 'foreign')
                count += 1;
        });
        if (count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return best;
}


/***/ }),

/***/ 2052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ LOG_RULES),
/* harmony export */   o: () => (/* binding */ HEALTH_CHECK_DOWN_RULE)
/* harmony export */ });
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
const LOG_RULES = [HEALTH_CHECK_DOWN_RULE];


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ overlayOptions)
/* harmony export */ });
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9148);

/** Unset and empty overrides leave the config's value; a list override replaces the config's list. */
function overlayOptions(options, overrides) {
    const set = (value) => value !== undefined;
    const kbPaths = overrides.kbPaths && overrides.kbPaths.length > 0 ? overrides.kbPaths : options.kb.paths;
    // With no kb.root written anywhere, ids are paths under the glob's static base: `--kb 'docs/kb/**/*.md'`
    // makes kb/id-path check docs/kb/<id>.md instead of silently checking nothing outside seeds/.
    const root = overrides.kbRoot ?? (options.kb.rootExplicit ? options.kb.root : ((0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .staticGlobBase */ .Q)(kbPaths, options.cwd) ?? options.kb.root));
    return {
        ...options,
        ...(set(overrides.failOn) ? { failOn: overrides.failOn } : {}),
        ...(set(overrides.format) ? { format: overrides.format } : {}),
        ...(set(overrides.output) ? { output: overrides.output } : {}),
        ...(set(overrides.comment) ? { comment: overrides.comment } : {}),
        ...(set(overrides.onlyChanged) ? { onlyChanged: overrides.onlyChanged } : {}),
        ...(set(overrides.emptyGlob) ? { emptyGlob: overrides.emptyGlob } : {}),
        kb: { ...options.kb, paths: kbPaths, root, ...(set(overrides.kbRoot) ? { rootExplicit: true } : {}) },
        nginx: {
            ...options.nginx,
            ...(overrides.nginxPaths && overrides.nginxPaths.length > 0 ? { paths: overrides.nginxPaths } : {}),
            ...(set(overrides.nginxTest) ? { test: overrides.nginxTest } : {}),
            ...(set(overrides.nginxVersion) ? { version: overrides.nginxVersion } : {}),
            ...(set(overrides.nginxBinary) ? { binary: overrides.nginxBinary } : {}),
        },
        haproxy: {
            ...options.haproxy,
            ...(overrides.haproxyPaths && overrides.haproxyPaths.length > 0 ? { paths: overrides.haproxyPaths } : {}),
            ...(set(overrides.haproxyBinary) ? { binary: overrides.haproxyBinary } : {}),
        },
        ...(set(overrides.probes) ? { probes: overrides.probes } : {}),
        limits: { ...options.limits, ...(set(overrides.maxFiles) ? { maxFiles: overrides.maxFiles } : {}) },
    };
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


/***/ })

};

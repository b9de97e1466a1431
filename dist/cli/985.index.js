export const id = 985;
export const ids = [985,144];
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

/***/ 2576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ defaultPort),
/* harmony export */   Pr: () => (/* binding */ parseProxyUrl),
/* harmony export */   RA: () => (/* binding */ parseServerAddress),
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   tP: () => (/* binding */ isIpLiteral)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/** Reads the addresses nginx connects to: `proxy_pass` URLs and upstream `server` arguments (ngx_parse_url rules). */

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
function isIpLiteral(host) {
    // Cheap shape test first: ipaddr.isValid allocates, and rules ask this of every proxy_pass host.
    if (!/^[0-9.]+$/.test(host) && !host.includes(':'))
        return false;
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().isValid(host) && (ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.isValidFourPartDecimal(host) || host.includes(':'));
}
function splitHostPort(authority) {
    if (authority.startsWith('[')) {
        const close = authority.indexOf(']');
        const host = authority.slice(1, close === -1 ? undefined : close);
        const rest = close === -1 ? '' : authority.slice(close + 1);
        const port = rest.startsWith(':') ? Number(rest.slice(1)) : undefined;
        return port !== undefined && Number.isInteger(port) ? { host, port } : { host };
    }
    const colon = authority.lastIndexOf(':');
    if (colon === -1)
        return { host: authority };
    const port = Number(authority.slice(colon + 1));
    return Number.isInteger(port) && authority.slice(colon + 1) !== '' ? { host: authority.slice(0, colon), port } : { host: authority };
}
/** `http://backend:8080/api/` → {scheme, host, port, uri}; undefined when there is no `scheme://`. */
function parseProxyUrl(url) {
    const match = SCHEME.exec(url);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    const rest = url.slice(match[0].length);
    const hasVariable = url.includes('$');
    // nginx: `unix:/path/sock:/uri` — the socket path ends at the next colon.
    if (rest.startsWith('unix:')) {
        const body = rest.slice(5);
        const colon = body.indexOf(':');
        const unixPath = colon === -1 ? body : body.slice(0, colon);
        const uri = colon === -1 ? undefined : body.slice(colon + 1);
        return { scheme, host: '', unixPath, ...(uri ? { uri } : {}), hasVariable, hostHasVariable: unixPath.includes('$') };
    }
    const slash = rest.startsWith('[') ? rest.indexOf('/', rest.indexOf(']')) : rest.indexOf('/');
    const authority = slash === -1 ? rest : rest.slice(0, slash);
    const uri = slash === -1 ? undefined : rest.slice(slash);
    const { host, port } = splitHostPort(authority);
    return {
        scheme,
        host,
        ...(port !== undefined ? { port } : {}),
        ...(uri !== undefined ? { uri } : {}),
        hasVariable,
        hostHasVariable: authority.includes('$'),
    };
}
/** An upstream `server` address: `host[:port]`, `[v6]:port` or `unix:/path`. */
function parseServerAddress(arg) {
    if (arg.startsWith('unix:'))
        return { host: '', unixPath: arg.slice(5) };
    return splitHostPort(arg);
}
function defaultPort(scheme) {
    return scheme === 'https' || scheme === 'grpcs' ? 443 : 80;
}
/** Edit distance, for "did you mean" suggestions. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
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


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _L: () => (/* binding */ upstreamBlocks),
/* harmony export */   c4: () => (/* binding */ proxyPasses),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   s1: () => (/* binding */ httpUpstreamNames),
/* harmony export */   tl: () => (/* binding */ upstreamPools),
/* harmony export */   uU: () => (/* binding */ upstreamServers)
/* harmony export */ });
/* unused harmony exports moduleOf, UpstreamIndex */
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2576);
/** What every static nginx rule sees: the raw payload, the include-expanded tree, and lookups rules share. */

/** Every `upstream` block (http and stream; see moduleOf). */
/**
 * Several rules ask the same questions of one tree (its upstreams, its proxy_pass URLs); each answer is
 * computed once per tree, since each costs a walk over every statement of a possibly 200,000-line config.
 */
function memoized(compute) {
    const cache = new WeakMap();
    return (tree) => {
        if (!cache.has(tree))
            cache.set(tree, compute(tree));
        return cache.get(tree);
    };
}
const upstreamBlocks = memoized((tree) => tree.named('upstream').filter((node) => node.children !== undefined));
/** `stream` when the node sits inside a stream block; otherwise `http` (a snippet included into http). */
function moduleOf(node) {
    for (let level = node.parent; level; level = level.parent)
        if (level.name === 'stream')
            return 'stream';
    return 'http';
}
/** http upstream blocks by name; nginx matches `proxy_pass http://NAME` to them case-insensitively. */
class UpstreamIndex {
    byName = new Map();
    constructor(blocks) {
        for (const block of blocks) {
            const key = block.args[0]?.toLowerCase();
            if (key !== undefined && !this.byName.has(key))
                this.byName.set(key, block);
        }
    }
    get(host) {
        return this.byName.get(host.toLowerCase());
    }
    has(host) {
        return this.byName.has(host.toLowerCase());
    }
    /** Names as written in the config, for suggestions. */
    names() {
        return [...this.byName.values()].map((block) => block.args[0]);
    }
}
const httpUpstreamNames = memoized((tree) => new UpstreamIndex(upstreamPools(tree).filter((pool) => pool.module === 'http').map((pool) => pool.block)));
/** Every `proxy_pass` with a URL (stream's `proxy_pass host:port` has no scheme and is skipped). */
const proxyPasses = memoized((tree) => {
    const out = [];
    for (const node of tree.named('proxy_pass')) {
        if (node.args.length === 0)
            continue;
        const url = (0,_address_js__WEBPACK_IMPORTED_MODULE_0__/* .parseProxyUrl */ .Pr)(node.args[0]);
        if (url)
            out.push({ node, url });
    }
    return out;
});
/** `server` directives of an upstream block. */
function upstreamServers(block) {
    const servers = [];
    for (const child of block.children ?? [])
        if (child.name === 'server' && child.args.length > 0)
            servers.push(child);
    return servers;
}
/** Every upstream block with its module and parsed server addresses, which five rules read. */
const upstreamPools = memoized((tree) => {
    const pools = [];
    for (const block of upstreamBlocks(tree)) {
        const servers = upstreamServers(block);
        const addresses = [];
        for (const server of servers)
            addresses.push((0,_address_js__WEBPACK_IMPORTED_MODULE_0__/* .parseServerAddress */ .RA)(server.args[0]));
        pools.push({ block, module: moduleOf(block), servers, addresses });
    }
    return pools;
});
/** Compares dotted versions: negative when a < b. */
function compareVersions(a, b) {
    const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
    const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
const quote = (value) => JSON.stringify(value);


/***/ }),

/***/ 5899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ NGINX_RULE_METAS),
  i: () => (/* binding */ nginxRules)
});

// EXTERNAL MODULE: ./src/nginx/test-rule.ts
var test_rule = __webpack_require__(5281);
// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/nginx/rule-context.ts
var rule_context = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/nginx/tree.ts
var tree = __webpack_require__(1854);
;// CONCATENATED MODULE: ./src/nginx/rules/all-servers-down.ts
/** `upstream api { server 10.0.0.1:8080 down; server 10.0.0.2:8080 down; }` — every request gets 502 "no live upstreams". */



const allServersDown = (0,rule/* defineRule */.Km)({
    id: 'nginx/all-servers-down',
    severity: 'error',
    description: 'Every server of an upstream is marked down, so nginx has no live upstream to send requests to',
    kb: ['api/http-502-no-live-upstreams'],
    check(context, report) {
        for (const { block, servers } of (0,rule_context/* upstreamPools */.tl)(context.tree)) {
            if (servers.length === 0 || !servers.every((server) => server.args.includes('down', 1)))
                continue;
            report({
                message: `every server in upstream ${(0,rule_context/* quote */.hD)(block.args[0] ?? '')} is marked "down", so each request fails with 502 "no live upstreams"; remove "down" from at least one server`,
                location: (0,tree/* locate */.x5)(block),
                signals: { httpStatus: 502, probe: 'no_live_upstream', nginxLog: 'no live upstreams while connecting to upstream' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/duplicate-upstream.ts
/** Two `upstream backend { … }` blocks in one http context — nginx -t fails with `duplicate upstream "backend"`. */



const duplicateUpstream = (0,rule/* defineRule */.Km)({
    id: 'nginx/duplicate-upstream',
    severity: 'error',
    description: 'Two upstream blocks share a name in the same http or stream context',
    kb: ['api/nginx-config-rejected-by-nginx-t'],
    check(context, report) {
        const first = new Map();
        for (const { block, module } of (0,rule_context/* upstreamPools */.tl)(context.tree)) {
            // nginx compares upstream names case-insensitively (ngx_http_upstream_add uses ngx_strncasecmp).
            const key = `${module} ${(block.args[0] ?? '').toLowerCase()}`;
            const earlier = first.get(key);
            if (!earlier) {
                first.set(key, block);
                continue;
            }
            report({
                message: `upstream ${(0,rule_context/* quote */.hD)(block.args[0] ?? '')} is already defined at ${(0,tree/* where */._M)(earlier)}, which nginx rejects ("duplicate upstream"); rename or remove one`,
                location: (0,tree/* locate */.x5)(block),
                signals: { nginxLog: `duplicate upstream "${block.args[0] ?? ''}"` },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/empty-upstream.ts
/** `upstream backend { keepalive 16; }` — no `server` inside: nginx -t fails with "no servers are inside upstream". */



const emptyUpstream = (0,rule/* defineRule */.Km)({
    id: 'nginx/empty-upstream',
    severity: 'error',
    description: 'An upstream block has no server directive',
    kb: ['api/nginx-config-rejected-by-nginx-t'],
    check(context, report) {
        for (const { block, servers } of (0,rule_context/* upstreamPools */.tl)(context.tree)) {
            if (servers.length > 0)
                continue;
            report({
                message: `upstream ${(0,rule_context/* quote */.hD)(block.args[0] ?? '')} has no server directive, which nginx rejects ("no servers are inside upstream"); add at least one server`,
                location: (0,tree/* locate */.x5)(block),
                signals: { nginxLog: 'no servers are inside upstream' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/implicit-port-80.ts
/** `proxy_pass http://app.internal;` or `server app.internal;` — no port, so nginx connects to port 80. */



const implicitPort80 = (0,rule/* defineRule */.Km)({
    id: 'nginx/implicit-port-80',
    severity: 'notice',
    description: 'An upstream address has no port, so nginx uses 80; apps usually listen elsewhere',
    kb: ['api/http-502-upstream-port-mismatch'],
    check(context, report) {
        const upstreams = (0,rule_context/* httpUpstreamNames */.s1)(context.tree);
        for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(context.tree)) {
            if (url.scheme !== 'http' || url.port !== undefined || url.unixPath !== undefined || url.hostHasVariable)
                continue;
            if (url.host === '' || upstreams.has(url.host))
                continue;
            // A dot-less name that is no upstream is nginx/undefined-upstream's finding; the port is the lesser problem.
            if (!url.host.includes('.') && !url.host.includes(':') && url.host !== 'localhost')
                continue;
            report({
                message: `proxy_pass ${(0,rule_context/* quote */.hD)(node.args[0])} has no port, so nginx connects to port 80; write the port the app listens on (e.g. "http://${url.host}:8080")`,
                location: (0,tree/* locate */.x5)(node),
                signals: { httpStatus: 502, probe: 'refused' },
            });
        }
        for (const { block, module, servers, addresses } of (0,rule_context/* upstreamPools */.tl)(context.tree)) {
            // stream upstream servers must carry a port (nginx -t rejects them), so only http pools default to 80.
            if (module !== 'http')
                continue;
            for (const [i, server] of servers.entries()) {
                const address = addresses[i];
                if (address.unixPath !== undefined || address.port !== undefined || address.host.includes('$'))
                    continue;
                report({
                    message: `server ${(0,rule_context/* quote */.hD)(server.args[0])} in upstream ${(0,rule_context/* quote */.hD)(block.args[0] ?? '')} has no port, so nginx connects to port 80; write the port the app listens on`,
                    location: (0,tree/* locate */.x5)(server),
                    signals: { httpStatus: 502, probe: 'refused' },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/parse-errors.ts
function payloadErrors(context) {
    return context.payload.errors.map((error) => {
        const suffix = error.line === null ? ` in ${error.file}` : ` in ${error.file}:${error.line}`;
        const message = error.error.endsWith(suffix) ? error.error.slice(0, -suffix.length) : error.error;
        return { message, path: context.toPath(error.file), line: error.line ?? 1 };
    });
}
/** Errors the loader raises at an `include` line (see load.ts). */
function isIncludeError(message) {
    return message.startsWith('open() "') || message.startsWith('include ');
}

;// CONCATENATED MODULE: ./src/nginx/rules/include-missing.ts
/** `include conf.d/missing.conf;` — nginx -t stops with `open() … failed (2: No such file or directory)`. */



const GLOB_MAGIC = /[*?[]/;
/** Every `include` in `list` and its blocks, in source order. */
function includesIn(list, out = []) {
    for (const statement of list) {
        if (statement.directive === 'include')
            out.push(statement);
        if (statement.block)
            includesIn(statement.block, out);
    }
    return out;
}
const includeMissing = (0,rule/* defineRule */.Km)({
    id: 'nginx/include-missing',
    severity: 'error',
    description: 'An include names a file that cannot be read, or a glob that matches nothing',
    kb: ['api/nginx-config-rejected-by-nginx-t'],
    check(context, report) {
        for (const error of payloadErrors(context)) {
            if (!isIncludeError(error.message))
                continue;
            // An absolute path outside the repository (/etc/nginx/mime.types) may exist only on the server.
            const missing = /^open\(\) "(\/[^"]+)" failed \(2:/.exec(error.message)?.[1];
            if (missing !== undefined && context.toPath(missing).startsWith('../')) {
                report({
                    severity: 'warning',
                    message: `${error.message}; the file is outside the repository, so make sure the servers have it or vendor it into the repo`,
                    location: { path: error.path, line: error.line },
                });
                continue;
            }
            report({ message: `${error.message}; fix the include path`, location: { path: error.path, line: error.line } });
        }
        // nginx accepts a glob that matches nothing, so a typo silently drops every server in it.
        for (const config of context.payload.config) {
            for (const statement of includesIn(config.parsed)) {
                const pattern = statement.args[0];
                if (pattern === undefined || !GLOB_MAGIC.test(pattern))
                    continue;
                if (statement.includes === undefined || statement.includes.length > 0)
                    continue;
                report({
                    severity: 'warning',
                    message: `include ${(0,rule_context/* quote */.hD)(pattern)} matches no files, so nothing is included; fix the pattern or remove the include`,
                    location: { path: context.toPath(config.file), line: statement.line },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/keepalive-without-http11.ts
/** `upstream api { server a:8080; keepalive 16; }` proxied without `proxy_http_version 1.1` — before nginx 1.29.7 no connection is reused. */



/** nginx 1.29.7 made `keepalive 32 local`, `proxy_http_version 1.1` and no `Connection: close` the defaults. */
const DEFAULTS_CHANGED = '1.29.7';
const keepaliveWithoutHttp11 = (0,rule/* defineRule */.Km)({
    id: 'nginx/keepalive-without-http11',
    severity: 'warning',
    description: 'An upstream keepalive pool is proxied over HTTP/1.0 or with "Connection: close", so connections are never reused',
    kb: ['api/http-502-upstream-keepalive-misconfigured'],
    check(context, report) {
        const modern = context.version !== undefined && (0,rule_context/* compareVersions */.Zy)(context.version, DEFAULTS_CHANGED) >= 0;
        const assumed = context.version === undefined ? ` (assuming nginx older than ${DEFAULTS_CHANGED}; set nginx.version to change this)` : '';
        const upstreams = (0,rule_context/* httpUpstreamNames */.s1)(context.tree);
        for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(context.tree)) {
            const block = upstreams.get(url.host);
            const keepalive = block?.children?.find((child) => child.name === 'keepalive');
            if (!block || !keepalive || keepalive.args[0] === '0')
                continue;
            const version = (0,tree/* scopedValue */.Ee)(node, 'proxy_http_version', context.tree.roots)?.args[0];
            const http11 = version === undefined ? modern : version === '1.1';
            const connection = (0,tree/* inScope */.SB)(node, 'proxy_set_header', context.tree.roots).find((header) => header.args[0]?.toLowerCase() === 'connection');
            // Before 1.29.7 nginx sends "Connection: close" unless proxy_set_header overrides it.
            const closes = connection === undefined ? !modern : /^close$/i.test(connection.args[1] ?? '');
            if (http11 && !closes)
                continue;
            const missing = !http11 ? 'proxy_http_version 1.1' : 'proxy_set_header Connection ""';
            report({
                message: `proxy_pass to upstream ${(0,rule_context/* quote */.hD)(url.host)} with "keepalive ${keepalive.args[0] ?? ''}" runs without \`${missing}\`, so nginx closes every upstream connection and the pool is never used${assumed}; add \`${missing};\` here or in the server block`,
                location: (0,tree/* locate */.x5)(node),
                signals: { httpStatus: 502, probe: 'closed_early' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/localhost-upstream.ts
/** `server localhost:3000;` — nginx resolves localhost to 127.0.0.1 and ::1; an IPv4-only app gets 502s on [::1]. */



function flag(node, written, report) {
    report({
        message: `${(0,rule_context/* quote */.hD)(written)} resolves to both 127.0.0.1 and [::1] and nginx round-robins over both, so with an app listening on IPv4 only every other connection is refused on [::1] and retried (a 502 when retries are off or exhausted); use 127.0.0.1 explicitly`,
        location: (0,tree/* locate */.x5)(node),
        signals: { httpStatus: 502, probe: 'refused', nginxLog: 'connect() failed (111: Connection refused) while connecting to upstream' },
    });
}
const localhostUpstream = (0,rule/* defineRule */.Km)({
    id: 'nginx/localhost-upstream',
    severity: 'warning',
    description: 'An upstream address uses the name localhost, which resolves to both IPv4 and IPv6 loopback',
    kb: ['api/http-502-localhost-upstream-resolves-to-ipv6'],
    check(context, report) {
        for (const { module, servers, addresses } of (0,rule_context/* upstreamPools */.tl)(context.tree)) {
            if (module !== 'http')
                continue;
            servers.forEach((server, i) => {
                if (addresses[i].host.toLowerCase() === 'localhost')
                    flag(server, server.args[0], report);
            });
        }
        for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(context.tree)) {
            if (url.host.toLowerCase() === 'localhost')
                flag(node, node.args[0], report);
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/max-fails-zero.ts
/** `server 10.0.0.2:8080 max_fails=0;` in a multi-server upstream — nginx never marks it failed and keeps sending it traffic. */



const maxFailsZero = (0,rule/* defineRule */.Km)({
    id: 'nginx/max-fails-zero',
    severity: 'warning',
    description: 'max_fails=0 turns off failure accounting, so a dead server is never taken out of rotation',
    kb: ['api/http-502-no-live-upstreams', 'api/http-502-bad-gateway-upstream-unreachable'],
    check(context, report) {
        for (const { block, servers } of (0,rule_context/* upstreamPools */.tl)(context.tree)) {
            // With one server nginx never marks it unavailable anyway (ngx_http_upstream_round_robin), so only flag pools.
            if (servers.length < 2)
                continue;
            for (const server of servers) {
                if (!server.args.includes('max_fails=0', 1))
                    continue;
                report({
                    message: `server ${(0,rule_context/* quote */.hD)(server.args[0])} in upstream ${(0,rule_context/* quote */.hD)(block.args[0] ?? '')} has "max_fails=0", so nginx keeps sending it requests while it is down and clients get 502s; drop it or use "max_fails=3 fail_timeout=10s"`,
                    location: (0,tree/* locate */.x5)(server),
                    signals: { httpStatus: 502, probe: 'refused' },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/next-upstream-off.ts
/** `proxy_next_upstream off;` in front of a multi-server upstream — one dead server turns into 502s instead of a retry. */



const nextUpstreamOff = (0,rule/* defineRule */.Km)({
    id: 'nginx/next-upstream-off',
    severity: 'warning',
    description: 'proxy_next_upstream off disables failover, so a failing server in a multi-server upstream returns 502',
    kb: ['api/http-502-no-live-upstreams', 'api/http-502-bad-gateway-upstream-unreachable'],
    check(context, report) {
        const upstreams = (0,rule_context/* httpUpstreamNames */.s1)(context.tree);
        const seen = new Set();
        for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(context.tree)) {
            const block = upstreams.get(url.host);
            if (!block || (0,rule_context/* upstreamServers */.uU)(block).length < 2)
                continue;
            const setting = (0,tree/* scopedValue */.Ee)(node, 'proxy_next_upstream', context.tree.roots);
            if (!setting || setting.args[0] !== 'off' || seen.has(setting))
                continue;
            seen.add(setting);
            report({
                message: `"proxy_next_upstream off" stops nginx from trying the other ${(0,rule_context/* upstreamServers */.uU)(block).length - 1} server(s) of upstream ${(0,rule_context/* quote */.hD)(url.host)}, so one unreachable server answers 502; use "proxy_next_upstream error timeout" instead`,
                location: (0,tree/* locate */.x5)(setting),
                signals: { httpStatus: 502, probe: 'refused', nginxLog: 'connect() failed (111: Connection refused) while connecting to upstream' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/non-idempotent-retry.ts
/** `proxy_next_upstream error timeout non_idempotent;` — a POST that timed out is sent again to the next server. */


const NEXT_UPSTREAM = new Set(['proxy_next_upstream', 'grpc_next_upstream', 'uwsgi_next_upstream', 'scgi_next_upstream', 'fastcgi_next_upstream']);
const nonIdempotentRetry = (0,rule/* defineRule */.Km)({
    id: 'nginx/non-idempotent-retry',
    severity: 'warning',
    description: 'non_idempotent lets nginx retry POST/PATCH/LOCK on another server after a failure or timeout',
    kb: ['api/http-504-upstream-response-timeout'],
    check(context, report) {
        for (const node of context.tree.all) {
            if (!NEXT_UPSTREAM.has(node.name) || !node.args.includes('non_idempotent'))
                continue;
            const timeout = node.args.includes('timeout');
            report({
                message: `"${node.name} … non_idempotent" lets nginx resend POST, PATCH and LOCK requests to another server${timeout ? ' after a timeout, so a slow write runs twice and the client can still get 504' : ', so a write can run twice'}; remove "non_idempotent" and make retries explicit in the client`,
                location: (0,tree/* locate */.x5)(node),
                signals: { httpStatus: 504, probe: 'timeout_headers', nginxLog: 'upstream timed out (110: Connection timed out) while reading response header from upstream' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/proxy-pass-uri-in-regex-location.ts
/** `location ~ ^/api/ { proxy_pass http://backend/; }` — nginx -t: "proxy_pass" cannot have URI part in location given by regular expression. */



/** The block that forbids a URI part (ngx_http_proxy_pass): regex or named location, `if`, `limit_except`. */
function forbiddingBlock(node) {
    const block = node.parent;
    if (!block)
        return undefined;
    if (block.name === 'if')
        return 'inside "if"';
    if (block.name === 'limit_except')
        return 'inside "limit_except"';
    if (block.name !== 'location')
        return undefined;
    const modifier = block.args[0] ?? '';
    if (modifier === '~' || modifier === '~*' || (block.args.length === 1 && /^~\*?/.test(modifier)))
        return `in regex location ${(0,rule_context/* quote */.hD)(block.args.join(' '))}`;
    if (modifier.startsWith('@'))
        return `in named location ${(0,rule_context/* quote */.hD)(modifier)}`;
    return undefined;
}
const proxyPassUriInRegexLocation = (0,rule/* defineRule */.Km)({
    id: 'nginx/proxy-pass-uri-in-regex-location',
    severity: 'error',
    description: 'proxy_pass has a URI part where nginx forbids one (regex or named location, if, limit_except)',
    kb: ['api/nginx-config-rejected-by-nginx-t'],
    check(context, report) {
        for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(context.tree)) {
            // With variables nginx builds the whole URI at run time and allows it.
            if (url.uri === undefined || url.hasVariable)
                continue;
            const where = forbiddingBlock(node);
            if (!where)
                continue;
            report({
                message: `proxy_pass ${(0,rule_context/* quote */.hD)(node.args[0])} has URI part ${(0,rule_context/* quote */.hD)(url.uri)} ${where}, which nginx rejects; drop the URI part or rewrite the path with "rewrite … break"`,
                location: (0,tree/* locate */.x5)(node),
                signals: { nginxLog: '"proxy_pass" cannot have URI part in location given by regular expression' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/proxy-set-header-inheritance.ts
/** `location /api { proxy_set_header X-Request-Id $id; }` under a server that sets `Connection ""` — the location drops every inherited header. */
// nginx inherits the whole proxy_set_header array from the nearest enclosing level that sets any, or nothing (inScope).



const proxySetHeaderInheritance = (0,rule/* defineRule */.Km)({
    id: 'nginx/proxy-set-header-inheritance',
    severity: 'warning',
    description: 'A level that sets any proxy_set_header silently drops all proxy_set_header directives inherited from outer levels',
    kb: ['api/http-502-upstream-keepalive-misconfigured'],
    check(context, report) {
        const levels = new Set();
        for (const header of context.tree.named('proxy_set_header'))
            if (header.parent)
                levels.add(header.parent);
        for (const level of levels) {
            const own = (0,tree/* childrenNamed */.De)(level.children, 'proxy_set_header');
            const names = new Set(own.map((header) => header.args[0]?.toLowerCase()));
            const dropped = (0,tree/* inScope */.SB)(level, 'proxy_set_header', context.tree.roots).filter((header) => !names.has(header.args[0]?.toLowerCase()));
            if (dropped.length === 0)
                continue;
            const list = dropped.map((header) => (0,rule_context/* quote */.hD)(header.args[0] ?? '')).join(', ');
            const connection = dropped.some((header) => header.args[0]?.toLowerCase() === 'connection');
            report({
                message: `proxy_set_header in this ${level.name} block drops the inherited ${list} set at ${(0,tree/* where */._M)(dropped[0])} (nginx inherits proxy_set_header only when a level sets none); repeat them here or use one shared include`,
                location: (0,tree/* locate */.x5)(own[0]),
                ...(connection ? { signals: { httpStatus: 502, probe: 'closed_early' } } : {}),
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/syntax.ts
/** `server { listen 80 }` — unbalanced braces, a missing `;`, a binary or unreadable file: nginx refuses to start. */


const syntax = (0,rule/* defineRule */.Km)({
    id: 'nginx/syntax',
    severity: 'error',
    description: 'The config does not parse: nginx -t would reject it and nginx would not start or reload',
    kb: ['api/nginx-config-rejected-by-nginx-t'],
    check(context, report) {
        for (const error of payloadErrors(context)) {
            if (isIncludeError(error.message))
                continue;
            report({
                message: `${error.message}; fix the config so nginx can load it`,
                location: { path: error.path, line: error.line },
                signals: { nginxLog: '[emerg]' },
            });
        }
    },
});

// EXTERNAL MODULE: ./src/nginx/address.ts
var address = __webpack_require__(2576);
;// CONCATENATED MODULE: ./src/nginx/rules/undefined-upstream.ts
/** `proxy_pass http://backnd;` with only `upstream backend {…}` defined — nginx looks "backnd" up in DNS and fails. */




function nearest(name, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = (0,address/* editDistance */.YC)(name, candidate);
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
const undefinedUpstream = (0,rule/* defineRule */.Km)({
    id: 'nginx/undefined-upstream',
    severity: 'error',
    description: 'proxy_pass names a dot-less host that no upstream block defines, so nginx treats it as a DNS name',
    kb: ['api/http-502-upstream-dns-resolution-failed', 'api/nginx-config-rejected-by-nginx-t'],
    check(context, report) {
        const upstreams = (0,rule_context/* httpUpstreamNames */.s1)(context.tree);
        for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(context.tree)) {
            const host = url.host;
            if (url.hostHasVariable || url.unixPath !== undefined || host === '' || host.includes('.'))
                continue;
            if (host === 'localhost' || upstreams.has(host) || (0,address/* isIpLiteral */.tP)(host))
                continue;
            const suggestion = nearest(host, upstreams.names());
            const action = suggestion
                ? `did you mean upstream ${(0,rule_context/* quote */.hD)(suggestion)}?`
                : `define "upstream ${host} { server …; }" or use a fully qualified host name`;
            report({
                message: `proxy_pass host ${(0,rule_context/* quote */.hD)(host)} matches no upstream block, so nginx resolves it in DNS (nginx -t: host not found in upstream); ${action}`,
                location: (0,tree/* locate */.x5)(node),
                signals: { httpStatus: 502, probe: 'dns', nginxLog: `host not found in upstream "${host}"` },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/unix-socket-in-tmp.ts
/** `proxy_pass http://unix:/tmp/app.sock;` — systemd PrivateTmp gives nginx its own /tmp, so the socket is not there. */



const IN_TMP = /^\/(?:var\/)?tmp\//;
const PASS = ['fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass'];
const unixSocketInTmp = (0,rule/* defineRule */.Km)({
    id: 'nginx/unix-socket-in-tmp',
    severity: 'warning',
    description: 'An upstream unix socket lives under /tmp, which systemd PrivateTmp hides from nginx',
    kb: ['api/http-502-upstream-unix-socket-not-found'],
    check(context, report) {
        const flag = (node, socket) => {
            report({
                message: `upstream socket ${(0,rule_context/* quote */.hD)(socket)} is under ${socket.startsWith('/var/') ? '/var/tmp' : '/tmp'}, which systemd's PrivateTmp=true makes private per service, so nginx gets "No such file or directory" and answers 502; move the socket to /run/<app>/`,
                location: (0,tree/* locate */.x5)(node),
                signals: { httpStatus: 502, nginxLog: `connect() to unix:${socket} failed (2: No such file or directory)` },
            });
        };
        for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(context.tree)) {
            if (url.unixPath !== undefined && IN_TMP.test(url.unixPath))
                flag(node, url.unixPath);
        }
        for (const { servers, addresses } of (0,rule_context/* upstreamPools */.tl)(context.tree)) {
            servers.forEach((server, i) => {
                const socket = addresses[i].unixPath;
                if (socket !== undefined && IN_TMP.test(socket))
                    flag(server, socket);
            });
        }
        for (const node of PASS.flatMap((name) => context.tree.named(name))) {
            const socket = /^(?:grpcs?:\/\/)?unix:([^:]+)/.exec(node.args[0] ?? '')?.[1];
            if (socket !== undefined && IN_TMP.test(socket))
                flag(node, socket);
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/variable-proxy-pass-without-resolver.ts
/** `proxy_pass http://$backend_host;` with no `resolver` in scope — 502 "no resolver defined to resolve" at run time. */




/** Values assigned to `$name` by `set`; nginx needs no resolver when each is an upstream name or an IP. */
function setValues(all, variable) {
    const values = [];
    for (const node of all) {
        if (node.name === 'set' && node.args[0] === variable && node.args[1] !== undefined)
            values.push(node.args[1]);
        // map/geo/split_clients results cannot be followed statically: assume they need a resolver.
        if ((node.name === 'map' || node.name === 'geo' || node.name === 'split_clients') && node.args.at(-1) === variable)
            return undefined;
    }
    return values;
}
const variableProxyPassWithoutResolver = (0,rule/* defineRule */.Km)({
    id: 'nginx/variable-proxy-pass-without-resolver',
    severity: 'error',
    description: 'proxy_pass takes its host from a variable but no resolver is configured, so names fail at request time',
    kb: ['api/http-502-upstream-dns-resolution-failed'],
    check(context, report) {
        const upstreams = (0,rule_context/* httpUpstreamNames */.s1)(context.tree);
        for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(context.tree)) {
            if (!url.hostHasVariable || (0,tree/* inScope */.SB)(node, 'resolver', context.tree.roots).length > 0)
                continue;
            const whole = /^\$\{?(\w+)\}?$/.exec(url.host);
            if (whole) {
                const values = setValues(context.tree.all, `$${whole[1]}`);
                const static_ = values !== undefined && values.length > 0 && values.every((value) => {
                    const host = (0,address/* parseServerAddress */.RA)(value).host;
                    return upstreams.has(value) || (0,address/* isIpLiteral */.tP)(host) || (value.startsWith('unix:'));
                });
                if (static_)
                    continue;
            }
            report({
                message: `proxy_pass ${(0,rule_context/* quote */.hD)(node.args[0])} resolves its host per request but no "resolver" is set here, so nginx answers 502 ("no resolver defined to resolve"); add "resolver <dns-ip> valid=30s;" to this server or http block`,
                location: (0,tree/* locate */.x5)(node),
                signals: { httpStatus: 502, probe: 'dns', nginxLog: 'no resolver defined to resolve' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/index.ts

















const nginxRules = [
    syntax,
    includeMissing,
    undefinedUpstream,
    emptyUpstream,
    allServersDown,
    variableProxyPassWithoutResolver,
    localhostUpstream,
    keepaliveWithoutHttp11,
    proxySetHeaderInheritance,
    nextUpstreamOff,
    maxFailsZero,
    nonIdempotentRetry,
    implicitPort80,
    unixSocketInTmp,
    duplicateUpstream,
    proxyPassUriInRegexLocation,
];
/** Metadata of every nginx ruleId a report can contain (the static rules plus `nginx/test`). */
const NGINX_RULE_METAS = [
    ...nginxRules.map(({ id, severity, description, kb }) => ({ id, severity, description, ...(kb ? { kb } : {}) })),
    test_rule/* NGINX_TEST_RULE */.N,
];


/***/ }),

/***/ 5281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ NGINX_TEST_RULE)
/* harmony export */ });
const NGINX_TEST_RULE = {
    id: 'nginx/test',
    severity: 'error',
    description: 'The real `nginx -t` rejected the config (or could not run); the message is nginx\'s own',
    kb: ['api/nginx-config-rejected-by-nginx-t'],
};


/***/ }),

/***/ 1854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ childrenNamed),
/* harmony export */   Ee: () => (/* binding */ scopedValue),
/* harmony export */   H6: () => (/* binding */ buildTree),
/* harmony export */   SB: () => (/* binding */ inScope),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5906);
/** The config as nginx sees it: includes spliced in place, each node knowing its file, position and parent. */

/** Caps a tree built from a file included many times over (each include is a full copy, as in nginx). */
const MAX_NODES = 2_000_000;
const NONE = [];
/** A copy without the spare slots push reserved: every node of the tree lives until the run ends. */
const exactSize = (list) => (list.length > 0 ? list.slice() : list);
function buildTree(payload, toPath) {
    const all = [];
    const byName = new Map();
    const paths = payload.config.map((config) => toPath(config.file));
    const expand = (list, fileIndex, parent, active) => {
        const out = [];
        for (const statement of list) {
            if (all.length >= MAX_NODES)
                break;
            if (statement.directive === '#')
                continue;
            if (statement.includes) {
                for (const index of statement.includes) {
                    if (active.has(index))
                        continue; // include cycle: reported by the parser
                    active.add(index);
                    for (const spliced of expand(payload.config[index].parsed, index, parent, active))
                        out.push(spliced);
                    active.delete(index);
                }
                continue;
            }
            // Every node gets every key in one literal: one hidden class keeps the rules' property reads monomorphic.
            const node = {
                name: statement.directive,
                args: statement.args,
                path: paths[fileIndex],
                line: statement.line,
                column: (0,_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .columnOf */ .u)(statement),
                parent,
                children: undefined,
            };
            all.push(node);
            const sameName = byName.get(node.name);
            if (sameName)
                sameName.push(node);
            else
                byName.set(node.name, [node]);
            if (statement.block)
                node.children = exactSize(expand(statement.block, fileIndex, node, active));
            out.push(node);
        }
        return out;
    };
    const roots = payload.config.length > 0 ? expand(payload.config[0].parsed, 0, undefined, new Set([0])) : [];
    return { roots, all, named: (name) => byName.get(name) ?? NONE };
}
function locate(node) {
    return { path: node.path, line: node.line, column: node.column };
}
function where(node) {
    return `${node.path}:${node.line}`;
}
/** Per long children list: directive name -> the children of that name, built once on first lookup. */
const childrenByName = new WeakMap();
/** Below this length a scan is cheaper than building (and keeping) an index. */
const INDEX_FROM = 16;
/**
 * Children of `node` (or the top level) named `name`. Scope lookups ask this of every enclosing level for
 * every directive, and an `http` block can hold 10,000 servers: filtering per call was O(n²) on large
 * configs (7.5 s at 200,000 lines), so long lists are indexed once. Short ones (a location's few
 * directives) are scanned: most lookups find nothing there, and a Map per block was the larger cost.
 */
function childrenNamed(children, name) {
    if (!children || children.length === 0)
        return NONE;
    if (children.length < INDEX_FROM) {
        let found;
        for (const child of children)
            if (child.name === name)
                (found ??= []).push(child);
        return found ?? NONE;
    }
    let index = childrenByName.get(children);
    if (!index) {
        index = new Map();
        for (const child of children) {
            const list = index.get(child.name);
            if (list)
                list.push(child);
            else
                index.set(child.name, [child]);
        }
        childrenByName.set(children, index);
    }
    return index.get(name) ?? NONE;
}
/**
 * The `name` directives that apply to `node`: nginx inherits an unset directive from the nearest enclosing
 * level that sets it, and array directives (`proxy_set_header`, `resolver`) all-or-nothing from one level.
 */
function inScope(node, name, roots) {
    for (let level = node.parent; level; level = level.parent) {
        const found = childrenNamed(level.children, name);
        if (found.length > 0)
            return found;
    }
    return childrenNamed(roots, name);
}
/** The value of the nearest `name` directive in scope, or undefined when nginx's default applies. */
function scopedValue(node, name, roots) {
    const found = inScope(node, name, roots);
    return found[found.length - 1];
}


/***/ }),

/***/ 5144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFERRED_SETTING: () => (/* binding */ DEFERRED_SETTING),
/* harmony export */   IGNORED_BINARY: () => (/* binding */ IGNORED_BINARY),
/* harmony export */   POLICY_KEYS: () => (/* binding */ POLICY_KEYS),
/* harmony export */   POLICY_RULES: () => (/* binding */ POLICY_RULES),
/* harmony export */   POLICY_UNAVAILABLE: () => (/* binding */ POLICY_UNAVAILABLE),
/* harmony export */   applyTrustedPolicy: () => (/* binding */ applyTrustedPolicy)
/* harmony export */ });
const DEFERRED_SETTING = {
    id: 'policy/deferred-setting',
    severity: 'notice',
    description: 'The pull request changes a gatewatch.yml setting that decides the gate or what may be probed; it takes effect after merge',
};
const IGNORED_BINARY = {
    id: 'policy/ignored-binary',
    severity: 'notice',
    description: 'gatewatch.yml names a gateway binary; which program runs comes only from action inputs or CLI flags',
};
const POLICY_UNAVAILABLE = {
    id: 'policy/base-unreadable',
    severity: 'notice',
    description: "The base commit's gatewatch.yml could not be read, so the settings that decide the gate use their defaults instead of the pull request's",
};
const POLICY_RULES = [DEFERRED_SETTING, IGNORED_BINARY, POLICY_UNAVAILABLE];
/** Top-level keys that decide the verdict, where findings are shown, or which addresses may be probed. */
const POLICY_KEYS = ['fail_on', 'comment', 'only_changed', 'allow'];
function at(input, pointer) {
    const position = input.locate?.(pointer);
    return position ? { path: input.configPath, line: position.line, column: position.column } : undefined;
}
function notice(rule, message, location) {
    return { ruleId: rule.id, severity: rule.severity, message, ...(location ? { location } : {}) };
}
const show = (value) => (value === undefined ? 'the default' : JSON.stringify(value));
/** Drops `nginx.binary` / `haproxy.binary`, with one located notice each. */
function withoutBinaries(input, raw, findings) {
    const out = { ...raw };
    for (const gateway of ['nginx', 'haproxy']) {
        const section = raw[gateway];
        if (section?.binary === undefined)
            continue;
        const { binary, ...rest } = section;
        out[gateway] = rest;
        findings.push(notice(IGNORED_BINARY, `"${gateway}.binary: ${binary}" in gatewatch.yml is ignored because the program that runs never comes from the repository; ` +
            `set the action input ${gateway}-binary or pass --${gateway}-binary instead (default: ${gateway} on PATH)`, at(input, `/${gateway}/binary`)));
    }
    return out;
}
/** Applies the trusted policy to the working config: pure, so every combination is unit-tested. */
function applyTrustedPolicy(input) {
    const findings = [];
    let raw = withoutBinaries(input, input.working, findings);
    const { source } = input;
    if (source.kind === 'working-tree')
        return { raw, findings };
    raw = { ...raw };
    if (source.kind === 'unavailable') {
        // Nothing is known about the base: the working file's policy keys may be the PR's own, so none apply.
        const set = POLICY_KEYS.filter((key) => raw[key] !== undefined);
        if (set.length === 0)
            return { raw, findings };
        for (const key of set)
            setKey(raw, key, undefined);
        findings.push(notice(POLICY_UNAVAILABLE, `gatewatch.yml sets ${set.map((key) => `"${key}"`).join(', ')} but the base commit "${source.label}" could not be read (${source.reason}), ` +
            'so they use their defaults or the action inputs; check out with fetch-depth: 0 (actions/checkout) so the base commit is present', at(input, `/${set[0]}`)));
        return { raw, findings };
    }
    for (const key of POLICY_KEYS) {
        const proposed = raw[key];
        const kept = source.raw[key];
        if (JSON.stringify(proposed) === JSON.stringify(kept))
            continue;
        setKey(raw, key, kept);
        findings.push(notice(DEFERRED_SETTING, `This pull request changes "${key}" from ${show(kept)} to ${show(proposed)}; settings that decide the gate are read from the base commit ` +
            `"${source.label}", so the change takes effect after merge`, at(input, `/${key}`)));
    }
    return { raw, findings };
}
function setKey(raw, key, value) {
    if (value === undefined)
        delete raw[key];
    else
        raw[key] = value;
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ PROBE_RULES),
/* harmony export */   $w: () => (/* binding */ GATEWAY_LOG_RULE),
/* harmony export */   A9: () => (/* binding */ probeRuleSeverity),
/* harmony export */   LG: () => (/* binding */ BUDGET_EXCEEDED_RULE),
/* harmony export */   RX: () => (/* binding */ INVALID_TARGET_RULE),
/* harmony export */   YQ: () => (/* binding */ probeRuleId)
/* harmony export */ });
/* unused harmony export PROBE_CLASS_RULES */
/* harmony import */ var _failure_class_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3392);
/**
 * Rule metadata of probe findings: one `probe/<class>` rule per row of the failure-class table, so
 * SARIF and the reports can show a description and the KB entries of that class.
 * Probe findings are produced by run-probes.ts from live results, not by `check` functions.
 */

/** `timeout_connect` → `probe/timeout-connect` (rule ids are kebab case, classes snake case). */
function probeRuleId(probeClass) {
    return `probe/${probeClass.replace(/_/g, '-')}`;
}
const PROBE_CLASS_RULES = _failure_class_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_CLASSES */ .CJ.map((row) => ({
    id: probeRuleId(row.id),
    severity: row.severity,
    description: row.description,
    ...(row.kb.length > 0 ? { kb: row.kb } : {}),
}));
const INVALID_TARGET_RULE = {
    id: 'probe/invalid-target',
    severity: 'error',
    description: 'A probe entry cannot be run as written (bad URL, tcp address, CA file, or conflicting keys)',
};
const BUDGET_EXCEEDED_RULE = {
    id: 'probe/budget-exceeded',
    severity: 'warning',
    description: 'The probe phase ran out of its time budget (probe.budget_ms) and skipped probes',
};
const GATEWAY_LOG_RULE = {
    id: 'probe/gateway-log-unreadable',
    severity: 'notice',
    description: 'The gateway_log file could not be read, so probe failures carry no gateway log line',
};
/** Every probe rule, for SARIF `tool.driver.rules` and docs. */
const PROBE_RULES = [...PROBE_CLASS_RULES, INVALID_TARGET_RULE, BUDGET_EXCEEDED_RULE, GATEWAY_LOG_RULE];
function probeRuleSeverity(probeClass) {
    return (0,_failure_class_js__WEBPACK_IMPORTED_MODULE_0__/* .failureClass */ .fI)(probeClass).severity;
}


/***/ }),

/***/ 2066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ buildLookup)
/* harmony export */ });
/* unused harmony exports checkerOf, checkerTitle */
function buildLookup(result) {
    const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
    const entries = new Map(result.kb.map((record) => [record.entry.id, record]));
    return { rule: (id) => rules.get(id), entry: (id) => entries.get(id) };
}
/** `nginx/undefined-upstream` → `nginx`: the checker that produced a finding. */
function checkerOf(ruleId) {
    const slash = ruleId.indexOf('/');
    return slash === -1 ? ruleId : ruleId.slice(0, slash);
}
const CHECKER_TITLES = {
    kb: 'Knowledge base',
    nginx: 'nginx',
    haproxy: 'HAProxy',
    probe: 'Probes',
    tool: 'gatewatch',
};
function checkerTitle(checker) {
    return CHECKER_TITLES[checker] ?? checker;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony export formatFindingLine */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3138);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2066);
/** Human output: actionlint's flat `file:line:col: message [rule]`, then one summary line. */



function formatFindingLine(finding) {
    const where = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(finding.location);
    const prefix = where ? `${where}: ` : '';
    return `${prefix}${finding.severity}: ${finding.message} [${finding.ruleId}]`;
}
function renderText(result) {
    const lookup = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLookup */ .BQ)(result);
    const lines = [];
    for (const finding of result.findings) {
        lines.push(formatFindingLine(finding));
        // Indented, so tools that parse the `file:line:col:` lines skip them; they say where the fix is written down.
        for (const citation of finding.citations ?? []) {
            const record = lookup.entry(citation.entryId);
            const detail = record ? `${record.entry.title} (fix rate ${record.entry.fix_rate}%)` : citation.entryId;
            lines.push(`    see ${citation.path}: ${detail}${citation.strong === false ? ' (matches the HTTP status only)' : ''}`);
        }
    }
    const counts = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(result.findings);
    lines.push(`${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.error, 'error')}, ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.warning, 'warning')}, ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.notice, 'notice')} in ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.files, 'file')}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 7907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EP: () => (/* binding */ ruleCatalogue),
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: TOOL_RULES

// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
// EXTERNAL MODULE: ./src/cite/cite.ts
var cite = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/finding.ts
var src_finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/files.ts
var src_files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
;// CONCATENATED MODULE: ./src/haproxy/config.ts
/**
 * A small line-based reader for haproxy.cfg: sections (global, defaults, frontend, backend, listen, …)
 * and their keyword lines with line/column, enough for the static rules. HAProxy itself is not
 * indentation-sensitive: a line whose first word is a section keyword opens a new section.
 */
const PROXY_KINDS = new Set(['defaults', 'frontend', 'backend', 'listen']);
/* Section keywords of HAProxy 2.6–3.x (configuration.txt §3–§12); anything else inside a section is a keyword line. */
const SECTION_KEYWORDS = new Set([
    'global',
    'defaults',
    'frontend',
    'backend',
    'listen',
    'resolvers',
    'peers',
    'userlist',
    'mailers',
    'program',
    'http-errors',
    'ring',
    'cache',
    'fcgi-app',
    'log-forward',
    'crt-store',
    'traces',
]);
/**
 * Splits one line into words the way HAProxy's parser does for the cases that matter here:
 * whitespace separates, `#` outside quotes starts a comment, single/double quotes group, `\` escapes.
 */
function splitWords(text) {
    const words = [];
    let index = 0;
    while (index < text.length) {
        while (index < text.length && (text[index] === ' ' || text[index] === '\t'))
            index += 1;
        if (index >= text.length || text[index] === '#')
            break;
        const start = index;
        let value = '';
        let quote;
        while (index < text.length) {
            const char = text[index];
            if (quote) {
                if (char === quote)
                    quote = undefined;
                else if (char === '\\' && quote === '"' && index + 1 < text.length)
                    value += text[++index];
                else
                    value += char;
            }
            else if (char === ' ' || char === '\t')
                break;
            else if (char === '#')
                break;
            else if (char === '"' || char === "'")
                quote = char;
            else if (char === '\\' && index + 1 < text.length)
                value += text[++index];
            else
                value += char;
            index += 1;
        }
        words.push({ value, column: start + 1 });
        if (text[index] === '#')
            break;
    }
    return words;
}
function sectionKind(keyword) {
    return keyword === 'global' || PROXY_KINDS.has(keyword) ? keyword : 'other';
}
/** Parses config text; lines before the first section keyword are kept in an implicit `other` section. */
function parseHaproxyConfig(text, path) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const sections = [];
    let current;
    lines.forEach((source, index) => {
        const words = splitWords(source);
        if (words.length === 0)
            return;
        const first = words[0];
        const lineNumber = index + 1;
        if (SECTION_KEYWORDS.has(first.value)) {
            const kind = sectionKind(first.value);
            const fromIndex = words.findIndex((word, position) => position > 0 && word.value === 'from');
            const name = words[1] && words[1].value !== 'from' ? words[1].value : undefined;
            current = {
                kind,
                keyword: first.value,
                ...(name !== undefined ? { name } : {}),
                ...(fromIndex > 0 && words[fromIndex + 1] ? { from: words[fromIndex + 1].value } : {}),
                line: lineNumber,
                column: first.column,
                directives: [],
            };
            sections.push(current);
            return;
        }
        if (!current) {
            current = { kind: 'other', keyword: '', line: lineNumber, column: 1, directives: [] };
            sections.push(current);
        }
        current.directives.push({ keyword: first.value, args: words.slice(1), line: lineNumber, column: first.column });
    });
    return { path, sections, lines };
}
function isProxy(section) {
    return section.kind === 'frontend' || section.kind === 'backend' || section.kind === 'listen';
}
/** Proxies that can hold servers (HAProxy's PR_CAP_BE). */
function isBackendLike(section) {
    return section.kind === 'backend' || section.kind === 'listen';
}
/**
 * The defaults section a proxy inherits from: the named one in `from NAME`, else the last
 * `defaults` section above it (configuration.txt §4: a defaults section applies to the proxies
 * declared after it, until the next one).
 */
function defaultsFor(config, section) {
    const before = config.sections.filter((candidate) => candidate.kind === 'defaults' && candidate.line < section.line);
    if (section.from !== undefined)
        return before.findLast((candidate) => candidate.name === section.from);
    // A defaults section starts from scratch unless it names another with `from` (2.4+ semantics).
    return section.kind === 'defaults' ? undefined : before.at(-1);
}
/** The proxy's own directives followed by its defaults chain (nearest first), for "first match wins" lookups. */
function effectiveDirectives(config, section) {
    const chain = [...section.directives];
    const seen = new Set([section]);
    let parent = defaultsFor(config, section);
    while (parent && !seen.has(parent)) {
        seen.add(parent);
        (0,collections/* pushAll */.i)(chain, parent.directives);
        parent = defaultsFor(config, parent);
    }
    return chain;
}
function serversOf(section) {
    return section.directives
        .filter((directive) => directive.keyword === 'server')
        .map((directive) => ({
        directive,
        name: directive.args[0]?.value ?? '',
        ...(directive.args[1] ? { address: directive.args[1] } : {}),
        options: directive.args.slice(2),
    }));
}
/** `default-server` options in effect for a proxy (own first, then inherited defaults). */
function defaultServerOptions(config, section) {
    return effectiveDirectives(config, section)
        .filter((directive) => directive.keyword === 'default-server')
        .flatMap((directive) => directive.args);
}
/** The value after a server option keyword (`port 8080` → `8080`), searching own options first. */
function optionValue(options, keyword) {
    const index = options.findIndex((word) => word.value === keyword);
    return index >= 0 ? options[index + 1] : undefined;
}
function hasOption(options, keyword) {
    return options.some((word) => word.value === keyword);
}
/** Host part of a server address; undefined for unix sockets, abstract namespaces and fd@ addresses. */
function addressHost(address) {
    let rest = address;
    const prefix = /^([a-z0-9+-]+)@/.exec(rest);
    if (prefix) {
        if (!['ipv4', 'ipv6', 'tcp', 'tcp4', 'tcp6', 'udp', 'udp4', 'udp6', 'quic4', 'quic6'].includes(prefix[1])) {
            return undefined;
        }
        rest = rest.slice(prefix[0].length);
    }
    if (rest.startsWith('/'))
        return undefined;
    if (rest.startsWith('['))
        return rest.slice(1, rest.indexOf(']') > 0 ? rest.indexOf(']') : undefined);
    // More than one colon and no brackets: a bare IPv6 address (HAProxy takes the last colon as the port).
    if ((rest.match(/:/g) ?? []).length > 1)
        return rest.slice(0, rest.lastIndexOf(':'));
    const colon = rest.indexOf(':');
    return colon >= 0 ? rest.slice(0, colon) : rest;
}
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** True when the host needs a DNS lookup (not an IP literal, not `*`, not an environment variable). */
function isHostname(host) {
    if (host === '' || host === '*' || IPV4.test(host) || host.includes(':'))
        return false;
    return !host.includes('$');
}


;// CONCATENATED MODULE: ./src/haproxy/rules/context.ts
function at(config, line, column, length) {
    return {
        path: config.path,
        line,
        column,
        ...(length !== undefined && length > 0 ? { endLine: line, endColumn: column + length } : {}),
    };
}
const describeProxy = (kind, name) => `${kind} "${name ?? ''}"`;

;// CONCATENATED MODULE: ./src/haproxy/rules/all-servers-disabled.ts
/** `backend be` whose every `server … disabled`: `haproxy -c` is silent, every request gets 503 `<NOSRV>` `SC--`. */



/*
 * configuration.txt (`disabled`, server): "marked down in maintenance mode"; `enabled` on the server
 * line undoes a `default-server disabled`. Measured on 2.6 (GATEWAYS.md r01): valid config, no stderr,
 * `fe be/<NOSRV> 0/-1/-1/-1/0 503 … SC--`.
 */
const allServersDisabled = (0,rule/* defineRule */.Km)({
    id: 'haproxy/all-servers-disabled',
    severity: 'error',
    description: 'Every server of a backend is `disabled`, so HAProxy answers 503 to every request',
    kb: ['api/haproxy-503-all-servers-disabled', 'api/http-503-haproxy-no-server-available'],
    check({ config }, report) {
        for (const section of config.sections) {
            if (!isBackendLike(section))
                continue;
            const servers = serversOf(section);
            if (servers.length === 0)
                continue;
            const defaultDisabled = hasOption(defaultServerOptions(config, section), 'disabled');
            const disabled = servers.filter((server) => hasOption(server.options, 'disabled') || (defaultDisabled && !hasOption(server.options, 'enabled')));
            if (disabled.length !== servers.length)
                continue;
            report({
                message: `every server of ${describeProxy(section.kind, section.name)} is "disabled" (${servers.length} of ${servers.length}), so each request gets a 503 "<NOSRV>" "SC--"; remove "disabled" from at least one server`,
                location: at(config, section.line, section.column, section.keyword.length),
                signals: { httpStatus: 503, probe: 'no_live_upstream', haproxyTermination: 'SC--' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/haproxy/rules/check-port-out-of-range.ts
/** `server s1 10.0.0.5:8080 check port 70000`: `-c` accepts it and the check port silently wraps (70000 → 4464). */



/*
 * Measured on 2.6.12 (GATEWAYS.md c15/r09/r09b): `check port 70000` passes `haproxy -c` with no
 * warning; the check connects to 70000 − 65536 = 4464. With nothing there the server goes DOWN
 * ("Layer4 connection problem") and requests get 503 `<NOSRV>`; with something there it checks the wrong service.
 */
const MAX_PORT = 65535;
const checkPortOutOfRange = (0,rule/* defineRule */.Km)({
    id: 'haproxy/check-port-out-of-range',
    severity: 'error',
    description: 'A health-check `port` above 65535 wraps around silently and checks the wrong port',
    kb: ['api/haproxy-503-health-check-down'],
    check({ config }, report) {
        for (const section of config.sections) {
            if (section.kind !== 'defaults' && !isBackendLike(section))
                continue;
            const candidates = [
                ...serversOf(section).map((server) => ({ options: server.options, line: server.directive.line, name: `server "${server.name}"` })),
                ...section.directives
                    .filter((directive) => directive.keyword === 'default-server')
                    .map((directive) => ({ options: directive.args, line: directive.line, name: '"default-server"' })),
            ];
            for (const candidate of candidates) {
                const port = optionValue(candidate.options, 'port');
                if (!port || !/^\d+$/.test(port.value))
                    continue;
                const value = Number(port.value);
                if (value <= MAX_PORT)
                    continue;
                // Measured: 70000 checks port 4464; 65536 wraps to 0, which HAProxy reads as "no check port" and checks the traffic port.
                const wrapped = value % 65536;
                const instead = wrapped === 0 ? "the server's traffic port" : `port ${wrapped}`;
                report({
                    message: `${candidate.name} has check "port ${port.value}", which is outside 1-65535 and HAProxy silently checks ${instead} instead; set the real health-check port`,
                    location: at(config, candidate.line, port.column, port.value.length),
                    signals: { httpStatus: 503, probe: 'no_live_upstream', haproxyTermination: 'SC--' },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/haproxy/rules/init-addr-none-without-resolvers.ts
/** `server s1 api.internal:80 check init-addr none` with no `resolvers`: the server never gets an address (503 `<NOSRV>`). */



/*
 * configuration.txt (`init-addr`): methods are tried in order at startup — `last`, `libc`, `none`,
 * or an IP; "none: the server should start without any valid IP address in a down state". Only a
 * `resolvers` section (runtime DNS) can give it an address later. Measured on 2.6 (GATEWAYS.md r07):
 * `-c` prints nothing, requests get 503 `<NOSRV>` `SC--`, stderr stays silent.
 */
function lookup(own, inherited, keyword) {
    return optionValue(own, keyword) ?? optionValue(inherited, keyword);
}
const initAddrNoneWithoutResolvers = (0,rule/* defineRule */.Km)({
    id: 'haproxy/init-addr-none-without-resolvers',
    severity: 'error',
    description: 'A hostname server with `init-addr none` and no `resolvers` never gets an address',
    kb: ['api/haproxy-503-server-without-address', 'api/http-503-haproxy-no-server-available'],
    check({ config }, report) {
        for (const section of config.sections) {
            if (!isBackendLike(section))
                continue;
            const inherited = defaultServerOptions(config, section);
            for (const server of serversOf(section)) {
                const host = server.address ? addressHost(server.address.value) : undefined;
                if (host === undefined || !isHostname(host))
                    continue;
                const initAddr = lookup(server.options, inherited, 'init-addr');
                if (!initAddr)
                    continue;
                const methods = initAddr.value.split(',');
                // `libc` or a literal address gives the server an IP at startup; `last` needs a state file we cannot see, so it counts as none.
                const resolvesAtStart = methods.some((method) => method === 'libc' || /^[\d.:[\]a-f]+$/i.test(method));
                if (resolvesAtStart || lookup(server.options, inherited, 'resolvers'))
                    continue;
                report({
                    message: `server "${server.name}" uses hostname "${host}" with "init-addr ${initAddr.value}" and no "resolvers", so HAProxy never resolves it and answers 503; add "resolvers <section>" to the server (or "libc" to init-addr)`,
                    location: at(config, server.directive.line, initAddr.column, initAddr.value.length),
                    signals: { httpStatus: 503, probe: 'no_live_upstream', haproxyTermination: 'SC--' },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/haproxy/rules/missing-timeout.ts
/** `backend be` with servers but no `timeout connect`/`timeout server` (own or from defaults): requests hang with no log line. */



/*
 * configuration.txt (`timeout connect`, `timeout server`): "An unspecified timeout results in an
 * infinite timeout". `-c` only warns and exits 0; measured on 2.6: a hung upstream leaves the client
 * without any response and HAProxy writes no log line while the session hangs (GATEWAYS.md r03/r04b).
 * A value of 0 also means infinite ("ensure that all following timeouts are set to a non-zero value").
 */
const REQUIRED = ['connect', 'server'];
function timeoutValue(directives, name) {
    // The first match wins: the proxy's own setting overrides its defaults section.
    const found = directives.find((directive) => directive.keyword === 'timeout' && directive.args[0]?.value === name);
    return found?.args[1]?.value;
}
const missingTimeout = (0,rule/* defineRule */.Km)({
    id: 'haproxy/missing-timeout',
    severity: 'error',
    description: 'A backend without `timeout connect` or `timeout server` waits forever for a dead or hung server',
    kb: ['api/haproxy-request-hangs-missing-timeouts'],
    check({ config }, report) {
        for (const section of config.sections) {
            if (!isBackendLike(section) || serversOf(section).length === 0)
                continue;
            const directives = effectiveDirectives(config, section);
            const missing = REQUIRED.filter((name) => {
                const value = timeoutValue(directives, name);
                return value === undefined || /^0+(?:ms|s|m|h|d|us)?$/.test(value);
            });
            if (missing.length === 0)
                continue;
            const names = missing.map((name) => `"timeout ${name}"`).join(' and ');
            report({
                message: `${describeProxy(section.kind, section.name)} has no ${names} (own or inherited), so a hung server keeps the request open forever with no log line; set it in the section or its defaults, e.g. "timeout ${missing[0]} 5s"`,
                location: at(config, section.line, section.column, section.keyword.length),
                signals: { probe: missing.includes('server') ? 'timeout_headers' : 'timeout_connect' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/haproxy/rules/server-without-check.ts
/** `backend be` with `server a … check` and `server b …` (no `check`): a dead `b` keeps getting its share of requests. */



/*
 * Without `check` HAProxy considers a server always UP (configuration.txt, `check`: "If this option
 * is not set, the server is always considered available"). Load balancing keeps sending it requests;
 * measured on 2.6 (GATEWAYS.md r02): a dead server without `check` costs each request the retries
 * (1 s turn-around each) and ends in 503 `SC--` naming the server, instead of failing over at once.
 */
const serverWithoutCheck = (0,rule/* defineRule */.Km)({
    id: 'haproxy/server-without-check',
    severity: 'warning',
    description: 'A server without `check` in a multi-server backend keeps receiving traffic when it is down',
    kb: ['api/haproxy-503-server-without-health-check'],
    check({ config }, report) {
        for (const section of config.sections) {
            if (!isBackendLike(section))
                continue;
            const servers = serversOf(section);
            if (servers.length < 2)
                continue;
            const defaultCheck = hasOption(defaultServerOptions(config, section), 'check');
            for (const server of servers) {
                const checked = hasOption(server.options, 'check') || (defaultCheck && !hasOption(server.options, 'no-check'));
                if (checked || hasOption(server.options, 'disabled'))
                    continue;
                report({
                    message: `server "${server.name}" in ${describeProxy(section.kind, section.name)} has no "check", so HAProxy keeps sending it requests while it is down; add "check" to the server line`,
                    location: at(config, server.directive.line, server.directive.column, server.directive.keyword.length),
                    signals: { httpStatus: 503, probe: 'refused', haproxyTermination: 'SC--' },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/haproxy/rules/unknown-backend.ts
/** `use_backend api if is_api` / `default_backend web` naming no `backend`/`listen`: `-c` fails without a line number. */



/*
 * Measured on 2.6 (GATEWAYS.md c04/c05): `haproxy -c` exits 1 with
 * "Proxy 'fe': unable to find required use_backend: 'api'." and no file:line, so we locate it here.
 * A name containing `%[` is a log-format expression resolved per request and cannot be checked statically.
 */
const SWITCHING = new Set(['use_backend', 'default_backend']);
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j += 1) {
            const saved = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = saved;
        }
    }
    return row[b.length];
}
function suggestion(name, known) {
    const best = known
        .map((candidate) => ({ candidate, score: distance(name, candidate) }))
        .sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1))[0];
    return best && best.score <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean "${best.candidate}"?` : '; define the backend or fix the name';
}
const unknownBackend = (0,rule/* defineRule */.Km)({
    id: 'haproxy/unknown-backend',
    severity: 'error',
    description: '`use_backend`/`default_backend` names a backend that does not exist',
    kb: ['api/haproxy-config-rejected-by-haproxy-c'],
    check({ config }, report) {
        const known = config.sections.filter(isBackendLike).map((section) => section.name ?? '');
        const knownSet = new Set(known);
        for (const section of config.sections) {
            if (section.kind === 'global' || section.kind === 'other')
                continue;
            for (const directive of section.directives) {
                if (!SWITCHING.has(directive.keyword))
                    continue;
                const target = directive.args[0];
                if (!target || target.value.includes('%[') || knownSet.has(target.value))
                    continue;
                report({
                    message: `${directive.keyword} in ${describeProxy(section.kind, section.name)} names backend "${target.value}", which is not defined${suggestion(target.value, known)}`,
                    location: at(config, directive.line, target.column, target.value.length),
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/haproxy/rules/index.ts






const HAPROXY_RULES = [
    allServersDisabled,
    checkPortOutOfRange,
    initAddrNoneWithoutResolvers,
    missingTimeout,
    serverWithoutCheck,
    unknownBackend,
];

;// CONCATENATED MODULE: ./src/haproxy/test-runner.ts

const HAPROXY_TEST_RULE = {
    id: 'haproxy/test',
    severity: 'error',
    description: '`haproxy -c` rejected the configuration or warned about it',
    kb: ['api/haproxy-config-rejected-by-haproxy-c'],
};
const HAPROXY_TEST_TIMEOUT_MS = 30_000;
/** Documentation address that never routes (RFC 5737 TEST-NET-1): stands in for hostnames in the sandbox copy. */
const SANDBOX_ADDRESS = '192.0.2.1';
/*
 * Output shape (GATEWAYS.md §2.3): `[ALERT]    (PID) : config : parsing [FILE:LINE] : …`; WARNING blocks
 * continue on lines starting with `   | `. NOTICE lines (version, executable path) carry nothing.
 */
const MESSAGE = /^\[(ALERT|WARNING|NOTICE)\]\s+\(\d+\)\s*:\s*(?:config\s*:\s*)?(.*)$/;
/* Summary lines that only repeat that errors exist; the real messages are on their own lines. */
const SUMMARY = /^(?:Error\(s\) found in configuration file|Fatal errors found in configuration|Failed to initialize server\(s\) addr|Some warnings were found and 'zero-warning' is set)/;
function parseHaproxyOutput(output) {
    const messages = [];
    let last;
    for (const raw of output.split(/\r?\n/)) {
        const continuation = /^\s+\|\s?(.*)$/.exec(raw);
        if (continuation && last) {
            last.text += ` ${continuation[1].trim()}`;
            continue;
        }
        const match = MESSAGE.exec(raw);
        if (!match || match[1] === 'NOTICE') {
            last = undefined;
            continue;
        }
        const text = match[2].trim();
        if (SUMMARY.test(text)) {
            last = undefined;
            continue;
        }
        last = { level: match[1], text };
        messages.push(last);
    }
    return messages;
}
/** The four file:line shapes of 2.6 (GATEWAYS.md §2.3); undefined for the messages that carry no position. */
function messagePosition(text) {
    const shapes = [
        /^parsing \[(.+?):(\d+)\]\s*:\s*(.*)$/,
        /^Parsing \[(.+?):(\d+)\]:\s*(.*)$/,
        /^\[(.+?):(\d+)\]\s*:\s*(.*)$/,
    ];
    for (const shape of shapes) {
        const match = shape.exec(text);
        if (match)
            return { file: match[1], line: Number(match[2]), text: match[3] };
    }
    const inline = /\((\S+?):(\d+)\)/.exec(text);
    return inline ? { file: inline[1], line: Number(inline[2]), text } : undefined;
}
/** Locates a position-less message by the proxy and backend names it quotes. */
function locateByName(config, text) {
    const proxy = /(?:Proxy|proxy|backend|frontend|listen) '([^']+)'/.exec(text)?.[1];
    const section = proxy === undefined ? undefined : config.sections.find((candidate) => candidate.name === proxy && candidate.kind !== 'other');
    const switching = /(use_backend|default_backend): '([^']+)'/.exec(text);
    if (section && switching) {
        const directive = section.directives.find((candidate) => candidate.keyword === switching[1] && candidate.args[0]?.value === switching[2]);
        if (directive)
            return directive.line;
    }
    const server = /server '([^']+)'/.exec(text)?.[1];
    if (section && server) {
        const line = serversOf(section).find((candidate) => candidate.name === server)?.directive.line;
        if (line)
            return line;
    }
    if (section)
        return section.line;
    // Last resort: the first line that contains a value the message quotes (`'ca-file' : unable to load certs/ca.pem.`).
    const quoted = [...text.matchAll(/'([^']{3,})'|(?:load|file) (\S{3,}?)\.?$/g)].map((match) => match[1] ?? match[2]);
    for (const value of quoted) {
        const index = config.lines.findIndex((line) => line.includes(value) && !/^\s*#/.test(line));
        if (index >= 0 && !/^[a-z-]+$/.test(value))
            return index + 1;
    }
    return undefined;
}
/*
 * Alerts that come from the machine running the check rather than the config: certificates, files
 * and users that exist only on the real host. Reported as warnings so a CI runner without them is not a red build.
 */
const ENVIRONMENT = /unable to (?:load|stat) SSL|No such file or directory|Permission denied|cannot bind|unable to find (?:user|group)|'(?:ca|crl|crt)-file' : unable to load/i;
/**
 * HAProxy resolves every `server` hostname through libc while parsing (c06 in GATEWAYS.md): on a CI
 * runner internal names fail and any lookup leaves the machine. The copy keeps every line number.
 */
function sandboxConfig(config) {
    const lines = [...config.lines];
    const hosts = new Set();
    const hostLines = {};
    for (const section of config.sections) {
        for (const server of serversOf(section)) {
            const address = server.address;
            const host = address ? addressHost(address.value) : undefined;
            if (!address || host === undefined || !isHostname(host) || host === 'localhost')
                continue;
            const lineIndex = server.directive.line - 1;
            const source = lines[lineIndex];
            const start = address.column - 1;
            const hostAt = source.indexOf(host, start);
            if (hostAt < 0)
                continue;
            lines[lineIndex] = source.slice(0, hostAt) + SANDBOX_ADDRESS + source.slice(hostAt + host.length);
            hosts.add(host);
            hostLines[host] ??= server.directive.line;
        }
    }
    return { text: lines.join('\n'), hosts: [...hosts].sort(), hostLines };
}
/** Converts `haproxy -c` output for one file into findings at the original file's lines. */
function haproxyTestFindings(input) {
    const { config } = input;
    const findings = [];
    for (const message of parseHaproxyOutput(input.output)) {
        const position = messagePosition(message.text);
        const line = position?.line ?? locateByName(config, message.text) ?? 1;
        const text = position && position.text !== message.text ? position.text : message.text;
        const location = { path: config.path, line };
        const environment = ENVIRONMENT.test(text);
        let severity = message.level === 'ALERT' ? 'error' : input.warningsAsErrors ? 'error' : 'warning';
        if (environment && severity === 'error')
            severity = 'warning';
        const cleaned = text.replace(/\s*\.+$/, '').split(input.checkedFile).join(config.path);
        const advice = environment
            ? 'this may only hold on the runner; check that the file or user exists on the real host'
            : message.level === 'WARNING'
                ? 'fix it so HAProxy starts without warnings'
                : 'fix the configuration so HAProxy accepts it';
        findings.push({
            ruleId: HAPROXY_TEST_RULE.id,
            severity,
            message: `haproxy -c ${message.level === 'ALERT' ? 'rejected' : 'warned'}: "${cleaned}"; ${advice}`,
            location,
        });
    }
    return findings;
}
/**
 * Writes the sandbox copy to a throwaway dir and runs `haproxy -c [-dW] -f COPY` from the repo root
 * (HAProxy resolves relative paths in the config against its working directory, as it would for the original).
 */
async function runHaproxyTest(config, settings, deps) {
    const sandbox = sandboxConfig(config);
    const dir = await deps.makeTempDir('gatewatch-haproxy-');
    try {
        const baseName = config.path.split('/').pop() || 'haproxy.cfg';
        const checkedFile = `${dir}/${baseName}`;
        await deps.writeFile(checkedFile, sandbox.text);
        // `-dW` (zero-warning mode): warnings make `-c` exit 1, as HAProxy would refuse to start.
        const args = ['-c', ...(settings.warningsAsErrors ? ['-dW'] : []), '-f', checkedFile];
        const result = await deps.exec(settings.binary, args, { timeoutMs: HAPROXY_TEST_TIMEOUT_MS, cwd: settings.cwd });
        if (result.spawnError === 'ENOENT')
            return { kind: 'missing-binary', detail: `"${settings.binary}" was not found` };
        if (result.spawnError)
            return { kind: 'failed', detail: `could not start "${settings.binary}": ${result.spawnError}` };
        if (result.timedOut)
            return { kind: 'failed', detail: `"${settings.binary} -c" did not finish within ${HAPROXY_TEST_TIMEOUT_MS / 1000} s` };
        const output = `${result.stdout}\n${result.stderr}`;
        const findings = haproxyTestFindings({ config, checkedFile, output, warningsAsErrors: settings.warningsAsErrors });
        if (result.code !== 0 && findings.length === 0) {
            // Exit 1 with no message we understood: still a rejection, located at the top of the file.
            // (When every message was an environment alert, those warnings already explain the exit status.)
            findings.push({
                ruleId: HAPROXY_TEST_RULE.id,
                severity: 'error',
                message: `haproxy -c exited with status ${result.code} and no recognised message: "${output.trim().split('\n').pop() ?? ''}"; run "haproxy -c -f ${config.path}" locally`,
                location: { path: config.path, line: 1 },
            });
        }
        return { kind: 'ran', findings, hosts: sandbox.hosts, hostLines: sandbox.hostLines };
    }
    finally {
        await deps.removeDir(dir);
    }
}

;// CONCATENATED MODULE: ./src/haproxy/check.ts
/** The HAProxy checker: static rules on every matched config plus the real `haproxy -c` (test: auto|always|never). */







const HAPROXY_READ_RULE = {
    id: 'haproxy/unreadable',
    severity: 'error',
    description: 'A HAProxy config file matched by the globs could not be read',
};
/** Every rule id this checker can emit, for SARIF and help links. */
const HAPROXY_RULE_METAS = [HAPROXY_TEST_RULE, HAPROXY_READ_RULE, ...HAPROXY_RULES];
const locationKey = (finding) => `${finding.location?.path}:${finding.location?.line}`;
/**
 * A static finding at the same line says the same thing with a KB link (missing timeouts, unknown
 * backend), so the `haproxy -c` message there is dropped — unless it is more severe: a config HAProxy
 * refuses to load (a duplicate server name next to a warning) must never pass the gate.
 */
function mergeFindings(staticFindings, testFindings) {
    const worstAt = new Map();
    for (const finding of staticFindings) {
        const key = locationKey(finding);
        worstAt.set(key, Math.max(worstAt.get(key) ?? 0, src_finding/* SEVERITY_RANK */.f3[finding.severity]));
    }
    const kept = testFindings.filter((finding) => {
        const covered = worstAt.get(locationKey(finding));
        return covered === undefined || src_finding/* SEVERITY_RANK */.f3[finding.severity] > covered;
    });
    return [...staticFindings, ...kept];
}
async function checkHaproxy(options, deps) {
    const settings = options.haproxy;
    if (settings.paths.length === 0)
        return { findings: [], files: 0 };
    const expanded = await (0,src_files/* expandGlobs */.GE)(settings.paths, deps, 'haproxy', options.limits.maxFiles);
    const files = expanded.paths;
    const findings = [...expanded.findings];
    let binaryMissing = false;
    /** Replaced server hostnames, each at the first server line that names it. */
    const unverifiedHosts = new Map();
    for (const path of files) {
        let text;
        try {
            text = (await deps.readFile(path)).toString('utf8');
        }
        catch (error) {
            findings.push({
                ruleId: HAPROXY_READ_RULE.id,
                severity: 'error',
                message: `cannot read HAProxy config "${path}" (${error.code ?? String(error)}); check the path and permissions`,
                location: { path, line: 1 },
            });
            continue;
        }
        const config = parseHaproxyConfig(text, path);
        const staticFindings = (0,rule/* runRules */.xG)(HAPROXY_RULES, { config }, { path, line: 1 }).map(rule/* toFinding */.N6);
        let testFindings = [];
        if (settings.test !== 'never' && !binaryMissing) {
            const outcome = await runHaproxyTest(config, { binary: settings.binary, warningsAsErrors: settings.warningsAsErrors, cwd: options.cwd }, deps);
            if (outcome.kind === 'ran') {
                testFindings = outcome.findings;
                for (const host of outcome.hosts) {
                    if (!unverifiedHosts.has(host))
                        unverifiedHosts.set(host, { path, line: outcome.hostLines[host] ?? 1 });
                }
            }
            else if (outcome.kind === 'missing-binary') {
                binaryMissing = true;
            }
            else {
                testFindings = [{ ruleId: HAPROXY_TEST_RULE.id, severity: 'error', message: `${outcome.detail}; check the haproxy binary setting`, location: { path, line: 1 } }];
            }
        }
        (0,collections/* pushAll */.i)(findings, mergeFindings(staticFindings, testFindings));
    }
    if (binaryMissing) {
        // auto: a runner without HAProxy still gets the static rules (actionlint does the same for shellcheck).
        findings.push({
            ruleId: HAPROXY_TEST_RULE.id,
            severity: settings.test === 'always' ? 'error' : 'notice',
            message: `"${settings.binary}" was not found, so "haproxy -c" did not run; install HAProxy on the runner or set haproxy.test to "never"`,
        });
    }
    for (const [host, location] of unverifiedHosts) {
        findings.push({
            ruleId: HAPROXY_TEST_RULE.id,
            severity: 'notice',
            message: `"haproxy -c" ran with server hostname "${host}" replaced by a documentation address, so its DNS was not verified; check that it resolves where HAProxy runs`,
            location,
        });
    }
    return { findings, files: files.length };
}

// EXTERNAL MODULE: ./src/kb/rules/index.ts + 16 modules
var rules = __webpack_require__(9849);
// EXTERNAL MODULE: ./src/nginx/rules/index.ts + 17 modules
var nginx_rules = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/probe/rules.ts
var probe_rules = __webpack_require__(7493);
// EXTERNAL MODULE: ./src/policy/trusted-policy.ts
var trusted_policy = __webpack_require__(5144);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
;// CONCATENATED MODULE: ./src/run.ts
/** The one pipeline the action and the CLI share: checkers -> findings -> citations -> RunResult. */











const TOOL_RULES = [rule/* RULE_CRASHED */.qV, src_files/* EMPTY_GLOB */.dg, src_files/* TOO_MANY_FILES */.rN, ...trusted_policy.POLICY_RULES];
/** Every rule that can appear in a report, for SARIF `tool.driver.rules` and help links. */
function ruleCatalogue() {
    return [...TOOL_RULES, ...rules/* KB_RULE_METAS */.QS, ...nginx_rules/* NGINX_RULE_METAS */.j, ...HAPROXY_RULE_METAS, ...probe_rules/* PROBE_RULES */.$J];
}
async function run(options, deps) {
    const started = deps.now();
    const findings = [];
    const probes = [];
    // Notices from loading gatewatch.yml (a deferred policy change, an ignored binary) are reported like any finding.
    (0,collections/* pushAll */.i)(findings, options.configFindings ?? []);
    // Each checker is imported only when there is something for it to check: the KB's markdown, YAML and
    // schema libraries are most of the bundle, and an nginx-only run should not pay for loading them.
    let records = [];
    let files = 0;
    if (options.kb.paths.length > 0) {
        const kb = await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(892), __webpack_require__.e(577), __webpack_require__.e(352)]).then(__webpack_require__.bind(__webpack_require__, 2352))).checkKb(options, deps);
        (0,collections/* pushAll */.i)(findings, kb.findings);
        records = kb.records;
        files += kb.files.length;
    }
    let configs = [];
    if (options.nginx.paths.length > 0) {
        const nginx = await (await Promise.all(/* import() */[__webpack_require__.e(233), __webpack_require__.e(5)]).then(__webpack_require__.bind(__webpack_require__, 5005))).checkNginx(options, deps);
        (0,collections/* pushAll */.i)(findings, nginx.findings);
        files += nginx.files;
        configs = nginx.configs;
    }
    const haproxy = await checkHaproxy(options, deps);
    (0,collections/* pushAll */.i)(findings, haproxy.findings);
    files += haproxy.files;
    // Probes run last: configured targets plus, with nginx.probe_upstreams, every upstream the configs declare.
    if (options.probes.length > 0 || (options.nginx.probeUpstreams && configs.length > 0)) {
        const [{ runProbes }, { nginxProbeSpecs }] = await Promise.all([__webpack_require__.e(/* import() */ 757).then(__webpack_require__.bind(__webpack_require__, 4757)), __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 4828))]);
        const probed = await runProbes(options, deps, nginxProbeSpecs(configs, options));
        (0,collections/* pushAll */.i)(findings, probed.findings);
        (0,collections/* pushAll */.i)(probes, probed.probes);
    }
    const rules = ruleCatalogue();
    // Citations join each finding to the KB entries that explain it (DESIGN §7); the KB is the one just checked.
    const cited = (0,cite/* citeFindings */.ys)((0,src_finding/* sortFindings */.Tc)(findings), records, rules);
    return {
        findings: cited,
        probes,
        kb: records,
        files,
        durationMs: Math.round(deps.now() - started),
        rules,
        verdict: (0,verdict/* decideVerdict */.AU)(cited, options.failOn),
    };
}


/***/ })

};

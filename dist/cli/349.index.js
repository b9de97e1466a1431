export const id = 349;
export const ids = [349];
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

/***/ 2647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ runIsolated),
/* harmony export */   Xc: () => (/* binding */ isolationNotice)
/* harmony export */ });
/* unused harmony exports UNPRIVILEGED_ID, DEFAULT_CPU_SECONDS, DEFAULT_MEMORY_BYTES, DEFAULT_FILE_BYTES, isolationSupport, resolveCommand, isolatedCommand, startIsolated */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The second wall (docs/design.md §11, SECURITY.md): every run of a gateway binary on repository content goes
 * through here. The binary gets an empty environment (PATH and LANG only, so HAProxy's `${VAR}` has no
 * secret to expand), an unprivileged user when gatewatch runs as root, its own network namespace with only
 * loopback where the kernel allows it, CPU-time, address-space and file-size limits, and a wall-time
 * limit that kills its whole process group by PID. Whatever cannot be had on this machine is reported as a
 * gap, once per run, by the caller (`isolationNotice`).
 */



/** The account a root gatewatch hands the gateway to: `nobody`/`nogroup` on Debian, and unmapped-safe everywhere. */
const UNPRIVILEGED_ID = 65534;
const DEFAULT_CPU_SECONDS = 20;
/* nginx -t and haproxy -c measured well under 100 MB of address space here; 1 GiB leaves room for big maps. */
const DEFAULT_MEMORY_BYTES = 1024 * 1024 * 1024;
/* Logs and temp files the gateway may write into its sandbox. */
const DEFAULT_FILE_BYTES = 64 * 1024 * 1024;
const OUTPUT_LIMIT = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
let support;
function runs(command, args, options = {}) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(command, args, { stdio: 'ignore', timeout: 5000, env: cleanEnv(), ...options }).status === 0;
    }
    catch {
        return false;
    }
}
function isolationSupport() {
    if (support)
        return support;
    const linux = process.platform === 'linux';
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const as = root ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : {};
    support = {
        root,
        netnsAsRoot: linux && root && runs('unshare', ['-n', 'true']),
        netnsAsUser: linux && runs('unshare', ['-r', '-n', 'true'], as),
        setpriv: linux && runs('setpriv', ['--version']),
        ip: linux && runs('ip', ['-V']),
    };
    return support;
}
/** Only what a binary needs to start: no token, no secret, nothing HAProxy's `${VAR}` or nginx's `env` could read. */
function cleanEnv() {
    return { PATH: process.env.PATH || '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C' };
}
/** The absolute path of `command` (a path, or a name PATH finds), or undefined when there is no such executable. */
function resolveCommand(command, cwd = process.cwd()) {
    const executable = (candidate) => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(candidate).isFile();
        }
        catch {
            return false;
        }
    };
    if (command.includes('/')) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, command);
        return executable(absolute) ? absolute : undefined;
    }
    for (const dir of (process.env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter))) {
        if (dir && executable(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, command)))
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, command);
    }
    return undefined;
}
/* The limits and loopback set-up run in a tiny sh between the namespace and the drop to the gateway's user. */
const PRELUDE = [
    // In its own namespace any port is harmless, so the unprivileged gateway may bind 80/443 as in production.
    '[ "$1" = lo ] && { ip link set lo up 2>/dev/null; echo 0 > /proc/sys/net/ipv4/ip_unprivileged_port_start; } 2>/dev/null',
    'ulimit -t "$2" && ulimit -v "$3" && ulimit -f "$4" || exit 125',
    'shift 4',
    'exec "$@"',
].join('; ');
/** The command line that runs `binary args` behind every wall this machine allows (pure given `have`). */
function isolatedCommand(binary, args, opts, have) {
    const wantNetns = (opts.network ?? 'none') === 'none';
    const limits = [
        String(opts.cpuSeconds ?? DEFAULT_CPU_SECONDS),
        String(Math.ceil((opts.memoryBytes ?? DEFAULT_MEMORY_BYTES) / 1024)),
        String(Math.ceil((opts.fileBytes ?? DEFAULT_FILE_BYTES) / 512)),
    ];
    const options = { timeoutMs: opts.timeoutMs, env: cleanEnv(), processGroup: true, ...(opts.cwd ? { cwd: opts.cwd } : {}) };
    const prelude = (lo, rest) => ['sh', '-c', PRELUDE, 'gatewatch-isolate', lo ? 'lo' : '-', ...limits, ...rest];
    const gaps = [];
    const report = (network, user) => {
        if (network === 'shared' && wantNetns)
            gaps.push('network');
        if (user === 'root')
            gaps.push('user');
        return { network, user, limits: true, gaps };
    };
    const drop = have.root ? ['setpriv', `--reuid=${UNPRIVILEGED_ID}`, `--regid=${UNPRIVILEGED_ID}`, '--clear-groups', '--no-new-privs', '--'] : [];
    if (wantNetns && have.root && have.netnsAsRoot && have.setpriv) {
        const [command, ...rest] = ['unshare', '-n', '--', ...prelude(have.ip, [...drop, binary, ...args])];
        return { command: command, args: rest, options, isolation: report('own-namespace', 'dropped') };
    }
    if (wantNetns && have.netnsAsUser) {
        // Unprivileged: a user namespace where we are "root" only long enough to bring loopback up, then a nested
        // one mapping us back to our own id, so the gateway sees a non-root uid (nginx then skips `user` and chown).
        const id = have.root ? UNPRIVILEGED_ID : process.getuid();
        const gid = have.root ? UNPRIVILEGED_ID : process.getgid();
        const back = ['unshare', `--map-user=${id}`, `--map-group=${gid}`, '--'];
        const [command, ...rest] = ['unshare', '-r', '-n', '--', ...prelude(have.ip, [...back, binary, ...args])];
        const asUser = have.root ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : {};
        return { command: command, args: rest, options: { ...options, ...asUser }, isolation: report('own-namespace', have.root ? 'dropped' : 'unprivileged') };
    }
    // No namespace to be had (or serve mode on the shared network): the user and the limits still hold.
    const [command, ...rest] = prelude(false, [binary, ...args]);
    const asUser = have.root ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : {};
    return { command: command, args: rest, options: { ...options, ...asUser }, isolation: report('shared', have.root ? 'dropped' : 'unprivileged') };
}
/** Lets the unprivileged user write the sandbox dir (root-made mkdtemp dirs are 0700 root). */
function handOver(dir, have) {
    if (dir && have.root)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chownSync)(dir, UNPRIVILEGED_ID, UNPRIVILEGED_ID);
}
/**
 * Why the dropped user cannot run `binary`, when it cannot: every directory up to it must be searchable and
 * the file executable by "other" (the Debian-13 wrapper scripts live in a world-readable cache for this).
 */
function unreachable(binary, have) {
    if (!have.root)
        return undefined;
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(binary);
    for (;;) {
        if (((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir).mode & 0o001) === 0)
            return `"${dir}" is not searchable by other users`;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(binary).mode & 0o005) === 0o005 ? undefined : `"${binary}" is not readable and executable by other users`;
}
function setupError(binary, have) {
    const why = unreachable(binary, have);
    return why ? { code: null, stdout: '', stderr: '', spawnError: `the unprivileged user cannot run it: ${why}`, timedOut: false } : undefined;
}
/** Test mode (`nginx -t`, `haproxy -c`): runs to completion behind every wall and returns its output. */
async function runIsolated(command, args, opts) {
    const have = isolationSupport();
    const binary = resolveCommand(command, opts.cwd);
    const planned = isolatedCommand(binary ?? command, args, opts, have);
    if (binary === undefined)
        return { code: null, stdout: '', stderr: '', spawnError: 'ENOENT', timedOut: false, isolation: planned.isolation };
    const refused = setupError(binary, have);
    if (refused)
        return { ...refused, isolation: planned.isolation };
    handOver(opts.sandboxDir, have);
    const exec = opts.exec ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7304))).nodeDeps().exec;
    const result = await exec(planned.command, planned.args, planned.options);
    return { ...result, isolation: planned.isolation };
}
const running = new Set();
let exitHook = false;
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // Already gone.
    }
}
/**
 * Serve mode (`kb reproduce`, the lab): starts the gateway behind the same walls and hands back a handle.
 * `network` is required: 'none' keeps it in its own namespace, reachable only through unix sockets in the
 * sandbox dir; 'shared' lets TCP clients on loopback reach it (the caller says so in the run's notices).
 * The wall time bounds the whole life of the process; every process is also killed when gatewatch exits.
 */
async function startIsolated(command, args, opts) {
    const have = isolationSupport();
    const binary = resolveCommand(command, opts.cwd);
    if (binary === undefined)
        throw Object.assign(new Error(`"${command}" was not found`), { code: 'ENOENT' });
    const refused = setupError(binary, have);
    if (refused)
        throw Object.assign(new Error(`could not start "${command}": ${refused.spawnError}`), { code: 'EACCES' });
    handOver(opts.sandboxDir, have);
    const planned = isolatedCommand(binary, args, opts, have);
    const child = spawn(planned.command, planned.args, {
        cwd: planned.options.cwd,
        env: planned.options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        ...(planned.options.uid !== undefined ? { uid: planned.options.uid, gid: planned.options.gid } : {}),
    });
    const spawned = await new Promise((resolve, reject) => {
        child.once('spawn', () => resolve(child.pid));
        child.once('error', reject);
    });
    running.add(spawned);
    if (!exitHook) {
        exitHook = true;
        process.on('exit', () => {
            for (const pid of running)
                killGroup(pid, 'SIGKILL');
        });
    }
    let output = '';
    const append = (chunk) => {
        if (output.length < OUTPUT_LIMIT)
            output += chunk.toString('utf8');
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            running.delete(spawned);
            clearTimeout(wall);
            // Anything the leader left behind in its group (nginx workers) goes with it.
            killGroup(spawned, 'SIGKILL');
            resolve({ code, signal });
        });
    });
    const wall = setTimeout(() => killGroup(spawned, 'SIGKILL'), opts.timeoutMs);
    wall.unref();
    return {
        pid: spawned,
        exited,
        output: () => output,
        isolation: planned.isolation,
        stop: async () => {
            killGroup(spawned, 'SIGTERM');
            const grace = setTimeout(() => killGroup(spawned, 'SIGKILL'), 2000);
            await exited;
            clearTimeout(grace);
        },
    };
}
/** One notice for the whole run naming the walls this machine could not put up; undefined when all were up. */
function isolationNotice(reports) {
    const gaps = new Set(reports.flatMap((report) => report.gaps));
    if (gaps.size === 0)
        return undefined;
    const parts = [];
    if (gaps.has('network'))
        parts.push('without its own network namespace (unshare is unavailable or not permitted here)');
    if (gaps.has('user'))
        parts.push('as root (no way to switch to an unprivileged user)');
    if (gaps.has('limits'))
        parts.push('without CPU and memory limits');
    return `The gateway binary ran ${parts.join(' and ')}; the inert rewrite of the config still applied; allow unprivileged user namespaces on the runner for full isolation`;
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

/***/ 2746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ NGINX_RULE_METAS),
  i: () => (/* binding */ nginxRules)
});

// EXTERNAL MODULE: ./src/nginx/rules/test.ts
var test = __webpack_require__(6746);
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

// EXTERNAL MODULE: ./src/nginx/payload.ts
var payload = __webpack_require__(5906);
;// CONCATENATED MODULE: ./src/nginx/parse-errors.ts
/** Parser errors from the payload, with the ` in file:line` suffix removed and the path made repo-relative. */

function payloadErrors(context) {
    return context.payload.errors.map((error) => {
        const suffix = error.line === null ? ` in ${error.file}` : ` in ${error.file}:${error.line}`;
        const message = error.error.endsWith(suffix) ? error.error.slice(0, -suffix.length) : error.error;
        const unterminated = error[payload/* UNTERMINATED */.b];
        return { message, path: context.toPath(error.file), line: error.line ?? 1, ...(unterminated ? { unterminated } : {}) };
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
            if (/^include "[^"]*" resolves to "[^"]*", outside the repository/.test(error.message)) {
                report({ severity: 'notice', message: error.message, location: { path: error.path, line: error.line } });
                continue;
            }
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
        // The runner is not the server: files the server has and the repo does not are notices, never errors.
        const external = new Set();
        for (const include of (0,payload/* externalIncludes */.DU)(context.payload)) {
            const config = context.payload.config[include.file];
            external.add(`${include.file}:${include.line}`);
            const location = { path: context.toPath(config.file), line: include.line };
            if (include.kind === 'stand-in') {
                report({
                    severity: 'notice',
                    message: `include ${(0,rule_context/* quote */.hD)(include.arg)} names a file every nginx package ships and the repository does not hold; it was checked with gatewatch's stand-in, so make sure the server's copy is the stock one`,
                    location,
                });
            }
            else if (include.kind === 'outside') {
                report({
                    severity: 'notice',
                    message: `include ${(0,rule_context/* quote */.hD)(include.arg)} names a file outside the repository, so it was not checked; the server must provide it (and whatever it defines: certificates, variables, a resolver)`,
                    location,
                });
            }
            // 'empty-glob': nginx accepts a glob that matches nothing, and the server's folder may hold files.
        }
        // nginx accepts a glob that matches nothing, so a typo silently drops every server in it.
        for (const config of context.payload.config) {
            for (const statement of includesIn(config.parsed)) {
                const pattern = statement.args[0];
                if (pattern === undefined || !GLOB_MAGIC.test(pattern))
                    continue;
                if (statement.includes === undefined || statement.includes.length > 0)
                    continue;
                if (external.has(`${context.payload.config.indexOf(config)}:${statement.line}`))
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
            const cut = error.unterminated;
            if (cut && cut.line < error.line) {
                // nginx names the `}` (or the end of file); the fix belongs at the end of the statement before it.
                report({
                    message: `"${cut.directive}" on line ${cut.line} is missing its ";" (nginx: ${error.message} on line ${error.line}); add ";" at the end of line ${cut.line}`,
                    location: { path: error.path, line: cut.line },
                    signals: { nginxLog: '[emerg]' },
                });
                continue;
            }
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





/** Map parameters that are not source values (ngx_http_map_module). */
const MAP_KEYWORDS = new Set(['default', 'hostnames', 'volatile', 'include']);
/**
 * Values `$name` can take: from `set`, and from every `map` result (its default included). undefined when a
 * geo or split_clients block sets it, whose results are not followed.
 */
function possibleValues(all, variable) {
    const values = [];
    for (const node of all) {
        if (node.name === 'set' && node.args[0] === variable && node.args[1] !== undefined)
            values.push(node.args[1]);
        if (node.name === 'map' && node.args.at(-1) === variable) {
            for (const entry of node.children ?? []) {
                if (entry.name === 'include' || ((entry.name === 'hostnames' || entry.name === 'volatile') && entry.args.length === 0))
                    continue;
                const value = entry.args[entry.args.length - 1];
                if (value !== undefined && !(MAP_KEYWORDS.has(entry.name) && entry.name !== 'default' && entry.args.length === 0))
                    values.push(value);
            }
        }
        if ((node.name === 'geo' || node.name === 'split_clients') && node.args.at(-1) === variable)
            return undefined;
    }
    return values;
}
/** Whether every value is an upstream name, an IP or a socket: nginx then resolves nothing at request time. */
function staticallyKnown(values, upstreams) {
    return (values !== undefined &&
        values.length > 0 &&
        values.every((value) => value.startsWith('unix:') || upstreams.has(value) || (0,address/* isIpLiteral */.tP)((0,address/* parseServerAddress */.RA)(value).host)));
}
/**
 * The host part of a proxy_pass URL when it holds a variable, or undefined when the host is literal. A
 * variable scheme (`$proto://$app:3000`) still leaves the host to be resolved per request.
 */
function variableHost(arg) {
    const url = (0,address/* parseProxyUrl */.Pr)(arg);
    if (url)
        return url.hostHasVariable ? url.host : undefined;
    const authority = /^[^/]*:\/\/([^/]*)/.exec(arg)?.[1];
    if (authority !== undefined)
        return authority.includes('$') ? (0,address/* parseServerAddress */.RA)(authority).host : undefined;
    return arg.startsWith('$') ? arg : undefined;
}
const variableProxyPassWithoutResolver = (0,rule/* defineRule */.Km)({
    id: 'nginx/variable-proxy-pass-without-resolver',
    severity: 'error',
    description: 'proxy_pass takes its host from a variable but no resolver is configured, so names fail at request time',
    kb: ['api/http-502-upstream-dns-resolution-failed'],
    check(context, report) {
        const upstreams = (0,rule_context/* httpUpstreamNames */.s1)(context.tree);
        // Includes of files outside the repository, per file, which may set the resolver on the server.
        const externalIn = new Map();
        for (const include of (0,payload/* externalIncludes */.DU)(context.payload)) {
            if (include.kind !== 'outside')
                continue;
            const file = context.toPath(context.payload.config[include.file].file);
            const list = externalIn.get(file) ?? [];
            list.push({ line: include.line, arg: include.arg });
            externalIn.set(file, list);
        }
        /** The external include nearest above the proxy_pass (the one most likely in its scope), else the file's first. */
        const externalFor = (node) => {
            const list = externalIn.get(node.path);
            if (!list)
                return undefined;
            const above = list.filter((include) => include.line <= node.line);
            return (above.at(-1) ?? list[0]).arg;
        };
        for (const node of context.tree.named('proxy_pass')) {
            const arg = node.args[0];
            if (arg === undefined || !arg.includes('$'))
                continue;
            const host = variableHost(arg);
            if (host === undefined || (0,tree/* inScope */.SB)(node, 'resolver', context.tree.roots).length > 0)
                continue;
            const whole = /^\$\{?(\w+)\}?$/.exec(host);
            if (whole && staticallyKnown(possibleValues(context.tree.all, `$${whole[1]}`), upstreams))
                continue;
            const external = externalFor(node);
            if (external !== undefined) {
                report({
                    severity: 'notice',
                    message: `proxy_pass ${(0,rule_context/* quote */.hD)(arg)} resolves its host per request and no "resolver" is set in the repository; it may come from include ${(0,rule_context/* quote */.hD)(external)}, which is outside it, so make sure the server's copy sets "resolver" or nginx answers 502 ("no resolver defined to resolve")`,
                    location: (0,tree/* locate */.x5)(node),
                });
                continue;
            }
            report({
                message: `proxy_pass ${(0,rule_context/* quote */.hD)(arg)} resolves its host per request but no "resolver" is set here, so nginx answers 502 ("no resolver defined to resolve"); add "resolver <dns-ip> valid=30s;" to this server or http block`,
                location: (0,tree/* locate */.x5)(node),
                signals: { httpStatus: 502, probe: 'dns', nginxLog: 'no resolver defined to resolve' },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/nginx/rules/worker-rlimit-nofile.ts
/** `worker_rlimit_nofile 1024;` under `worker_connections 4096;` — workers run out of descriptors before connections. */



const workerRlimitNofile = (0,rule/* defineRule */.Km)({
    id: 'nginx/worker-rlimit-nofile',
    severity: 'warning',
    description: 'worker_rlimit_nofile is below worker_connections, so a busy worker runs out of file descriptors',
    kb: ['api/http-502-bad-gateway-upstream-unreachable'],
    check(context, report) {
        const limit = (0,tree/* childrenNamed */.De)(context.tree.roots, 'worker_rlimit_nofile').at(-1);
        const files = Number(limit?.args[0]);
        if (!limit || !Number.isInteger(files))
            return;
        for (const events of (0,tree/* childrenNamed */.De)(context.tree.roots, 'events')) {
            const connections = (0,tree/* childrenNamed */.De)(events.children, 'worker_connections').at(-1);
            const wanted = Number(connections?.args[0]);
            if (!connections || !Number.isInteger(wanted) || files >= wanted)
                continue;
            // A proxied request holds two descriptors (client and upstream), so even equal values are tight.
            report({
                message: `worker_rlimit_nofile ${(0,rule_context/* quote */.hD)(limit.args[0])} is below worker_connections ${(0,rule_context/* quote */.hD)(connections.args[0])}, so under load a worker fails with "Too many open files" (socket() to the upstream fails with a 500, new clients are not accepted); raise worker_rlimit_nofile to at least ${wanted * 2}`,
                location: (0,tree/* locate */.x5)(limit),
                signals: { nginxLog: 'Too many open files' },
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
    workerRlimitNofile,
];
/** Metadata of every nginx ruleId a report can contain (the static rules plus `nginx/test`). */
const NGINX_RULE_METAS = [
    ...nginxRules.map(({ id, severity, description, kb }) => ({ id, severity, description, ...(kb ? { kb } : {}) })),
    test/* NGINX_TEST_RULE */.N,
];


/***/ }),

/***/ 6746:
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
                column: (0,_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .columnOf */ .uV)(statement),
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

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ POLICY_UNAVAILABLE),
/* harmony export */   FP: () => (/* binding */ IGNORED_BINARY),
/* harmony export */   Td: () => (/* binding */ DEFERRED_SETTING),
/* harmony export */   b2: () => (/* binding */ POLICY_RULES)
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


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* reexport */ ruleCatalogue),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
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
 * line undoes a `default-server disabled`. Measured on 2.6 (docs/gateways.md r01): valid config, no stderr,
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
 * Measured on 2.6.12 (docs/gateways.md c15/r09/r09b): `check port 70000` passes `haproxy -c` with no
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
 * `resolvers` section (runtime DNS) can give it an address later. Measured on 2.6 (docs/gateways.md r07):
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
 * without any response and HAProxy writes no log line while the session hangs (docs/gateways.md r03/r04b).
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
 * measured on 2.6 (docs/gateways.md r02): a dead server without `check` costs each request the retries
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

;// CONCATENATED MODULE: ./src/haproxy/rules/test.ts
const HAPROXY_TEST_RULE = {
    id: 'haproxy/test',
    severity: 'error',
    description: '`haproxy -c` rejected the configuration or warned about it',
    kb: ['api/haproxy-config-rejected-by-haproxy-c'],
};

;// CONCATENATED MODULE: ./src/haproxy/rules/unknown-backend.ts
/** `use_backend api if is_api` / `default_backend web` naming no `backend`/`listen`: `-c` fails without a line number. */



/*
 * Measured on 2.6 (docs/gateways.md c04/c05): `haproxy -c` exits 1 with
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

;// CONCATENATED MODULE: ./src/haproxy/rules/unreadable.ts
const HAPROXY_READ_RULE = {
    id: 'haproxy/unreadable',
    severity: 'error',
    description: 'A HAProxy config file matched by the globs could not be read',
};

;// CONCATENATED MODULE: ./src/haproxy/rules/index.ts








const HAPROXY_RULES = [
    allServersDisabled,
    checkPortOutOfRange,
    initAddrNoneWithoutResolvers,
    missingTimeout,
    serverWithoutCheck,
    unknownBackend,
];
/** Every rule id this checker can emit (the static rules plus `haproxy -c` and unreadable files). */
const HAPROXY_RULE_METAS = [HAPROXY_TEST_RULE, HAPROXY_READ_RULE, ...HAPROXY_RULES];

// EXTERNAL MODULE: ./src/kb/rules/index.ts + 16 modules
var rules = __webpack_require__(9849);
// EXTERNAL MODULE: ./src/logs/rules.ts
var logs_rules = __webpack_require__(2052);
// EXTERNAL MODULE: ./src/nginx/rules/index.ts + 18 modules
var nginx_rules = __webpack_require__(2746);
// EXTERNAL MODULE: ./src/policy/rules.ts
var policy_rules = __webpack_require__(1821);
// EXTERNAL MODULE: ./src/probe/rules.ts
var probe_rules = __webpack_require__(7493);
// EXTERNAL MODULE: ./src/tool/rules.ts
var tool_rules = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/catalogue.ts
/**
 * The one rule catalogue: every rule id gatewatch can emit, with its metadata, gathered from each checker's
 * registry. SARIF `tool.driver.rules`, help links, citations and docs/rules/ all read it; a test scans src/
 * so an id cannot be emitted without being listed here (id = registry entry = docs page).
 */







/** Checker name -> its rules, in the order the README and docs list them. */
const RULE_REGISTRIES = {
    kb: rules/* KB_RULE_METAS */.QS,
    nginx: nginx_rules/* NGINX_RULE_METAS */.j,
    haproxy: HAPROXY_RULE_METAS,
    probe: probe_rules/* PROBE_RULES */.$J,
    logs: logs_rules/* LOG_RULES */.l,
    policy: policy_rules/* POLICY_RULES */.b2,
    tool: tool_rules/* TOOL_RULES */.xP,
};
/** Every rule that can appear in a report, for SARIF `tool.driver.rules` and help links. */
function ruleCatalogue() {
    return Object.values(RULE_REGISTRIES).flat();
}

// EXTERNAL MODULE: ./src/cite/cite.ts
var cite = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/finding.ts
var src_finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/files.ts
var src_files = __webpack_require__(9148);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/gateway/haproxy-directives.ts
/**
 * What HAProxy keywords do at `haproxy -c` time, as data (SECURITY.md "inert"). HAProxy has no dynamic
 * module loader: code comes in only through Lua, external programs and OpenSSL engines/providers, so those
 * keywords are removed; so are keywords that touch the environment, the process (user, chroot, daemon)
 * or files outside the config. Keywords not listed are checked by HAProxy's own parser, which rejects
 * unknown ones without running anything, so a typo still reaches the user as `haproxy -c`'s error.
 */
/** Keyword lines removed wherever they appear (first word, or first two words joined by a space). */
const HAPROXY_REMOVED_KEYWORDS = {
    'lua-load': 'code',
    'lua-load-per-thread': 'code',
    'lua-prepend-path': 'code',
    'external-check': 'code',
    'option external-check': 'code',
    'insecure-fork-wanted': 'code',
    'insecure-setuid-wanted': 'code',
    'ssl-engine': 'code',
    'ssl-provider': 'code',
    'ssl-provider-path': 'code',
    'filter spoe': 'code',
    setenv: 'environment',
    presetenv: 'environment',
    resetenv: 'environment',
    unsetenv: 'environment',
    chroot: 'process',
    user: 'process',
    group: 'process',
    uid: 'process',
    gid: 'process',
    daemon: 'process',
    'master-worker': 'process',
    pidfile: 'process',
    'stats socket': 'file',
    'ca-base': 'file',
    'crt-base': 'file',
    'key-base': 'file',
    'server-state-file': 'file',
    'server-state-base': 'file',
    'load-server-state-from-file': 'file',
    'ssl-dh-param-file': 'file',
    'ssl-load-extra-files': 'file',
    'h1-case-adjust-file': 'file',
    '51degrees-data-file': 'file',
    'wurfl-data-file': 'file',
    'deviceatlas-json-file': 'file',
    'backing-file': 'file',
};
/** Sections whose whole body is removed: `program` runs a command under the master process. */
const HAPROXY_REMOVED_SECTIONS = ['program'];
/** Rule keywords whose Lua actions (`http-request lua.x`, `use-service lua.x`) need `lua-load`: removed with it. */
const HAPROXY_RULE_KEYWORDS = ['http-request', 'http-response', 'http-after-response', 'tcp-request', 'tcp-response', 'use-service'];
/*
 * Arguments on `bind`/`server`/`default-server` lines that name a file HAProxy reads while parsing.
 * `cert`: a repository copy, else the throwaway PEM (certificate and key together, as HAProxy loads it);
 * `ca`: a repository copy, else the throwaway certificate; `drop`: a repository copy, else the option is removed.
 */
const HAPROXY_FILE_OPTIONS = {
    crt: 'cert',
    'ca-file': 'ca',
    'ca-verify-file': 'ca',
    'crl-file': 'drop',
    'crt-list': 'drop',
    'issuers-chain-path': 'drop',
};
/** Keywords whose argument at this position is a file read while parsing: a repository copy or an empty stand-in. */
const HAPROXY_FILE_KEYWORDS = {
    errorfile: 1,
};

;// CONCATENATED MODULE: ./src/gateway/inert-haproxy.ts
/**
 * The first wall for HAProxy (DESIGN §11, SECURITY.md): the `haproxy -c` copy is rewritten before the run.
 * Lines that load code, touch the environment or the process, or read files outside the config are
 * blanked (the line stays, empty, so `[file:line]` still maps back); file arguments (`crt`, `ca-file`,
 * `errorfile`, ACL `-f`, `map(…)`) point at repository copies or stand-ins inside the sandbox.
 */



/* `map(file)`, `map_str(file,…)`, `set-map(file)`, `add-acl(file)`…: the first argument is a file. */
const FILE_CALL = /\b((?:map(?:_\w+)?|set-map|del-map|add-acl|del-acl)\()([^,)\s]+)/g;
/** Offset just past the raw word that starts at `start` (quotes and escapes kept together). */
function wordEnd(line, start) {
    let index = start;
    let quote;
    while (index < line.length) {
        const char = line[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === ' ' || char === '\t' || char === '#')
            break;
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === '\\')
            index++;
        index++;
    }
    return index;
}
/** The absolute files a config's arguments name (for the caller to copy from the repository when inside it). */
function haproxyFileArguments(config, baseDir) {
    const out = new Set();
    for (const section of config.sections) {
        for (const directive of section.directives) {
            const words = directive.args.map((word) => word.value);
            words.forEach((word, index) => {
                if (Object.hasOwn(HAPROXY_FILE_OPTIONS, word) && words[index + 1])
                    out.add(external_node_path_default().resolve(baseDir, words[index + 1]));
                if (word === '-f' && words[index + 1])
                    out.add(external_node_path_default().resolve(baseDir, words[index + 1]));
                for (const match of word.matchAll(FILE_CALL))
                    out.add(external_node_path_default().resolve(baseDir, match[2]));
            });
            const at = HAPROXY_FILE_KEYWORDS[directive.keyword];
            if (at !== undefined && words[at])
                out.add(external_node_path_default().resolve(baseDir, words[at]));
        }
    }
    return [...out];
}
function inertHaproxy(config, context) {
    const lines = [...config.lines];
    const removals = [];
    const standIns = [];
    const blank = (line, keyword, reason) => {
        lines[line - 1] = '';
        removals.push({ line, keyword, reason });
    };
    const copyOr = (value, fallback) => context.copies.get(external_node_path_default().resolve(context.baseDir, value)) ?? fallback;
    for (const section of config.sections) {
        if (HAPROXY_REMOVED_SECTIONS.includes(section.keyword)) {
            blank(section.line, section.keyword, 'code');
            for (const directive of section.directives)
                lines[directive.line - 1] = '';
            continue;
        }
        for (const directive of section.directives) {
            const two = `${directive.keyword} ${directive.args[0]?.value ?? ''}`;
            const reason = HAPROXY_REMOVED_KEYWORDS[two] ?? (Object.hasOwn(HAPROXY_REMOVED_KEYWORDS, directive.keyword) ? HAPROXY_REMOVED_KEYWORDS[directive.keyword] : undefined);
            if (reason) {
                blank(directive.line, HAPROXY_REMOVED_KEYWORDS[two] ? two : directive.keyword, reason);
                continue;
            }
            if (HAPROXY_RULE_KEYWORDS.includes(directive.keyword) && directive.args.some((word) => /^lua\./.test(word.value))) {
                blank(directive.line, directive.keyword, 'code');
                continue;
            }
            const copied = (value) => context.copies.has(external_node_path_default().resolve(context.baseDir, value));
            lines[directive.line - 1] = rewriteArguments(lines[directive.line - 1], directive.keyword, context, (value, fallback) => {
                if (!copied(value))
                    standIns.push({ line: directive.line, option: directive.keyword, value });
                return copyOr(value, fallback);
            });
        }
    }
    return { lines, removals, standIns };
}
/** Replaces file arguments on one line, right to left so earlier offsets stay valid. */
function rewriteArguments(source, keyword, context, copyOr) {
    const words = splitWords(source);
    const edits = [];
    const replaceWord = (index, text) => {
        const word = words[index];
        edits.push({ start: word.column - 1, end: wordEnd(source, word.column - 1), text });
    };
    words.forEach((word, index) => {
        const next = words[index + 1];
        if (index > 0 && Object.hasOwn(HAPROXY_FILE_OPTIONS, word.value) && next) {
            const role = HAPROXY_FILE_OPTIONS[word.value];
            const fallback = role === 'cert' ? context.pair?.pem : role === 'ca' ? context.pair?.cert : undefined;
            const replacement = copyOr(next.value, fallback);
            if (replacement)
                replaceWord(index + 1, replacement);
            else
                edits.push({ start: word.column - 1, end: wordEnd(source, next.column - 1), text: '' });
        }
        else if (index > 0 && word.value === '-f' && next) {
            replaceWord(index + 1, copyOr(next.value, context.empty));
        }
        else if (index > 0 && FILE_CALL.test(word.value)) {
            FILE_CALL.lastIndex = 0;
            replaceWord(index, word.value.replace(FILE_CALL, (_all, call, file) => `${call}${copyOr(file, context.empty)}`));
        }
        FILE_CALL.lastIndex = 0;
    });
    const at = HAPROXY_FILE_KEYWORDS[keyword];
    if (at !== undefined && words[at + 1])
        replaceWord(at + 1, copyOr(words[at + 1].value, context.empty));
    let out = source;
    for (const edit of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return out;
}
/** One factual sentence per removed line (the haproxy -c runner turns these into located notices). */
function describeHaproxyRemoval(removal) {
    const name = `"${removal.keyword}"`;
    const why = {
        code: 'it loads or runs code, which gatewatch never does for repository content',
        environment: 'it changes the environment HAProxy expands "${…}" from',
        process: 'it changes the user, root directory or daemon mode of the process',
        file: 'it reads or writes a file outside the config',
    };
    return `haproxy -c ran without ${name} on this line: ${why[removal.reason]}`;
}

// EXTERNAL MODULE: ./src/gateway/isolate.ts
var isolate = __webpack_require__(2647);
// EXTERNAL MODULE: ./src/repo-file.ts
var repo_file = __webpack_require__(8894);
;// CONCATENATED MODULE: ./src/haproxy/test-runner.ts





const HAPROXY_TEST_TIMEOUT_MS = 30_000;
/** Documentation address that never routes (RFC 5737 TEST-NET-1): stands in for hostnames in the sandbox copy. */
const SANDBOX_ADDRESS = '192.0.2.1';
/*
 * Output shape (docs/gateways.md §2.3): `[ALERT]    (PID) : config : parsing [FILE:LINE] : …`; WARNING blocks
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
/** The four file:line shapes of 2.6 (docs/gateways.md §2.3); undefined for the messages that carry no position. */
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
 * HAProxy resolves every `server` hostname through libc while parsing (c06 in docs/gateways.md): on a CI
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
/* Certificates, maps, ACL lists and error files are copied in only from the repository, bounded. */
const MAX_COPIED_FILE_BYTES = 4 * 1024 * 1024;
/** A throwaway certificate and key (HAProxy's `crt` wants both in one PEM), readable by the unprivileged user. */
async function makePair(dir, deps) {
    const cert = `${dir}/stand-in-cert.pem`;
    const key = `${dir}/stand-in-key.pem`;
    const made = await deps.exec('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=gatewatch-sandbox', '-days', '1', '-keyout', key, '-out', cert], { timeoutMs: 20_000 });
    if (made.code !== 0)
        return undefined;
    const pem = `${dir}/stand-in.pem`;
    await deps.writeFile(pem, Buffer.concat([await deps.readFile(cert), await deps.readFile(key)]));
    return { pem, cert };
}
/**
 * Writes the inert sandbox copy to a throwaway dir and runs `haproxy -c [-dW] -f COPY` behind the isolate
 * wall, from the sandbox dir: file arguments already point at copies there (HAProxy resolves relative paths
 * against its working directory, so the repository root is what they are resolved against when copying).
 */
async function runHaproxyTest(config, settings, deps) {
    const sandbox = sandboxConfig(config);
    const dir = await deps.makeTempDir('gatewatch-haproxy-');
    try {
        const baseName = config.path.split('/').pop() || 'haproxy.cfg';
        const checkedFile = `${dir}/${baseName}`;
        const stubbed = parseHaproxyConfig(sandbox.text, config.path);
        const copies = new Map();
        for (const original of haproxyFileArguments(stubbed, settings.cwd)) {
            const read = await (0,repo_file/* readRepoFile */.v)(deps, original, MAX_COPIED_FILE_BYTES);
            if (!read.ok)
                continue;
            const copy = `${dir}/file-${copies.size}-${original.split('/').pop()}`;
            await deps.writeFile(copy, read.data);
            copies.set(original, copy);
        }
        const empty = `${dir}/empty`;
        await deps.writeFile(empty, '');
        const needsPair = /\b(?:crt|ca-file|ca-verify-file)\s/.test(sandbox.text);
        const pair = needsPair ? await makePair(dir, deps) : undefined;
        const inert = inertHaproxy(stubbed, { baseDir: settings.cwd, copies, ...(pair ? { pair } : {}), empty });
        await deps.writeFile(checkedFile, inert.lines.join('\n'));
        // `-dW` (zero-warning mode): warnings make `-c` exit 1, as HAProxy would refuse to start.
        const args = ['-c', ...(settings.warningsAsErrors ? ['-dW'] : []), '-f', checkedFile];
        const result = await (0,isolate/* runIsolated */.Tr)(settings.binary, args, { timeoutMs: HAPROXY_TEST_TIMEOUT_MS, cwd: dir, sandboxDir: dir, exec: deps.exec });
        if (result.spawnError === 'ENOENT')
            return { kind: 'missing-binary', detail: `"${settings.binary}" was not found` };
        if (result.spawnError)
            return { kind: 'failed', detail: `could not start "${settings.binary}": ${result.spawnError}` };
        if (result.timedOut)
            return { kind: 'failed', detail: `"${settings.binary} -c" did not finish within ${HAPROXY_TEST_TIMEOUT_MS / 1000} s` };
        const output = `${result.stdout}\n${result.stderr}`.split(`${dir}/`).join('<sandbox>/');
        const findings = haproxyTestFindings({ config, checkedFile: `<sandbox>/${baseName}`, output, warningsAsErrors: settings.warningsAsErrors });
        for (const standIn of inert.standIns) {
            findings.push({
                ruleId: HAPROXY_TEST_RULE.id,
                severity: 'warning',
                message: `haproxy -c used a stand-in for "${standIn.value}": it is not a regular file inside the repository; check that it exists on the real host`,
                location: { path: config.path, line: standIn.line },
            });
        }
        for (const removal of inert.removals) {
            findings.push({ ruleId: HAPROXY_TEST_RULE.id, severity: 'notice', message: describeHaproxyRemoval(removal), location: { path: config.path, line: removal.line } });
        }
        if (result.code !== 0 && findings.every((finding) => finding.severity === 'notice')) {
            // Exit 1 with no message we understood: still a rejection, located at the top of the file.
            // (When every message was an environment alert, those warnings already explain the exit status.)
            findings.push({
                ruleId: HAPROXY_TEST_RULE.id,
                severity: 'error',
                message: `haproxy -c exited with status ${result.code} and no recognised message: "${output.trim().split('\n').pop() ?? ''}"; run "haproxy -c -f ${config.path}" locally`,
                location: { path: config.path, line: 1 },
            });
        }
        return { kind: 'ran', findings, hosts: sandbox.hosts, hostLines: sandbox.hostLines, isolation: result.isolation };
    }
    finally {
        await deps.removeDir(dir);
    }
}

;// CONCATENATED MODULE: ./src/haproxy/check.ts
/** The HAProxy checker: static rules on every matched config plus the real `haproxy -c` (test: auto|always|never). */











/* The same cap as one nginx config file (DEFAULT_PARSE_LIMITS.maxFileBytes), enforced while reading. */
const MAX_HAPROXY_CONFIG_BYTES = 16 * 1024 * 1024;
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
    const expanded = await (0,src_files/* expandGlobs */.G)(settings.paths, deps, 'haproxy', options.limits.maxFiles, options.emptyGlob);
    const files = expanded.paths;
    const findings = [...expanded.findings];
    let binaryMissing = false;
    /** Replaced server hostnames, each at the first server line that names it. */
    const unverifiedHosts = new Map();
    const isolation = [];
    for (const path of files) {
        const read = await (0,repo_file/* readRepoFile */.v)(deps, path, MAX_HAPROXY_CONFIG_BYTES);
        if (!read.ok) {
            findings.push({
                ruleId: HAPROXY_READ_RULE.id,
                severity: 'error',
                message: `cannot read HAProxy config "${path}": ${read.reason}; check the path and permissions`,
                location: { path, line: 1 },
            });
            continue;
        }
        const text = read.data.toString('utf8');
        const config = parseHaproxyConfig(text, path);
        const staticFindings = (0,rule/* runRules */.xG)(HAPROXY_RULES, { config }, { path, line: 1 }).map(rule/* toFinding */.N6);
        let testFindings = [];
        if (settings.test !== 'never' && !binaryMissing) {
            const outcome = await runHaproxyTest(config, { binary: settings.binary, warningsAsErrors: settings.warningsAsErrors, cwd: options.cwd }, deps);
            if (outcome.kind === 'ran') {
                testFindings = outcome.findings;
                isolation.push(outcome.isolation);
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
    // One notice for the run, not one per file, when this machine could not put every wall up.
    const gap = (0,isolate/* isolationNotice */.Xc)(isolation);
    if (gap)
        findings.push({ ruleId: HAPROXY_TEST_RULE.id, severity: 'notice', message: gap.replace('The gateway binary ran', 'haproxy -c ran') });
    return { findings, files: files.length };
}

// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
;// CONCATENATED MODULE: ./src/run.ts
/** The one pipeline the action and the CLI share: checkers -> findings -> citations -> RunResult. */






/** Re-exported: the action and `explain` load the catalogue through the pipeline's module. */

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
        const kb = await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(892), __webpack_require__.e(577), __webpack_require__.e(720), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 5721))).checkKb(options, deps);
        (0,collections/* pushAll */.i)(findings, kb.findings);
        records = kb.records;
        files += kb.files.length;
    }
    let configs = [];
    if (options.nginx.paths.length > 0) {
        const nginx = await (await Promise.all(/* import() */[__webpack_require__.e(185), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 401))).checkNginx(options, deps);
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
    // Citations join each finding to the KB entries that explain it (docs/design.md §7); the KB is the one just checked.
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

export const id = 972;
export const ids = [972];
export const modules = {

/***/ 8998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ readAlbLine),
/* harmony export */   xl: () => (/* binding */ parseAlbLine),
/* harmony export */   yb: () => (/* binding */ classifyAlbLine)
/* harmony export */ });
/* unused harmony exports ALB_FIELD, splitAlbFields, classifyAlbRecord */
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(906);

/* 1-based positions of the documented fields we read (AWS access-log table). */
const ALB_FIELD = {
    type: 1,
    time: 2,
    elb: 3,
    client: 4,
    target: 5,
    requestProcessingTime: 6,
    targetProcessingTime: 7,
    responseProcessingTime: 8,
    elbStatusCode: 9,
    targetStatusCode: 10,
    request: 13,
    targetGroupArn: 17,
    requestCreationTime: 22,
    actionsExecuted: 23,
    errorReason: 25,
    targetList: 26,
    targetStatusList: 27,
};
/*
 * Fields 1–25 carry everything the classification needs; 26–30 came later (target lists 2019,
 * classification 2020, conn_trace_id 2024). AWS: "ignore any fields at the end of the log entry
 * that you were not expecting", so extra trailing fields are fine and fewer than 25 means a cut line.
 */
const MIN_FIELDS = 25;
const MAX_FIELDS = 64;
const TYPES = new Set(['http', 'https', 'h2', 'grpcs', 'ws', 'wss']);
/*
 * The connect timeout and the target TLS-handshake timeout are both 10 s and cannot be changed
 * (KC 504: "You can't adjust the 10-second SSL handshake timeout"); anything under a second is a refusal or reset.
 */
const CONNECT_TIMEOUT_S = 10;
const FAST_S = 1;
/**
 * Splits a line into fields: space separated, `"…"` grouping (user agent, request, target lists
 * contain spaces). Offsets only, so a million ordinary lines allocate no substrings.
 * Returns the field count, or −(count + 1) when the last field opens a quote that never closes (a cut line).
 */
function splitAlbFields(text, starts, ends) {
    let count = 0;
    let index = 0;
    const length = text.length;
    while (index < length && count < MAX_FIELDS) {
        while (index < length && text.charCodeAt(index) === 32)
            index += 1;
        if (index >= length)
            break;
        if (text.charCodeAt(index) === 34) {
            const close = text.indexOf('"', index + 1);
            if (close < 0)
                return -(count + 1);
            starts[count] = index + 1;
            ends[count] = close;
            index = close + 1;
        }
        else {
            let end = text.indexOf(' ', index);
            if (end < 0)
                end = length;
            starts[count] = index;
            ends[count] = end;
            index = end;
        }
        count += 1;
    }
    return count;
}
const starts = new Int32Array(MAX_FIELDS);
const ends = new Int32Array(MAX_FIELDS);
function elapsedSeconds(time, created) {
    const end = Date.parse(time);
    const start = Date.parse(created);
    return Number.isNaN(end) || Number.isNaN(start) ? undefined : (end - start) / 1000;
}
/** Parses one line; lines whose `elb_status_code` is below 500 stop early (the fast path for healthy traffic). */
function parse(text, full) {
    const split = splitAlbFields(text, starts, ends);
    const unclosed = split < 0;
    const count = unclosed ? -split - 1 : split;
    const field = (position) => (position <= count ? text.slice(starts[position - 1], ends[position - 1]) : '');
    const type = count > 0 ? field(ALB_FIELD.type) : '';
    if (!TYPES.has(type) || count < 3 || !/^\d{4}-\d\d-\d\dT/.test(field(ALB_FIELD.time)))
        return { kind: 'foreign' };
    if (unclosed || count < MIN_FIELDS) {
        return { kind: 'warning', reason: `truncated ALB log line (${unclosed ? 'unclosed quote' : `${count} of ${MIN_FIELDS}+ fields`})` };
    }
    const elbText = field(ALB_FIELD.elbStatusCode);
    const elbStatus = Number(elbText);
    if (!/^\d{3}$/.test(elbText)) {
        // `-` is documented for elb_status_code only on HTTP/2 GOAWAY-style aborts; anything else is damage.
        return elbText === '-' ? { kind: 'ok' } : { kind: 'warning', reason: `elb_status_code "${elbText}" is not a status code` };
    }
    if (elbStatus < 500 && !full)
        return { kind: 'ok' };
    const targetText = field(ALB_FIELD.targetStatusCode);
    const times = [ALB_FIELD.requestProcessingTime, ALB_FIELD.targetProcessingTime, ALB_FIELD.responseProcessingTime].map((position) => Number(field(position)));
    const time = field(ALB_FIELD.time);
    const requestCreationTime = field(ALB_FIELD.requestCreationTime);
    const elapsedS = elapsedSeconds(time, requestCreationTime);
    return {
        kind: 'record',
        record: {
            type,
            time,
            target: field(ALB_FIELD.target),
            processingTimes: times,
            elbStatus,
            ...(/^\d{3}$/.test(targetText) ? { targetStatus: Number(targetText) } : {}),
            request: field(ALB_FIELD.request),
            targetGroupArn: field(ALB_FIELD.targetGroupArn),
            requestCreationTime,
            actions: field(ALB_FIELD.actionsExecuted),
            errorReason: field(ALB_FIELD.errorReason),
            targetList: field(ALB_FIELD.targetList),
            ...(elapsedS !== undefined ? { elapsedS } : {}),
        },
    };
}
/** Parses every field the classifier uses, whatever the status (for tests and tooling). */
function parseAlbLine(text) {
    const parsed = parse(text, true);
    return parsed.kind === 'record' ? parsed.record : undefined;
}
/* error_reason for Lambda targets (GATEWAYS.md §1.3): the function's answer was unusable, or the platform timed out. */
function lambdaClass(reason) {
    if (reason === 'LambdaInvalidResponse' || reason === 'LambdaResponseTooLarge')
        return { class: 'bad_response', why: reason };
    if (reason === 'LambdaConnectionTimeout')
        return { class: 'timeout_connect', why: reason };
    return { class: 'upstream_5xx', why: reason };
}
/**
 * ALB evidence → class (GATEWAYS.md §1.7). The timings cannot separate "refused" from "closed early"
 * (both `-1 -1 -1`), so the elapsed time decides: ≈0 s refused/reset on connect, ≈10 s connect or
 * TLS-handshake timeout, longer means the target accepted and then closed (502) or never answered (504, idle timeout).
 */
function classifyAlbRecord(record) {
    const { elbStatus, targetStatus, elapsedS } = record;
    if (elbStatus < 500)
        return undefined;
    if (targetStatus !== undefined) {
        // Both codes set: the target answered; an equal 5xx is the target's own error (KC 502: "the target generated it").
        return targetStatus >= 500 ? { class: 'upstream_5xx', why: `target sent ${targetStatus}` } : { class: 'bad_response', why: `target sent ${targetStatus}, load balancer sent ${elbStatus}` };
    }
    if (record.errorReason.startsWith('Lambda'))
        return lambdaClass(record.errorReason);
    const noTarget = record.target === '-';
    const unanswered = record.processingTimes.every((value) => value === -1);
    const nearConnectTimeout = elapsedS !== undefined && Math.abs(elapsedS - CONNECT_TIMEOUT_S) < 0.5;
    const elapsedText = elapsedS === undefined ? 'elapsed unknown' : `elapsed ${elapsedS.toFixed(3)} s`;
    switch (elbStatus) {
        case 502:
            if (noTarget)
                return { class: 'bad_response', why: 'no target chosen' };
            if (!unanswered)
                return { class: 'bad_response', why: 'target answered with a malformed response' };
            if (nearConnectTimeout)
                return { class: 'tls_protocol', why: `${elapsedText}: the 10 s TLS handshake timeout` };
            if (elapsedS === undefined || elapsedS < FAST_S)
                return { class: 'refused', why: `${elapsedText}: connection refused or reset` };
            return { class: 'closed_early', why: `${elapsedText}: target closed the connection with the request outstanding` };
        case 503:
            // "The target groups for the load balancer have no registered targets"; a fixed-response 503 is configured, not a failure.
            if (record.actions.split(',').includes('fixed-response'))
                return undefined;
            return { class: 'no_live_upstream', why: noTarget ? 'no registered targets' : 'target unavailable' };
        case 504:
            if (noTarget)
                return { class: 'timeout_headers', why: 'no target answered in time' };
            if (nearConnectTimeout)
                return { class: 'timeout_connect', why: `${elapsedText}: the 10 s connect timeout` };
            return { class: 'timeout_headers', why: `${elapsedText}: no response before the idle timeout` };
        default:
            // 500 (WAF, IdP), 505, 561 …: generated by the load balancer for reasons other than its targets.
            return { class: 'http_status', why: `load balancer generated ${elbStatus}` };
    }
}
function timingText(record) {
    return record.processingTimes.map((value) => (Number.isNaN(value) ? '-' : String(value))).join(' ');
}
/** Reads one ALB access-log line; never throws. */
function readAlbLine(text, line) {
    const parsed = parse(text, false);
    if (parsed.kind === 'foreign')
        return _verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .FOREIGN */ .n;
    if (parsed.kind === 'ok')
        return _verdict_js__WEBPACK_IMPORTED_MODULE_0__.OK;
    if (parsed.kind === 'warning')
        return parsed;
    const record = parsed.record;
    const classification = classifyAlbRecord(record);
    if (!classification)
        return _verdict_js__WEBPACK_IMPORTED_MODULE_0__.OK;
    const event = {
        format: 'alb',
        line,
        text,
        class: classification.class,
        signature: `elb_status_code=${record.elbStatus} target_status_code=${record.targetStatus ?? '-'} processing_times=${timingText(record)} (${classification.why})`,
        httpStatus: record.elbStatus,
        time: record.time,
        ...(record.target !== '-' ? { upstream: record.target } : {}),
    };
    return { kind: 'event', event };
}
/** The shared classifier shape (src/logs/types.ts), for the probe runner's `gateway_log`. */
const classifyAlbLine = (text, line) => {
    const verdict = readAlbLine(text, line);
    return verdict.kind === 'event' ? verdict.event : undefined;
};


/***/ }),

/***/ 9972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ LOG_FORMATS),
/* harmony export */   D7: () => (/* binding */ DETECT_SAMPLE),
/* harmony export */   O: () => (/* binding */ LOG_CLASSIFIERS),
/* harmony export */   ng: () => (/* binding */ detectLogFormat),
/* harmony export */   wW: () => (/* binding */ LOG_READERS)
/* harmony export */ });
/* harmony import */ var _alb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8998);
/* harmony import */ var _haproxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(978);
/* harmony import */ var _nginx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1831);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(906);
/** Picks the log format from a sample of lines, and gives the line reader for each format. */




/* nginx error.log: `2026/11/27 07:00:00 [error] 12#12: …` (ngx_log_error_core). */
const NGINX_ERROR_LINE = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[\w+\] \d+#\d+: /;
const readNginxLine = (text, line) => {
    const event = (0,_nginx_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyNginxLine */ .Dw)(text, line);
    if (event)
        return { kind: 'event', event };
    return NGINX_ERROR_LINE.test(text) ? _verdict_js__WEBPACK_IMPORTED_MODULE_3__.OK : _verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .FOREIGN */ .n;
};
const LOG_READERS = {
    nginx: readNginxLine,
    haproxy: _haproxy_js__WEBPACK_IMPORTED_MODULE_1__/* .readHaproxyLine */ .wX,
    alb: _alb_js__WEBPACK_IMPORTED_MODULE_0__/* .readAlbLine */ .Os,
};
/** The classifiers the probe runner calls on `gateway_log` lines (LogLineClassifier from types.ts). */
const LOG_CLASSIFIERS = {
    nginx: _nginx_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyNginxLine */ .Dw,
    haproxy: _haproxy_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyHaproxyLine */ .ez,
    alb: _alb_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAlbLine */ .yb,
};
const LOG_FORMATS = ['nginx', 'haproxy', 'alb'];
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

/***/ 978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ parseHaproxyRequest),
/* harmony export */   ez: () => (/* binding */ classifyHaproxyLine),
/* harmony export */   wX: () => (/* binding */ readHaproxyLine)
/* harmony export */ });
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(906);

/*
 * httplog: `%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq [{hdrs}] %{+Q}r`.
 * Anything may precede the client address (syslog `haproxy[pid]:`, `docker compose logs` service prefix),
 * so the pattern is anchored on the bracketed date instead of the line start.
 */
const HTTPLOG = /(?:^|\s)(\S+:\d+) \[(\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d(?:\.\d+)?)\] (\S+) ([^\s/]+)\/(\S+) (-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+)\/\+?(-?\d+) (-?\d+) \+?\d+ \S+ \S+ (\S+) \d+\/\d+\/\d+\/\d+\/\+?(\d+) \d+\/\d+(?: \{[^}]*\})*(?: "([^"]*)"?)?/;
/* tcplog: `%ci:%cp [%t] %ft %b/%s %Tw/%Tc/%Tt %B %ts %ac/%fc/%bc/%sc/%rc %sq/%bq`. */
const TCPLOG = /(?:^|\s)(\S+:\d+) \[(\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d(?:\.\d+)?)\] (\S+) ([^\s/]+)\/(\S+) (-?\d+)\/(-?\d+)\/\+?(-?\d+) \+?\d+ (\S+) \d+\/\d+\/\d+\/\d+\/\+?(\d+) \d+\/\d+/;
/* Health checks (src/check.c): `Server be/s1 is DOWN, reason: Layer7 wrong status, code: 404, info: "Not Found", check duration: 15ms. …` */
const HEALTH_DOWN = /Server ([^\s/]+)\/(\S+) is DOWN, reason: ([^,.]+)(?:, code: (\d+))?(?:, info: "([^"]*)")?/;
const NO_SERVER = /backend '?([^\s']+)'? has no server available!/;
const HEALTH_OTHER = /Server [^\s/]+\/\S+ is (?:UP|going DOWN|DOWN for maintenance|UP \(leaving forced)|Health check for server/;
/* A date in HAProxy's own `[27/Nov/2026:07:05:56.542]` form with nothing parseable after it: a cut line. */
const BRACKET_DATE = /\S+:\d+ \[\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d/;
/* configuration.txt §8.5: the documented first (event) and second (session state) characters. */
const FIRST = new Set([...'CSPLRIDUKcs-']);
const SECOND = new Set([...'RQCHDLT-']);
function parseHaproxyRequest(text) {
    const http = HTTPLOG.exec(text);
    if (http) {
        return {
            client: http[1],
            time: http[2],
            frontend: http[3],
            backend: http[4],
            server: http[5],
            timers: [http[6], http[7], http[8], http[9], http[10]].map(Number),
            status: Number(http[11]),
            termination: http[12],
            retries: Number(http[13]),
            ...(http[14] !== undefined ? { request: http[14] } : {}),
        };
    }
    const tcp = TCPLOG.exec(text);
    if (!tcp)
        return undefined;
    return {
        client: tcp[1],
        time: tcp[2],
        frontend: tcp[3],
        backend: tcp[4],
        server: tcp[5],
        timers: [tcp[6], tcp[7], tcp[8]].map(Number),
        termination: tcp[9],
        retries: Number(tcp[10]),
    };
}
/**
 * Termination state → failure class, after the §8.5 table and the measured statuses (GATEWAYS.md §2.2):
 * `SC` refused (or `<NOSRV>`: nothing usable), `sC` connect timeout, `SH` server closed before headers,
 * `sH` server timeout (504), `PH` invalid response (502), `sQ` queue timeout (503 `<NOSRV>`),
 * data-phase aborts cut the body. Client-side (`C`/`c`), local (`L`) and admin (`K`, `U`) endings are not gateway failures.
 */
function terminationClass(flags, noServer) {
    const [event, state] = [flags[0], flags[1]];
    if ('CcLKU-'.includes(event))
        return 'ok';
    if (event === 'S') {
        if (state === 'C')
            return noServer ? 'no_live_upstream' : 'refused';
        if (state === 'H')
            return 'closed_early';
        if (state === 'D' || state === 'L')
            return 'truncated_body';
        if (state === 'Q')
            return 'no_live_upstream';
        return 'closed_early';
    }
    if (event === 's') {
        if (state === 'C')
            return 'timeout_connect';
        if (state === 'Q')
            return 'no_live_upstream';
        if (state === 'D' || state === 'L')
            return 'truncated_body';
        return 'timeout_headers';
    }
    if (event === 'P')
        return state === 'H' || state === 'D' ? 'bad_response' : state === 'C' ? 'refused' : 'ok';
    // D: killed because the server went down; R: local resources (sockets, ports) exhausted; I: internal error.
    if (event === 'D')
        return 'no_live_upstream';
    return 'http_status';
}
/** Health-check reason (check_statuses[] in src/check.c) → the class a probe of that server would get. */
function healthClass(reason, info) {
    switch (reason.trim()) {
        case 'Layer4 connection problem':
            return info && /unreachable|No route/i.test(info) ? 'unreachable' : 'refused';
        case 'Layer4 timeout':
            return 'timeout_connect';
        case 'Layer6 invalid response':
        case 'Layer6 timeout':
            return 'tls_protocol';
        case 'Layer7 timeout':
            return 'timeout_headers';
        case 'Layer7 invalid response':
            return 'bad_response';
        case 'Layer7 wrong status':
            return 'http_status';
        case 'Socket error':
            return 'unreachable';
        default:
            return undefined;
    }
}
function event(text, line, fields) {
    return { kind: 'event', event: { format: 'haproxy', line, text, ...fields } };
}
/** Reads one line of a HAProxy log (stdout, syslog or `docker compose logs`); never throws. */
function readHaproxyLine(text, line) {
    const request = parseHaproxyRequest(text);
    if (request)
        return requestVerdict(request, text, line);
    const down = HEALTH_DOWN.exec(text);
    if (down) {
        const [, backend, server, reason, code, info] = down;
        const klass = healthClass(reason, info);
        if (!klass)
            return { kind: 'warning', reason: `unknown health-check reason "${reason.trim()}"` };
        return event(text, line, {
            class: klass,
            signature: down[0],
            upstream: `${backend}/${server}`,
            ...(code !== undefined ? { httpStatus: Number(code) } : {}),
        });
    }
    const noServer = NO_SERVER.exec(text);
    if (noServer) {
        return event(text, line, { class: 'no_live_upstream', signature: noServer[0], upstream: `${noServer[1]}/<NOSRV>`, httpStatus: 503 });
    }
    if (HEALTH_OTHER.test(text))
        return _verdict_js__WEBPACK_IMPORTED_MODULE_0__.OK;
    if (BRACKET_DATE.test(text))
        return { kind: 'warning', reason: 'truncated or unrecognised HAProxy log line' };
    return _verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .FOREIGN */ .n;
}
function requestVerdict(request, text, line) {
    const flags = request.termination;
    const httpMode = request.status !== undefined;
    if ((httpMode && flags.length !== 4) || (!httpMode && flags.length !== 2) || !FIRST.has(flags[0]) || !SECOND.has(flags[1])) {
        return { kind: 'warning', reason: `unknown termination state "${flags}"` };
    }
    const noServer = request.server === '<NOSRV>';
    let klass = terminationClass(flags, noServer);
    // A normal ending with a 5xx from a real server: the upstream's own error passed through (`----`, GATEWAYS.md r12).
    if (klass === 'ok' && flags[0] === '-' && (request.status ?? 0) >= 500 && !request.server.startsWith('<'))
        klass = 'upstream_5xx';
    if (klass === 'ok')
        return _verdict_js__WEBPACK_IMPORTED_MODULE_0__.OK;
    const where = `${request.backend}/${request.server}`;
    return event(text, line, {
        class: klass,
        signature: `${where} ${request.status ?? '-'} ${flags}`,
        upstream: where,
        ...(request.status !== undefined ? { httpStatus: request.status } : {}),
        haproxyTermination: flags,
        time: request.time,
    });
}
/** The shared classifier shape (src/logs/types.ts), for the probe runner's `gateway_log`. */
const classifyHaproxyLine = (text, line) => {
    const verdict = readHaproxyLine(text, line);
    return verdict.kind === 'event' ? verdict.event : undefined;
};


/***/ }),

/***/ 1831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ classifyNginxLine),
/* harmony export */   MF: () => (/* binding */ contextField)
/* harmony export */ });
/* unused harmony export upstreamAddress */
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
    { pattern: /upstream sent (?:no valid HTTP\/1\.0 header|too big header|invalid header|invalid status|invalid chunked response|duplicate header line|unexpected FastCGI record)/, class: 'bad_response', httpStatus: 502 },
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
/** One context field (`request`, `upstream`, `host`, …) of an error line, unquoted. */
function contextField(text, name) {
    const match = new RegExp(`, ${name}: "([^"]*)"`).exec(text);
    return match?.[1];
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
        const upstream = contextField(text, 'upstream');
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


/***/ }),

/***/ 906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ OK),
/* harmony export */   n: () => (/* binding */ FOREIGN)
/* harmony export */ });
const OK = { kind: 'ok' };
const FOREIGN = { kind: 'foreign' };


/***/ })

};

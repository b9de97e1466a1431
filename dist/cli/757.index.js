export const id = 757;
export const ids = [757];
export const modules = {

/***/ 2168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D7: () => (/* binding */ DETECT_SAMPLE),
  O: () => (/* binding */ LOG_CLASSIFIERS),
  CD: () => (/* binding */ LOG_FORMATS),
  wW: () => (/* binding */ LOG_READERS),
  ng: () => (/* binding */ detectLogFormat)
});

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

/***/ 4757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nodeProbeRuntime: () => (/* binding */ nodeProbeRuntime),
  runProbes: () => (/* binding */ runProbes)
});

// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: ./src/logs/detect.ts + 1 modules
var detect = __webpack_require__(2168);
;// CONCATENATED MODULE: ./src/probe/attempt.ts
const round = (ms) => Math.round(ms * 10) / 10;
/**
 * Per-phase durations like blackbox_exporter's `probe_http_duration_seconds{phase}`: dns is 0 for an
 * IP literal (no lookup happens), null for a phase the attempt never reached.
 */
function phaseTimings(marks, hostIsLiteral) {
    const dnsEnd = marks.lookup ?? (hostIsLiteral ? marks.start : undefined);
    const connectEnd = marks.connect;
    const tlsEnd = marks.secure;
    const headersFrom = tlsEnd ?? connectEnd;
    return {
        dns: dnsEnd === undefined ? null : round(dnsEnd - marks.start),
        connect: connectEnd === undefined || dnsEnd === undefined ? null : round(connectEnd - dnsEnd),
        tls: tlsEnd === undefined || connectEnd === undefined ? null : round(tlsEnd - connectEnd),
        ttfb: marks.response === undefined || headersFrom === undefined ? null : round(marks.response - headersFrom),
        total: round(marks.end - marks.start),
    };
}
/** Message of an error from any realm (`instanceof Error` fails across vm contexts, e.g. under jest). */
function errorMessage(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
function describeError(error) {
    const code = error.code;
    const message = errorMessage(error);
    return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}

;// CONCATENATED MODULE: ./src/probe/diagnosis.ts
function diagnose(via, direct) {
    if (!via.ok && !direct.ok)
        return 'upstream_down';
    if (!via.ok)
        return 'gateway_misconfigured';
    if (!direct.ok)
        return 'gateway_masks_failure';
    return 'pass';
}
const DIAGNOSIS_TEXT = {
    // Both sides fail: the fault is behind the gateway, so reloading or restarting it changes nothing.
    upstream_down: 'the upstream fails on its own too, so restarting or reloading the gateway is a dead end; fix the upstream',
    gateway_misconfigured: "the upstream answers directly, so the gateway is misconfigured; check the gateway's upstream host and port, DNS resolution and TLS settings",
    gateway_masks_failure: 'the gateway hides a failing upstream (failover to another server, or TLS verification off); fix the upstream before the fallback fails too',
    pass: 'both sides pass',
};
/*
 * Classes a HAProxy termination state cannot tell apart (configuration.txt §8.5, GATEWAYS.md §2.2):
 * `SH` is a close or a reset before the headers (or a TLS port reached without `ssl`); `SC` is a refusal,
 * but also what HAProxy logs for a failed TLS handshake or verification and a kernel connect timeout.
 * When the direct probe of the same upstream saw one of these, its class is the finer reading.
 */
const REFINABLE_BY_DIRECT = {
    SH: ['closed_early', 'reset', 'tls_protocol', 'bad_response'],
    SC: ['refused', 'timeout_connect', 'tls_verify', 'tls_protocol', 'unreachable'],
};
/**
 * The class a pair's finding carries: what the gateway log says first (it saw the real upstream
 * error behind a generic 502), refined by the direct side where the log is ambiguous, then the
 * direct side (the upstream's own failure), then the via side.
 */
function pairClass(diagnosis, via, direct, logClass, haproxyTermination) {
    switch (diagnosis) {
        case 'upstream_down': {
            const refinable = haproxyTermination ? REFINABLE_BY_DIRECT[haproxyTermination.slice(0, 2)] : undefined;
            if (logClass && refinable?.includes(logClass) && direct.class && refinable.includes(direct.class))
                return direct.class;
            return logClass ?? direct.class ?? via.class;
        }
        case 'gateway_misconfigured':
            return logClass ?? via.class;
        case 'gateway_masks_failure':
            return direct.class;
        case 'pass':
            return null;
    }
}

// EXTERNAL MODULE: ./src/failure-class.ts
var failure_class = __webpack_require__(3392);
// EXTERNAL MODULE: ./src/probe/rules.ts
var rules = __webpack_require__(7493);
;// CONCATENATED MODULE: ./src/probe/findings.ts



/** `"http://…" answered 502 from the gateway` / `"http://…" refused the connection`. */
function describeOutcome(result) {
    const target = JSON.stringify(result.url);
    if (result.ok)
        return result.status === null ? `${target} connected` : `${target} answered ${result.status}`;
    if (result.class === null)
        return `${target} was skipped`;
    if (result.status !== null && result.class !== 'truncated_body') {
        const origin = result.bodyOrigin === 'gateway' ? ' from the gateway' : result.status >= 500 ? ' from the upstream' : '';
        return `${target} answered ${result.status}${origin}`;
    }
    if (result.class === 'truncated_body' && result.status !== null)
        return `${target} answered ${result.status} but cut the body short`;
    return `${target} ${(0,failure_class/* failureClass */.fI)(result.class).outcome}`;
}
function evidence(result, log) {
    const parts = [...result.assertions];
    if (log)
        parts.push(`gateway logged ${JSON.stringify(log.signature)}`);
    return parts.join(', ');
}
/**
 * Signals for citations (DESIGN §7): the probe's own status, else the one the gateway answers with for
 * that log line (a direct probe of an upstream has no gateway status of its own).
 */
function signalsOf(probeClass, status, log, side) {
    return {
        probe: probeClass,
        ...(status !== null ? { httpStatus: status } : log?.httpStatus !== undefined ? { httpStatus: log.httpStatus } : {}),
        // The whole line: citation reads it with the same extractor the KB linter checks signals with.
        ...(log ? { log: log.text, gateway: log.format } : {}),
        ...(log?.haproxyTermination ? { haproxyTermination: log.haproxyTermination } : {}),
        ...(side ? { side } : {}),
    };
}
function locationOf(spec) {
    if (!spec.origin)
        return undefined;
    return { path: spec.origin.path, line: spec.origin.line, ...(spec.origin.column ? { column: spec.origin.column } : {}) };
}
function finding(spec, probeClass, severity, message, signals) {
    const location = locationOf(spec);
    return { ruleId: (0,rules/* probeRuleId */.YQ)(probeClass), severity, message, ...(location ? { location } : {}), signals };
}
/** Finding for a probe without a `direct` partner; undefined when it passed. */
function singleFinding(spec, result, log) {
    if (result.ok || result.class === null)
        return undefined;
    const probeClass = result.class;
    if (probeClass === 'blocked_target') {
        // Nothing was sent, so there is no outcome to describe: the refusal itself is the message.
        const message = `Probe ${JSON.stringify(spec.name)} was not run: ${result.error ?? `refused to probe ${JSON.stringify(result.url)}`}; ${(0,failure_class/* failureClass */.fI)('blocked_target').advice}`;
        return finding(spec, probeClass, (0,rules/* probeRuleSeverity */.A9)(probeClass), message, signalsOf(probeClass, null, undefined));
    }
    const message = `Probe ${JSON.stringify(spec.name)} failed: ${describeOutcome(result)} (class ${probeClass}; ${evidence(result, log)}); ` +
        (0,failure_class/* failureClass */.fI)(probeClass).advice;
    return finding(spec, probeClass, (0,rules/* probeRuleSeverity */.A9)(probeClass), message, signalsOf(probeClass, result.status, log));
}
/** Finding for a `via`/`direct` pair, carrying the differential diagnosis; undefined when both pass. */
function pairFinding(spec, via, direct, diagnosis, probeClass, log) {
    if (diagnosis === 'pass' || probeClass === null)
        return undefined;
    const viaText = `through the gateway (${describeOutcome(via)})`;
    const directText = `directly (${describeOutcome(direct)})`;
    const sides = diagnosis === 'upstream_down'
        ? `fails ${viaText} and ${directText}`
        : diagnosis === 'gateway_misconfigured'
            ? `fails ${viaText} but passes ${directText}`
            : `passes ${viaText} but fails ${directText}`;
    const failing = diagnosis === 'gateway_masks_failure' ? direct : via;
    const message = `Probe ${JSON.stringify(spec.name)} ${sides}, class ${probeClass} (${evidence(failing, log)}): ` +
        `${DIAGNOSIS_TEXT[diagnosis]}${diagnosis === 'upstream_down' ? ` (${(0,failure_class/* failureClass */.fI)(probeClass).advice})` : ''}`;
    // A masked failure still serves traffic: warn, since the next failure of the fallback is an outage.
    const severity = diagnosis === 'gateway_masks_failure' ? 'warning' : (0,rules/* probeRuleSeverity */.A9)(probeClass);
    const status = via.status ?? direct.status;
    // The direct probe tells the side: it passed, so the gateway's own setup is at fault; it failed too, so the upstream is.
    const side = diagnosis === 'gateway_misconfigured' ? 'gateway' : 'upstream';
    return finding(spec, probeClass, severity, message, signalsOf(probeClass, status, log, side));
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/probe/gateway-log.ts
/**
 * `gateway_log: FILE`: remember the log's size before probing, read only what was appended during
 * the probe window, and classify those lines. nginx writes error_log lines unbuffered, before it
 * sends the 502/504 to the client, so a probe's line is on disk by the time the probe returns.
 */


const nodeLogReader = {
    async size(filePath) {
        try {
            const handle = await (0,external_node_fs_promises_.open)(filePath, 'r');
            try {
                return (await handle.stat()).size;
            }
            finally {
                await handle.close();
            }
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    },
    async read(filePath, position, length) {
        const handle = await (0,external_node_fs_promises_.open)(filePath, 'r');
        try {
            const buffer = Buffer.alloc(length);
            const { bytesRead } = await handle.read(buffer, 0, length, position);
            return buffer.subarray(0, bytesRead);
        }
        finally {
            await handle.close();
        }
    },
};
/** At most this much appended text is examined: a probe run writes a few lines, not megabytes. */
const MAX_APPENDED_BYTES = 8 * 1024 * 1024;
const COUNT_CHUNK = 1024 * 1024;
async function openLogWindow(cwd, logPath, reader) {
    const filePath = external_node_path_default().resolve(cwd, logPath);
    return { filePath, displayPath: logPath, startSize: (await reader.size(filePath)) ?? 0 };
}
async function countLines(reader, filePath, end) {
    let lines = 0;
    // Bounded: one pass over the bytes before the window, in 1 MiB reads.
    for (let position = 0; position < end; position += COUNT_CHUNK) {
        const chunk = await reader.read(filePath, position, Math.min(COUNT_CHUNK, end - position));
        if (chunk.length === 0)
            break;
        for (const byte of chunk)
            if (byte === 0x0a)
                lines += 1;
    }
    return lines;
}
/** Classified events among the lines appended since `openLogWindow`, with 1-based file line numbers. */
async function readLogWindow(window, reader, classify) {
    const endSize = await reader.size(window.filePath);
    // Still absent after the probes ran: the path is wrong (or the gateway logs elsewhere); say so.
    if (endSize === undefined)
        throw Object.assign(new Error(`${window.displayPath} does not exist`), { code: 'ENOENT' });
    // A smaller file was rotated or truncated during the window: everything in it is new.
    const from = endSize < window.startSize ? 0 : window.startSize;
    const length = Math.min(endSize - from, MAX_APPENDED_BYTES);
    if (length <= 0)
        return [];
    const text = (await reader.read(window.filePath, from, length)).toString('utf8');
    const firstLine = (await countLines(reader, window.filePath, from)) + 1;
    const events = [];
    text.split('\n').forEach((raw, index) => {
        const line = raw.replace(/\r$/, '');
        if (line === '')
            return;
        const event = classify(line, firstLine + index);
        if (event)
            events.push(event);
    });
    return events;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
;// CONCATENATED MODULE: ./src/safety/blocked-target.ts
/**
 * Refuses probe targets that reach cloud instance metadata or link-local space (SSRF guard).
 *
 * A probe list comes from a pull request, so `url: http://169.254.169.254/latest/meta-data/iam/…`
 * would otherwise read the runner's cloud credentials. The check runs twice: on the host as written
 * (before any lookup) and on every address the resolver returns (so a name that resolves to a
 * metadata address is refused too), always before a socket connects.
 */

/**
 * Address ranges no probe may reach unless a trusted `allow:` lists them: link-local space and every
 * documented cloud metadata / platform endpoint. Sources (vendor documentation):
 * - AWS IMDS 169.254.169.254 and [fd00:ec2::254] (Nitro): docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
 * - Azure IMDS 169.254.169.254; WireServer 168.63.129.16 ("a virtual public IP address … to Azure platform
 *   resources", the VM agent's channel): learn.microsoft.com/azure/virtual-network/what-is-ip-address-168-63-129-16
 * - Google Compute Engine 169.254.169.254 (metadata.google.internal); IPv6 [fd20:ce::254] for
 *   IPv6-only instances: cloud.google.com/compute/docs/metadata/querying-metadata
 * - Oracle Cloud IMDS 169.254.169.254 (docs.oracle.com/iaas/Content/Compute/Tasks/gettingmetadata.htm);
 *   192.0.0.192 is OCI's older metadata address, kept because older images still use it
 * - Alibaba Cloud ECS 100.100.100.200 (outside link-local, in carrier-grade NAT space): cloud-init's
 *   AliYun datasource and www.alibabacloud.com/help/ecs/user-guide/overview-of-ecs-instance-metadata
 * - Akamai/Linode 169.254.169.254 and [fd00:a9fe:a9fe::1]: techdocs.akamai.com (Metadata service API)
 * - Scaleway 169.254.42.42 and [fd00:42::42]: www.scaleway.com/en/developers/api/instance/user-data
 * - OpenStack 169.254.169.254 and fe80::a9fe:a9fe; DigitalOcean, Hetzner, IBM, Tencent (169.254.0.23):
 *   all inside the link-local ranges below
 */
const BLOCKED_RANGES = [
    { cidr: '169.254.0.0/16', why: 'IPv4 link-local (cloud metadata)' },
    { cidr: 'fe80::/10', why: 'IPv6 link-local' },
    { cidr: 'fd00:ec2::254/128', why: 'AWS IPv6 metadata endpoint' },
    // EKS Pod Identity Agent hands out credentials on [fd00:ec2::23] (169.254.170.23 is link-local already).
    { cidr: 'fd00:ec2::23/128', why: 'AWS EKS Pod Identity credentials endpoint' },
    { cidr: '168.63.129.16/32', why: 'Azure WireServer (platform endpoint)' },
    { cidr: 'fd20:ce::254/128', why: 'Google Cloud IPv6 metadata endpoint' },
    { cidr: '100.100.100.200/32', why: 'Alibaba Cloud metadata endpoint' },
    { cidr: '192.0.0.192/32', why: 'Oracle Cloud metadata endpoint' },
    { cidr: 'fd00:a9fe:a9fe::1/128', why: 'Akamai/Linode IPv6 metadata endpoint' },
    { cidr: 'fd00:42::42/128', why: 'Scaleway IPv6 metadata endpoint' },
];
/** Host names of metadata services (compared case-insensitively, trailing dot ignored). */
const BLOCKED_HOSTS = [
    'metadata.google.internal',
    'metadata.goog',
    'metadata',
    'instance-data',
    'instance-data.ec2.internal',
    'metadata.azure.internal',
    'metadata.tencentyun.com',
    'metadata.platformequinix.com',
];
const PARSED_RANGES = BLOCKED_RANGES.map((range) => ({ ...range, parsed: ipaddr_default().parseCIDR(range.cidr) }));
/** `[::1]` → `::1`; lowercases and drops a trailing dot so `Metadata.Google.Internal.` still matches. */
function normalizeHost(host) {
    const unbracketed = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
    return unbracketed.toLowerCase().replace(/\.$/, '');
}
/** IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, IPv4-compatible). */
const EMBEDDING_PREFIXES = ['64:ff9b::/96', '64:ff9b:1::/48', '::/96'].map((cidr) => ipaddr_default().parseCIDR(cidr));
function parseAddress(text) {
    const host = normalizeHost(text).replace(/%.*$/, '');
    if (!ipaddr_default().isValid(host))
        return undefined;
    // process() turns ::ffff:169.254.169.254 into the IPv4 address it embeds.
    const address = ipaddr_default().process(host);
    if (address.kind() === 'ipv6') {
        const v6 = address;
        // NAT64 (64:ff9b::a9fe:a9fe) and ::a9fe:a9fe reach the IPv4 address they carry; 6to4 (2002:a9fe:a9fe::) too.
        const bytes = v6.toByteArray();
        if (EMBEDDING_PREFIXES.some((prefix) => v6.match(prefix)) && !v6.match(ipaddr_default().parseCIDR('::/127'))) {
            return ipaddr_default().fromByteArray(bytes.slice(12));
        }
        if (v6.match(ipaddr_default().parseCIDR('2002::/16')))
            return ipaddr_default().fromByteArray(bytes.slice(2, 6));
    }
    return address;
}
function sameKindMatch(address, range) {
    return address.kind() === range[0].kind() && address.match(range);
}
/** True when `allow:` lists this host name, this address, or a CIDR containing it. */
function isAllowed(target, allow) {
    const host = normalizeHost(target);
    const address = parseAddress(host);
    return allow.some((entry) => {
        const candidate = normalizeHost(entry);
        if (candidate === host)
            return true;
        if (!address)
            return false;
        if (ipaddr_default().isValidCIDR(candidate))
            return sameKindMatch(address, ipaddr_default().parseCIDR(candidate));
        const listed = parseAddress(candidate);
        return listed !== undefined && listed.kind() === address.kind() && listed.toNormalizedString() === address.toNormalizedString();
    });
}
/** Verdict for an IP address (as resolved or as written); undefined when it may be probed. */
function checkAddress(address, allow) {
    const parsed = parseAddress(address);
    if (!parsed)
        return undefined;
    const range = PARSED_RANGES.find((candidate) => sameKindMatch(parsed, candidate.parsed));
    if (!range || isAllowed(address, allow))
        return undefined;
    return { blocked: true, target: normalizeHost(address), why: range.why };
}
/** Verdict for a host as written in a URL or `host:port`; IP literals are checked as addresses. */
function checkHost(host, allow) {
    const normalized = normalizeHost(host);
    if (parseAddress(normalized))
        return checkAddress(normalized, allow);
    if (!BLOCKED_HOSTS.includes(normalized) || isAllowed(normalized, allow))
        return undefined;
    return { blocked: true, target: normalized, why: 'cloud metadata host name' };
}
/** Error code a guarded lookup fails with; the classifier maps it to `blocked_target`. */
const BLOCKED_TARGET_CODE = 'EGATEWATCH_BLOCKED_TARGET';
class BlockedTargetError extends Error {
    verdict;
    host;
    code = BLOCKED_TARGET_CODE;
    constructor(verdict, host) {
        super(verdict.target === normalizeHost(host)
            ? `refused to probe "${host}" (${verdict.why})`
            : `refused to probe "${host}": it resolves to "${verdict.target}" (${verdict.why})`);
        this.verdict = verdict;
        this.host = host;
        this.name = 'BlockedTargetError';
    }
}

;// CONCATENATED MODULE: ./src/safety/guarded-lookup.ts

function guardLookup(lookup, allow) {
    return (hostname, options, callback) => {
        lookup(hostname, options, (error, address, family) => {
            // A name listed in allow: is trusted with whatever it resolves to.
            if (error || isAllowed(hostname, allow)) {
                callback(error, address, family);
                return;
            }
            const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
            for (const candidate of addresses) {
                const verdict = checkAddress(candidate, allow);
                if (verdict) {
                    callback(new BlockedTargetError(verdict, hostname), Array.isArray(address) ? [] : '', family);
                    return;
                }
            }
            callback(null, address, family);
        });
    };
}

// EXTERNAL MODULE: ./src/safety/repo-regex.ts
var repo_regex = __webpack_require__(2982);
;// CONCATENATED MODULE: ./src/probe/classify.ts
/** Maps what a probe saw (Node error code and phase, or status and body) to DESIGN §6's failure classes. */



/** Our own per-attempt timer's error code (an AbortSignal-style timeout, not the OS's ETIMEDOUT). */
const PROBE_TIMEOUT_CODE = 'EGATEWATCH_PROBE_TIMEOUT';
// OpenSSL verification results as node:tls reports them (`err.code`).
const TLS_VERIFY_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'CERT_REVOKED',
    'CERT_SIGNATURE_FAILURE',
    'CERT_REJECTED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'HOSTNAME_MISMATCH',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'INVALID_CA',
    'PATH_LENGTH_EXCEEDED',
]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA', 'ESERVFAIL']);
const UNREACHABLE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL']);
const TIMEOUT_CODES = new Set([PROBE_TIMEOUT_CODE, 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ERR_TLS_HANDSHAKE_TIMEOUT']);
/**
 * The code of an error; with `autoSelectFamily` (happy eyeballs over ::1 and 127.0.0.1) net reports
 * an AggregateError whose members carry the codes.
 */
function errorCode(error) {
    const candidate = error;
    if (typeof candidate?.code === 'string')
        return candidate.code;
    if (Array.isArray(candidate?.errors))
        return errorCode(candidate.errors[0]);
    return undefined;
}
function timeoutClass(code, phase) {
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ERR_TLS_HANDSHAKE_TIMEOUT')
        return 'timeout_connect';
    if (code === 'UND_ERR_HEADERS_TIMEOUT')
        return 'timeout_headers';
    // nginx counts the TLS handshake as connecting ("upstream timed out … while SSL handshaking").
    if (phase === 'connecting' || phase === 'tls')
        return 'timeout_connect';
    if (phase === 'waiting')
        return 'timeout_headers';
    // A body that stops arriving never completes: the client sees it cut.
    return 'truncated_body';
}
/** Class of an attempt that ended in an error, given how far it got. */
function classifyError(error, phase) {
    const code = errorCode(error) ?? '';
    const message = errorMessage(error);
    if (code === BLOCKED_TARGET_CODE)
        return 'blocked_target';
    if (TIMEOUT_CODES.has(code) || error?.name === 'TimeoutError')
        return timeoutClass(code, phase);
    // Once headers arrived, any socket error leaves the body incomplete (nginx: "while reading upstream").
    if (phase === 'body')
        return 'truncated_body';
    if (code === 'ECONNREFUSED')
        return 'refused';
    if (DNS_CODES.has(code))
        return 'dns';
    if (UNREACHABLE_CODES.has(code))
        return 'unreachable';
    if (TLS_VERIFY_CODES.has(code))
        return 'tls_verify';
    if (code.startsWith('ERR_SSL_') || code === 'EPROTO' || code.startsWith('ERR_TLS_'))
        return 'tls_protocol';
    if (code.startsWith('HPE_') || code === 'UND_ERR_HEADERS_OVERFLOW' || code === 'UND_ERR_INFO')
        return 'bad_response';
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') {
        // The TLS layer reports a peer that hung up mid-handshake this way; nginx logs SSL_do_handshake() failed.
        if (phase === 'tls' || /before secure TLS connection/i.test(message))
            return 'tls_protocol';
        // node:http says "socket hang up" for a FIN before any response byte; a real RST reads "read ECONNRESET".
        if (code === 'UND_ERR_SOCKET' || /socket hang up/i.test(message) || code === 'EPIPE')
            return 'closed_early';
        return 'reset';
    }
    if (phase === 'connecting')
        return 'unreachable';
    return 'closed_early';
}
/** Gateway default error pages; any other body came from the upstream (DESIGN §6 "Body origin"). */
const GATEWAY_PAGES = [
    // nginx and OpenResty: `<hr><center>nginx/1.22.1</center>` (version hidden by server_tokens off).
    /<center>(?:nginx|openresty|tengine)(?:\/[\w.]+)?<\/center>/i,
    // HAProxy's built-in errorfiles start `<html><body><h1>503 Service Unavailable</h1>`.
    /^<html><body><h1>\d{3} [^<]+<\/h1>\n/,
    // AWS ALB: `<center>awselb/2.0</center>`.
    /<center>awselb\/[\d.]+<\/center>/,
];
function bodyOrigin(body) {
    return GATEWAY_PAGES.some((page) => page.test(body)) ? 'gateway' : 'upstream';
}
function quoteBody(body) {
    const flat = body.replace(/\s+/g, ' ').trim();
    return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}...` : flat);
}
function statusAssertion(status, expected) {
    // Like blackbox_exporter, any 2xx passes when no status list is given.
    if (!expected)
        return status >= 200 && status < 300 ? undefined : `[STATUS] (${status}) == 2xx`;
    if (expected.includes(status))
        return undefined;
    return expected.length === 1 ? `[STATUS] (${status}) == ${expected[0]}` : `[STATUS] (${status}) in [${expected.join(', ')}]`;
}
/**
 * Checks a complete response against `expect`; the class is the first failed check's. With
 * `withholdBody` no part of the body appears in the assertions. A 5xx with
 * the upstream's own body is `upstream_5xx`; a gateway's default page stays `http_status` until the
 * gateway log says which failure it was.
 */
function judgeResponse(status, body, elapsedMs, expect, withholdBody = false) {
    const assertions = [];
    // A metadata service's answer (reachable only when a trusted allow: lists it) may hold credentials: never quoted.
    const shownBody = withholdBody ? '(withheld: metadata address)' : quoteBody(body);
    let probeClass = null;
    const statusFailure = statusAssertion(status, expect.status);
    if (statusFailure) {
        assertions.push(statusFailure);
        probeClass = status >= 500 && bodyOrigin(body) === 'upstream' ? 'upstream_5xx' : 'http_status';
    }
    if (expect.body !== undefined && !body.includes(expect.body)) {
        assertions.push(`[BODY] (${shownBody}) contains ${JSON.stringify(expect.body)}`);
        probeClass ??= 'body_mismatch';
    }
    if (expect.bodyRegex !== undefined) {
        // A repository regex: linear-time RE2, never V8's backtracking engine (src/safety/repo-regex.ts).
        const compiled = (0,repo_regex/* compileRepoRegex */.XX)(expect.bodyRegex);
        if (!compiled.ok || !compiled.regex.test(body)) {
            assertions.push(compiled.ok ? `[BODY] (${shownBody}) =~ /${expect.bodyRegex}/` : `[BODY_REGEX] (${compiled.reason}) == valid`);
            probeClass ??= 'body_mismatch';
        }
    }
    if (expect.maxMs !== undefined && elapsedMs > expect.maxMs) {
        assertions.push(`[RESPONSE_TIME] (${Math.round(elapsedMs)}ms) <= ${expect.maxMs}ms`);
        probeClass ??= 'slow';
    }
    return { class: probeClass, assertions };
}
/** The assertion line for an attempt that never produced a complete response. */
function errorAssertion(probeClass, code, detail) {
    switch (probeClass) {
        case 'blocked_target':
            return `[TARGET] (${detail ?? 'blocked'}) not link-local or metadata`;
        case 'truncated_body':
            return `[BODY_COMPLETE] (${detail ?? code ?? 'cut'}) == true`;
        case 'timeout_connect':
        case 'timeout_headers':
            return `[RESPONSE_TIME] (timed out${detail ? ` after ${detail}` : ''}) < timeout`;
        case 'closed_early':
        case 'reset':
        case 'bad_response':
            return `[RESPONSE] (${code ?? probeClass}) == valid`;
        default:
            return `[CONNECTED] (${code ?? probeClass}) == true`;
    }
}

;// CONCATENATED MODULE: ./src/probe/http-probe.ts
/** One HTTP(S) probe attempt on node:http/https, with phase timings, a full body read and §6 classification. */







/** Bodies are always read to the end, but only this much is kept for `expect.body` matching. */
const KEPT_BODY_BYTES = 1024 * 1024;
class ProbeTimeoutError extends Error {
    code = PROBE_TIMEOUT_CODE;
    constructor(ms) {
        super(`no complete response within ${ms}ms`);
        this.name = 'ProbeTimeoutError';
    }
}
class TruncatedBodyError extends Error {
    received;
    expected;
    code = 'ETRUNCATED';
    constructor(received, expected) {
        super(`body ended after ${received}${expected === undefined ? '' : ` of ${expected}`} bytes`);
        this.received = received;
        this.expected = expected;
    }
}
function blockedResult(url, target, why) {
    return {
        ok: false,
        class: 'blocked_target',
        status: null,
        bodyOrigin: null,
        timings: { dns: null, connect: null, tls: null, ttfb: null, total: 0 },
        assertions: [errorAssertion('blocked_target', undefined, JSON.stringify(target))],
        error: `refused to probe "${url}" (${why})`,
    };
}
/**
 * Sends one request and reads the whole body before judging it: a 200 whose body is cut counts as
 * `truncated_body`, never as success (nginx passes the status line on before the body fails).
 */
function probeHttpOnce(target, io) {
    const url = new URL(target.url);
    const host = normalizeHost(url.hostname);
    const verdict = checkHost(host, io.allow);
    if (verdict)
        return Promise.resolve(blockedResult(target.url, verdict.target, verdict.why));
    const isHttps = url.protocol === 'https:';
    // Reached only because a trusted allow: lists it: its answer may hold credentials, so no body excerpt is ever shown.
    let metadataTarget = checkHost(host, []) !== undefined;
    const marks = { start: io.now(), end: 0 };
    let phase = 'connecting';
    return new Promise((resolve) => {
        let settled = false;
        let status = null;
        const chunks = [];
        let kept = 0;
        let received = 0;
        const finish = (error, body) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            marks.end = io.now();
            request.destroy();
            const timings = phaseTimings(marks, (0,external_node_net_.isIP)(host) !== 0);
            if (error === undefined && status !== null && body !== undefined) {
                const verdict = judgeResponse(status, body, marks.end - marks.start, target.expect, metadataTarget);
                resolve({ ok: verdict.class === null, status, bodyOrigin: bodyOrigin(body), timings, ...verdict });
                return;
            }
            const probeClass = classifyError(error, phase);
            const blocked = error.verdict?.target;
            const detail = blocked
                ? JSON.stringify(blocked)
                : error instanceof TruncatedBodyError
                    ? `${error.received} of ${error.expected ?? '?'} bytes`
                    : probeClass === 'timeout_connect' || probeClass === 'timeout_headers'
                        ? `${target.timeoutMs}ms`
                        : undefined;
            // A cut body still tells where it came from (nginx passes the upstream's first bytes on).
            const partial = Buffer.concat(chunks).toString('utf8');
            resolve({
                ok: false,
                class: probeClass,
                status,
                bodyOrigin: status === null ? null : bodyOrigin(partial),
                timings,
                assertions: [errorAssertion(probeClass, errorCode(error), detail)],
                error: describeError(error),
            });
        };
        const options = {
            protocol: url.protocol,
            hostname: host,
            port: url.port || (isHttps ? 443 : 80),
            path: `${url.pathname}${url.search}`,
            method: target.method ?? 'GET',
            // `connection: close` so the upstream does not hold an idle keepalive socket per probe.
            headers: { 'user-agent': 'gatewatch-probe', ...target.headers, connection: 'close' },
            // A fresh connection per attempt: a pooled socket would skip the phases being timed.
            agent: false,
            lookup: guardLookup(io.lookup, io.allow),
            ...(isHttps
                ? {
                    ...(target.tls?.ca !== undefined ? { ca: target.tls.ca } : {}),
                    rejectUnauthorized: target.tls?.insecure !== true,
                    ...(target.tls?.servername ? { servername: target.tls.servername } : {}),
                }
                : {}),
        };
        const request = (isHttps ? (external_node_https_default()) : (external_node_http_default())).request(options);
        const timer = setTimeout(() => finish(new ProbeTimeoutError(target.timeoutMs)), target.timeoutMs);
        // Phase marks from the socket, as blackbox_exporter takes them from httptrace: lookup → connect →
        // secureConnect → first response byte.
        request.on('socket', (socket) => {
            socket.once('lookup', () => (marks.lookup ??= io.now()));
            socket.once('connect', () => {
                marks.connect ??= io.now();
                if (socket.remoteAddress && checkAddress(socket.remoteAddress, []))
                    metadataTarget = true;
                phase = isHttps ? 'tls' : 'waiting';
            });
            socket.once('secureConnect', () => {
                marks.secure ??= io.now();
                phase = 'waiting';
            });
        });
        request.on('error', (error) => finish(error));
        request.on('response', (response) => {
            marks.response = io.now();
            phase = 'body';
            status = response.statusCode ?? null;
            const declared = response.headers['content-length'];
            response.on('data', (chunk) => {
                received += chunk.length;
                if (kept >= KEPT_BODY_BYTES)
                    return;
                chunks.push(chunk);
                kept += chunk.length;
            });
            response.on('end', () => {
                // 'end' without `complete` is a body cut short; the 'close' handler reports it.
                if (!response.complete)
                    return;
                finish(undefined, Buffer.concat(chunks).toString('utf8'));
            });
            // node:http emits 'aborted' + an ECONNRESET "aborted" error when the peer closes mid-body.
            response.on('close', () => {
                if (!response.complete)
                    finish(new TruncatedBodyError(received, declared === undefined ? undefined : Number(declared)));
            });
            // The same failure also reaches 'close'; an unhandled 'error' would crash the process.
            response.on('error', () => undefined);
        });
        request.end();
    });
}

// EXTERNAL MODULE: ./src/logs/line.ts
var line = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/probe/tcp-probe.ts
/** One `tcp: host:port` probe attempt on node:net: success is a completed three-way handshake. */





/** `[::1]:5432` and `db:5432`; the brackets are how an IPv6 literal keeps its colons apart from the port. */
function splitHostPort(address) {
    const match = /^\[?([^\]\s]+?)\]?:(\d+)$/.exec(address);
    if (!match)
        throw new Error(`"${address}" is not host:port`);
    return { host: normalizeHost(match[1]), port: Number(match[2]) };
}
function tcpDetail(error, probeClass, timeoutMs) {
    const blocked = error.verdict?.target;
    if (blocked)
        return JSON.stringify(blocked);
    return probeClass === 'timeout_connect' ? `${timeoutMs}ms` : undefined;
}
function probeTcpOnce(target, io) {
    const { host, port } = splitHostPort(target.address);
    const verdict = checkHost(host, io.allow);
    const literal = external_node_net_default().isIP(host) !== 0;
    if (verdict) {
        return Promise.resolve({
            ok: false,
            class: 'blocked_target',
            status: null,
            bodyOrigin: null,
            timings: { dns: null, connect: null, tls: null, ttfb: null, total: 0 },
            assertions: [errorAssertion('blocked_target', undefined, JSON.stringify(verdict.target))],
            error: `refused to probe "${target.address}" (${verdict.why})`,
        });
    }
    const marks = { start: io.now(), end: 0 };
    return new Promise((resolve) => {
        // The guarded lookup refuses a name that resolves to a blocked address before net connects.
        const socket = external_node_net_default().connect({ host, port, lookup: guardLookup(io.lookup, io.allow) });
        const finish = (error) => {
            clearTimeout(timer);
            marks.end = io.now();
            socket.destroy();
            const timings = phaseTimings(marks, literal);
            if (error === undefined) {
                const slow = target.maxMs !== undefined && marks.end - marks.start > target.maxMs;
                resolve({
                    ok: !slow,
                    class: slow ? 'slow' : null,
                    status: null,
                    bodyOrigin: null,
                    timings,
                    assertions: slow ? [`[CONNECT_TIME] (${Math.round(marks.end - marks.start)}ms) <= ${target.maxMs}ms`] : [],
                });
                return;
            }
            // A TCP probe ends at the handshake, so every failure happened while connecting.
            const probeClass = classifyError(error, 'connecting');
            resolve({
                ok: false,
                class: probeClass,
                status: null,
                bodyOrigin: null,
                timings,
                assertions: [errorAssertion(probeClass, errorCode(error), tcpDetail(error, probeClass, target.timeoutMs))],
                error: describeError(error),
            });
        };
        // net's own `timeout` option only reports idleness; a hard deadline needs our timer.
        const timer = setTimeout(() => {
            const error = Object.assign(new Error(`no connection within ${target.timeoutMs}ms`), { code: PROBE_TIMEOUT_CODE });
            finish(error);
        }, target.timeoutMs);
        socket.once('lookup', () => (marks.lookup ??= io.now()));
        socket.once('connect', () => {
            marks.connect = io.now();
            finish();
        });
        socket.once('error', (error) => finish(error));
    });
}

;// CONCATENATED MODULE: ./src/probe/targets.ts
/** A ProbeSpec → the one or two requests ("legs") it stands for, or the reason it cannot run. */



function checkUrl(value, key) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return `${key} ${JSON.stringify(value)} is not a valid URL`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return `${key} ${JSON.stringify(value)} must start with http:// or https://`;
    if (url.hostname === '')
        return `${key} ${JSON.stringify(value)} has no host`;
    return undefined;
}
/** node:http throws on a header it cannot send; say which one at plan time instead. */
function checkHeaders(headers) {
    for (const [name, value] of Object.entries(headers ?? {})) {
        try {
            (0,external_node_http_.validateHeaderName)(name);
            (0,external_node_http_.validateHeaderValue)(name, value);
        }
        catch {
            return `sets header ${JSON.stringify(name)} that HTTP cannot carry (invalid name or a control character in the value)`;
        }
    }
    return undefined;
}
/**
 * `via` is the gateway side and `direct` the upstream side of a pair; `url` alone is a single probe
 * (and plays the gateway side when only `direct` is given); `tcp` is a single connect probe.
 */
function planLegs(spec) {
    if (spec.url && spec.via && spec.url !== spec.via)
        return { error: 'sets both url and via; use via (gateway side) with direct, or url alone' };
    if (spec.tcp && (spec.url || spec.via || spec.direct))
        return { error: 'sets tcp together with url/via/direct; split it into two probes' };
    if (spec.tcp) {
        try {
            const { port } = splitHostPort(spec.tcp);
            if (port < 1 || port > 65535)
                return { error: `tcp ${JSON.stringify(spec.tcp)} has port ${port} outside 1-65535` };
        }
        catch {
            return { error: `tcp ${JSON.stringify(spec.tcp)} is not host:port` };
        }
        return { legs: [{ kind: 'tcp', target: spec.tcp }] };
    }
    const headerError = checkHeaders(spec.headers);
    if (headerError)
        return { error: headerError };
    const main = spec.via ?? spec.url;
    if (!main)
        return { error: spec.direct ? 'sets direct without via (the gateway side)' : 'sets none of url, via or tcp' };
    const mainError = checkUrl(main, spec.via ? 'via' : 'url');
    if (mainError)
        return { error: mainError };
    if (!spec.direct)
        return { legs: [{ kind: 'http', target: main }] };
    const directError = checkUrl(spec.direct, 'direct');
    if (directError)
        return { error: directError };
    return {
        legs: [
            { kind: 'http', target: main, role: 'via' },
            { kind: 'http', target: spec.direct, role: 'direct' },
        ],
    };
}
/** `host:port` as nginx writes it in `upstream: "http://host:port/…"` (default ports made explicit). */
function hostPort(leg) {
    if (leg.kind === 'tcp') {
        const { host, port } = splitHostPort(leg.target);
        return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
    }
    const url = new URL(leg.target);
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    const host = normalizeHost(url.hostname);
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
/** What the result's `url` shows: the URL, or `tcp://host:port`. */
function displayTarget(leg) {
    return leg.kind === 'tcp' ? `tcp://${leg.target}` : leg.target;
}

;// CONCATENATED MODULE: ./src/probe/log-match.ts
/**
 * Which gateway log line belongs to which probe. nginx names the upstream it tried
 * (`upstream: "http://127.0.0.1:9001/…"`) and the request it served (`request: "GET /a HTTP/1.1"`,
 * `host: "127.0.0.1:8080"`); HAProxy and ALB name the request and the server/target. The fields come
 * from logs/line.ts, the same reading citation uses.
 *
 * A line is attached only when its request is this probe's: the via leg's own request (path, and Host
 * for nginx), or — for a line naming an upstream address — a request of this probe's pair. A line that
 * names another probe's path is never attached, even when both routes share an upstream.
 */


/** Path and query of a request line's target (ALB logs an absolute URL). */
function pathOf(request) {
    const target = request?.split(' ')[1];
    if (target === undefined || target.startsWith('/'))
        return target;
    try {
        const url = new URL(target);
        return `${url.pathname}${url.search}`;
    }
    catch {
        return undefined;
    }
}
function legPath(leg) {
    if (leg.kind !== 'http')
        return undefined;
    const url = new URL(leg.target);
    return `${url.pathname}${url.search}`;
}
/**
 * nginx logs the Host header too, so its lines match on host and path; HAProxy and ALB lines carry
 * the request line only (the Host the client sent is not in the default formats), so path alone.
 */
function sentByGatewayLeg(event, leg) {
    if (leg.kind !== 'http')
        return false;
    const { fields } = (0,line/* readLogLine */.Z)(event.text, event.format);
    if (pathOf(fields.request) !== legPath(leg))
        return false;
    return event.format !== 'nginx' || fields.host === new URL(leg.target).host;
}
/** A line naming `upstreams`, for a request of this probe (or with no request recorded at all). */
function namesUpstreamOfProbe(event, upstreams, paths) {
    if (event.upstream === undefined || !upstreams.has(event.upstream))
        return false;
    const request = (0,line/* readLogLine */.Z)(event.text, event.format).fields.request;
    return request === undefined || paths.has(pathOf(request));
}
/**
 * The event for this leg: first one the leg's own request caused (its Host header and path), then
 * one naming the leg's upstream address, its own (a direct probe of an upstream) or its partner's,
 * for a request of this pair. The request match goes first because several routes may share an upstream.
 */
function matchLogEvent(events, leg, partner) {
    const own = leg.role !== 'direct' ? events.find((event) => sentByGatewayLeg(event, leg)) : undefined;
    if (own)
        return own;
    const legs = partner ? [leg, partner] : [leg];
    // A via leg's log line records the via request; the direct leg's own path may differ (`/` vs `/api`).
    const paths = new Set(legs.filter((candidate) => candidate.role !== 'direct' || !partner).map(legPath));
    const upstreams = new Set(legs.map(hostPort));
    return events.find((event) => namesUpstreamOfProbe(event, upstreams, paths));
}

;// CONCATENATED MODULE: ./src/probe/retry.ts
/** 100 ms, 200 ms, 400 ms … capped at 2 s; no jitter so runs stay reproducible. */
function backoffMs(retry) {
    return Math.min(100 * 2 ** (retry - 1), 2000);
}
/** setTimeout's ceiling (about 24.8 days); a larger delay would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A blocked target is refused by policy; trying again cannot change the answer. */
const FINAL_CLASSES = new Set(['blocked_target']);
async function withRetries(attempt, policy) {
    const maxAttempts = policy.retries + 1;
    const timeout = () => Math.max(1, Math.min(policy.timeoutMs, policy.deadline - policy.now(), MAX_TIMER_MS));
    let result = await attempt(timeout());
    let attempts = 1;
    while (!result.ok && attempts < maxAttempts && !FINAL_CLASSES.has(result.class ?? '')) {
        const wait = backoffMs(attempts);
        // Leave at least a short attempt's worth of budget after sleeping, or stop here.
        if (policy.deadline - policy.now() < wait + 50)
            break;
        await policy.sleep(wait);
        result = await attempt(timeout());
        attempts += 1;
    }
    return { result, attempts };
}

;// CONCATENATED MODULE: ./src/probe/run-probes.ts
/**
 * The probe phase: every configured (and nginx-derived) probe, run by a bounded worker pool within
 * one time budget, then joined with the gateway log lines written meanwhile and turned into findings.
 */















function nodeProbeRuntime() {
    return {
        lookup: external_node_dns_.lookup,
        sleep: (ms) => (0,promises_.setTimeout)(ms),
        logReader: nodeLogReader,
        classifiers: detect/* LOG_CLASSIFIERS */.O,
    };
}
const LOG_SETTLE_MS = 100;
/** Reads each distinct `tls.ca` file once; an unreadable one makes its probes invalid, not the run. */
async function loadCas(specs, deps) {
    const cas = new Map();
    for (const spec of specs) {
        const caPath = spec.tls.ca;
        if (!caPath || cas.has(caPath))
            continue;
        try {
            cas.set(caPath, await deps.readFile(caPath));
        }
        catch (error) {
            cas.set(caPath, { failure: error.code ?? errorMessage(error) });
        }
    }
    return cas;
}
function invalidFinding(spec, reason) {
    const location = locationOf(spec);
    return {
        ruleId: rules/* INVALID_TARGET_RULE */.RX.id,
        severity: rules/* INVALID_TARGET_RULE */.RX.severity,
        message: `Probe ${JSON.stringify(spec.name)} cannot run: it ${reason}`,
        ...(location ? { location } : {}),
    };
}
function skippedResult(spec, leg, budgetMs) {
    return {
        name: spec.name,
        url: displayTarget(leg),
        ok: false,
        class: null,
        status: null,
        bodyOrigin: null,
        timings: { dns: null, connect: null, tls: null, ttfb: null, total: 0 },
        attempts: 0,
        assertions: [`[BUDGET] (exhausted) < ${budgetMs}ms`],
        ...(leg.role ? { role: leg.role } : {}),
    };
}
function toResult(spec, leg, attempt, attempts) {
    return {
        name: spec.name,
        url: displayTarget(leg),
        ok: attempt.ok,
        class: attempt.class,
        status: attempt.status,
        bodyOrigin: attempt.bodyOrigin,
        timings: attempt.timings,
        attempts,
        assertions: attempt.assertions,
        ...(leg.role ? { role: leg.role } : {}),
        ...(attempt.error ? { error: attempt.error } : {}),
    };
}
/**
 * A generic gateway 5xx (class `http_status`, gateway body) says nothing about the cause; the log
 * line the gateway wrote for it does ("connect() failed (111…)" = refused).
 */
function refineWithLog(result, event, logPath) {
    if (!event)
        return result;
    const gatewayLog = { path: logPath, line: event.line, text: event.text, signature: event.signature };
    const refined = result.class === 'http_status' && result.bodyOrigin === 'gateway' ? { class: event.class } : {};
    return { ...result, ...refined, gatewayLog };
}
/** Validates each spec and loads its CA; the invalid ones become findings and are not run. */
async function planProbes(specs, deps, findings) {
    const cas = await loadCas(specs, deps);
    const planned = [];
    for (const spec of specs) {
        const plan = planLegs(spec);
        if ('error' in plan) {
            findings.push(invalidFinding(spec, plan.error));
            continue;
        }
        const ca = spec.tls.ca ? cas.get(spec.tls.ca) : undefined;
        if (ca !== undefined && !Buffer.isBuffer(ca)) {
            findings.push(invalidFinding(spec, `sets tls.ca ${JSON.stringify(spec.tls.ca)} that cannot be read (${ca.failure}); fix the path`));
            continue;
        }
        planned.push({ spec, legs: plan.legs, ...(ca ? { ca } : {}) });
    }
    return planned;
}
function attemptLeg(probe, leg, timeoutMs, io) {
    const { spec } = probe;
    if (leg.kind === 'tcp') {
        return probeTcpOnce({ address: leg.target, timeoutMs, ...(spec.expect.maxMs ? { maxMs: spec.expect.maxMs } : {}) }, io);
    }
    return probeHttpOnce({
        url: leg.target,
        timeoutMs,
        expect: spec.expect,
        ...(spec.method ? { method: spec.method } : {}),
        ...(spec.headers ? { headers: spec.headers } : {}),
        tls: { ...spec.tls, ...(probe.ca ? { ca: probe.ca } : {}) },
    }, io);
}
/**
 * Every leg of every probe through one pool of `probe.concurrency` workers. A leg that would start
 * after the deadline is skipped; a running one is cut at the deadline (withRetries caps its timeout).
 */
async function runLegs(planned, options, deps, runtime) {
    const deadline = deps.now() + options.probe.budgetMs;
    const io = { lookup: runtime.lookup, now: () => deps.now(), allow: options.allow };
    const limit = pLimit(options.probe.concurrency);
    let skipped = 0;
    const crashes = [];
    const runLeg = (probe, leg) => limit(async () => {
        if (deps.now() >= deadline) {
            skipped += 1;
            return skippedResult(probe.spec, leg, options.probe.budgetMs);
        }
        const policy = { retries: probe.spec.retries, timeoutMs: probe.spec.timeoutMs, deadline, now: io.now, sleep: runtime.sleep };
        try {
            const { result, attempts } = await withRetries((timeoutMs) => attemptLeg(probe, leg, timeoutMs, io), policy);
            return toResult(probe.spec, leg, result, attempts);
        }
        catch (error) {
            // A spec node:http/net refuses outright (planLegs missed it): one finding, never a lost run.
            crashes.push(invalidFinding(probe.spec, `could not be sent to ${JSON.stringify(leg.target)}: ${errorMessage(error)}`));
            return { ...skippedResult(probe.spec, leg, options.probe.budgetMs), assertions: [], error: errorMessage(error) };
        }
    });
    const results = await Promise.all(planned.map((probe) => Promise.all(probe.legs.map((leg) => runLeg(probe, leg)))));
    return { results, skipped, crashes };
}
/** Classified lines appended to `gateway_log` since `window` was opened, or why they could not be read. */
async function readGatewayEvents(options, window, runtime) {
    if (!window || !options.gatewayLog)
        return { events: [] };
    const format = options.gatewayLog.format ?? 'nginx';
    const classify = runtime.classifiers[format];
    if (!classify)
        return { events: [], error: `no ${format} log reader is available` };
    // nginx writes error_log before it answers, but HAProxy logs a stream when it ends, just after
    // the last byte went out: give that line a moment to reach the file.
    if (format !== 'nginx')
        await runtime.sleep(LOG_SETTLE_MS);
    try {
        return { events: await readLogWindow(window, runtime.logReader, classify) };
    }
    catch (error) {
        return { events: [], error: error.code ?? errorMessage(error) };
    }
}
/** Results and the finding of one probe: a single leg, or a via/direct pair with its diagnosis. */
function assemble(probe, results, events, logPath) {
    const withLog = (result, leg, partner) => {
        if (result.ok)
            return { result };
        const event = matchLogEvent(events, leg, partner);
        return event ? { result: refineWithLog(result, event, logPath), event } : { result };
    };
    if (probe.legs.length === 1) {
        const { result, event } = withLog(results[0], probe.legs[0]);
        const finding = singleFinding(probe.spec, result, event);
        return { probes: [result], ...(finding ? { finding } : {}) };
    }
    const [viaLeg, directLeg] = probe.legs;
    const via = withLog(results[0], viaLeg, directLeg);
    // A failing direct side is matched by its own address for the via request: the gateway's failover line names it.
    const direct = withLog(results[1], directLeg, viaLeg);
    const diagnosis = diagnose(via.result, direct.result);
    const event = via.event ?? direct.event;
    // A body the upstream sent (its own 5xx, a cut 200) already says what happened; a log class never overrides it.
    const logClass = via.result.ok || via.result.bodyOrigin === 'upstream' ? undefined : event?.class;
    const probeClass = pairClass(diagnosis, via.result, direct.result, logClass, event?.haproxyTermination);
    const finding = pairFinding(probe.spec, via.result, direct.result, diagnosis, probeClass, event);
    return { probes: [{ ...via.result, diagnosis }, { ...direct.result, diagnosis }], ...(finding ? { finding } : {}) };
}
async function runProbes(options, deps, extraTargets = [], runtime = {}) {
    const io = { ...nodeProbeRuntime(), ...runtime };
    const specs = [...options.probes, ...extraTargets];
    const findings = [];
    if (specs.length === 0)
        return { findings, probes: [] };
    const planned = await planProbes(specs, deps, findings);
    // Remember the log's size before the first packet: only lines appended from here on are ours.
    let window;
    let logError;
    if (options.gatewayLog) {
        try {
            window = await openLogWindow(options.cwd, options.gatewayLog.path, io.logReader);
        }
        catch (error) {
            logError = error.code ?? errorMessage(error);
        }
    }
    const { results, skipped, crashes } = await runLegs(planned, options, deps, io);
    (0,collections/* pushAll */.i)(findings, crashes);
    const log = await readGatewayEvents(options, window, io);
    logError ??= log.error;
    if (options.gatewayLog && logError) {
        findings.push({
            ruleId: rules/* GATEWAY_LOG_RULE */.$w.id,
            severity: rules/* GATEWAY_LOG_RULE */.$w.severity,
            message: `Gateway log ${JSON.stringify(options.gatewayLog.path)} could not be read (${logError}), so probe failures carry no log line; check gateway_log`,
        });
    }
    const probes = [];
    planned.forEach((probe, index) => {
        const assembled = assemble(probe, results[index], log.events, options.gatewayLog?.path ?? '');
        (0,collections/* pushAll */.i)(probes, assembled.probes);
        if (assembled.finding)
            findings.push(assembled.finding);
    });
    if (skipped > 0) {
        findings.push({
            ruleId: rules/* BUDGET_EXCEEDED_RULE */.LG.id,
            severity: rules/* BUDGET_EXCEEDED_RULE */.LG.severity,
            message: `Probe budget of ${options.probe.budgetMs}ms ran out with ${skipped} probe request(s) not started; raise probe.budget_ms, probe.concurrency, or lower timeout_ms`,
            ...(options.configPath ? { location: { path: options.configPath, line: 1 } } : {}),
        });
    }
    return { findings, probes };
}


/***/ })

};

export const id = 28;
export const ids = [28];
export const modules = {

/***/ 9190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ LOG_SIGNAL_KEYS),
/* harmony export */   Zt: () => (/* binding */ LOG_SIGNAL_GATEWAY),
/* harmony export */   yp: () => (/* binding */ logSignalMatches)
/* harmony export */ });
/* unused harmony export logSignalSubjects */
/* harmony import */ var _safety_repo_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2982);

/** The signal key that holds each gateway's log regexes. */
const LOG_SIGNAL_KEYS = { nginx: 'nginx_log', haproxy: 'haproxy_log', alb: 'alb_log' };
const LOG_SIGNAL_GATEWAY = { nginx_log: 'nginx', haproxy_log: 'haproxy', alb_log: 'alb' };
/** The texts a log signal is tested on: the whole line, then the message without timestamp, pid and context. */
function logSignalSubjects(line) {
    const message = line.fields.message;
    return message !== undefined && message !== line.text ? [line.text, message] : [line.text];
}
/**
 * True when `regex` (a `key` signal) matches `line`. A line no reader recognised (a fragment such as
 * `connect() failed (111…)` given to `gatewatch explain`) is tested against every gateway's signals.
 */
function logSignalMatches(regex, key, line) {
    if (line.format !== undefined && LOG_SIGNAL_GATEWAY[key] !== line.format)
        return false;
    return logSignalSubjects(line).some((text) => (0,_safety_repo_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .testCapped */ .K2)(regex, text));
}


/***/ }),

/***/ 2122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ maxOf),
/* harmony export */   i: () => (/* binding */ pushAll)
/* harmony export */ });
/**
 * Array helpers that stay safe at any size. `target.push(...items)` and `Math.max(...values)` pass
 * every element as a call argument, and V8 throws `RangeError: Maximum call stack size exceeded`
 * past roughly 100,000 of them (15,000 tiny KB files were enough: several findings each).
 */
/** Appends `items` to `target` one by one; returns `target`. */
function pushAll(target, items) {
    for (const item of items)
        target.push(item);
    return target;
}
/** Largest of `values`, or `empty` when there are none (Math.max() of nothing is -Infinity). */
function maxOf(values, empty = -Infinity) {
    let best;
    for (const value of values)
        if (best === undefined || value > best)
            best = value;
    return best ?? empty;
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ expandGlobs),
/* harmony export */   Q: () => (/* binding */ staticGlobBase)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7304);
/* harmony import */ var _tool_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2853);
/** Expands user globs into repo-relative paths, with a notice for a glob that matches nothing and a cap on count. */




/** `what` names the input in messages ("kb", "nginx"). Paths come back sorted and de-duplicated; see EmptyGlobPolicy. */
async function expandGlobs(patterns, deps, what, maxFiles, emptyGlob = 'notice') {
    const findings = [];
    const seen = new Set();
    for (const pattern of patterns) {
        // One extra match tells "exactly the limit" from "over the limit".
        const matches = await deps.glob([pattern], { cwd: deps.cwd, limit: maxFiles + 1 });
        // A plain path names one file: when the glob engine skips it (dangling symlink, directory, no such
        // file), the checker must still try it, so the problem is reported at that path instead of vanishing.
        if (matches.length === 0 && !picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern).isGlob) {
            seen.add((0,_deps_js__WEBPACK_IMPORTED_MODULE_1__.toRepoPath)(deps.cwd, pattern));
            continue;
        }
        // The default KB glob was nobody's request: in a repository without seeds/ it says nothing at all.
        if (matches.length === 0 && what === 'kb' && pattern === _config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_KB_GLOB */ .V8)
            continue;
        if (matches.length === 0 && emptyGlob === 'error') {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the ${what} glob "${pattern}" matched no files; check the path or the pattern, or pass --allow-empty`);
        }
        if (matches.length === 0) {
            findings.push({ ruleId: _tool_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_GLOB */ .dg.id, severity: 'notice', message: `The ${what} glob "${pattern}" matched no files; check the path or the pattern` });
        }
        for (const match of matches)
            seen.add((0,_deps_js__WEBPACK_IMPORTED_MODULE_1__.toRepoPath)(deps.cwd, match));
    }
    const paths = [...seen].sort();
    if (paths.length > maxFiles) {
        findings.push({
            ruleId: _tool_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_MANY_FILES */ .rN.id,
            severity: 'error',
            message: `The ${what} globs matched more than ${maxFiles} files; only the first ${maxFiles} were checked — narrow the globs or raise limits.max_files`,
        });
        paths.length = maxFiles;
    }
    return { paths, findings };
}
/**
 * The folder KB ids are paths under when kb.root is not set: the static part of the globs (`docs/kb` for a
 * glob `docs/kb/` + `**` + `/*.md`), the longest folder they share when there are several. Plain file paths
 * say nothing about a root and are skipped; undefined when no pattern is a glob.
 */
function staticGlobBase(patterns, cwd) {
    const bases = patterns
        .map((pattern) => picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern))
        .filter((scan) => scan.isGlob && !scan.negated)
        .map((scan) => (0,_deps_js__WEBPACK_IMPORTED_MODULE_1__.toRepoPath)(cwd, scan.base === '' ? '.' : scan.base).split('/').filter((part) => part !== '' && part !== '.'));
    if (bases.length === 0)
        return undefined;
    let shared = bases[0];
    for (const parts of bases.slice(1)) {
        const differs = shared.findIndex((part, index) => parts[index] !== part);
        if (differs !== -1)
            shared = shared.slice(0, differs);
    }
    return shared.join('/');
}


/***/ }),

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ METADATA_FIELDS),
/* harmony export */   t: () => (/* binding */ SECTION_ORDER)
/* harmony export */ });
/** The section and metadata vocabulary of a seed-form entry; no parser here, so rule metadata loads light. */
const SECTION_ORDER = [
    'Root Cause',
    'Version Compatibility',
    'Workarounds',
    'Dead Ends',
    'Signals',
    'References',
    'Related',
];
const METADATA_FIELDS = {
    ID: 'id',
    Domain: 'domain',
    Category: 'category',
    Verification: 'verification',
    'Fix Rate': 'fix_rate',
};


/***/ }),

/***/ 1231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ locatePointer)
/* harmony export */ });
const parentOf = (pointer) => pointer.slice(0, Math.max(pointer.lastIndexOf('/'), 0));
/** Exact pointer first (body map, then front matter), then ancestors; a root-level problem goes to line 1. */
function locatePointer(file, pointer) {
    for (let current = pointer;; current = parentOf(current)) {
        const where = file.ranges.get(current) ?? file.locateFrontMatter?.(current);
        if (where && current !== '')
            return { path: file.path, ...where };
        if (current === '')
            return { path: file.path, line: 1, column: 1 };
    }
}


/***/ }),

/***/ 9849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mP: () => (/* binding */ KB_CROSS_FILE_RULES),
  lP: () => (/* binding */ KB_FILE_RULES),
  QS: () => (/* binding */ KB_RULE_METAS)
});

// UNUSED EXPORTS: KB_RULES

// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/kb/locate-pointer.ts
var locate_pointer = __webpack_require__(1231);
;// CONCATENATED MODULE: ./src/kb/rules/context.ts

/** A report located at a JSON pointer of the entry (the pointer also de-duplicates schema errors). */
function at(context, pointer, message) {
    return { message, location: (0,locate_pointer/* locatePointer */.A)(context.file, pointer), pointer };
}
function locationAt(context, pointer) {
    return locatePointer(context.file, pointer);
}
/** Lowercase, markdown and punctuation stripped, whitespace collapsed: for "is this the same text" checks. */
function normalizeProse(text) {
    return text
        .replace(/[`*_~]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.!?:;,]+$/, '')
        .toLowerCase();
}
/** The first letter or digit, lowercased: normalizeProse keeps it, so differing ones mean differing texts. */
const firstAlphanumeric = (text) => /[A-Za-z0-9]/.exec(text)?.[0]?.toLowerCase();
const quote = (value) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
};

;// CONCATENATED MODULE: ./src/kb/rules/code-repeats-prose.ts
/** Catches a workaround whose fenced block just repeats its title instead of giving the command to run. */


const codeRepeatsProse = (0,rule/* defineRule */.Km)({
    id: 'kb/code-repeats-prose',
    severity: 'warning',
    description: 'A code block under a workaround must hold the commands, not a copy of the workaround text',
    check(context, report) {
        const workarounds = context.file.entry.workarounds ?? [];
        for (const block of context.file.codeBlocks) {
            const title = workarounds[block.workaround]?.title;
            if (typeof title !== 'string' || title.trim() === '')
                continue;
            if (firstAlphanumeric(block.value) !== firstAlphanumeric(title))
                continue;
            if (normalizeProse(block.value) !== normalizeProse(title))
                continue;
            const codeIndex = context.file.codeBlocks.filter((other) => other.workaround === block.workaround && other.line < block.line).length;
            report(at(context, `/workarounds/${block.workaround}/code/${codeIndex}`, `Code block of workaround ${block.workaround + 1} repeats its title "${title.slice(0, 40)}${title.length > 40 ? '...' : ''}"; replace it with the commands to run or drop the block`));
        }
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/dead-end-duplicates-workaround.ts
/** Catches a dead end titled like a workaround: the entry would tell readers to do and not do the same thing. */


const deadEndDuplicatesWorkaround = (0,rule/* defineRule */.Km)({
    id: 'kb/dead-end-duplicates-workaround',
    severity: 'warning',
    description: 'A dead end never repeats a workaround of the same entry',
    check(context, report) {
        const { workarounds, dead_ends: deadEnds } = context.file.entry;
        if (!Array.isArray(workarounds) || !Array.isArray(deadEnds))
            return;
        const titled = workarounds
            .map((workaround, index) => ({ title: workaround?.title, index }))
            .filter((item) => typeof item.title === 'string' && item.title.trim() !== '');
        deadEnds.forEach((deadEnd, index) => {
            if (typeof deadEnd?.title !== 'string' || deadEnd.title.trim() === '')
                return;
            const first = firstAlphanumeric(deadEnd.title);
            const normalized = normalizeProse(deadEnd.title);
            // Comparing first letters is cheap and rules out almost every pair before normalising.
            const workaround = titled.find((item) => firstAlphanumeric(item.title) === first && normalizeProse(item.title) === normalized);
            if (!workaround)
                return;
            report(at(context, `/dead_ends/${index}/title`, `Dead end "${deadEnd.title}" repeats workaround ${workaround.index + 1}; say what does not work, or drop one of them`));
        });
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/duplicate-id.ts
/** Catches two files declaring the same `**ID:**`: citations would point at either one at random. */


const duplicateId = (0,rule/* defineRule */.Km)({
    id: 'kb/duplicate-id',
    severity: 'error',
    description: 'Every entry id is unique across the knowledge base',
    check(context, report) {
        const id = context.file.entry.id;
        if (typeof id !== 'string')
            return;
        const others = (context.index.pathsById.get(id) ?? []).filter((path) => path !== context.file.path);
        if (others.length === 0)
            return;
        report(at(context, '/id', `Entry id "${id}" is also declared in ${others.map((path) => `"${path}"`).join(', ')}; give each entry its own id`));
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/empty-title.ts
/** Catches `- **** — reason (90% fail)`: a dead end (or workaround, or entry) whose title is empty. */


const isBlank = (value) => typeof value === 'string' && value.trim() === '';
const emptyTitle = (0,rule/* defineRule */.Km)({
    id: 'kb/empty-title',
    severity: 'error',
    description: 'Entry, workaround and dead-end titles must say something: a reader scans the titles first',
    check(context, report) {
        const { entry } = context.file;
        if (isBlank(entry.title))
            report(at(context, '/title', 'Entry title is empty; write the symptom as the H1, e.g. "502 Bad Gateway: upstream refused"'));
        (entry.workarounds ?? []).forEach((workaround, index) => {
            if (isBlank(workaround?.title)) {
                report(at(context, `/workarounds/${index}/title`, `Workaround ${index + 1} has an empty title "****"; name the action to take`));
            }
        });
        (entry.dead_ends ?? []).forEach((deadEnd, index) => {
            if (isBlank(deadEnd?.title)) {
                report(at(context, `/dead_ends/${index}/title`, `Dead end ${index + 1} has an empty title "****"; name what people try that does not help, e.g. "**Restart nginx**"`));
            }
        });
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/field-conflict.ts
/** Catches front matter `title: A` with a body `# B`: one field set in two places to different values. */


const SECTION_FIELDS = new Map([
    ['Signals', 'signals'],
    ['References', 'references'],
    ['Related', 'related'],
]);
const fieldConflict = (0,rule/* defineRule */.Km)({
    id: 'kb/field-conflict',
    severity: 'error',
    description: 'A field set both in front matter and in the body has the same value in both',
    check(context, report) {
        const { file } = context;
        const frontMatter = file.frontMatter;
        if (!frontMatter)
            return;
        for (const [field, body] of file.bodyFields) {
            const front = frontMatter.get(field);
            if (!front || JSON.stringify(front.value) === JSON.stringify(body.value))
                continue;
            report({
                message: `Field "${field}" is ${quote(body.value)} here but ${quote(front.value)} in the front matter (line ${front.range.line}); keep one`,
                location: { path: file.path, ...body.range },
                pointer: `/${field}`,
            });
        }
        for (const section of file.sections) {
            const field = SECTION_FIELDS.get(section.name);
            const front = field ? frontMatter.get(field) : undefined;
            if (!field || !front)
                continue;
            report({
                message: `Section "${section.name}" repeats "${field}" already set in the front matter (line ${front.range.line}); keep one`,
                location: { path: file.path, line: section.line, column: section.column },
            });
        }
    },
});

// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
;// CONCATENATED MODULE: ./src/kb/rules/fix-rate-consistency.ts
/** Catches `Fix Rate: 95%` when the best workaround only succeeds 80% of the time. */



const fixRateConsistency = (0,rule/* defineRule */.Km)({
    id: 'kb/fix-rate-consistency',
    severity: 'warning',
    description: 'The fix rate of an entry is not higher than the success rate of its best workaround',
    check(context, report) {
        const { fix_rate: fixRate, workarounds } = context.file.entry;
        if (typeof fixRate !== 'number' || !Array.isArray(workarounds))
            return;
        const rates = workarounds.map((workaround) => workaround?.success_rate).filter((rate) => typeof rate === 'number');
        if (rates.length === 0)
            return;
        const best = (0,collections/* maxOf */._)(rates);
        if (fixRate <= best)
            return;
        report(at(context, '/fix_rate', `Fix rate "${fixRate}%" is higher than the best workaround's success rate "${best}%"; lower the fix rate or correct the workaround rates`));
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/id-domain.ts
/** Catches `ID: api/x` with `Domain: network`: the id's first segment is the domain. */


const idDomain = (0,rule/* defineRule */.Km)({
    id: 'kb/id-domain',
    severity: 'error',
    description: 'The first segment of an entry id equals its Domain',
    check(context, report) {
        const { id, domain } = context.file.entry;
        if (typeof id !== 'string' || typeof domain !== 'string' || !id.includes('/'))
            return;
        const idDomainPart = id.slice(0, id.indexOf('/'));
        if (idDomainPart === domain)
            return;
        report(at(context, '/domain', `Domain "${domain}" differs from the id's domain "${idDomainPart}"; make them equal`));
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/id-path.ts
/** Catches `seeds/api/old-name.md` declaring `api/new-name`: the id must be the path under the KB root. */


const idPath = (0,rule/* defineRule */.Km)({
    id: 'kb/id-path',
    severity: 'error',
    description: 'An entry with id `domain/slug` lives at `<kb root>/domain/slug.md`, so links and citations find it',
    check(context, report) {
        const id = context.file.entry.id;
        const root = context.settings.root.replace(/\/+$/, '');
        // Root "" (a --kb glob like `**/*.md`) means ids are paths from the repository root.
        const prefix = root === '' ? '' : `${root}/`;
        // Files outside the KB root (fixtures, drafts checked by hand) have no expected path.
        if (typeof id !== 'string' || !context.file.path.startsWith(prefix))
            return;
        const expected = `${prefix}${id}.md`;
        if (context.file.path === expected)
            return;
        report(at(context, '/id', `Entry id "${id}" does not match its path "${context.file.path}"; move the file to "${expected}" or change the id`));
    },
});

// EXTERNAL MODULE: ./src/kb/fields.ts
var fields = __webpack_require__(9504);
;// CONCATENATED MODULE: ./src/kb/rules/metadata.ts
/** Catches an unknown `**Owner:**` bullet, a repeated `**ID:**`, a missing `**Fix Rate:**` or a missing H1 title. */


const metadata = (0,rule/* defineRule */.Km)({
    id: 'kb/metadata',
    severity: 'error',
    description: `The metadata list has one bullet each for ${Object.keys(fields/* METADATA_FIELDS */.A).join(', ')} (or the same fields in front matter)`,
    check(context, report) {
        const { file, settings } = context;
        const seen = new Map();
        for (const bullet of file.metadata) {
            const location = { path: file.path, line: bullet.line, column: bullet.column };
            if (bullet.label === '') {
                report({ message: `Metadata bullet "${bullet.value.slice(0, 60)}" does not read as "- **Label:** value"; rewrite it`, location });
                continue;
            }
            const field = fields/* METADATA_FIELDS */.A[bullet.label];
            if (!field) {
                report({ message: `Unknown metadata label "${bullet.label}"; use one of ${Object.keys(fields/* METADATA_FIELDS */.A).join(', ')}`, location });
                continue;
            }
            const first = seen.get(field);
            if (first !== undefined) {
                report({ message: `Metadata "${bullet.label}" is given again (first on line ${first}); keep one`, location });
                continue;
            }
            seen.set(field, bullet.line);
        }
        const fromFrontMatter = file.frontMatter ?? new Map();
        for (const [label, field] of Object.entries(fields/* METADATA_FIELDS */.A)) {
            if (seen.has(field) || fromFrontMatter.has(field))
                continue;
            report({ message: `Metadata "${label}" is missing; add "- **${label}:** …" under the title`, location: { path: file.path, line: 1, column: 1 }, pointer: `/${field}` });
        }
        if (!file.bodyFields.has('title') && !fromFrontMatter.has('title')) {
            report({ message: 'Entry has no title; start the file with "# <symptom>"', location: { path: file.path, line: 1, column: 1 }, pointer: '/title' });
        }
        const { domain, category } = file.entry;
        if (settings.domains && typeof domain === 'string' && !settings.domains.includes(domain)) {
            const where = file.ranges.get('/domain');
            report({ message: `Domain "${domain}" is not in the configured kb.domains (${settings.domains.join(', ')}); use one of them or extend the list`, location: { path: file.path, ...(where ?? { line: 1, column: 1 }) }, pointer: '/domain' });
        }
        if (settings.categories && typeof category === 'string' && !settings.categories.includes(category)) {
            const where = file.ranges.get('/category');
            report({ message: `Category "${category}" is not in the configured kb.categories (${settings.categories.join(', ')}); use one of them or extend the list`, location: { path: file.path, ...(where ?? { line: 1, column: 1 }) }, pointer: '/category' });
        }
    },
});

// EXTERNAL MODULE: ./src/kb/rules/parse-error.ts
var parse_error = __webpack_require__(9213);
;// CONCATENATED MODULE: ./src/kb/rules/percent-format.ts
/** Catches `**Fix Rate:** 0.85` or `(90 success)`: rates are whole percents written `NN%`. */

const SEED_PERCENT = /^\d{1,3}%$/;
const percentFormat = (0,rule/* defineRule */.Km)({
    id: 'kb/percent-format',
    severity: 'error',
    description: 'Fix rates, success rates and fail rates are whole percents (`85%`); `0.85` is ambiguous',
    check(context, report) {
        for (const percent of context.file.percents) {
            const text = percent.text.trim();
            const valid = SEED_PERCENT.test(text) || (percent.source === 'front-matter' && /^\d{1,3}$/.test(text));
            if (valid && Number.parseInt(text, 10) <= 100)
                continue;
            const hint = /^0?\.\d+$/.test(text)
                ? `is ambiguous (a fraction or a tiny percent?); write "${Math.round(Number(text) * 100)}%"`
                : Number.parseInt(text, 10) > 100
                    ? 'is over 100%; write a percent between 0% and 100%'
                    : 'is not a whole percent; write it like "85%"';
            report({ message: `Rate "${text}" ${hint}`, location: { path: context.file.path, ...percent.range }, pointer: percent.pointer });
        }
    },
});

// EXTERNAL MODULE: ./src/kb/rules/placeholder.ts
var placeholder = __webpack_require__(2024);
// EXTERNAL MODULE: ./src/cite/log-signal.ts
var log_signal = __webpack_require__(9190);
// EXTERNAL MODULE: ./src/safety/repo-regex.ts
var repo_regex = __webpack_require__(2982);
// EXTERNAL MODULE: ./src/failure-class.ts
var failure_class = __webpack_require__(3392);
// EXTERNAL MODULE: ./src/logs/line.ts
var logs_line = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/kb/rules/regex-example.ts
/**
 * Catches a log signal (`nginx_log`, `haproxy_log`, `alb_log`) that does not compile, RE2 cannot compile
 * (lookaround, backreferences), or does not match any of the entry's ```log lines the way citation will match it: each
 * line is read by the same extractor (logs/line.ts) and tested by the same matcher (cite/log-signal.ts).
 */






const regexExample = (0,rule/* defineRule */.Km)({
    id: 'kb/regex-example',
    severity: 'error',
    description: "Every log signal is an RE2 regex (linear-time) that matches a real log line of its gateway shown in a ```log block of the entry",
    check(context, report) {
        const signals = context.file.entry.signals;
        if (!signals)
            return;
        const logLines = context.file.fences
            .filter((block) => block.lang === 'log')
            .flatMap((block) => block.value.split('\n'))
            .filter((line) => line.trim() !== '')
            .map((line) => (0,logs_line/* readLogLine */.Z)(line));
        for (const gateway of failure_class/* GATEWAYS */.it) {
            const key = log_signal/* LOG_SIGNAL_KEYS */.NX[gateway];
            const patterns = signals[key];
            if (!Array.isArray(patterns))
                continue;
            patterns.forEach((pattern, index) => {
                if (typeof pattern !== 'string')
                    return;
                const pointer = `/signals/${key}/${index}`;
                const compiled = (0,repo_regex/* compileRepoRegex */.XX)(pattern);
                if (!compiled.ok) {
                    report(at(context, pointer, `Log signal "${pattern.slice(0, 60)}" is refused: ${compiled.reason}`));
                    return;
                }
                if (logLines.length === 0) {
                    report({ ...at(context, pointer, `Log signal "${pattern.slice(0, 60)}" has no example; add the real log line in a \`\`\`log block`), severity: 'warning' });
                    return;
                }
                if (!logLines.some((line) => line.format === gateway && (0,log_signal/* logSignalMatches */.yp)(compiled.regex, key, line))) {
                    report(at(context, pointer, `Log signal "${pattern.slice(0, 60)}" matches none of the entry's \`\`\`log lines as a ${gateway} line (whole line or its message); fix the regex or the example`));
                }
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/related-exists.ts
/** Catches `Related: api/http-502-typo`: a related id that no entry in the knowledge base declares. */


const relatedExists = (0,rule/* defineRule */.Km)({
    id: 'kb/related-exists',
    severity: 'error',
    description: 'Every related id names an entry of the knowledge base',
    check(context, report) {
        const related = context.file.entry.related;
        if (!Array.isArray(related))
            return;
        related.forEach((id, index) => {
            if (typeof id !== 'string' || context.index.pathsById.has(id))
                return;
            if (id === context.file.entry.id) {
                report(at(context, `/related/${index}`, `Related id "${id}" is this entry itself; remove it`));
                return;
            }
            report(at(context, `/related/${index}`, `Related id "${id}" matches no entry in the knowledge base; fix the id or add the entry`));
        });
    },
});

// EXTERNAL MODULE: ./src/kb/rules/schema.ts
var schema = __webpack_require__(8662);
;// CONCATENATED MODULE: ./src/kb/rules/sections.ts
/** Catches a missing `## Workarounds`, an unknown `## Fixes`, a repeated section or sections out of order. */


const REQUIRED = new Map([
    ['Root Cause', '/root_cause'],
    ['Version Compatibility', '/versions'],
    ['Workarounds', '/workarounds'],
    ['Dead Ends', '/dead_ends'],
]);
const KNOWN = new Set(fields/* SECTION_ORDER */.t);
function closestSection(name) {
    const lower = name.toLowerCase();
    return fields/* SECTION_ORDER */.t.find((known) => known.toLowerCase() === lower || known.toLowerCase().startsWith(lower.split(' ')[0] ?? ''));
}
const sections = (0,rule/* defineRule */.Km)({
    id: 'kb/sections',
    severity: 'error',
    description: `H2 sections are exactly ${fields/* SECTION_ORDER */.t.join(', ')} (the last three optional), once each, in that order`,
    check(context, report) {
        const { file } = context;
        const seen = new Map();
        let lastRank = -1;
        for (const section of file.sections) {
            const location = { path: file.path, line: section.line, column: section.column, endLine: section.line, endColumn: section.column + section.name.length };
            if (!KNOWN.has(section.name)) {
                const suggestion = closestSection(section.name);
                report({ message: `Unknown section "${section.name}"${suggestion ? `; did you mean "${suggestion}"?` : `; use one of ${fields/* SECTION_ORDER */.t.join(', ')}`}`, location });
                continue;
            }
            const first = seen.get(section.name);
            if (first !== undefined) {
                report({ message: `Section "${section.name}" appears again (first on line ${first}); merge the two`, location });
                continue;
            }
            seen.set(section.name, section.line);
            const rank = fields/* SECTION_ORDER */.t.indexOf(section.name);
            if (rank < lastRank) {
                report({ message: `Section "${section.name}" is out of order; sections go ${fields/* SECTION_ORDER */.t.join(', ')}`, location });
            }
            lastRank = Math.max(lastRank, rank);
        }
        for (const [name, pointer] of REQUIRED) {
            if (seen.has(name))
                continue;
            report({ message: `Section "## ${name}" is missing; add it`, location: { path: file.path, line: 1, column: 1 }, pointer });
        }
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/table-columns.ts
/** Catches a version table with columns other than `Version | Status | Introduced | Deprecated`, or ragged rows. */

const COLUMNS = ['Version', 'Status', 'Introduced', 'Deprecated'];
const tableColumns = (0,rule/* defineRule */.Km)({
    id: 'kb/table-columns',
    severity: 'error',
    description: 'The Version Compatibility table has exactly the columns Version | Status | Introduced | Deprecated',
    check(context, report) {
        const { file } = context;
        const table = file.versionTable;
        if (!table) {
            const heading = file.sections.find((section) => section.name === 'Version Compatibility');
            if (heading) {
                report({ message: 'Section "Version Compatibility" has no table; add "| Version | Status | Introduced | Deprecated |"', location: { path: file.path, line: heading.line, column: heading.column }, pointer: '/versions' });
            }
            return;
        }
        if (table.header.join('|') !== COLUMNS.join('|')) {
            report({ message: `Version table columns are "${table.header.join(' | ')}"; use "${COLUMNS.join(' | ')}"`, location: { path: file.path, line: table.line, column: 1 }, pointer: '/versions' });
        }
        table.rows.forEach((row, index) => {
            if (row.cells.length === COLUMNS.length)
                return;
            report({ message: `Version row has ${row.cells.length} cells, not ${COLUMNS.length}; fill every column ("—" for none)`, location: { path: file.path, line: row.line, column: 1 }, pointer: `/versions/${index}` });
        });
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/version-lifecycle.ts
/** Catches `| Nginx 1.18 | deprecated | 1.18 | — |`: a deprecated or removed row must say since when, an active one must not. */


const versionLifecycle = (0,rule/* defineRule */.Km)({
    id: 'kb/version-lifecycle',
    severity: 'error',
    description: 'Version rows are consistent: deprecated/removed rows give a Deprecated version, active rows do not',
    check(context, report) {
        (context.file.entry.versions ?? []).forEach((row, index) => {
            if (!row || typeof row !== 'object')
                return;
            const pointer = `/versions/${index}`;
            const name = typeof row.name === 'string' ? row.name : `row ${index + 1}`;
            if ((row.status === 'deprecated' || row.status === 'removed') && row.deprecated === null) {
                report(at(context, `${pointer}/deprecated`, `"${name}" is ${row.status} but has no Deprecated version; give the version it was deprecated in`));
            }
            if (row.status === 'active' && typeof row.deprecated === 'string') {
                report(at(context, `${pointer}/status`, `"${name}" is active but lists Deprecated "${row.deprecated}"; set the status to deprecated or clear the column ("—")`));
            }
            if (typeof row.introduced === 'string' && row.introduced === row.deprecated) {
                report(at(context, `${pointer}/deprecated`, `"${name}" is deprecated in the version it was introduced ("${row.introduced}"); check the versions`));
            }
        });
    },
});

;// CONCATENATED MODULE: ./src/kb/rules/index.ts


















/** Rules that look at one file alone; they run while the file is parsed, before the next one is read. */
const KB_FILE_RULES = [
    codeRepeatsProse,
    deadEndDuplicatesWorkaround,
    emptyTitle,
    fieldConflict,
    fixRateConsistency,
    idDomain,
    idPath,
    metadata,
    percentFormat,
    placeholder/* placeholder */.q,
    regexExample,
    sections,
    tableColumns,
    versionLifecycle,
];
/** Rules that need every entry's id; they run once all files are read, on slimmed files (id and related only). */
const KB_CROSS_FILE_RULES = [duplicateId, relatedExists];
const KB_RULES = [...KB_FILE_RULES, ...KB_CROSS_FILE_RULES];
const KB_RULE_METAS = [parse_error/* PARSE_ERROR_RULE */.k, schema/* SCHEMA_RULE_META */.D, ...KB_RULES];


/***/ }),

/***/ 9213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ PARSE_ERROR_RULE)
/* harmony export */ });
const PARSE_ERROR_RULE = {
    id: 'kb/parse-error',
    severity: 'error',
    description: 'The file can be read as a KB entry: UTF-8 text, valid YAML front matter, items in the documented form',
};


/***/ }),

/***/ 2024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ PLACEHOLDER),
/* harmony export */   q: () => (/* binding */ placeholder)
/* harmony export */ });
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2741);
/** Catches a `gatewatch kb new` skeleton merged before its author replaced the "FILL IN" placeholders. */

/** The marker `kb new` writes (src/kb/skeleton.ts); upper case, so prose that says "fill in" is not flagged. */
const PLACEHOLDER = 'FILL IN';
const placeholder = (0,_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    id: 'kb/placeholder',
    severity: 'error',
    description: 'No "FILL IN" placeholder from `gatewatch kb new` is left in the entry',
    check(context, report) {
        context.file.lines.forEach((text, index) => {
            const column = text.indexOf(PLACEHOLDER);
            if (column === -1)
                return;
            // The placeholder's own words, up to the markdown around it (`**`, a table pipe, a dead end's " — ").
            const hint = text.slice(column).split(/\*\*| \| | — /)[0].trim();
            report({
                message: `Placeholder "${hint.length > 80 ? `${hint.slice(0, 79)}…` : hint}" is still here; replace it with what it asks for`,
                location: { path: context.file.path, line: index + 1, column: column + 1 },
            });
        });
    },
});


/***/ }),

/***/ 8662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SCHEMA_RULE_META)
/* harmony export */ });
const SCHEMA_RULE_META = {
    id: 'kb/schema',
    severity: 'error',
    description: 'The canonical entry validates against schemas/kb-entry.schema.json',
};


/***/ }),

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
/*
 * error_reason for Lambda targets (docs/gateways.md §1.3). Target status is `-`: the load balancer wrote the
 * 5xx itself because the function's answer was unusable (or it threw, was throttled, is missing), so
 * none of them is the target's own 5xx; only the platform's connection timeout is a timeout.
 */
function lambdaClass(reason) {
    if (reason === 'LambdaConnectionTimeout')
        return { class: 'timeout_connect', why: `${reason}: generated by the load balancer` };
    return { class: 'bad_response', why: `${reason}: generated by the load balancer` };
}
/**
 * ALB evidence → class (docs/gateways.md §1.7). The timings cannot separate "refused" from "closed early"
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
 * Termination state → failure class, after the §8.5 table and the measured statuses (docs/gateways.md §2.2):
 * `SC` refused (or `<NOSRV>`: nothing usable), `sC` connect timeout, `SH` server closed before headers,
 * `sH` server timeout (504), `PH` invalid response (502), `sQ` queue timeout (503 `<NOSRV>`),
 * data-phase aborts cut the body. Client-side (`C`/`c`), local (`L`) and admin (`K`, `U`) endings are not gateway failures.
 */
function terminationClass(flags, noServer, connectTimedOut) {
    const [event, state] = [flags[0], flags[1]];
    if ('CcLKU-'.includes(event))
        return 'ok';
    if (event === 'S') {
        if (state === 'C')
            return noServer ? 'no_live_upstream' : connectTimedOut ? 'timeout_connect' : 'refused';
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
/** What one refused connect attempt may take, turn-around included: a refusal is answered at once. */
const REFUSAL_MS = 1000;
const REFUSAL_SLACK_MS = 500;
/**
 * `SC` is "refused" only when the attempts were quick. With no `timeout connect`, each attempt ends when
 * the kernel gives up on the SYN (≈7 s with tcp_syn_retries=2, docs/gateways.md r04d) and HAProxy logs `SC`
 * too, not `sC`. Refusals take at most the 1 s turn-around per retry (r02: 3 retries, 3.0 s), so time
 * spent connecting beyond that is a connect timeout. Connect time = total − TR − Tw (the -1s excluded).
 */
function connectTimedOut(request) {
    const timers = request.timers;
    const [before, total] = request.status !== undefined ? [[timers[0], timers[1]], timers[4]] : [[timers[0]], timers[2]];
    const connecting = total - before.filter((value) => value > 0).reduce((sum, value) => sum + value, 0);
    return connecting > request.retries * REFUSAL_MS + REFUSAL_SLACK_MS;
}
function requestVerdict(request, text, line) {
    const flags = request.termination;
    const httpMode = request.status !== undefined;
    if ((httpMode && flags.length !== 4) || (!httpMode && flags.length !== 2) || !FIRST.has(flags[0]) || !SECOND.has(flags[1])) {
        return { kind: 'warning', reason: `unknown termination state "${flags}"` };
    }
    const noServer = request.server === '<NOSRV>';
    let klass = terminationClass(flags, noServer, !noServer && flags.startsWith('SC') && connectTimedOut(request));
    // A normal ending with a 5xx from a real server: the upstream's own error passed through (`----`, docs/gateways.md r12).
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

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ contextField),
/* harmony export */   Z: () => (/* binding */ readLogLine)
/* harmony export */ });
/* harmony import */ var _alb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8998);
/* harmony import */ var _haproxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(978);


/*
 * nginx error.log (`2026/11/27 07:00:00 [error] 12#12: *3 …`) and `nginx -t` output
 * (`nginx: [emerg] unknown directive "x" in /etc/nginx/nginx.conf:3`, no pid; `nginx: configuration file … test failed`).
 */
const NGINX_LINE = /^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[(\w+)\] (?:\d+#\d+: )?(?:\*\d+ )?|nginx: (?:\[(\w+)\] )?)(.*)$/;
/* HAProxy's own stderr: `[WARNING]  (15116) : Server be/s1 is DOWN, …`, `[ALERT]    (PID) : config : …`. */
const HAPROXY_MESSAGE = /^\[(NOTICE|WARNING|ALERT)\]\s+\((?:\d+|PID)\)\s*:\s*(.*)$/;
/** Longest line examined: a KB regex runs on at most this much text. */
const MAX_LINE = 8192;
/** One context field (`request`, `upstream`, `host`, …) of an nginx error line, unquoted. */
function contextField(text, name) {
    const match = new RegExp(`, ${name}: "([^"]*)"`).exec(text);
    return match?.[1];
}
function nginxLine(text) {
    const parsed = NGINX_LINE.exec(text);
    if (!parsed)
        return undefined;
    const rest = parsed[3];
    const level = parsed[1] ?? parsed[2];
    // The stable message ends where nginx appends its ", client: …" context.
    const clientAt = rest.indexOf(', client: ');
    const upstreamUrl = contextField(text, 'upstream');
    const request = contextField(text, 'request');
    const host = contextField(text, 'host');
    return {
        format: 'nginx',
        text,
        fields: {
            ...(level ? { level: level.toLowerCase() } : {}),
            message: clientAt === -1 ? rest : rest.slice(0, clientAt),
            ...(upstreamUrl !== undefined ? { upstreamUrl } : {}),
            ...(request !== undefined ? { request } : {}),
            ...(host !== undefined ? { host } : {}),
        },
    };
}
function haproxyLine(text) {
    const request = (0,_haproxy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseHaproxyRequest */ .AK)(text);
    if (request) {
        return {
            format: 'haproxy',
            text,
            fields: {
                backend: request.backend,
                server: request.server,
                termination: request.termination,
                timers: request.timers,
                retries: request.retries,
                ...(request.request !== undefined ? { request: request.request } : {}),
            },
        };
    }
    const message = HAPROXY_MESSAGE.exec(text);
    if (!message)
        return undefined;
    return { format: 'haproxy', text, fields: { level: message[1].toLowerCase(), message: message[2] } };
}
function albLine(text) {
    const record = (0,_alb_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAlbLine */ .xl)(text);
    if (!record)
        return undefined;
    return {
        format: 'alb',
        text,
        fields: {
            request: record.request,
            elbStatus: record.elbStatus,
            ...(record.targetStatus !== undefined ? { targetStatus: record.targetStatus } : {}),
            ...(record.errorReason !== '-' && record.errorReason !== '' ? { errorReason: record.errorReason } : {}),
        },
    };
}
const READERS = { nginx: nginxLine, haproxy: haproxyLine, alb: albLine };
/** Reads one line as `format` (or as whichever format recognises it); never throws. */
function readLogLine(raw, format) {
    const text = raw.trim().slice(0, MAX_LINE);
    if (format)
        return READERS[format](text) ?? { format, text, fields: {} };
    return nginxLine(text) ?? haproxyLine(text) ?? albLine(text) ?? { text, fields: {} };
}


/***/ }),

/***/ 906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ OK),
/* harmony export */   n: () => (/* binding */ FOREIGN)
/* harmony export */ });
const OK = { kind: 'ok' };
const FOREIGN = { kind: 'foreign' };


/***/ }),

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   N6: () => (/* binding */ toFinding),
/* harmony export */   xG: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _tool_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2853);

function defineRule(rule) {
    return rule;
}
/** Runs rules over one context; a rule that throws becomes a `tool/rule-crashed` finding, never a lost run. */
function runRules(rules, context, crashLocation) {
    const findings = [];
    for (const rule of rules) {
        try {
            rule.check(context, (report) => {
                findings.push({
                    ruleId: rule.id,
                    severity: report.severity ?? rule.severity,
                    message: report.message,
                    ...(report.location ? { location: report.location } : {}),
                    ...(report.signals ? { signals: report.signals } : {}),
                    ...(report.pointer !== undefined ? { pointer: report.pointer } : {}),
                });
            });
        }
        catch (error) {
            findings.push({
                ruleId: _tool_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_CRASHED */ .qV.id,
                severity: 'error',
                message: `Rule "${rule.id}" crashed: ${error instanceof Error ? error.message : String(error)}`,
                ...(crashLocation ? { location: crashLocation } : {}),
            });
        }
    }
    return findings;
}
/** Drops the internal pointer before findings leave a checker. */
function toFinding({ pointer: _pointer, ...finding }) {
    return finding;
}


/***/ }),

/***/ 2982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ testCapped),
/* harmony export */   XX: () => (/* binding */ compileRepoRegex)
/* harmony export */ });
/* unused harmony exports MAX_PATTERN_LENGTH, MAX_INPUT_LENGTH, MAX_INPUT_LINES, missingInRe2 */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/**
 * The one place regexes from repository content are compiled: KB `signals.nginx_log`, probe
 * `expect.body_regex`, anything else a pull request can write. V8's RegExp backtracks without a
 * time limit (`\w*\w*\w*\w*\w*!` ran for minutes on a long line, `(a+)+$` is exponential), so these
 * run on re2js, a port of RE2 whose matching time is linear in the input whatever the pattern.
 * RE2 has no lookaround and no backreferences; such a pattern is refused with a message saying so.
 */

/** Longest pattern accepted: signals quote one stable log phrase, body checks a short marker. */
const MAX_PATTERN_LENGTH = 1000;
/** Log text beyond this is not matched; nginx puts the stable message first, before `client:`. */
const MAX_INPUT_LENGTH = 1024;
/** Log excerpts attached to one finding are a few lines; more are not matched. */
const MAX_INPUT_LINES = 20;
/**
 * The JavaScript constructs RE2 lacks, found before translation (re2js's translator would silently
 * turn `\k<name>` into the literal `k<name>`). Escapes and character classes are skipped.
 */
function missingInRe2(source) {
    let inClass = false;
    for (let i = 0; i < source.length; i += 1) {
        const char = source[i];
        const next = source[i + 1] ?? '';
        if (char === '\\') {
            if (!inClass && /[1-9]/.test(next))
                return 'backreferences ("\\1")';
            if (!inClass && next === 'k' && source[i + 2] === '<')
                return 'named backreferences ("\\k<name>")';
            i += 1;
            continue;
        }
        if (inClass) {
            if (char === ']')
                inClass = false;
            continue;
        }
        if (char === '[') {
            inClass = true;
            continue;
        }
        if (char === '(' && next === '?') {
            const rest = source.slice(i + 2, i + 4);
            if (rest.startsWith('<=') || rest.startsWith('<!'))
                return 'lookbehind ("(?<=…)", "(?<!…)")';
            if (rest.startsWith('=') || rest.startsWith('!'))
                return 'lookahead ("(?=…)", "(?!…)")';
            if (rest.startsWith('>'))
                return 'atomic groups ("(?>…)")';
        }
        if ('*+?}'.includes(char) && next === '+')
            return 'possessive quantifiers ("a*+")';
    }
    return undefined;
}
/** Compiles a repository regex for linear-time matching; every problem is a reason, never an exception. */
function compileRepoRegex(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        return { ok: false, reason: `it is longer than ${MAX_PATTERN_LENGTH} characters; shorten it` };
    const missing = missingInRe2(source);
    if (missing) {
        return { ok: false, reason: `RE2 (the linear-time engine gatewatch runs repository regexes on) has no ${missing}; rewrite the pattern without them` };
    }
    try {
        // translateRegExp maps JavaScript-only spellings (`\u0041`, `(?<name>…)`, `\cA`) to RE2's.
        const compiled = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.translateRegExp(source));
        return { ok: true, regex: { source, test: (text) => compiled.test(text) } };
    }
    catch (error) {
        const message = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        return { ok: false, reason: `it is not a valid regular expression (${message}); fix the syntax` };
    }
}
/** Tests a log regex line by line against capped input (a finding's log excerpt is a few short lines). */
function testCapped(regex, text) {
    const lines = text.split('\n', MAX_INPUT_LINES);
    return lines.some((line) => regex.test(line.slice(0, MAX_INPUT_LENGTH)));
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dg: () => (/* binding */ EMPTY_GLOB),
/* harmony export */   qV: () => (/* binding */ RULE_CRASHED),
/* harmony export */   rN: () => (/* binding */ TOO_MANY_FILES),
/* harmony export */   xP: () => (/* binding */ TOOL_RULES)
/* harmony export */ });
const RULE_CRASHED = {
    id: 'tool/rule-crashed',
    severity: 'error',
    description: 'A rule threw while checking a file; the other rules still ran',
};
const EMPTY_GLOB = {
    id: 'tool/empty-glob',
    severity: 'notice',
    description: 'A configured glob matched no file, so nothing was checked for it',
};
const TOO_MANY_FILES = {
    id: 'tool/too-many-files',
    severity: 'error',
    description: 'The globs matched more files than limits.max_files; the rest were not checked',
};
const TOOL_RULES = [RULE_CRASHED, EMPTY_GLOB, TOO_MANY_FILES];


/***/ })

};

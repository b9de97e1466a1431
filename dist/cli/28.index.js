export const id = 28;
export const ids = [28];
export const modules = {

/***/ 5392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ testCapped),
/* harmony export */   Yc: () => (/* binding */ compileSafeRegex)
/* harmony export */ });
/* unused harmony exports MAX_PATTERN_LENGTH, MAX_INPUT_LENGTH, unsafeRegexReason, MAX_INPUT_LINES */
/**
 * KB `nginx_log` patterns come from pull requests, and V8's backtracking engine has no time limit:
 * `(a+)+$` is exponential and even `.*a.*b.*c` took 20 s on a 1 KiB line (measured, Node 20).
 * Patterns are screened before compiling and inputs are capped, so a KB regex can never hang a run.
 */
/** Longest pattern accepted; signal regexes quote one stable log phrase. */
const MAX_PATTERN_LENGTH = 300;
/** Log text beyond this is not matched; nginx puts the stable message first, before `client:`. */
const MAX_INPUT_LENGTH = 1024;
/**
 * Repeated broad atoms (`.`, `\S`, `[^"]`) that can all match the same text backtrack polynomially:
 * two stay under ~0.1 s on a capped input (measured: `a.*b.*c` 88 ms at 1 KiB), three do not.
 */
const MAX_BROAD_REPEATS = 2;
/** `{n,m}` with a larger upper bound backtracks like `*`. */
const LARGE_REPEAT = 100;
/** Reads a quantifier at `index` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each optionally lazy). */
function readQuantifier(pattern, index) {
    const char = pattern[index];
    let length = 0;
    let unbounded = false;
    let repeats = false;
    if (char === '*' || char === '+') {
        length = 1;
        unbounded = true;
        repeats = true;
    }
    else if (char === '?') {
        length = 1;
    }
    else if (char === '{') {
        const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index));
        if (!match)
            return undefined;
        length = match[0].length;
        const upper = match[2] === undefined ? Number(match[1]) : match[3] === '' ? Infinity : Number(match[3]);
        unbounded = upper > LARGE_REPEAT;
        repeats = upper > 1;
    }
    else {
        return undefined;
    }
    if (pattern[index + length] === '?')
        length += 1;
    return { length, unbounded, repeats };
}
/** Index just past a character class starting at `index` (`[`). */
function skipClass(pattern, index) {
    let i = index + 1;
    if (pattern[i] === '^')
        i += 1;
    if (pattern[i] === ']')
        i += 1;
    while (i < pattern.length && pattern[i] !== ']')
        i += pattern[i] === '\\' ? 2 : 1;
    return i + 1;
}
/** Index just past the group opener at `index` (`(`, `(?:`, `(?=`, `(?<name>` …). */
function skipGroupOpener(pattern, index) {
    if (pattern[index + 1] !== '?')
        return index + 1;
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(pattern.slice(index));
    if (named)
        return index + named[0].length;
    return index + (pattern.startsWith('(?<=', index) || pattern.startsWith('(?<!', index) ? 4 : 3);
}
/** Why a pattern is unsafe to run, or undefined when it passes the screen. */
function unsafeRegexReason(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        return `longer than ${MAX_PATTERN_LENGTH} characters`;
    // `test()` is unanchored, so a leading or trailing `.*` only adds backtracking.
    const pattern = source.replace(/^\^?\.\*/, '').replace(/\.\*\$?$/, '');
    const stack = [{ hasQuantifier: false, hasAlternation: false, hasUnbounded: false }];
    let broadRepeats = 0;
    let i = 0;
    while (i < pattern.length) {
        const char = pattern[i];
        let atomEnd = i + 1;
        let closed;
        let broad = char === '.';
        if (char === '\\') {
            if (/^\\([1-9]|k<)/.test(pattern.slice(i)))
                return 'backreferences are not allowed';
            atomEnd = i + 2;
            broad = /[SWD]/.test(pattern[i + 1] ?? '');
        }
        else if (char === '[') {
            atomEnd = skipClass(pattern, i);
            broad = pattern[i + 1] === '^';
        }
        else if (char === '(') {
            stack.push({ hasQuantifier: false, hasAlternation: false, hasUnbounded: false });
            i = skipGroupOpener(pattern, i);
            continue;
        }
        else if (char === ')') {
            if (stack.length === 1)
                return 'unbalanced ")"';
            closed = stack.pop();
        }
        else if (char === '|') {
            stack[stack.length - 1].hasAlternation = true;
            i += 1;
            continue;
        }
        const quantifier = readQuantifier(pattern, atomEnd);
        const top = stack[stack.length - 1];
        if (closed?.hasQuantifier)
            top.hasQuantifier = true;
        if (closed?.hasUnbounded)
            top.hasUnbounded = true;
        if (quantifier?.repeats && closed?.hasUnbounded)
            return 'nested quantifiers are not allowed';
        if (quantifier) {
            if (quantifier.unbounded) {
                // Star height > 1 (`(a+)+`, `(a|aa)*`) is the classic catastrophic-backtracking shape.
                if (closed && (closed.hasQuantifier || closed.hasAlternation))
                    return 'nested quantifiers are not allowed';
                if (broad)
                    broadRepeats += 1;
                top.hasUnbounded = true;
            }
            top.hasQuantifier = true;
            atomEnd += quantifier.length;
        }
        i = atomEnd;
    }
    if (stack.length > 1)
        return 'unbalanced "("';
    if (broadRepeats > MAX_BROAD_REPEATS) {
        return `more than ${MAX_BROAD_REPEATS} repeated wildcards (".*", "\\S+", "[^x]*") can backtrack for minutes`;
    }
    return undefined;
}
/** Screens, then compiles; a syntax error is a reason too, never an exception. */
function compileSafeRegex(source) {
    const reason = unsafeRegexReason(source);
    if (reason)
        return { ok: false, reason };
    try {
        return { ok: true, regex: new RegExp(source) };
    }
    catch (error) {
        return { ok: false, reason: `invalid regular expression: ${error.message}` };
    }
}
/** Log excerpts attached to one finding are a few lines; more are not matched. */
const MAX_INPUT_LINES = 20;
/** Tests a screened regex line by line against capped input. */
function testCapped(regex, text) {
    const lines = text.split('\n', MAX_INPUT_LINES);
    return lines.some((line) => regex.test(line.slice(0, MAX_INPUT_LENGTH)));
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs),
/* harmony export */   dg: () => (/* binding */ EMPTY_GLOB),
/* harmony export */   rN: () => (/* binding */ TOO_MANY_FILES)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7304);
/** Expands user globs into repo-relative paths, with a notice for a glob that matches nothing and a cap on count. */


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
/** `what` names the input in messages ("kb", "nginx"). Paths come back sorted and de-duplicated. */
async function expandGlobs(patterns, deps, what, maxFiles) {
    const findings = [];
    const seen = new Set();
    for (const pattern of patterns) {
        // One extra match tells "exactly the limit" from "over the limit".
        const matches = await deps.glob([pattern], { cwd: deps.cwd, limit: maxFiles + 1 });
        // A plain path names one file: when the glob engine skips it (dangling symlink, directory, no such
        // file), the checker must still try it, so the problem is reported at that path instead of vanishing.
        if (matches.length === 0 && !picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(pattern).isGlob) {
            seen.add((0,_deps_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoPath */ .x)(deps.cwd, pattern));
            continue;
        }
        if (matches.length === 0) {
            findings.push({ ruleId: EMPTY_GLOB.id, severity: 'notice', message: `The ${what} glob "${pattern}" matched no files; check the path or the pattern` });
        }
        for (const match of matches)
            seen.add((0,_deps_js__WEBPACK_IMPORTED_MODULE_0__/* .toRepoPath */ .x)(deps.cwd, match));
    }
    const paths = [...seen].sort();
    if (paths.length > maxFiles) {
        findings.push({
            ruleId: TOO_MANY_FILES.id,
            severity: 'error',
            message: `The ${what} globs matched more than ${maxFiles} files; only the first ${maxFiles} were checked — narrow the globs or raise limits.max_files`,
        });
        paths.length = maxFiles;
    }
    return { paths, findings };
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

// UNUSED EXPORTS: KB_RULES, PARSE_ERROR_RULE, SCHEMA_RULE_META

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
        const best = Math.max(...rates);
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
        const prefix = `${root}/`;
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

// EXTERNAL MODULE: ./src/cite/safe-regex.ts
var safe_regex = __webpack_require__(5392);
;// CONCATENATED MODULE: ./src/kb/rules/regex-example.ts
/** Catches a `nginx_log` signal that does not compile, could backtrack forever, or matches none of the entry's ```log lines. */



const regexExample = (0,rule/* defineRule */.Km)({
    id: 'kb/regex-example',
    severity: 'error',
    description: 'Every nginx_log signal is a safe regex that matches a real log line shown in a ```log block of the entry',
    check(context, report) {
        const patterns = context.file.entry.signals?.nginx_log;
        if (!Array.isArray(patterns))
            return;
        const logLines = context.file.fences
            .filter((block) => block.lang === 'log')
            .flatMap((block) => block.value.split('\n'));
        patterns.forEach((pattern, index) => {
            if (typeof pattern !== 'string')
                return;
            const pointer = `/signals/nginx_log/${index}`;
            const compiled = (0,safe_regex/* compileSafeRegex */.Yc)(pattern);
            if (!compiled.ok) {
                report(at(context, pointer, `Log signal "${pattern.slice(0, 60)}" is refused: ${compiled.reason}; simplify the regex`));
                return;
            }
            if (logLines.length === 0) {
                report({ ...at(context, pointer, `Log signal "${pattern.slice(0, 60)}" has no example; add the real log line in a \`\`\`log block`), severity: 'warning' });
                return;
            }
            if (!logLines.some((line) => (0,safe_regex/* testCapped */.K2)(compiled.regex, line))) {
                report(at(context, pointer, `Log signal "${pattern.slice(0, 60)}" matches none of the entry's \`\`\`log lines; fix the regex or the example`));
            }
        });
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















/** Produced by the parser itself; listed here so reports and docs know them. */
const PARSE_ERROR_RULE = {
    id: 'kb/parse-error',
    severity: 'error',
    description: 'The file can be read as a KB entry: UTF-8 text, valid YAML front matter, items in the documented form',
};
/** Produced by ajv against schemas/kb-entry.schema.json. */
const SCHEMA_RULE_META = {
    id: 'kb/schema',
    severity: 'error',
    description: 'The canonical entry validates against schemas/kb-entry.schema.json',
};
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
    regexExample,
    sections,
    tableColumns,
    versionLifecycle,
];
/** Rules that need every entry's id; they run once all files are read, on slimmed files (id and related only). */
const KB_CROSS_FILE_RULES = [duplicateId, relatedExists];
const KB_RULES = [...KB_FILE_RULES, ...KB_CROSS_FILE_RULES];
const KB_RULE_METAS = [PARSE_ERROR_RULE, SCHEMA_RULE_META, ...KB_RULES];


/***/ }),

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   N6: () => (/* binding */ toFinding),
/* harmony export */   qV: () => (/* binding */ RULE_CRASHED),
/* harmony export */   xG: () => (/* binding */ runRules)
/* harmony export */ });
function defineRule(rule) {
    return rule;
}
const RULE_CRASHED = {
    id: 'tool/rule-crashed',
    severity: 'error',
    description: 'A rule threw while checking a file; the other rules still ran',
};
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
                ruleId: RULE_CRASHED.id,
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


/***/ })

};

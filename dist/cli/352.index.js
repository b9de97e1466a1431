export const id = 352;
export const ids = [352];
export const modules = {

/***/ 2352:
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
// EXTERNAL MODULE: ./node_modules/gray-matter/index.js
var gray_matter = __webpack_require__(9599);
var gray_matter_default = /*#__PURE__*/__webpack_require__.n(gray_matter);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/yaml-locate.ts
var yaml_locate = __webpack_require__(4671);
// EXTERNAL MODULE: ./node_modules/js-yaml/index.js
var js_yaml = __webpack_require__(4281);
var js_yaml_default = /*#__PURE__*/__webpack_require__.n(js_yaml);
;// CONCATENATED MODULE: ./src/kb/plain-yaml.ts
/**
 * A fast reader for the plain YAML most front matter is (mappings, sequences, scalars), so 10,000 entries
 * do not each pay for the `yaml` package's Document model. It is js-yaml — gray-matter's own YAML engine —
 * with a schema that resolves plain scalars exactly as `yaml`'s 1.2 core schema does, and that keeps every
 * number except a plain integer as written (as front-matter.ts does on the Document path). Anything outside
 * the plain subset, and anything js-yaml rejects, returns undefined: the caller then takes the `yaml` path,
 * which is the one that locates errors. test/kb/plain-yaml.test.ts holds the two readers to the same result.
 */

/* The `yaml` 1.2 core schema's tests (yaml/dist/schema/core, common/null). */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OTHER_NUMBER = [
    /^0o[0-7]+$/,
    /^0x[0-9a-fA-F]+$/,
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const CORE_AS_WRITTEN = new (js_yaml_default()).Schema({
    include: [(js_yaml_default()).FAILSAFE_SCHEMA],
    implicit: [
        new (js_yaml_default()).Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data) => data === null || NULL.test(data), construct: () => null }),
        new (js_yaml_default()).Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data) => data !== null && BOOL.test(data), construct: (data) => /^[Tt]|^TRUE/.test(data) }),
        new (js_yaml_default()).Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: (data) => data !== null && INT.test(data), construct: (data) => Number(data) }),
        // `yaml` resolves these to numbers and front-matter.ts turns them back into their source text.
        new (js_yaml_default()).Type('tag:yaml.org,2002:float', {
            kind: 'scalar',
            resolve: (data) => data !== null && OTHER_NUMBER.some((test) => test.test(data)),
            construct: (data) => data,
        }),
    ],
});
/*
 * Outside the plain subset, where the two readers could disagree or js-yaml lacks a safeguard:
 * - anchors and aliases (`yaml` caps alias expansion), tags, directives and reserved indicators, each where
 *   a token starts (so `%20` or `?q=1` inside a URL stays plain); complex keys and merge keys;
 * - flow mappings, tabs, carriage returns, control characters and `__proto__`;
 * - sequence items at column 1 (`key:` then `- a`), easily mixed with indented items, which js-yaml tolerates,
 *   and an item opening another sequence on its line (`- - a`), which js-yaml 3 nests differently;
 * - block scalars with an indentation indicator or keep chomping (`|2`, `|+`), whose trailing lines the two
 *   count apart.
 */
const NOT_PLAIN = /<<|(?:^|[\s[,])(?:[&*!%@`]|\?(?:\s|$))|[{}\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0085\u2028\u2029\ufeff]|__proto__|^-(?:[ ]|$)|^[ ]*-[ ]+-(?:[ ]|$)|(?:^|\s)[|>]-?[0-9+]/m;
/*
 * Flow sequences must be one line of plain entries: no empty entry (`[,a]`, `[a,]`), which js-yaml accepts
 * and `yaml` rejects, and no implicit key (`[a: b]`, `[: x]`), whose null key the two name differently.
 */
const UNUSUAL_FLOW = /[[,][ ]*,|,[ ]*\]|\[[^\]\n]*:(?:[ ,\]]|$)|\[[^\]\n]*$/m;
/* A quoted scalar starting a token, and the character after its closing quote. */
const QUOTED_TOKEN = /(^|[\s[,])("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')(.?)/gm;
const TOKEN_START_QUOTE = /(?:^|[\s[,])["']/m;
/**
 * Quoted scalars must close on their line and be followed by a space, `,`, `]`, `:` or the line end:
 * `'a'#x` or a quote left open is an error for `yaml` that js-yaml lets through. Double-quoted ones
 * must hold no escape.
 */
function quotesAreClean(source) {
    let clean = true;
    const rest = source.replace(QUOTED_TOKEN, (_whole, before, quoted, after) => {
        if (after !== '' && !/[\s,\]:]/.test(after))
            clean = false;
        // Escapes (`"\u00e9"`, `"\x41"`) are read by each reader's own table; keep them on the `yaml` path.
        if (quoted.startsWith('"') && quoted.includes('\\'))
            clean = false;
        return `${before}x${after}`;
    });
    return clean && !TOKEN_START_QUOTE.test(rest);
}
const BLOCK_SCALAR_HEADER = /(?:^|\s)[|>]-?$/;
/**
 * Every dedent must return to an indentation already open: `yaml` rejects an item or key left between two
 * levels, js-yaml sometimes reads it into one of them. Block scalar contents are free text and skipped.
 */
function indentationNests(source) {
    const levels = [0];
    let blockScalarOwner = -1;
    for (const line of source.split('\n')) {
        const content = line.trimStart();
        if (content === '')
            continue;
        const indent = line.length - content.length;
        if (blockScalarOwner >= 0) {
            if (indent > blockScalarOwner)
                continue;
            blockScalarOwner = -1;
        }
        if (content.startsWith('#'))
            continue;
        let top = levels[levels.length - 1];
        if (indent > top)
            levels.push(indent);
        else {
            while (indent < top) {
                levels.pop();
                top = levels[levels.length - 1] ?? 0;
            }
            if (indent !== top)
                return false;
        }
        if (BLOCK_SCALAR_HEADER.test(content.replace(/\s+#.*$/, '')))
            blockScalarOwner = indent;
    }
    return true;
}
/*
 * Some screens above rescan the rest of a line from each bracket, quote or space, so a hostile line would
 * cost its length squared; real front matter is small, and anything bigger takes the `yaml` path.
 */
const MAX_PLAIN_SOURCE = 64 * 1024;
const LONG_LINE = /[^\n]{1001}/;
/** The front matter's data, or undefined when it must go through the `yaml` Document path. */
function readPlainYaml(source) {
    if (source.length > MAX_PLAIN_SOURCE || LONG_LINE.test(source))
        return undefined;
    if (NOT_PLAIN.test(source) || UNUSUAL_FLOW.test(source) || !quotesAreClean(source) || !indentationNests(source))
        return undefined;
    let data;
    try {
        data = js_yaml_default().load(source, { schema: CORE_AS_WRITTEN });
    }
    catch {
        return undefined;
    }
    if (data === null || data === undefined)
        return {};
    if (typeof data !== 'object' || Array.isArray(data))
        return undefined;
    return data;
}
/** A value the line scan can delimit: a plain scalar on the key's line (no indicator first, no comment). */
const PLAIN_VALUE = /^( +)([^\s'"[\]{}|>#,&*!%@`?:-][^#]*?|-[^\s#][^#]*?)( +#.*)?$/;
/**
 * The range of a top-level key's plain one-line scalar value, as `yaml` reports it, found by scanning
 * lines (1-based file lines, as the front matter source starts on the fence line); undefined for any other
 * shape. Cross-file rules need `/id` of every entry, and this keeps that from parsing every Document again.
 */
function locatePlainTopLevelScalar(sourceLines, key) {
    const prefix = `${key}:`;
    let found = -1;
    for (let index = 0; index < sourceLines.length; index += 1) {
        if (!sourceLines[index].startsWith(prefix))
            continue;
        if (found !== -1)
            return undefined;
        found = index;
    }
    if (found === -1)
        return undefined;
    const line = sourceLines[found];
    const match = PLAIN_VALUE.exec(line.slice(prefix.length).trimEnd());
    if (!match)
        return undefined;
    // A following indented line would continue the scalar over several lines.
    for (let index = found + 1; index < sourceLines.length; index += 1) {
        const next = sourceLines[index];
        if (next.trim() === '')
            continue;
        if (/^\s/.test(next))
            return undefined;
        break;
    }
    const column = prefix.length + match[1].length + 1;
    return { line: found + 1, column, endLine: found + 1, endColumn: column + match[2].length };
}

;// CONCATENATED MODULE: ./src/kb/front-matter.ts
/**
 * YAML front matter, split by gray-matter used safely. Plain front matter is read by plain-yaml.ts and
 * parsed again by the `yaml` package only if a position inside it is asked for; anything else goes straight
 * to `yaml`, whose Document gives both the data and located errors.
 */




const OPEN_FENCE = /^---([A-Za-z0-9_-]*)[ \t]*$/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
function refuse(language) {
    throw new Error(`front matter language "${language}" is refused`);
}
/**
 * gray-matter 4.0.3 `eval`s `---js` front matter, so every non-YAML engine is replaced by one that throws,
 * and an options object is always passed (without one gray-matter serves results from a shared cache).
 */
function splitWithGrayMatter(text, parseYaml) {
    gray_matter_default()(text, {
        language: 'yaml',
        delimiters: '---',
        engines: {
            yaml: { parse: parseYaml, stringify: () => '' },
            js: { parse: () => refuse('js'), stringify: () => '' },
            javascript: { parse: () => refuse('javascript'), stringify: () => '' },
            coffee: { parse: () => refuse('coffee'), stringify: () => '' },
            json: { parse: () => refuse('json'), stringify: () => '' },
            toml: { parse: () => refuse('toml'), stringify: () => '' },
        },
    });
}
/**
 * YAML 1.2 keeps dates as strings; every number but a plain decimal integer (`1.10`, `0.85`, `0x1F`) is kept
 * as written, so nothing is silently rounded or converted.
 */
function keepFloatsAsWritten(doc) {
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' && node.source !== undefined && !/^[-+]?\d+$/.test(node.source)) {
                node.value = node.source;
            }
        },
    });
}
function readFrontMatter(lines, text) {
    const open = OPEN_FENCE.exec(lines[0] ?? '');
    if (!open)
        return { kind: 'none' };
    const language = open[1] ?? '';
    if (language !== '' && language.toLowerCase() !== 'yaml') {
        return {
            kind: 'error',
            line: 1,
            column: 4,
            message: `Front matter language "${language}" is refused (it could run code); use YAML front matter opened by a bare "---"`,
        };
    }
    const closeIndex = lines.findIndex((line, index) => index > 0 && CLOSE_FENCE.test(line));
    if (closeIndex === -1) {
        return {
            kind: 'error',
            line: 1,
            column: 1,
            message: 'Front matter opened by "---" on line 1 is never closed; add a closing "---" line after the metadata',
        };
    }
    let yamlSource;
    try {
        splitWithGrayMatter(text, (source) => {
            // gray-matter hands over the text after the opening "---", so line 1 here is the fence line itself.
            yamlSource = source;
            return {};
        });
    }
    catch (error) {
        return { kind: 'error', line: 1, column: 1, message: `Front matter could not be read: ${error.message}` };
    }
    // gray-matter skips its engine when the block is empty or only comments; that is an empty mapping.
    const source = yamlSource ?? `\n${lines.slice(1, closeIndex).join('\n')}`;
    return readFrontMatterSource(source, closeIndex, closeIndex + 1);
}
/** The YAML between the fences (line 1 being the opening fence's line): the fast reader, else `yaml`. */
function readFrontMatterSource(source, closeIndex, bodyStart) {
    const plain = readPlainYaml(source);
    if (plain)
        return { kind: 'ok', frontMatter: { data: plain, bodyStart, locate: plainLocator(source, plain) } };
    return readYamlFrontMatter(source, closeIndex, bodyStart);
}
function parseWithPositions(source) {
    const lineCounter = new yaml_locate/* LineCounter */.HN();
    return { doc: (0,dist/* parseDocument */.Tp)(source, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
}
/** Positions for plain front matter: a line scan for a top-level scalar, else the Document, parsed once. */
function plainLocator(source, data) {
    const sourceLines = source.split('\n');
    let positioned;
    return (pointer, exact = false) => {
        const segments = (0,yaml_locate/* pointerSegments */.cP)(pointer);
        if (segments.length === 1 && Object.hasOwn(data, segments[0])) {
            const quick = locatePlainTopLevelScalar(sourceLines, segments[0]);
            if (quick)
                return quick;
        }
        if (exact && segments.length > 0 && !Object.hasOwn(data, segments[0]))
            return undefined;
        positioned ??= parseWithPositions(source);
        return (0,yaml_locate/* locateInYaml */.HK)(positioned.doc, positioned.lineCounter, pointer, 0, false, exact);
    };
}
/** The `yaml` Document path: data, positions and located errors for any front matter. */
function readYamlFrontMatter(source, closeIndex, bodyStart) {
    const { doc, lineCounter } = parseWithPositions(source);
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const position = lineCounter.linePos(first.pos[0]);
        return {
            kind: 'error',
            line: Math.min(position.line, closeIndex),
            column: position.col,
            message: `Invalid YAML in front matter: ${first.message.split('\n')[0]}`,
            bodyStart,
        };
    }
    // Only a source with a float-looking (`1.10`, `.5`, `1e3`, `.inf`), hex or octal token needs the visit.
    if (/\d[.eE]|\.(?:\d|inf|nan)|0[xo]/i.test(source))
        keepFloatsAsWritten(doc);
    let data;
    try {
        // An alias bomb expands exponentially; yaml refuses past maxAliasCount instead of eating memory.
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        return { kind: 'error', line: 2, column: 1, message: `Front matter could not be expanded: ${error.message}`, bodyStart };
    }
    if (data === null || data === undefined)
        data = {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        return { kind: 'error', line: 2, column: 1, message: 'Front matter must be a YAML mapping of field: value', bodyStart };
    }
    const locate = (pointer, exact = false) => (0,yaml_locate/* locateInYaml */.HK)(doc, lineCounter, pointer, 0, false, exact);
    return { kind: 'ok', frontMatter: { data: data, bodyStart, locate } };
}

// EXTERNAL MODULE: ./node_modules/markdown-it/dist/markdown-it.mjs + 12 modules
var markdown_it = __webpack_require__(5251);
;// CONCATENATED MODULE: ./src/kb/markdown.ts
/** The block structure of a KB body, read from markdown-it tokens (their line maps) and the source lines. */

// Inline parsing is never needed (titles are kept as source slices), so those core rules are switched off for speed.
const markdown = new markdown_it/* default */.A('default', { html: false, linkify: false, typographer: false });
markdown.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
const HEADING_TEXT = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/**
 * `lines` are the whole file's lines; parsing starts at `bodyStart` so line indexes stay file-relative.
 * `bodyText` is those lines already joined, when the caller has it (saves a copy of every file).
 */
function readBodyBlocks(lines, bodyStart, bodyText) {
    const tokens = markdown.parse(bodyText ?? lines.slice(bodyStart).join('\n'), {});
    const blocks = { headings: [], lists: [], fences: [], tables: [] };
    let openList;
    for (const token of tokens) {
        const map = token.map;
        if (!map) {
            if (token.level === 0 && (token.type === 'bullet_list_close' || token.type === 'ordered_list_close'))
                openList = undefined;
            continue;
        }
        const start = map[0] + bodyStart;
        const end = map[1] + bodyStart;
        if (token.type === 'heading_open') {
            const source = lines[start] ?? '';
            const match = HEADING_TEXT.exec(source);
            const text = match?.[2] ?? '';
            const textColumn = match ? source.indexOf(text, match[1].length + source.indexOf('#')) + 1 : 1;
            blocks.headings.push({ level: Number(token.tag.slice(1)), index: start, text, textColumn: text === '' ? source.length + 1 : textColumn });
        }
        else if ((token.type === 'bullet_list_open' || token.type === 'ordered_list_open') && token.level === 0) {
            openList = { ordered: token.type === 'ordered_list_open', index: start, items: [] };
            blocks.lists.push(openList);
        }
        else if (token.type === 'list_item_open' && token.level === 1 && openList) {
            openList.items.push([start, end]);
        }
        else if (token.type === 'fence') {
            const source = lines[start] ?? '';
            blocks.fences.push({
                index: start,
                column: source.search(/\S/) + 1,
                lang: token.info.trim().split(/\s+/)[0] ?? '',
                value: token.content.replace(/\n$/, ''),
            });
        }
        else if (token.type === 'table_open' && token.level === 0) {
            blocks.tables.push({ index: start, end });
        }
    }
    return blocks;
}

// EXTERNAL MODULE: ./src/kb/fields.ts
var fields = __webpack_require__(9504);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/kb/source.ts
/** Bytes -> normalised text, or the one reason the file cannot be read as a KB entry. */

function lineOfOffset(text, offset) {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
        line += 1;
    return line;
}
/**
 * Strips one BOM and turns CRLF into LF so both give the same lines and columns.
 * Refuses binary (NUL bytes), non-UTF-8 and empty input with the line where the problem starts.
 */
function oversizeMessage(size, maxBytes) {
    return `File is ${size} bytes, over the ${maxBytes}-byte limit for a KB entry; split it or raise kb.max_file_bytes`;
}
function decodeSource(bytes, maxBytes) {
    if (bytes.length > maxBytes)
        return { ok: false, line: 1, message: oversizeMessage(bytes.length, maxBytes) };
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        const line = lineOfOffset(bytes.subarray(0, nul).toString('latin1'), nul);
        return { ok: false, line, message: 'File contains a NUL byte and looks binary; a KB entry must be UTF-8 markdown' };
    }
    let text = bytes.toString('utf8');
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const bad = text.indexOf('\uFFFD');
        return {
            ok: false,
            line: lineOfOffset(text, bad),
            message: 'File is not valid UTF-8; re-save it as UTF-8',
        };
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    text = text.replace(/\r\n?/g, '\n');
    if (text.trim() === '') {
        return { ok: false, line: 1, message: 'File is empty; write a KB entry (title, metadata and sections) or delete the file' };
    }
    return { ok: true, text };
}

;// CONCATENATED MODULE: ./src/kb/parse.ts




const PARSE_ERROR = 'kb/parse-error';
/** Fields the front matter may set that the body can also set (H1 and metadata bullets). */
const CANONICAL_ORDER = [
    'id',
    'title',
    'domain',
    'category',
    'verification',
    'fix_rate',
    'root_cause',
    'versions',
    'workarounds',
    'dead_ends',
    'signals',
    'references',
    'related',
];
const range = (index, column, endColumn) => ({
    line: index + 1,
    column,
    endLine: index + 1,
    endColumn,
});
// Anchored, read from the source line: `- **** — reason` is literal text to markdown-it, not empty bold.
const METADATA_ITEM = /^(\s*[-*+]\s+)\*\*([^*]+?):\*\*[ \t]*(.*?)[ \t]*$/;
const WORKAROUND_ITEM = /^(\s*\d+[.)]\s+)\*\*(.*)\*\*\s*\(\s*([^()]*?)\s+success\s*\)\s*$/;
const DEAD_END_ITEM = /^(\s*[-*+]\s+)\*\*(.*?)\*\*\s*(?:—|–|--?)\s*(.*?)\s*\(\s*([^()]*?)\s+fail\s*\)\s*$/;
const KEY_VALUE_ITEM = /^(\s*[-*+]\s+)([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/;
const LINK_ITEM = /^(\s*[-*+]\s+)(?:\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)|<([^>\s]+)>|(\S+))\s*$/;
const PLAIN_ITEM = /^(\s*[-*+]\s+)(.*?)\s*$/;
const PERCENT = /^(\d{1,3})\s*%$/;
function unwrapBackticks(value) {
    const match = /^`+([\s\S]*?)`+$/.exec(value);
    return match ? match[1] : value;
}
/** `85%` -> 85; anything else is kept as written so the schema and kb/percent-format can name it. */
function parsePercent(text) {
    const match = PERCENT.exec(text.trim());
    return match ? Number(match[1]) : text.trim();
}
class EntryBuilder {
    path;
    entry = {};
    ranges = new Map();
    findings = [];
    percents = [];
    bodyFields = new Map();
    constructor(path) {
        this.path = path;
    }
    mark(pointer, where) {
        this.ranges.set(pointer, where);
    }
    error(message, where, pointer) {
        this.findings.push({
            ruleId: PARSE_ERROR,
            severity: 'error',
            message,
            location: { path: this.path, ...where },
            ...(pointer !== undefined ? { pointer } : {}),
        });
    }
}
function cellsOf(line) {
    const cells = [];
    const start = line.indexOf('|') === line.search(/\S/) ? line.indexOf('|') + 1 : 0;
    let end = line.length;
    const trimmed = line.trimEnd();
    if (trimmed.endsWith('|') && !trimmed.endsWith('\\|'))
        end = trimmed.length - 1;
    let cellStart = start;
    for (let index = start; index <= end; index += 1) {
        if (index === end || (line[index] === '|' && line[index - 1] !== '\\')) {
            const raw = line.slice(cellStart, index);
            const offset = raw.search(/\S/);
            cells.push({ text: raw.trim(), column: cellStart + (offset === -1 ? 0 : offset) + 1 });
            cellStart = index + 1;
        }
    }
    return cells;
}
const NONE_MARKERS = new Set(['—', '–', '-', '', 'none', 'n/a']);
function readVersionTable(builder, lines, table) {
    const header = cellsOf(lines[table.index] ?? '');
    const info = { line: table.index + 1, header: header.map((cell) => cell.text), rows: [] };
    const versions = [];
    // Row 2 is the delimiter row (`|---|`); data rows follow.
    for (let index = table.index + 2; index < table.end; index += 1) {
        const line = lines[index] ?? '';
        const cells = cellsOf(line);
        info.rows.push({ line: index + 1, cells: cells.map((cell) => cell.text) });
        const row = {};
        const pointer = `/versions/${versions.length}`;
        builder.mark(pointer, range(index, 1, line.length + 1));
        const fields = ['name', 'status', 'introduced', 'deprecated'];
        fields.forEach((field, column) => {
            const cell = cells[column];
            if (!cell)
                return;
            const value = field === 'introduced' || field === 'deprecated' ? (NONE_MARKERS.has(cell.text.toLowerCase()) ? null : cell.text) : cell.text;
            row[field] = value;
            builder.mark(`${pointer}/${field}`, range(index, cell.column, cell.column + Math.max(cell.text.length, 1)));
        });
        versions.push(row);
    }
    builder.entry.versions = versions;
    return info;
}
function itemLines(list) {
    return list.items.map(([start]) => start);
}
function readWorkarounds(builder, lines, list, fences, codeBlocks) {
    const workarounds = [];
    builder.entry.workarounds = workarounds;
    if (!list)
        return;
    for (const [start, end] of list.items) {
        const line = lines[start] ?? '';
        const match = WORKAROUND_ITEM.exec(line);
        const pointer = `/workarounds/${workarounds.length}`;
        if (!match) {
            builder.error(`Workaround item "${line.trim().slice(0, 80)}" does not read as "N. **title** (NN% success)"; rewrite it in that form`, range(start, 1, line.length + 1), pointer);
            workarounds.push({});
            continue;
        }
        const prefix = match[1].length;
        const title = match[2];
        const titleColumn = prefix + 1;
        const percentText = match[3];
        const percentColumn = line.lastIndexOf(percentText) + 1;
        const workaround = { title, success_rate: parsePercent(percentText) };
        builder.mark(pointer, range(start, titleColumn, line.length + 1));
        builder.mark(`${pointer}/title`, range(start, titleColumn, titleColumn + title.length + 4));
        const percentRange = range(start, percentColumn, percentColumn + percentText.length);
        builder.mark(`${pointer}/success_rate`, percentRange);
        builder.percents.push({ pointer: `${pointer}/success_rate`, text: percentText, range: percentRange, source: 'body' });
        const code = fences.filter((fence) => fence.index > start && fence.index < end);
        if (code.length > 0) {
            workaround.code = code.map((fence, codeIndex) => {
                builder.mark(`${pointer}/code/${codeIndex}`, range(fence.index, fence.column, (lines[fence.index] ?? '').length + 1));
                codeBlocks.push({ workaround: workarounds.length, lang: fence.lang, value: fence.value, line: fence.index + 1 });
                return { lang: fence.lang, value: fence.value };
            });
        }
        workarounds.push(workaround);
    }
}
function readDeadEnds(builder, lines, list) {
    const deadEnds = [];
    builder.entry.dead_ends = deadEnds;
    if (!list)
        return;
    for (const start of itemLines(list)) {
        const line = lines[start] ?? '';
        const match = DEAD_END_ITEM.exec(line);
        const pointer = `/dead_ends/${deadEnds.length}`;
        if (!match) {
            builder.error(`Dead-end item "${line.trim().slice(0, 80)}" does not read as "- **title** — reason (NN% fail)"; rewrite it in that form`, range(start, 1, line.length + 1), pointer);
            deadEnds.push({});
            continue;
        }
        const titleColumn = match[1].length + 1;
        const title = match[2];
        const reason = match[3];
        const percentText = match[4];
        const percentColumn = line.lastIndexOf(percentText) + 1;
        builder.mark(pointer, range(start, titleColumn, line.length + 1));
        builder.mark(`${pointer}/title`, range(start, titleColumn, titleColumn + title.length + 4));
        const reasonColumn = line.indexOf(reason, titleColumn + title.length + 3) + 1;
        builder.mark(`${pointer}/reason`, range(start, reasonColumn, reasonColumn + reason.length));
        const percentRange = range(start, percentColumn, percentColumn + percentText.length);
        builder.mark(`${pointer}/fail_rate`, percentRange);
        builder.percents.push({ pointer: `${pointer}/fail_rate`, text: percentText, range: percentRange, source: 'body' });
        deadEnds.push({ title, reason, fail_rate: parsePercent(percentText) });
    }
}
const INTEGER_SIGNALS = new Set(['http_status']);
function readSignals(builder, lines, list) {
    const signals = {};
    if (!list)
        return;
    for (const start of itemLines(list)) {
        const line = lines[start] ?? '';
        const match = KEY_VALUE_ITEM.exec(line);
        if (!match) {
            builder.error(`Signal item "${line.trim().slice(0, 80)}" does not read as "- key: value"; write e.g. "- http_status: 502"`, range(start, 1, line.length + 1), '/signals');
            continue;
        }
        const key = match[2];
        const rawValue = match[3];
        const valueColumn = line.length - rawValue.length + 1;
        const values = key.endsWith('_log') ? [unwrapBackticks(rawValue)] : rawValue.split(',').map((part) => unwrapBackticks(part.trim())).filter(Boolean);
        const list = (signals[key] ??= []);
        if (!builder.ranges.has(`/signals/${key}`))
            builder.mark(`/signals/${key}`, range(start, match[1].length + 1, line.length + 1));
        for (const value of values) {
            builder.mark(`/signals/${key}/${list.length}`, range(start, valueColumn, line.length + 1));
            list.push(INTEGER_SIGNALS.has(key) && /^\d+$/.test(value) ? Number(value) : value);
        }
    }
    builder.entry.signals = signals;
}
function readReferences(builder, lines, list) {
    const references = [];
    builder.entry.references = references;
    if (!list)
        return;
    for (const start of itemLines(list)) {
        const line = lines[start] ?? '';
        const match = LINK_ITEM.exec(line);
        const pointer = `/references/${references.length}`;
        builder.mark(pointer, range(start, 1, line.length + 1));
        if (!match) {
            builder.error(`Reference "${line.trim().slice(0, 80)}" is not a link; write "- [title](https://…)"`, range(start, 1, line.length + 1), pointer);
            continue;
        }
        const url = match[3] ?? match[4] ?? match[5];
        builder.mark(`${pointer}/url`, range(start, line.indexOf(url) + 1, line.indexOf(url) + 1 + url.length));
        references.push(match[2] !== undefined ? { url, title: match[2] } : { url });
    }
}
function readRelated(builder, lines, list) {
    const related = [];
    builder.entry.related = related;
    if (!list)
        return;
    for (const start of itemLines(list)) {
        const line = lines[start] ?? '';
        const match = PLAIN_ITEM.exec(line);
        const value = unwrapBackticks(match[2].trim());
        const column = line.indexOf(value) + 1;
        builder.mark(`/related/${related.length}`, range(start, column, column + value.length));
        related.push(value);
    }
}
function readMetadata(lines, lists, before) {
    const bullets = [];
    for (const list of lists) {
        if (list.index >= before || list.ordered)
            continue;
        for (const start of itemLines(list)) {
            const line = lines[start] ?? '';
            const match = METADATA_ITEM.exec(line);
            if (!match) {
                bullets.push({ label: '', value: line.trim(), line: start + 1, column: 1, valueColumn: 1 });
                continue;
            }
            const label = match[2].trim();
            const value = match[3];
            bullets.push({
                label,
                value,
                line: start + 1,
                column: match[1].length + 1,
                valueColumn: value === '' ? line.length + 1 : line.length - value.length + 1,
            });
        }
    }
    return bullets;
}
function applyMetadata(builder, bullets) {
    const seen = new Set();
    for (const bullet of bullets) {
        const field = fields/* METADATA_FIELDS */.A[bullet.label];
        if (!field || seen.has(field))
            continue;
        seen.add(field);
        const raw = field === 'id' ? unwrapBackticks(bullet.value) : bullet.value;
        const column = field === 'id' && raw !== bullet.value ? bullet.valueColumn + 1 : bullet.valueColumn;
        const where = range(bullet.line - 1, column, column + Math.max(raw.length, 1));
        const value = field === 'fix_rate' ? parsePercent(raw) : raw;
        if (field === 'fix_rate')
            builder.percents.push({ pointer: '/fix_rate', text: raw, range: where, source: 'body' });
        builder.bodyFields.set(field, { value, range: where });
    }
}
function sectionSpan(headings, h2) {
    const next = headings.find((heading) => heading.index > h2.index && heading.level <= 2);
    return [h2.index + 1, next ? next.index : Number.MAX_SAFE_INTEGER];
}
function firstListIn(lists, [start, end]) {
    return lists.find((list) => list.index >= start && list.index < end);
}
function sliceSection(lines, [start, end]) {
    let first = start;
    let last = Math.min(end, lines.length) - 1;
    while (first <= last && lines[first].trim() === '')
        first += 1;
    while (last >= first && lines[last].trim() === '')
        last -= 1;
    return { text: lines.slice(first, last + 1).join('\n'), first, last };
}
/**
 * A front-matter field whose position is looked up only when a rule reports it: most files report nothing,
 * and plain front matter is read without a position-keeping parse (front-matter.ts).
 */
class FrontMatterField {
    value;
    pointer;
    frontMatter;
    located;
    constructor(value, pointer, frontMatter) {
        this.value = value;
        this.pointer = pointer;
        this.frontMatter = frontMatter;
    }
    get range() {
        this.located ??= this.frontMatter.locate(this.pointer) ?? range(0, 1, 4);
        return this.located;
    }
}
function applyFrontMatter(builder, frontMatter) {
    const fields = new Map();
    for (const [key, value] of Object.entries(frontMatter.data)) {
        const field = new FrontMatterField(key === 'fix_rate' && typeof value === 'string' ? parsePercent(value) : value, `/${key}`, frontMatter);
        fields.set(key, field);
        if (key === 'fix_rate') {
            builder.percents.push({
                pointer: '/fix_rate',
                text: String(value),
                get range() {
                    return field.range;
                },
                source: 'front-matter',
            });
        }
    }
    return fields;
}
function orderCanonical(entry) {
    const ordered = {};
    for (const key of CANONICAL_ORDER)
        if (entry[key] !== undefined)
            ordered[key] = entry[key];
    for (const key of Object.keys(entry).sort())
        if (!(key in ordered))
            ordered[key] = entry[key];
    return ordered;
}
/** A file with no structure: the base of an unreadable file and of a file slimmed for cross-file rules. */
function skeletonFile(path, fields = {}) {
    return {
        path,
        form: 'seed',
        entry: {},
        ranges: new Map(),
        lines: [],
        sections: [],
        metadata: [],
        fences: [],
        codeBlocks: [],
        bodyFields: new Map(),
        percents: [],
        unparseable: false,
        ...fields,
    };
}
/** The stand-in for a file that could not be read or decoded: content rules skip it. */
function unreadableFile(path, lines = []) {
    return skeletonFile(path, { lines, unparseable: true });
}
const TRAILING_COMMENT = /[ \t]*<!--.*?-->[ \t]*$/;
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * A trailing `<!-- … -->` is invisible once rendered, so it is not part of an item: authors (and the rule
 * fixtures' `<!-- expect: … -->` markers) may annotate any line. Lines inside fenced code are left alone.
 */
function withoutTrailingComments(lines) {
    if (!lines.some((line) => line.includes('<!--')))
        return lines;
    let fence;
    return lines.map((line) => {
        const marker = FENCE_LINE.exec(line)?.[1];
        if (marker && (!fence || marker.startsWith(fence))) {
            fence = fence ? undefined : marker[0].repeat(3);
            return line;
        }
        return fence || !line.includes('<!--') ? line : line.replace(TRAILING_COMMENT, '');
    });
}
function offsetOfLine(lines, index) {
    let offset = 0;
    for (let line = 0; line < index; line += 1)
        offset += lines[line].length + 1;
    return offset;
}
/** Parses one file's bytes. Never throws: every problem is a located `kb/parse-error` finding. */
function parseKbFile(path, bytes, maxBytes) {
    const decoded = decodeSource(bytes, maxBytes);
    if (!decoded.ok) {
        return {
            file: unreadableFile(path),
            findings: [{ ruleId: PARSE_ERROR, severity: 'error', message: decoded.message, location: { path, line: decoded.line, column: 1 } }],
        };
    }
    const text = decoded.text;
    const sourceLines = text.split('\n');
    const lines = withoutTrailingComments(sourceLines);
    const builder = new EntryBuilder(path);
    const frontMatterResult = readFrontMatter(lines, text);
    if (frontMatterResult.kind === 'error') {
        builder.error(frontMatterResult.message, range(frontMatterResult.line - 1, frontMatterResult.column, frontMatterResult.column + 1), '');
        const file = unreadableFile(path, lines);
        file.form = 'front-matter';
        return { file, findings: builder.findings };
    }
    const frontMatter = frontMatterResult.kind === 'ok' ? frontMatterResult.frontMatter : undefined;
    const bodyStart = frontMatter?.bodyStart ?? 0;
    // Unchanged lines let markdown-it read the decoded text itself instead of a re-joined copy.
    const blocks = readBodyBlocks(lines, bodyStart, lines === sourceLines ? text.slice(offsetOfLine(sourceLines, bodyStart)) : undefined);
    const sections = [];
    const h1 = blocks.headings.find((heading) => heading.level === 1);
    if (h1) {
        builder.bodyFields.set('title', {
            value: h1.text,
            range: range(h1.index, h1.textColumn, h1.textColumn + Math.max(h1.text.length, 1)),
        });
    }
    const h2s = blocks.headings.filter((heading) => heading.level === 2);
    const firstSection = h2s[0]?.index ?? lines.length;
    const metadata = readMetadata(lines, blocks.lists, firstSection);
    applyMetadata(builder, metadata);
    const frontFields = frontMatter ? applyFrontMatter(builder, frontMatter) : undefined;
    // The front matter wins where both set a field; kb/field-conflict reports any disagreement.
    for (const [field, { value, range: where }] of builder.bodyFields) {
        builder.entry[field] = value;
        builder.mark(`/${field}`, where);
    }
    if (frontFields) {
        for (const [field, { value }] of frontFields) {
            builder.entry[field] = value;
            // Located through file.locateFrontMatter when asked for, which then wins over the body's position.
            builder.ranges.delete(`/${field}`);
        }
    }
    const handled = new Set();
    let versionTable;
    const codeBlocks = [];
    for (const h2 of h2s) {
        sections.push({ name: h2.text, level: 2, line: h2.index + 1, column: h2.textColumn });
        if (handled.has(h2.text))
            continue;
        handled.add(h2.text);
        const span = sectionSpan(blocks.headings, h2);
        const headingRange = range(h2.index, h2.textColumn, h2.textColumn + h2.text.length);
        const list = firstListIn(blocks.lists, span);
        switch (h2.text) {
            case 'Root Cause': {
                const slice = sliceSection(lines, span);
                builder.entry.root_cause = slice.text;
                builder.mark('/root_cause', slice.text ? { line: slice.first + 1, column: 1, endLine: slice.last + 1, endColumn: (lines[slice.last] ?? '').length + 1 } : headingRange);
                break;
            }
            case 'Version Compatibility': {
                builder.mark('/versions', headingRange);
                const table = blocks.tables.find((candidate) => candidate.index >= span[0] && candidate.index < span[1]);
                if (table)
                    versionTable = readVersionTable(builder, lines, table);
                else
                    builder.entry.versions = [];
                break;
            }
            case 'Workarounds':
                builder.mark('/workarounds', headingRange);
                readWorkarounds(builder, lines, list, blocks.fences, codeBlocks);
                break;
            case 'Dead Ends':
                builder.mark('/dead_ends', headingRange);
                readDeadEnds(builder, lines, list);
                break;
            case 'Signals':
                if (frontFields?.has('signals'))
                    break;
                builder.mark('/signals', headingRange);
                readSignals(builder, lines, list);
                break;
            case 'References':
                if (frontFields?.has('references'))
                    break;
                builder.mark('/references', headingRange);
                readReferences(builder, lines, list);
                break;
            case 'Related':
                if (frontFields?.has('related'))
                    break;
                builder.mark('/related', headingRange);
                readRelated(builder, lines, list);
                break;
            default:
                break;
        }
    }
    const file = {
        path,
        form: frontMatter ? 'front-matter' : 'seed',
        entry: orderCanonical(builder.entry),
        ranges: builder.ranges,
        lines,
        sections,
        metadata,
        ...(versionTable ? { versionTable } : {}),
        fences: blocks.fences.map((fence) => ({ lang: fence.lang, value: fence.value, line: fence.index + 1 })),
        codeBlocks,
        ...(frontFields ? { frontMatter: frontFields } : {}),
        bodyFields: builder.bodyFields,
        percents: builder.percents,
        unparseable: false,
    };
    if (frontMatter)
        file.locateFrontMatter = (pointer) => frontMatter.locate(pointer, true);
    return { file, findings: builder.findings };
}

// EXTERNAL MODULE: ./src/kb/rules/index.ts + 16 modules
var rules = __webpack_require__(9849);
;// CONCATENATED MODULE: ./schemas/kb-entry.schema.json
const kb_entry_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gatewatch/gatewatch/schemas/kb-entry.schema.json","title":"gatewatch knowledge-base entry (canonical form)","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["id","title","domain","category","verification","fix_rate","root_cause","versions","workarounds","dead_ends"],"properties":{"id":{"type":"string","maxLength":160,"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"},"title":{"type":"string","minLength":1,"maxLength":200},"domain":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"category":{"type":"string","pattern":"^[a-z0-9]+(?:[_-][a-z0-9]+)*$"},"verification":{"enum":["ai_generated","human_reviewed","community_verified","reproduced"]},"fix_rate":{"$ref":"#/$defs/percent"},"root_cause":{"type":"string","minLength":20},"versions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","status","introduced","deprecated"],"properties":{"name":{"type":"string","minLength":1},"status":{"enum":["active","deprecated","removed","unknown"]},"introduced":{"type":["string","null"],"minLength":1},"deprecated":{"type":["string","null"],"minLength":1}}}},"workarounds":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["title","success_rate"],"properties":{"title":{"type":"string","minLength":1},"success_rate":{"$ref":"#/$defs/percent"},"code":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["lang","value"],"properties":{"lang":{"type":"string"},"value":{"type":"string","minLength":1}}}}}}},"dead_ends":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","reason","fail_rate"],"properties":{"title":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"fail_rate":{"$ref":"#/$defs/percent"}}}},"signals":{"type":"object","additionalProperties":false,"properties":{"http_status":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599}},"probe":{"type":"array","items":{"enum":["refused","timeout_connect","timeout_headers","closed_early","reset","truncated_body","bad_response","tls_verify","tls_protocol","dns","unreachable","no_live_upstream","upstream_5xx","http_status","body_mismatch","slow","blocked_target"]}},"nginx_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"haproxy_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"alb_log":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500}},"haproxy_termination":{"type":"array","items":{"type":"string","pattern":"^(?:[A-Za-z-]{2,4}|<NOSRV>)$"}},"rule":{"type":"array","items":{"type":"string","pattern":"^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$"}}}},"references":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","format":"uri","pattern":"^https?://"},"title":{"type":"string"}}}},"related":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"}}},"$defs":{"percent":{"type":"integer","minimum":0,"maximum":100}}}');
// EXTERNAL MODULE: ./src/schema/ajv.ts
var ajv = __webpack_require__(3864);
// EXTERNAL MODULE: ./src/kb/locate-pointer.ts
var locate_pointer = __webpack_require__(1231);
;// CONCATENATED MODULE: ./src/kb/schema-check.ts
/** Validates canonical entries against schemas/kb-entry.schema.json and locates each error in the source. */




const SCHEMA_RULE = 'kb/schema';
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








async function readOne(path, deps, maxBytes) {
    try {
        return parseKbFile(path, await deps.readFile(path, maxBytes), maxBytes);
    }
    catch (error) {
        const { code, size } = error;
        // Refused before reading: a 1 GB file must not be loaded to learn it is too big.
        const message = code === 'EFBIG' && size !== undefined
            ? oversizeMessage(size, maxBytes)
            : `Cannot read the file (${code ?? error.message}); fix its permissions or remove it from the kb globs`;
        return {
            file: unreadableFile(path),
            findings: [{ ruleId: PARSE_ERROR, severity: 'error', message, location: { path, line: 1, column: 1 } }],
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
    return skeletonFile(file.path, { form: file.form, entry: file.entry, ranges, unparseable: file.unparseable });
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
    const expanded = await (0,files/* expandGlobs */.GE)(options.kb.paths, deps, 'kb', options.limits.maxFiles);
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


/***/ }),

/***/ 4671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ locateInYaml),
/* harmony export */   HN: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.HN),
/* harmony export */   cP: () => (/* binding */ pointerSegments)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/** Maps JSON pointers to source ranges inside a parsed YAML document (for `gatewatch.yml` and KB front matter). */

function pointerSegments(pointer) {
    if (pointer === '' || pointer === '/')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function rangeOf(node, lineCounter, lineOffset) {
    if (!node?.range)
        return undefined;
    const start = lineCounter.linePos(node.range[0]);
    const end = lineCounter.linePos(node.range[1]);
    return { line: start.line + lineOffset, column: start.col, endLine: end.line + lineOffset, endColumn: end.col };
}
function child(node, segment) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === segment);
        if (!pair || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
            return undefined;
        return { value: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.value) ? pair.value : undefined, key: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.key) ? pair.key : undefined };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const item = node.items[Number(segment)];
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(item) ? { value: item, key: item } : undefined;
    }
    return undefined;
}
/**
 * Locates `pointer` in `doc`: the value's range, or the key's when the value is empty; the nearest
 * existing ancestor when the pointer does not exist (undefined with `exact`). `lineOffset` shifts lines.
 */
function locateInYaml(doc, lineCounter, pointer, lineOffset = 0, preferKey = false, exact = false) {
    let node = doc.contents;
    let best = rangeOf(doc.contents, lineCounter, lineOffset);
    for (const segment of pointerSegments(pointer)) {
        const next = child(node, segment);
        if (!next)
            return exact ? undefined : best;
        const target = preferKey || !next.value ? next.key : next.value;
        best = rangeOf(target, lineCounter, lineOffset) ?? best;
        node = next.value;
    }
    return best;
}



/***/ })

};

export const id = 724;
export const ids = [724];
export const modules = {

/***/ 6724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeFixes: () => (/* binding */ describeFixes),
  fixKb: () => (/* binding */ fixKb)
});

// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
// EXTERNAL MODULE: ./src/kb/fields.ts
var fields = __webpack_require__(9504);
// EXTERNAL MODULE: ./src/kb/parse.ts + 3 modules
var parse = __webpack_require__(2720);
;// CONCATENATED MODULE: ./src/kb/fix/fix-text.ts
/**
 * Mechanical KB fixes, pure text in and out: rates written as fractions or without `%`, version-table columns
 * renamed or out of order (and short rows), H2 sections out of order. Each fix re-parses the text, so its
 * line numbers are always the current ones; anything that needs judgement (a 150% rate, an unknown section,
 * a repeated one) is left for the author and still reported by `check`.
 */


const COLUMNS = ['Version', 'Status', 'Introduced', 'Deprecated'];
const COLUMN_NAMES = new Map([
    ...COLUMNS.map((name) => [name.toLowerCase(), name]),
    ['versions', 'Version'],
    ['state', 'Status'],
    ['since', 'Introduced'],
    ['added', 'Introduced'],
    ['introduced in', 'Introduced'],
    ['removed', 'Deprecated'],
    ['deprecated in', 'Deprecated'],
]);
/** `0.85` -> `85%`, `(90 success)` -> `(90% success)`; front matter keeps bare integers (`fix_rate: 85`). */
const fixRates = (file, lines) => {
    const changes = [];
    const edits = file.percents
        .map((percent) => {
        const text = percent.text.trim();
        const fraction = /^0?\.\d+$/.test(text) ? Math.round(Number(text) * 100) : undefined;
        const bare = percent.source === 'body' && /^\d{1,3}$/.test(text) && Number(text) <= 100 ? Number(text) : undefined;
        const value = fraction ?? bare;
        if (value === undefined)
            return undefined;
        const replacement = percent.source === 'body' ? `${value}%` : String(value);
        return { line: percent.range.line, column: percent.range.column, text, replacement };
    })
        .filter((edit) => edit !== undefined)
        // Right to left, so earlier columns on the same line stay valid.
        .sort((a, b) => a.line - b.line || b.column - a.column);
    for (const edit of edits) {
        const line = lines[edit.line - 1];
        const start = line?.indexOf(edit.text, edit.column - 1);
        if (line === undefined || start === undefined || start === -1 || start > edit.column + 1)
            continue;
        lines[edit.line - 1] = `${line.slice(0, start)}${edit.replacement}${line.slice(start + edit.text.length)}`;
        changes.push(`${edit.line}: rate "${edit.text}" -> "${edit.replacement}"`);
    }
    return changes.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
};
const tableLine = (cells) => `| ${cells.join(' | ')} |`;
/** Known columns under another name or order are renamed and reordered; rows short of cells get "—". */
const fixTable = (file, lines) => {
    const table = file.versionTable;
    if (!table)
        return [];
    const named = table.header.map((cell) => COLUMN_NAMES.get(cell.trim().toLowerCase()));
    if (named.some((name) => name === undefined) || new Set(named).size !== COLUMNS.length || named.length !== COLUMNS.length)
        return [];
    const order = COLUMNS.map((name) => named.indexOf(name));
    const changes = [];
    const rows = table.rows.filter((row) => row.cells.length <= COLUMNS.length && !(lines[row.line - 1] ?? '').includes('\\|'));
    if (table.header.join('|') !== COLUMNS.join('|')) {
        lines[table.line - 1] = tableLine(COLUMNS);
        lines[table.line] = tableLine(COLUMNS.map((name) => '-'.repeat(name.length + 2)));
        changes.push(`${table.line}: version table columns "${table.header.join(' | ')}" -> "${COLUMNS.join(' | ')}"`);
    }
    for (const row of rows) {
        const padded = [...row.cells, ...Array(COLUMNS.length - row.cells.length).fill('—')];
        const cells = order.map((index) => padded[index]);
        if (cells.join('|') === row.cells.join('|'))
            continue;
        lines[row.line - 1] = tableLine(cells);
        if (row.cells.length < COLUMNS.length)
            changes.push(`${row.line}: version row filled with "—" to ${COLUMNS.length} cells`);
    }
    return changes;
};
/** Known, unique H2 sections out of order are moved, each with everything under it. */
const fixSectionOrder = (file, lines) => {
    const sections = file.sections.filter((section) => section.level === 2);
    const ranks = sections.map((section) => fields/* SECTION_ORDER */.t.indexOf(section.name));
    if (sections.length < 2 || ranks.includes(-1) || new Set(ranks).size !== ranks.length)
        return [];
    if (ranks.every((rank, index) => index === 0 || rank > ranks[index - 1]))
        return [];
    const first = sections[0].line - 1;
    const trailingNewline = lines[lines.length - 1] === '';
    const end = trailingNewline ? lines.length - 1 : lines.length;
    const blocks = sections.map((section, index) => {
        const block = lines.slice(section.line - 1, index + 1 < sections.length ? sections[index + 1].line - 1 : end);
        while (block.length > 1 && block[block.length - 1].trim() === '')
            block.pop();
        return { rank: ranks[index], block };
    });
    const sorted = [...blocks].sort((a, b) => a.rank - b.rank);
    const body = sorted.flatMap((item, index) => (index === 0 ? item.block : ['', ...item.block]));
    lines.splice(first, lines.length - first, ...body, ...(trailingNewline ? [''] : []));
    return [`${sections[0].line}: sections reordered to ${sorted.map((item) => fields/* SECTION_ORDER */.t[item.rank]).join(', ')}`];
};
function fixKbText(path, text, maxBytes) {
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    let current = text;
    const changes = [];
    for (const fix of [fixRates, fixTable, fixSectionOrder]) {
        const { file } = (0,parse/* parseKbFile */.l9)(path, Buffer.from(current, 'utf8'), maxBytes);
        if (file.unparseable)
            break;
        const lines = [...file.lines];
        const made = fix(file, lines);
        if (made.length === 0)
            continue;
        changes.push(...made);
        current = `${bom}${lines.join(eol)}`;
    }
    return { text: current, changes };
}

;// CONCATENATED MODULE: ./src/kb/fix/fix-kb.ts



async function fixKb(options, deps) {
    const { paths } = await (0,files/* expandGlobs */.G)(options.kb.paths, deps, 'kb', options.limits.maxFiles, options.emptyGlob);
    const fixed = [];
    for (const path of paths) {
        let bytes;
        try {
            bytes = await deps.readFile(path, options.kb.maxFileBytes);
        }
        catch {
            continue; // `check` reports the unreadable file right after.
        }
        const text = bytes.toString('utf8');
        // Only text that round-trips is rewritten: a file with invalid UTF-8 is the parser's finding, not ours to mangle.
        if (!Buffer.from(text, 'utf8').equals(bytes))
            continue;
        const result = fixKbText(path, text, options.kb.maxFileBytes);
        if (result.changes.length === 0 || result.text === text)
            continue;
        await deps.writeFile(path, result.text);
        fixed.push({ path, changes: result.changes });
    }
    return fixed;
}
/** For stderr, so stdout stays the report: `path:line: what changed`, then a count. */
function describeFixes(fixed) {
    if (fixed.length === 0)
        return 'gatewatch: --fix changed nothing\n';
    const lines = fixed.flatMap((file) => file.changes.map((change) => `${file.path}:${change}`));
    return `${lines.map((line) => `fixed ${line}`).join('\n')}\ngatewatch: --fix made ${(0,verdict/* plural */.LS)(lines.length, 'change')} in ${(0,verdict/* plural */.LS)(fixed.length, 'file')}\n`;
}


/***/ })

};

/**
 * The fast front-matter reader (js-yaml with a core-as-written schema) must agree with the `yaml` Document
 * path on everything it accepts: the same data, key order and number handling, and the same positions.
 * Generated documents mix plain, quoted, block and flow values with every scalar shape the two schemas
 * could read differently; whatever the fast reader declines goes the `yaml` way, so only agreement matters.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { readFrontMatterSource, readYamlFrontMatter, type FrontMatter } from '../../src/kb/front-matter.js';
import { readPlainYaml } from '../../src/kb/plain-yaml.js';

/** Scalars the two YAML readers could resolve differently (YAML 1.1 vs 1.2, floats as written, indicators). */
const SCALARS = [
  '0', '7', '007', '+5', '-0', '-12', '12345678901234567890', '1_000', '1:20', '0x1F', '0o17', '0b101', '017',
  '0.85', '1.10', '1.', '.5', '-.5', '1e3', '1E-2', '+1.5e+3', '12e', 'e3', '.inf', '-.Inf', '.NaN', '.nan', 'NaN',
  'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'off', 'y', 'n',
  '~', 'null', 'Null', 'NULL', 'nULL', '',
  'api/http-502-x', 'hello world', 'a: b', 'a:b', 'a #b', 'a#b', '- x', '-x', '--', '...', '---', '.', '-',
  'http://127.0.0.1:8080/health?x', 'x]', '[x', 'a, b', ',a', ': x', '2001-12-14', '2001-12-14t21:59:43.10-05:00',
  "'quoted'", "'it''s'", '"dq"', '"a b"', "it's", '"unterminated', '|', '>', '%x', '@x', '`x`', '=', '<<',
  'x?y=1&z', '?x', 'a %20', 'a%20', '@at', 'a@b', '*x', 'a*b', '&x', 'a&b', '!x', 'a!', '<NOSRV>', 'a <b>',
  "'connect\\(\\) to \\S+'", 'a\\b', '"esc\\"q"', '"tab\\t"', "'x\\'",
];

const key = fc.constantFrom('id', 'title', 'fix_rate', 'signals', 'related', 'domain', 'a_b', 'x1', 'title2');
const scalar = fc.constantFrom(...SCALARS);
const indent = fc.constantFrom(' ', '  ', '    ');

/** One top-level entry, as source lines. */
const entry = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => [`${k}: ${v}`]),
  fc.tuple(key, scalar, fc.constantFrom(' # note', '  #x', '   ', '#x')).map(([k, v, tail]) => [`${k}: ${v}${tail}`]),
  fc.tuple(key, fc.array(scalar, { maxLength: 4 })).map(([k, items]) => [`${k}: [${items.join(', ')}]`]),
  fc.tuple(key, indent, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, pad, items]) => [`${k}:`, ...items.map((item) => `${pad}- ${item}`)]),
  fc.tuple(key, indent, fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 })).map(([k, pad, pairs]) => [
    `${k}:`,
    ...pairs.map(([inner, value]) => `${pad}${inner}: ${value}`),
  ]),
  fc.tuple(key, fc.constantFrom('|', '|-', '>', '>-', '|+'), indent, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, style, pad, rows]) => [
    `${k}: ${style}`,
    ...rows.map((row) => `${pad}${row}`),
  ]),
  fc.tuple(key, scalar, indent, scalar).map(([k, first, pad, more]) => [`${k}: ${first}`, `${pad}${more}`]),
  fc.tuple(key, scalar, scalar).map(([k, first, more]) => [`${k}: ${first}`, '', `  ${more}`]),
  // A list of mappings (how `references:` is written), with the continuation indented right or wrong.
  fc.tuple(key, fc.array(fc.tuple(key, scalar, key, scalar, fc.constantFrom('    ', '   ', '     ', '  ')), { minLength: 1, maxLength: 2 })).map(([k, items]) => [
    `${k}:`,
    ...items.flatMap(([k1, v1, k2, v2, pad]) => [`  - ${k1}: ${v1}`, `${pad}${k2}: ${v2}`]),
  ]),
  // Any line at any indentation: the shapes a hand edit leaves behind.
  fc.tuple(fc.constantFrom('', ' ', '  ', '   ', '    '), fc.oneof(scalar.map((v) => `- ${v}`), fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`), scalar)).map(
    ([pad, line]) => [`${pad}${line}`],
  ),
  fc.constantFrom(['# a comment'], [''], ['  '], ['- stray'], ['  indented: x']),
);

/** gray-matter hands over the text after the opening fence: a leading newline, no trailing one. */
const frontMatterSource = fc.array(entry, { minLength: 1, maxLength: 6 }).map((entries) => `\n${entries.flat().join('\n')}`);

function viaYaml(source: string): FrontMatter | undefined {
  const result = readYamlFrontMatter(source, Number.MAX_SAFE_INTEGER, 0);
  return result.kind === 'ok' ? result.frontMatter : undefined;
}

function viaFastPath(source: string): FrontMatter | undefined {
  const result = readFrontMatterSource(source, Number.MAX_SAFE_INTEGER, 0);
  return result.kind === 'ok' ? result.frontMatter : undefined;
}

describe('plain front matter read by js-yaml', () => {
  it('agrees with the yaml Document path on data and positions whenever it accepts a document', () => {
    let accepted = 0;
    fc.assert(
      fc.property(frontMatterSource, (source) => {
        const fast = readPlainYaml(source);
        if (fast === undefined) return;
        accepted += 1;
        const reference = viaYaml(source);
        if (reference === undefined) throw new Error(`js-yaml accepted what yaml rejects: ${JSON.stringify(source)}`);
        // Same values, same types, same key order.
        expect(JSON.stringify(fast)).toBe(JSON.stringify(reference!.data));
        expect(fast).toStrictEqual(reference!.data);
        const fastFrontMatter = viaFastPath(source);
        expect(fastFrontMatter?.data).toStrictEqual(reference!.data);
        for (const topKey of Object.keys(fast)) {
          for (const pointer of [`/${topKey}`, `/${topKey}/0`, `/${topKey}/id`]) {
            expect(fastFrontMatter!.locate(pointer, true)).toEqual(reference!.locate(pointer, true));
            expect(fastFrontMatter!.locate(pointer)).toEqual(reference!.locate(pointer));
          }
        }
        expect(fastFrontMatter!.locate('/missing', true)).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise the fast path, not only the fallback (about a fifth of the documents).
    expect(accepted).toBeGreaterThan(300);
  });

  it('declines anchors, aliases, tags, merge keys, flow mappings and tabs, which go the yaml way', () => {
    for (const source of [
      '\nbase: &b 1\ncopy: *b',
      '\nx: !!str 1',
      '\n<<: {a: 1}',
      '\nsignals: {http_status: [502]}',
      '\nid:\tx',
      '\nid: x\r\ntitle: y',
      '\n__proto__: x',
      '\nid: "esc\\u0041"',
    ]) {
      expect(readPlainYaml(source)).toBeUndefined();
    }
  });

  it('declines long lines and large sources at once, which a hostile entry could make quadratic', () => {
    const started = performance.now();
    for (const source of [
      `\nid: ${'['.repeat(200_000)}]`,
      `\nid: ${' "a'.repeat(100_000)}`,
      `\nid: a${' '.repeat(200_000)}b`,
      `\n${'k: v\n'.repeat(20_000)}`,
    ]) {
      expect(readPlainYaml(source)).toBeUndefined();
    }
    // Generous bound: the point is linear time, where the rescanning screens would take minutes.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('declines what js-yaml rejects or what is not a mapping', () => {
    expect(readPlainYaml('\nid: x\nid: y')).toBeUndefined();
    expect(readPlainYaml('\n- a\n- b')).toBeUndefined();
    expect(readPlainYaml('\njust text')).toBeUndefined();
    expect(readPlainYaml('\n# only a comment')).toEqual({});
  });

  it('reads every shipped front-matter entry on the fast path', () => {
    const withFrontMatter = readdirSync('seeds/api')
      .map((name) => readFileSync(`seeds/api/${name}`, 'utf8'))
      .filter((text) => text.startsWith('---\n'));
    expect(withFrontMatter.length).toBeGreaterThan(0);
    for (const text of withFrontMatter) {
      const source = text.slice(3, text.indexOf('\n---', 3));
      expect(readPlainYaml(source)).toStrictEqual(viaYaml(source)!.data);
    }
  });
});

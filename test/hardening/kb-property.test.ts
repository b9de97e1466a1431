/** Property tests: the KB parser never throws, never hangs, and only points inside the file it read. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseKbFile } from '../../src/kb/parse.js';
import { checkOneFile } from '../../src/kb/check.js';
import type { Deps } from '../../src/deps.js';
import { nodeDeps } from '../../src/deps.js';
import type { Finding } from '../../src/finding.js';

const BASE = readFileSync('test/fixtures/kb/parse-error/ok-base.md', 'utf8');
const PER_INPUT_MS = 250;

/** Checks bytes through the real per-file pipeline (parse, rules, schema) with an in-memory file. */
async function checkBytes(bytes: Buffer): Promise<{ findings: Finding[]; lines: number; ms: number }> {
  const deps: Deps = { ...nodeDeps(), readFile: async () => bytes };
  const started = performance.now();
  const { findings } = await checkOneFile('kb/fuzz.md', deps, { root: 'kb' }, 1024 * 1024);
  const ms = performance.now() - started;
  const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').length;
  return { findings, lines, ms };
}

function assertSane({ findings, lines, ms }: { findings: Finding[]; lines: number; ms: number }): void {
  expect(ms).toBeLessThan(PER_INPUT_MS * 8);
  for (const finding of findings) {
    expect(finding.message.length).toBeGreaterThan(0);
    if (!finding.location) continue;
    expect(finding.location.line).toBeGreaterThanOrEqual(1);
    expect(finding.location.line).toBeLessThanOrEqual(lines);
    if (finding.location.column !== undefined) expect(finding.location.column).toBeGreaterThanOrEqual(1);
  }
}

it('survives arbitrary bytes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => assertSane(await checkBytes(Buffer.from(bytes)))),
    { numRuns: 300 },
  );
});

/** Near-valid documents: the base entry with lines dropped, duplicated, cut or spliced with markdown noise. */
const NOISE = ['**', '****', '- ', '1. ', '## ', '# ', '---', '```', '|', '—', '(90% success)', '(50% fail)', '%', '<!--', '-->', '`', '\t', '\r\n', '\uFEFF', '&#0;'];
const nearValid = fc
  .array(
    fc.oneof(
      fc.constantFrom(...BASE.split('\n')),
      fc.constantFrom(...NOISE),
      fc.string({ maxLength: 40 }),
      fc.tuple(fc.constantFrom(...BASE.split('\n')), fc.nat(60)).map(([line, cut]) => line.slice(0, cut)),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join('\n'));

it('survives near-valid entries in both forms', async () => {
  await fc.assert(
    fc.asyncProperty(nearValid, fc.boolean(), async (text, frontMatter) => {
      const source = frontMatter ? `---\nid: api/fuzz\ntitle: ${text.slice(0, 30)}\n---\n${text}` : text;
      assertSane(await checkBytes(Buffer.from(source)));
    }),
    { numRuns: 300 },
  );
});

it('parses pathological nesting and long lines without throwing', () => {
  const nested = `${'> '.repeat(5000)}x\n${'- '.repeat(3000)}y\n${'['.repeat(10000)}\n`;
  const long = `# ${'a'.repeat(200_000)}\n`;
  for (const text of [nested, long]) {
    const { findings } = parseKbFile('kb/deep.md', Buffer.from(text), 1024 * 1024);
    expect(Array.isArray(findings)).toBe(true);
  }
});

/** Line streaming: chunk boundaries, CRLF, a missing final newline and over-long lines, with real files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { fileChunks, forEachLine } from '../../src/logs/read-log.js';

async function* pieces(parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.isBuffer(part) ? part : Buffer.from(part);
}

async function collect(parts: (string | Buffer)[], maxLineBytes?: number): Promise<{ lines: string[]; numbers: number[]; overlong: number[] }> {
  const lines: string[] = [];
  const numbers: number[] = [];
  const stats = await forEachLine(pieces(parts), (text, line) => {
    lines.push(text);
    numbers.push(line);
  }, maxLineBytes === undefined ? {} : { maxLineBytes });
  return { lines, numbers, overlong: stats.overlong };
}

describe('forEachLine', () => {
  test('any split of the bytes gives the same lines as String.split, CRLF stripped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '€', ' ', '\n', '\r\n', '"') })), fc.array(fc.nat(40)), async (strings, cuts) => {
        const text = strings.join('');
        const bytes = Buffer.from(text);
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...points, bytes.length].slice(1).map((end, index, ends) => bytes.subarray(index === 0 ? 0 : ends[index - 1], end));
        const expected = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
        if (text.endsWith('\n') || text === '') expected.pop();
        const { lines, numbers } = await collect([bytes.subarray(0, 0), ...parts]);
        expect(lines).toEqual(expected);
        expect(numbers).toEqual(expected.map((_line, index) => index + 1));
      }),
      { numRuns: 200 },
    );
  });

  test('an over-long line is dropped and numbered, the lines around it survive', async () => {
    const long = 'x'.repeat(5000);
    const result = await collect(['first\n', long.slice(0, 2000), long.slice(2000), '\nafter\n', `${long}\nlast`], 1000);
    expect(result.lines).toEqual(['first', 'after', 'last']);
    expect(result.numbers).toEqual([1, 3, 5]);
    expect(result.overlong).toEqual([2, 4]);
  });

  test('a file without any newline is one dropped line, not a buffer the size of the file', async () => {
    const result = await collect([Buffer.alloc(3000, 0x41), Buffer.alloc(3000, 0x42)], 1000);
    expect(result).toEqual({ lines: [], numbers: [], overlong: [1] });
  });

  test('reads a real file through fileChunks', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-read-'));
    try {
      const file = path.join(dir, 'a.log');
      writeFileSync(file, 'one\r\ntwo\nthree');
      const lines: string[] = [];
      const stats = await forEachLine(fileChunks(file), (text) => lines.push(text));
      expect(lines).toEqual(['one', 'two', 'three']);
      expect(stats.lines).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

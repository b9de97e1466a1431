/**
 * One signal model: every log signal of every seed entry matches one of the entry's own ```log lines
 * through the extractor and matcher citation uses (logs/line.ts + cite/log-signal.ts), and a finding
 * carrying that very line cites the entry.
 */
import { buildCiteIndex, citeSymptom } from '../../src/cite/cite.js';
import { LOG_SIGNAL_GATEWAY, logSignalMatches, type LogSignalKey } from '../../src/cite/log-signal.js';
import { compileRepoRegex } from '../../src/safety/repo-regex.js';
import { nodeDeps } from '../../src/deps.js';
import { expandGlobs } from '../../src/files.js';
import { checkKbFiles } from '../../src/kb/check.js';
import type { KbRecord } from '../../src/kb/model.js';
import { readLogLine } from '../../src/logs/line.js';
import { readFileSync } from 'node:fs';

let records: KbRecord[];
beforeAll(async () => {
  const deps = nodeDeps();
  const { paths } = await expandGlobs(['seeds/**/*.md'], deps, 'kb', 10_000);
  ({ records } = await checkKbFiles(paths, deps, { root: 'seeds' }, 1024 * 1024));
});

function logExamples(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/^```log\n([\s\S]*?)^```/gm)].flatMap((match) => match[1]!.split('\n')).filter((line) => line.trim() !== '');
}

it('every seed log signal matches one of its own ```log lines as read by the citation extractor, and that line cites the entry', () => {
  const index = buildCiteIndex(records);
  const checked: string[] = [];
  const failures: string[] = [];
  for (const record of records) {
    const signals = (record.entry.signals ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(LOG_SIGNAL_GATEWAY) as LogSignalKey[]) {
      for (const pattern of (signals[key] as string[] | undefined) ?? []) {
        checked.push(`${record.entry.id} ${key}`);
        const compiled = compileRepoRegex(pattern);
        if (!compiled.ok) {
          failures.push(`${record.entry.id}: ${pattern} refused`);
          continue;
        }
        const gateway = LOG_SIGNAL_GATEWAY[key];
        const lines = logExamples(record.path).map((text) => readLogLine(text)).filter((line) => line.format === gateway);
        const line = lines.find((candidate) => logSignalMatches(compiled.regex, key, candidate));
        if (!line) {
          failures.push(`${record.entry.id}: ${key} ${pattern} matches none of its examples`);
          continue;
        }
        // The same line, as a probe finding or a logs row would carry it, reaches the entry.
        const cited = citeSymptom(index, { log: readLogLine(line.text, gateway), gateway }, Infinity).map((entry) => entry.entryId);
        if (!cited.includes(record.entry.id)) failures.push(`${record.entry.id}: its own example line does not cite it`);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(checked.length).toBeGreaterThanOrEqual(21);
});

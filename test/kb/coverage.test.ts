/** The starter KB knows every failure gatewatch can detect: each probe class and each rule points to an entry. */
import { nodeDeps } from '../../src/deps.js';
import { FAILURE_CLASSES } from '../../src/failure-class.js';
import { expandGlobs } from '../../src/files.js';
import { checkKbFiles } from '../../src/kb/check.js';
import type { KbRecord } from '../../src/kb/model.js';
import { LOG_RULES } from '../../src/cite/log-rows.js';
import { ruleCatalogue } from '../../src/run.js';

/** The failures of an upstream or a gateway (the table's `failure` rows): each needs an explanation. */
const FAILURES = FAILURE_CLASSES.filter((row) => row.kind === 'failure').map((row) => row.id);

let records: KbRecord[];
beforeAll(async () => {
  const deps = nodeDeps();
  const { paths } = await expandGlobs(['seeds/**/*.md'], deps, 'kb', 10_000);
  ({ records } = await checkKbFiles(paths, deps, { root: 'seeds' }, 1024 * 1024));
});

it('ships at least 12 complete entries, and explains the 14 failure classes', () => {
  expect(FAILURES).toHaveLength(14);
  expect(records.length).toBeGreaterThanOrEqual(12);
});

it.each(FAILURES)('probe class %s is explained by at least one entry', (probeClass) => {
  const explaining = records.filter((record) => record.entry.signals?.probe?.includes(probeClass));
  expect(explaining.map((record) => record.entry.id)).not.toEqual([]);
});

it('every rule with KB links points at entries that exist, and every nginx rule has one', () => {
  const ids = new Set(records.map((record) => record.entry.id));
  const rules = [...ruleCatalogue(), ...LOG_RULES];
  const dangling = rules.flatMap((rule) => (rule.kb ?? []).filter((id) => !ids.has(id)).map((id) => `${rule.id} -> ${id}`));
  expect(dangling).toEqual([]);
  const unlinked = rules.filter((rule) => rule.id.startsWith('nginx/') && (rule.kb ?? []).length === 0).map((rule) => rule.id);
  expect(unlinked).toEqual([]);
});

it('every entry signal names a real rule', () => {
  const ruleIds = new Set(ruleCatalogue().map((rule) => rule.id));
  const unknown = records.flatMap((record) => (record.entry.signals?.rule ?? []).filter((id) => !ruleIds.has(id)).map((id) => `${record.entry.id}: ${id}`));
  expect(unknown).toEqual([]);
});

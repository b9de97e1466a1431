/** Every registered HAProxy rule has fixtures both ways, and every KB link it names exists under seeds/. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HAPROXY_RULE_METAS, HAPROXY_RULES } from '../../src/haproxy/rules/index.js';
import { HAPROXY_TEST_RULE } from '../../src/haproxy/rules/test.js';
import { FIXTURES, REPO_ROOT } from './helpers.js';

describe('HAProxy rule registry', () => {
  test.each([HAPROXY_TEST_RULE, ...HAPROXY_RULES].map((rule) => [rule.id, rule] as const))('%s has bad and ok fixtures', (id) => {
    const dir = path.join(FIXTURES, id.slice('haproxy/'.length));
    const names = readdirSync(dir);
    expect(names.filter((name) => /^bad-.*\.cfg$/.test(name)).length).toBeGreaterThanOrEqual(1);
    expect(names.filter((name) => /^ok-.*\.cfg$/.test(name)).length).toBeGreaterThanOrEqual(1);
  });

  test.each(HAPROXY_RULE_METAS.map((rule) => [rule.id, rule] as const))('%s links only to KB entries that exist', (_id, rule) => {
    for (const entryId of rule.kb ?? []) expect(existsSync(path.join(REPO_ROOT, 'seeds', `${entryId}.md`))).toBe(true);
  });

  test('rule ids equal their file names and are unique', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'src/haproxy/rules'))
      .filter((name) => !['index.ts', 'context.ts'].includes(name))
      .map((name) => `haproxy/${name.replace(/\.ts$/, '')}`)
      .sort();
    expect(HAPROXY_RULE_METAS.map((rule) => rule.id).sort()).toEqual(files);
  });
});

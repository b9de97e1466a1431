/** The README's rule tables are the catalogue's: `npm run docs` regenerates them, this test fails when they are stale. */
import { readFileSync } from 'node:fs';
import { RULE_REGISTRIES } from '../../src/catalogue.js';
import { ruleTable, withRuleTables } from '../../src/docs/rule-tables.js';

const readme = readFileSync('README.md', 'utf8');

test('README has a generated table for every checker', () => {
  for (const checker of Object.keys(RULE_REGISTRIES)) expect(readme).toContain(`<!-- section:rules-${checker} -->\n| rule |`);
});

test('the tables match the catalogue (run `npm run docs`)', () => {
  expect(withRuleTables(readme)).toBe(readme);
});

test('every catalogued rule appears in its table with a link to its page', () => {
  for (const [checker, rules] of Object.entries(RULE_REGISTRIES)) {
    for (const rule of rules) expect(ruleTable(checker)).toContain(`[\`${rule.id}\`](docs/rules/${rule.id}.md)`);
  }
});

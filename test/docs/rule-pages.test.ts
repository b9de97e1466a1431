/** eslint's docs discipline: every catalogued rule has docs/rules/<checker>/<rule>.md, and every page has a rule. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCatalogue } from '../../src/catalogue.js';
import { REPOSITORY_URL, ruleDocUrl } from '../../src/project-urls.js';

const rules = ruleCatalogue();
const pagePath = (id: string): string => join('docs', 'rules', `${id}.md`);

test.each(rules.map((rule) => [rule.id, rule] as const))('%s has its page with the required sections', (id, rule) => {
  expect(existsSync(pagePath(id))).toBe(true);
  const page = readFileSync(pagePath(id), 'utf8');
  expect(page.split('\n')[0]).toBe(`# ${id}`);
  expect(page).toContain(`Severity: **${rule.severity}**`);
  for (const heading of ['## What it catches', '## Why it matters', '## How to silence it']) expect(page).toContain(`\n${heading}\n`);
  for (const entry of rule.kb ?? []) expect(page).toContain(`(../../../seeds/${entry}.md)`);
});

test('every page under docs/rules belongs to a catalogued rule', () => {
  const ids = new Set(rules.map((rule) => rule.id));
  const pages = readdirSync('docs/rules', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join('docs/rules', dir.name)).map((file) => `${dir.name}/${file.replace(/\.md$/, '')}`));
  expect(pages.filter((id) => !ids.has(id))).toEqual([]);
  expect(pages.length).toBe(ids.size);
});

test('relative links on the pages point at files in the repository', () => {
  const broken = rules.flatMap((rule) =>
    [...readFileSync(pagePath(rule.id), 'utf8').matchAll(/\]\((\.\.\/[^)#]+)\)/g)]
      .map((match) => join('docs', 'rules', rule.id.split('/')[0]!, match[1]!))
      .filter((target) => !existsSync(target))
      .map((target) => `${rule.id}: ${target}`),
  );
  expect(broken).toEqual([]);
});

test('the help URL of a rule is its page on the default branch', () => {
  expect(ruleDocUrl('kb/empty-title')).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/kb/empty-title.md`);
  for (const rule of rules) expect(ruleDocUrl(rule.id).endsWith(`/${pagePath(rule.id)}`)).toBe(true);
});

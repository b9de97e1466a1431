/** One rule catalogue: every id the source can emit is listed, once, under its checker, with its own file. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_REGISTRIES, ruleCatalogue } from '../src/catalogue.js';
import { FAILURE_CLASSES } from '../src/failure-class.js';
import { probeRuleId } from '../src/probe/rules.js';

const CHECKERS = Object.keys(RULE_REGISTRIES);
/** A quoted `checker/rule` literal anywhere in src/ (code, messages, comments in backticks). */
const ID_LITERAL = new RegExp(`['\`"]((?:${[...CHECKERS, 'config', 'lab', 'gateway'].join('|')})/[a-z0-9-]+)['\`"]`, 'g');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const ids = ruleCatalogue().map((rule) => rule.id);

it('lists every rule id once', () => {
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
});

it('files each rule under the checker its id names', () => {
  const misplaced = Object.entries(RULE_REGISTRIES).flatMap(([checker, rules]) =>
    rules.filter((rule) => !rule.id.startsWith(`${checker}/`)).map((rule) => `${checker}: ${rule.id}`),
  );
  expect(misplaced).toEqual([]);
});

it('knows every rule id written in src/', () => {
  const known = new Set(ids);
  const written = sourceFiles('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(ID_LITERAL)].map((match) => `${file}: ${match[1]!}`));
  expect(written.length).toBeGreaterThan(40);
  expect(written.filter((hit) => !known.has(hit.slice(hit.indexOf(': ') + 2)))).toEqual([]);
});

it('has a probe rule for every failure class', () => {
  expect(FAILURE_CLASSES.map((row) => probeRuleId(row.id)).filter((id) => !ids.includes(id))).toEqual([]);
});

it.each(['kb', 'nginx', 'haproxy'])('keeps each %s rule in src/<checker>/rules/<rule>.ts (id = file)', (checker) => {
  const missing = RULE_REGISTRIES[checker]!.map((rule) => rule.id.slice(checker.length + 1)).filter((name) => !existsSync(join('src', checker, 'rules', `${name}.ts`)));
  expect(missing).toEqual([]);
});

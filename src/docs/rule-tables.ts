/**
 * The README's rule tables, rendered from the rule catalogue between `<!-- section:rules-<checker> -->`
 * markers (`npm run docs` writes them; test/docs/readme-rule-tables.test.ts fails when they are stale).
 */
import { RULE_REGISTRIES } from '../catalogue.js';
import type { RuleMeta } from '../rule.js';

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|');

function row(rule: RuleMeta, withKb: boolean): string {
  const kb = (rule.kb ?? []).map((id) => `[\`${id}\`](seeds/${id}.md)`).join(', ');
  return `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.severity} | ${escapeCell(rule.description)} |${withKb ? ` ${kb} |` : ''}`;
}

export function ruleTable(checker: string): string {
  const rules = RULE_REGISTRIES[checker];
  if (!rules) throw new Error(`no rule registry "${checker}"`);
  // The KB column only where some rule of the checker links entries (KB rules check entries, they cite none).
  const withKb = rules.some((rule) => (rule.kb ?? []).length > 0);
  const head = withKb ? ['| rule | severity | what it catches | KB |', '|---|---|---|---|'] : ['| rule | severity | what it catches |', '|---|---|---|'];
  return [...head, ...rules.map((rule) => row(rule, withKb))].join('\n');
}

/** Replaces every `<!-- section:rules-<checker> -->` … `<!-- /section:rules-<checker> -->` block of `readme`. */
export function withRuleTables(readme: string): string {
  return readme.replace(
    /<!-- section:rules-([a-z]+) -->\n[\s\S]*?<!-- \/section:rules-\1 -->/g,
    (_block, checker: string) => `<!-- section:rules-${checker} -->\n${ruleTable(checker)}\n<!-- /section:rules-${checker} -->`,
  );
}

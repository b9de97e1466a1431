/**
 * The project's public addresses, in one place: per-rule docs (SARIF `helpUri`) and the published JSON
 * schemas (`$id`, the `yaml-language-server` line in examples/gatewatch.yml). Tests compare the schema
 * files and examples with these, so a move of the repository is one edit here.
 */
export const REPOSITORY_URL = 'https://github.com/gatewatch/gatewatch';

/** Schemas are served from the major-version tag: stable for every v1.x release, never a moving branch. */
export const SCHEMA_REF = 'v1';

/** `docs/rules/<checker>/<rule>.md` on the default branch: `kb/empty-title` -> docs/rules/kb/empty-title.md. */
export function ruleDocUrl(ruleId: string): string {
  const [checker, ...rest] = ruleId.split('/');
  const rule = rest.length > 0 ? rest.join('/') : checker!;
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(checker!)}/${rule.split('/').map(encodeURIComponent).join('/')}.md`;
}

/** The raw file address of a schema under schemas/, e.g. config.schema.json. */
export function schemaUrl(file: string): string {
  return `https://raw.githubusercontent.com/gatewatch/gatewatch/${SCHEMA_REF}/schemas/${file}`;
}

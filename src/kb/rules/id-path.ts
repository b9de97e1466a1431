/** Catches `seeds/api/old-name.md` declaring `api/new-name`: the id must be the path under the KB root. */
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

export const idPath = defineRule<KbRuleContext>({
  id: 'kb/id-path',
  severity: 'error',
  description: 'An entry with id `domain/slug` lives at `<kb root>/domain/slug.md`, so links and citations find it',
  check(context, report) {
    const id = context.file.entry.id;
    const root = context.settings.root.replace(/\/+$/, '');
    // Root "" (a --kb glob like `**/*.md`) means ids are paths from the repository root.
    const prefix = root === '' ? '' : `${root}/`;
    // Files outside the KB root (fixtures, drafts checked by hand) have no expected path.
    if (typeof id !== 'string' || !context.file.path.startsWith(prefix)) return;
    const expected = `${prefix}${id}.md`;
    if (context.file.path === expected) return;
    report(at(context, '/id', `Entry id "${id}" does not match its path "${context.file.path}"; move the file to "${expected}" or change the id`));
  },
});

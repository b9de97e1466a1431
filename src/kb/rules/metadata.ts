/** Catches an unknown `**Owner:**` bullet, a repeated `**ID:**`, a missing `**Fix Rate:**` or a missing H1 title. */
import { defineRule } from '../../rule.js';
import { METADATA_FIELDS } from '../fields.js';
import { type KbRuleContext } from './context.js';

export const metadata = defineRule<KbRuleContext>({
  id: 'kb/metadata',
  severity: 'error',
  description: `The metadata list has one bullet each for ${Object.keys(METADATA_FIELDS).join(', ')} (or the same fields in front matter)`,
  check(context, report) {
    const { file, settings } = context;
    const seen = new Map<string, number>();
    for (const bullet of file.metadata) {
      const location = { path: file.path, line: bullet.line, column: bullet.column };
      if (bullet.label === '') {
        report({ message: `Metadata bullet "${bullet.value.slice(0, 60)}" does not read as "- **Label:** value"; rewrite it`, location });
        continue;
      }
      const field = METADATA_FIELDS[bullet.label];
      if (!field) {
        report({ message: `Unknown metadata label "${bullet.label}"; use one of ${Object.keys(METADATA_FIELDS).join(', ')}`, location });
        continue;
      }
      const first = seen.get(field);
      if (first !== undefined) {
        report({ message: `Metadata "${bullet.label}" is given again (first on line ${first}); keep one`, location });
        continue;
      }
      seen.set(field, bullet.line);
    }
    const fromFrontMatter = file.frontMatter ?? new Map();
    for (const [label, field] of Object.entries(METADATA_FIELDS)) {
      if (seen.has(field) || fromFrontMatter.has(field)) continue;
      report({ message: `Metadata "${label}" is missing; add "- **${label}:** …" under the title`, location: { path: file.path, line: 1, column: 1 }, pointer: `/${field}` });
    }
    if (!file.bodyFields.has('title') && !fromFrontMatter.has('title')) {
      report({ message: 'Entry has no title; start the file with "# <symptom>"', location: { path: file.path, line: 1, column: 1 }, pointer: '/title' });
    }
    const { domain, category } = file.entry;
    if (settings.domains && typeof domain === 'string' && !settings.domains.includes(domain)) {
      const where = file.ranges.get('/domain');
      report({ message: `Domain "${domain}" is not in the configured kb.domains (${settings.domains.join(', ')}); use one of them or extend the list`, location: { path: file.path, ...(where ?? { line: 1, column: 1 }) }, pointer: '/domain' });
    }
    if (settings.categories && typeof category === 'string' && !settings.categories.includes(category)) {
      const where = file.ranges.get('/category');
      report({ message: `Category "${category}" is not in the configured kb.categories (${settings.categories.join(', ')}); use one of them or extend the list`, location: { path: file.path, ...(where ?? { line: 1, column: 1 }) }, pointer: '/category' });
    }
  },
});

/** Catches `Related: api/http-502-typo`: a related id that no entry in the knowledge base declares. */
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

export const relatedExists = defineRule<KbRuleContext>({
  id: 'kb/related-exists',
  severity: 'error',
  description: 'Every related id names an entry of the knowledge base',
  check(context, report) {
    const related = context.file.entry.related;
    if (!Array.isArray(related)) return;
    related.forEach((id, index) => {
      if (typeof id !== 'string' || context.index.pathsById.has(id)) return;
      if (id === context.file.entry.id) {
        report(at(context, `/related/${index}`, `Related id "${id}" is this entry itself; remove it`));
        return;
      }
      report(at(context, `/related/${index}`, `Related id "${id}" matches no entry in the knowledge base; fix the id or add the entry`));
    });
  },
});

/** Catches two files declaring the same `**ID:**`: citations would point at either one at random. */
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

export const duplicateId = defineRule<KbRuleContext>({
  id: 'kb/duplicate-id',
  severity: 'error',
  description: 'Every entry id is unique across the knowledge base',
  check(context, report) {
    const id = context.file.entry.id;
    if (typeof id !== 'string') return;
    const others = (context.index.pathsById.get(id) ?? []).filter((path) => path !== context.file.path);
    if (others.length === 0) return;
    report(at(context, '/id', `Entry id "${id}" is also declared in ${others.map((path) => `"${path}"`).join(', ')}; give each entry its own id`));
  },
});

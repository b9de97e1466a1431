/** Catches `- **** — reason (90% fail)`: a dead end (or workaround, or entry) whose title is empty. */
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

const isBlank = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';

export const emptyTitle = defineRule<KbRuleContext>({
  id: 'kb/empty-title',
  severity: 'error',
  description: 'Entry, workaround and dead-end titles must say something: a reader scans the titles first',
  check(context, report) {
    const { entry } = context.file;
    if (isBlank(entry.title)) report(at(context, '/title', 'Entry title is empty; write the symptom as the H1, e.g. "502 Bad Gateway: upstream refused"'));
    (entry.workarounds ?? []).forEach((workaround, index) => {
      if (isBlank(workaround?.title)) {
        report(at(context, `/workarounds/${index}/title`, `Workaround ${index + 1} has an empty title "****"; name the action to take`));
      }
    });
    (entry.dead_ends ?? []).forEach((deadEnd, index) => {
      if (isBlank(deadEnd?.title)) {
        report(at(context, `/dead_ends/${index}/title`, `Dead end ${index + 1} has an empty title "****"; name what people try that does not help, e.g. "**Restart nginx**"`));
      }
    });
  },
});

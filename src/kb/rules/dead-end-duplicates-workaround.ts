/** Catches a dead end titled like a workaround: the entry would tell readers to do and not do the same thing. */
import { defineRule } from '../../rule.js';
import { at, normalizeProse, type KbRuleContext } from './context.js';

export const deadEndDuplicatesWorkaround = defineRule<KbRuleContext>({
  id: 'kb/dead-end-duplicates-workaround',
  severity: 'warning',
  description: 'A dead end never repeats a workaround of the same entry',
  check(context, report) {
    const { workarounds, dead_ends: deadEnds } = context.file.entry;
    if (!Array.isArray(workarounds) || !Array.isArray(deadEnds)) return;
    const titles = new Map<string, number>();
    workarounds.forEach((workaround, index) => {
      if (typeof workaround?.title === 'string' && workaround.title.trim() !== '') titles.set(normalizeProse(workaround.title), index);
    });
    deadEnds.forEach((deadEnd, index) => {
      if (typeof deadEnd?.title !== 'string' || deadEnd.title.trim() === '') return;
      const workaround = titles.get(normalizeProse(deadEnd.title));
      if (workaround === undefined) return;
      report(at(context, `/dead_ends/${index}/title`, `Dead end "${deadEnd.title}" repeats workaround ${workaround + 1}; say what does not work, or drop one of them`));
    });
  },
});

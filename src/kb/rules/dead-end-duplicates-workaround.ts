/** Catches a dead end titled like a workaround: the entry would tell readers to do and not do the same thing. */
import { defineRule } from '../../rule.js';
import { at, firstAlphanumeric, normalizeProse, type KbRuleContext } from './context.js';

export const deadEndDuplicatesWorkaround = defineRule<KbRuleContext>({
  id: 'kb/dead-end-duplicates-workaround',
  severity: 'warning',
  description: 'A dead end never repeats a workaround of the same entry',
  check(context, report) {
    const { workarounds, dead_ends: deadEnds } = context.file.entry;
    if (!Array.isArray(workarounds) || !Array.isArray(deadEnds)) return;
    const titled = workarounds
      .map((workaround, index) => ({ title: workaround?.title, index }))
      .filter((item): item is { title: string; index: number } => typeof item.title === 'string' && item.title.trim() !== '');
    deadEnds.forEach((deadEnd, index) => {
      if (typeof deadEnd?.title !== 'string' || deadEnd.title.trim() === '') return;
      const first = firstAlphanumeric(deadEnd.title);
      const normalized = normalizeProse(deadEnd.title);
      // Comparing first letters is cheap and rules out almost every pair before normalising.
      const workaround = titled.find((item) => firstAlphanumeric(item.title) === first && normalizeProse(item.title) === normalized);
      if (!workaround) return;
      report(at(context, `/dead_ends/${index}/title`, `Dead end "${deadEnd.title}" repeats workaround ${workaround.index + 1}; say what does not work, or drop one of them`));
    });
  },
});

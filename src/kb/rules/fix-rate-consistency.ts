/** Catches `Fix Rate: 95%` when the best workaround only succeeds 80% of the time. */
import { maxOf } from '../../collections.js';
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

export const fixRateConsistency = defineRule<KbRuleContext>({
  id: 'kb/fix-rate-consistency',
  severity: 'warning',
  description: 'The fix rate of an entry is not higher than the success rate of its best workaround',
  check(context, report) {
    const { fix_rate: fixRate, workarounds } = context.file.entry;
    if (typeof fixRate !== 'number' || !Array.isArray(workarounds)) return;
    const rates = workarounds.map((workaround) => workaround?.success_rate).filter((rate): rate is number => typeof rate === 'number');
    if (rates.length === 0) return;
    const best = maxOf(rates);
    if (fixRate <= best) return;
    report(at(context, '/fix_rate', `Fix rate "${fixRate}%" is higher than the best workaround's success rate "${best}%"; lower the fix rate or correct the workaround rates`));
  },
});

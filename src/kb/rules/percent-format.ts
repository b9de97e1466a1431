/** Catches `**Fix Rate:** 0.85` or `(90 success)`: rates are whole percents written `NN%`. */
import { defineRule } from '../../rule.js';
import { type KbRuleContext } from './context.js';

const SEED_PERCENT = /^\d{1,3}%$/;

export const percentFormat = defineRule<KbRuleContext>({
  id: 'kb/percent-format',
  severity: 'error',
  description: 'Fix rates, success rates and fail rates are whole percents (`85%`); `0.85` is ambiguous',
  check(context, report) {
    for (const percent of context.file.percents) {
      const text = percent.text.trim();
      const valid = SEED_PERCENT.test(text) || (percent.source === 'front-matter' && /^\d{1,3}$/.test(text));
      if (valid && Number.parseInt(text, 10) <= 100) continue;
      const hint = /^0?\.\d+$/.test(text)
        ? `is ambiguous (a fraction or a tiny percent?); write "${Math.round(Number(text) * 100)}%"`
        : Number.parseInt(text, 10) > 100
          ? 'is over 100%; write a percent between 0% and 100%'
          : 'is not a whole percent; write it like "85%"';
      report({ message: `Rate "${text}" ${hint}`, location: { path: context.file.path, ...percent.range }, pointer: percent.pointer });
    }
  },
});

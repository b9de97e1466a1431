/** Catches a `gatewatch kb new` skeleton merged before its author replaced the "FILL IN" placeholders. */
import { defineRule } from '../../rule.js';
import type { KbRuleContext } from './context.js';

/** The marker `kb new` writes (src/kb/skeleton.ts); upper case, so prose that says "fill in" is not flagged. */
export const PLACEHOLDER = 'FILL IN';

export const placeholder = defineRule<KbRuleContext>({
  id: 'kb/placeholder',
  severity: 'error',
  description: 'No "FILL IN" placeholder from `gatewatch kb new` is left in the entry',
  check(context, report) {
    context.file.lines.forEach((text, index) => {
      const column = text.indexOf(PLACEHOLDER);
      if (column === -1) return;
      // The placeholder's own words, up to the markdown around it (`**`, a table pipe, a dead end's " — ").
      const hint = text.slice(column).split(/\*\*| \| | — /)[0]!.trim();
      report({
        message: `Placeholder "${hint.length > 80 ? `${hint.slice(0, 79)}…` : hint}" is still here; replace it with what it asks for`,
        location: { path: context.file.path, line: index + 1, column: column + 1 },
      });
    });
  },
});

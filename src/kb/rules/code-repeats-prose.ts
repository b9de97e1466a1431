/** Catches a workaround whose fenced block just repeats its title instead of giving the command to run. */
import { defineRule } from '../../rule.js';
import { at, firstAlphanumeric, normalizeProse, type KbRuleContext } from './context.js';

export const codeRepeatsProse = defineRule<KbRuleContext>({
  id: 'kb/code-repeats-prose',
  severity: 'warning',
  description: 'A code block under a workaround must hold the commands, not a copy of the workaround text',
  check(context, report) {
    const workarounds = context.file.entry.workarounds ?? [];
    for (const block of context.file.codeBlocks) {
      const title = workarounds[block.workaround]?.title;
      if (typeof title !== 'string' || title.trim() === '') continue;
      if (firstAlphanumeric(block.value) !== firstAlphanumeric(title)) continue;
      if (normalizeProse(block.value) !== normalizeProse(title)) continue;
      const codeIndex = context.file.codeBlocks.filter((other) => other.workaround === block.workaround && other.line < block.line).length;
      report(
        at(
          context,
          `/workarounds/${block.workaround}/code/${codeIndex}`,
          `Code block of workaround ${block.workaround + 1} repeats its title "${title.slice(0, 40)}${title.length > 40 ? '...' : ''}"; replace it with the commands to run or drop the block`,
        ),
      );
    }
  },
});

/** Catches a missing `## Workarounds`, an unknown `## Fixes`, a repeated section or sections out of order. */
import { defineRule } from '../../rule.js';
import { SECTION_ORDER } from '../fields.js';
import { type KbRuleContext } from './context.js';

const REQUIRED = new Map<string, string>([
  ['Root Cause', '/root_cause'],
  ['Version Compatibility', '/versions'],
  ['Workarounds', '/workarounds'],
  ['Dead Ends', '/dead_ends'],
]);
const KNOWN = new Set<string>(SECTION_ORDER);

function closestSection(name: string): string | undefined {
  const lower = name.toLowerCase();
  return SECTION_ORDER.find((known) => known.toLowerCase() === lower || known.toLowerCase().startsWith(lower.split(' ')[0] ?? ''));
}

export const sections = defineRule<KbRuleContext>({
  id: 'kb/sections',
  severity: 'error',
  description: `H2 sections are exactly ${SECTION_ORDER.join(', ')} (the last three optional), once each, in that order`,
  check(context, report) {
    const { file } = context;
    const seen = new Map<string, number>();
    let lastRank = -1;
    for (const section of file.sections) {
      const location = { path: file.path, line: section.line, column: section.column, endLine: section.line, endColumn: section.column + section.name.length };
      if (!KNOWN.has(section.name)) {
        const suggestion = closestSection(section.name);
        report({ message: `Unknown section "${section.name}"${suggestion ? `; did you mean "${suggestion}"?` : `; use one of ${SECTION_ORDER.join(', ')}`}`, location });
        continue;
      }
      const first = seen.get(section.name);
      if (first !== undefined) {
        report({ message: `Section "${section.name}" appears again (first on line ${first}); merge the two`, location });
        continue;
      }
      seen.set(section.name, section.line);
      const rank = SECTION_ORDER.indexOf(section.name as (typeof SECTION_ORDER)[number]);
      if (rank < lastRank) {
        report({ message: `Section "${section.name}" is out of order; sections go ${SECTION_ORDER.join(', ')}`, location });
      }
      lastRank = Math.max(lastRank, rank);
    }
    for (const [name, pointer] of REQUIRED) {
      if (seen.has(name)) continue;
      report({ message: `Section "## ${name}" is missing; add it`, location: { path: file.path, line: 1, column: 1 }, pointer });
    }
  },
});

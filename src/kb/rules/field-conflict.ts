/** Catches front matter `title: A` with a body `# B`: one field set in two places to different values. */
import { defineRule } from '../../rule.js';
import { quote, type KbRuleContext } from './context.js';

const SECTION_FIELDS = new Map([
  ['Signals', 'signals'],
  ['References', 'references'],
  ['Related', 'related'],
]);

export const fieldConflict = defineRule<KbRuleContext>({
  id: 'kb/field-conflict',
  severity: 'error',
  description: 'A field set both in front matter and in the body has the same value in both',
  check(context, report) {
    const { file } = context;
    const frontMatter = file.frontMatter;
    if (!frontMatter) return;
    for (const [field, body] of file.bodyFields) {
      const front = frontMatter.get(field);
      if (!front || JSON.stringify(front.value) === JSON.stringify(body.value)) continue;
      report({
        message: `Field "${field}" is ${quote(body.value)} here but ${quote(front.value)} in the front matter (line ${front.range.line}); keep one`,
        location: { path: file.path, ...body.range },
        pointer: `/${field}`,
      });
    }
    for (const section of file.sections) {
      const field = SECTION_FIELDS.get(section.name);
      const front = field ? frontMatter.get(field) : undefined;
      if (!field || !front) continue;
      report({
        message: `Section "${section.name}" repeats "${field}" already set in the front matter (line ${front.range.line}); keep one`,
        location: { path: file.path, line: section.line, column: section.column },
      });
    }
  },
});

/** Catches a `nginx_log` signal that RE2 cannot compile (lookaround, backreferences, bad syntax) or that matches none of the entry's ```log lines. */
import { compileRepoRegex, testCapped } from '../../safety/repo-regex.js';
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

export const regexExample = defineRule<KbRuleContext>({
  id: 'kb/regex-example',
  severity: 'error',
  description: 'Every nginx_log signal is an RE2 regex (linear-time) that matches a real log line shown in a ```log block of the entry',
  check(context, report) {
    const patterns = context.file.entry.signals?.nginx_log;
    if (!Array.isArray(patterns)) return;
    const logLines = context.file.fences
      .filter((block) => block.lang === 'log')
      .flatMap((block) => block.value.split('\n'));
    patterns.forEach((pattern, index) => {
      if (typeof pattern !== 'string') return;
      const pointer = `/signals/nginx_log/${index}`;
      const compiled = compileRepoRegex(pattern);
      if (!compiled.ok) {
        report(at(context, pointer, `Log signal "${pattern.slice(0, 60)}" is refused: ${compiled.reason}`));
        return;
      }
      if (logLines.length === 0) {
        report({ ...at(context, pointer, `Log signal "${pattern.slice(0, 60)}" has no example; add the real log line in a \`\`\`log block`), severity: 'warning' });
        return;
      }
      if (!logLines.some((line) => testCapped(compiled.regex, line))) {
        report(at(context, pointer, `Log signal "${pattern.slice(0, 60)}" matches none of the entry's \`\`\`log lines; fix the regex or the example`));
      }
    });
  },
});

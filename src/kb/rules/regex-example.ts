/**
 * Catches a log signal (`nginx_log`, `haproxy_log`, `alb_log`) that does not compile, RE2 cannot compile
 * (lookaround, backreferences), or does not match any of the entry's ```log lines the way citation will match it: each
 * line is read by the same extractor (logs/line.ts) and tested by the same matcher (cite/log-signal.ts).
 */
import { LOG_SIGNAL_KEYS, logSignalMatches } from '../../cite/log-signal.js';
import { compileRepoRegex } from '../../safety/repo-regex.js';
import { GATEWAYS } from '../../failure-class.js';
import { readLogLine } from '../../logs/line.js';
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

export const regexExample = defineRule<KbRuleContext>({
  id: 'kb/regex-example',
  severity: 'error',
  description: "Every log signal is an RE2 regex (linear-time) that matches a real log line of its gateway shown in a ```log block of the entry",
  check(context, report) {
    const signals = context.file.entry.signals as Record<string, unknown> | undefined;
    if (!signals) return;
    const logLines = context.file.fences
      .filter((block) => block.lang === 'log')
      .flatMap((block) => block.value.split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => readLogLine(line));
    for (const gateway of GATEWAYS) {
      const key = LOG_SIGNAL_KEYS[gateway];
      const patterns = signals[key];
      if (!Array.isArray(patterns)) continue;
      patterns.forEach((pattern: unknown, index) => {
        if (typeof pattern !== 'string') return;
        const pointer = `/signals/${key}/${index}`;
        const compiled = compileRepoRegex(pattern);
        if (!compiled.ok) {
          report(at(context, pointer, `Log signal "${pattern.slice(0, 60)}" is refused: ${compiled.reason}`));
          return;
        }
        if (logLines.length === 0) {
          report({ ...at(context, pointer, `Log signal "${pattern.slice(0, 60)}" has no example; add the real log line in a \`\`\`log block`), severity: 'warning' });
          return;
        }
        if (!logLines.some((line) => line.format === gateway && logSignalMatches(compiled.regex, key, line))) {
          report(
            at(
              context,
              pointer,
              `Log signal "${pattern.slice(0, 60)}" matches none of the entry's \`\`\`log lines as a ${gateway} line (whole line or its message); fix the regex or the example`,
            ),
          );
        }
      });
    }
  },
});

/** `server { listen 80 }` — unbalanced braces, a missing `;`, a binary or unreadable file: nginx refuses to start. */
import { defineRule } from '../../rule.js';
import type { NginxRuleContext } from '../rule-context.js';
import { isIncludeError, payloadErrors } from '../parse-errors.js';

export const syntax = defineRule<NginxRuleContext>({
  id: 'nginx/syntax',
  severity: 'error',
  description: 'The config does not parse: nginx -t would reject it and nginx would not start or reload',
  kb: ['api/nginx-config-rejected-by-nginx-t'],
  check(context, report) {
    for (const error of payloadErrors(context)) {
      if (isIncludeError(error.message)) continue;
      const cut = error.unterminated;
      if (cut && cut.line < error.line) {
        // nginx names the `}` (or the end of file); the fix belongs at the end of the statement before it.
        report({
          message: `"${cut.directive}" on line ${cut.line} is missing its ";" (nginx: ${error.message} on line ${error.line}); add ";" at the end of line ${cut.line}`,
          location: { path: error.path, line: cut.line },
          signals: { nginxLog: '[emerg]' },
        });
        continue;
      }
      report({
        message: `${error.message}; fix the config so nginx can load it`,
        location: { path: error.path, line: error.line },
        signals: { nginxLog: '[emerg]' },
      });
    }
  },
});

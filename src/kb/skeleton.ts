/**
 * The entry `gatewatch kb new ID` writes: the seed form with every section in order, valid against the
 * schema and the structural rules, and a "FILL IN" placeholder wherever only the author knows the answer.
 * kb/placeholder turns each placeholder into an error, so a skeleton cannot be merged as it is.
 */
import { PLACEHOLDER } from './rules/placeholder.js';

export const KB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function entrySkeleton(id: string, title?: string): string {
  const domain = id.split('/')[0]!;
  const status = /(?:^|-)http-([1-5]\d\d)(?:-|$)/.exec(id.split('/')[1]!)?.[1];
  const fill = (what: string): string => `${PLACEHOLDER}: ${what}`;
  return [
    `# ${title ?? fill('the symptom as a client sees it, e.g. "502 Bad Gateway: upstream closed the connection"')}`,
    '',
    `- **ID:** \`${id}\``,
    `- **Domain:** ${domain}`,
    `- **Category:** network_error <!-- ${fill('network_error, timeout, config_error, tls_error … (lowercase words joined by _ or -)')} -->`,
    '- **Verification:** ai_generated',
    `- **Fix Rate:** 50% <!-- ${fill('how often the best workaround fixes it; at most its success rate')} -->`,
    '',
    '## Root Cause',
    '',
    fill('what happens between client, gateway and upstream, and why the gateway answers as it does. Quote the real log line:'),
    '',
    '```log',
    fill('the gateway log line, copied from a real failure'),
    '```',
    '',
    '## Version Compatibility',
    '',
    '| Version | Status | Introduced | Deprecated |',
    '|---------|--------|------------|------------|',
    `| ${fill('a gateway and version, e.g. Nginx 1.24+')} | active | — | — |`,
    '',
    '## Workarounds',
    '',
    `1. **${fill('the action that fixes it')}** (50% success)`,
    '   ```bash',
    `   # ${fill('the commands to run')}`,
    '   ```',
    '',
    '## Dead Ends',
    '',
    `- **${fill('what people try that does not help')}** — ${fill('why it does not help')} (50% fail)`,
    ...(status ? ['', '## Signals', '', `- http_status: ${status}`] : []),
    '',
  ].join('\n');
}

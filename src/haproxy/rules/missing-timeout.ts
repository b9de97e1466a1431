/** `backend be` with servers but no `timeout connect`/`timeout server` (own or from defaults): requests hang with no log line. */
import { defineRule } from '../../rule.js';
import { effectiveDirectives, isBackendLike, serversOf } from '../config.js';
import { at, describeProxy, type HaproxyRuleContext } from './context.js';

/*
 * configuration.txt (`timeout connect`, `timeout server`): "An unspecified timeout results in an
 * infinite timeout". `-c` only warns and exits 0; measured on 2.6: a hung upstream leaves the client
 * without any response and HAProxy writes no log line while the session hangs (docs/gateways.md r03/r04b).
 * A value of 0 also means infinite ("ensure that all following timeouts are set to a non-zero value").
 */
const REQUIRED = ['connect', 'server'] as const;

function timeoutValue(directives: ReturnType<typeof effectiveDirectives>, name: string): string | undefined {
  // The first match wins: the proxy's own setting overrides its defaults section.
  const found = directives.find((directive) => directive.keyword === 'timeout' && directive.args[0]?.value === name);
  return found?.args[1]?.value;
}

export const missingTimeout = defineRule<HaproxyRuleContext>({
  id: 'haproxy/missing-timeout',
  severity: 'error',
  description: 'A backend without `timeout connect` or `timeout server` waits forever for a dead or hung server',
  kb: ['api/haproxy-request-hangs-missing-timeouts'],
  check({ config }, report) {
    for (const section of config.sections) {
      if (!isBackendLike(section) || serversOf(section).length === 0) continue;
      const directives = effectiveDirectives(config, section);
      const missing = REQUIRED.filter((name) => {
        const value = timeoutValue(directives, name);
        return value === undefined || /^0+(?:ms|s|m|h|d|us)?$/.test(value);
      });
      if (missing.length === 0) continue;
      const names = missing.map((name) => `"timeout ${name}"`).join(' and ');
      report({
        message: `${describeProxy(section.kind, section.name)} has no ${names} (own or inherited), so a hung server keeps the request open forever with no log line; set it in the section or its defaults, e.g. "timeout ${missing[0]} 5s"`,
        location: at(config, section.line, section.column, section.keyword.length),
        signals: { probe: missing.includes('server') ? 'timeout_headers' : 'timeout_connect' },
      });
    }
  },
});

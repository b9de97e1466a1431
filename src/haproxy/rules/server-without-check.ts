/** `backend be` with `server a … check` and `server b …` (no `check`): a dead `b` keeps getting its share of requests. */
import { defineRule } from '../../rule.js';
import { defaultServerOptions, hasOption, isBackendLike, serversOf } from '../config.js';
import { at, describeProxy, type HaproxyRuleContext } from './context.js';

/*
 * Without `check` HAProxy considers a server always UP (configuration.txt, `check`: "If this option
 * is not set, the server is always considered available"). Load balancing keeps sending it requests;
 * measured on 2.6 (docs/gateways.md r02): a dead server without `check` costs each request the retries
 * (1 s turn-around each) and ends in 503 `SC--` naming the server, instead of failing over at once.
 */
export const serverWithoutCheck = defineRule<HaproxyRuleContext>({
  id: 'haproxy/server-without-check',
  severity: 'warning',
  description: 'A server without `check` in a multi-server backend keeps receiving traffic when it is down',
  kb: ['api/haproxy-503-server-without-health-check'],
  check({ config }, report) {
    for (const section of config.sections) {
      if (!isBackendLike(section)) continue;
      const servers = serversOf(section);
      if (servers.length < 2) continue;
      const defaultCheck = hasOption(defaultServerOptions(config, section), 'check');
      for (const server of servers) {
        const checked = hasOption(server.options, 'check') || (defaultCheck && !hasOption(server.options, 'no-check'));
        if (checked || hasOption(server.options, 'disabled')) continue;
        report({
          message: `server "${server.name}" in ${describeProxy(section.kind, section.name)} has no "check", so HAProxy keeps sending it requests while it is down; add "check" to the server line`,
          location: at(config, server.directive.line, server.directive.column, server.directive.keyword.length),
          signals: { httpStatus: 503, probe: 'refused', haproxyTermination: 'SC--' },
        });
      }
    }
  },
});

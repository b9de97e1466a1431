/** `backend be` whose every `server … disabled`: `haproxy -c` is silent, every request gets 503 `<NOSRV>` `SC--`. */
import { defineRule } from '../../rule.js';
import { defaultServerOptions, hasOption, isBackendLike, serversOf } from '../config.js';
import { at, describeProxy, type HaproxyRuleContext } from './context.js';

/*
 * configuration.txt (`disabled`, server): "marked down in maintenance mode"; `enabled` on the server
 * line undoes a `default-server disabled`. Measured on 2.6 (docs/gateways.md r01): valid config, no stderr,
 * `fe be/<NOSRV> 0/-1/-1/-1/0 503 … SC--`.
 */
export const allServersDisabled = defineRule<HaproxyRuleContext>({
  id: 'haproxy/all-servers-disabled',
  severity: 'error',
  description: 'Every server of a backend is `disabled`, so HAProxy answers 503 to every request',
  kb: ['api/haproxy-503-all-servers-disabled', 'api/http-503-haproxy-no-server-available'],
  check({ config }, report) {
    for (const section of config.sections) {
      if (!isBackendLike(section)) continue;
      const servers = serversOf(section);
      if (servers.length === 0) continue;
      const defaultDisabled = hasOption(defaultServerOptions(config, section), 'disabled');
      const disabled = servers.filter((server) =>
        hasOption(server.options, 'disabled') || (defaultDisabled && !hasOption(server.options, 'enabled')),
      );
      if (disabled.length !== servers.length) continue;
      report({
        message: `every server of ${describeProxy(section.kind, section.name)} is "disabled" (${servers.length} of ${servers.length}), so each request gets a 503 "<NOSRV>" "SC--"; remove "disabled" from at least one server`,
        location: at(config, section.line, section.column, section.keyword.length),
        signals: { httpStatus: 503, probe: 'no_live_upstream', haproxyTermination: 'SC--' },
      });
    }
  },
});

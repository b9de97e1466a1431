/** `server s1 api.internal:80 check init-addr none` with no `resolvers`: the server never gets an address (503 `<NOSRV>`). */
import { defineRule } from '../../rule.js';
import type { Word } from '../config.js';
import { addressHost, defaultServerOptions, isBackendLike, isHostname, optionValue, serversOf } from '../config.js';
import { at, type HaproxyRuleContext } from './context.js';

/*
 * configuration.txt (`init-addr`): methods are tried in order at startup — `last`, `libc`, `none`,
 * or an IP; "none: the server should start without any valid IP address in a down state". Only a
 * `resolvers` section (runtime DNS) can give it an address later. Measured on 2.6 (docs/gateways.md r07):
 * `-c` prints nothing, requests get 503 `<NOSRV>` `SC--`, stderr stays silent.
 */
function lookup(own: readonly Word[], inherited: readonly Word[], keyword: string): Word | undefined {
  return optionValue(own, keyword) ?? optionValue(inherited, keyword);
}

export const initAddrNoneWithoutResolvers = defineRule<HaproxyRuleContext>({
  id: 'haproxy/init-addr-none-without-resolvers',
  severity: 'error',
  description: 'A hostname server with `init-addr none` and no `resolvers` never gets an address',
  kb: ['api/haproxy-503-server-without-address', 'api/http-503-haproxy-no-server-available'],
  check({ config }, report) {
    for (const section of config.sections) {
      if (!isBackendLike(section)) continue;
      const inherited = defaultServerOptions(config, section);
      for (const server of serversOf(section)) {
        const host = server.address ? addressHost(server.address.value) : undefined;
        if (host === undefined || !isHostname(host)) continue;
        const initAddr = lookup(server.options, inherited, 'init-addr');
        if (!initAddr) continue;
        const methods = initAddr.value.split(',');
        // `libc` or a literal address gives the server an IP at startup; `last` needs a state file we cannot see, so it counts as none.
        const resolvesAtStart = methods.some((method) => method === 'libc' || /^[\d.:[\]a-f]+$/i.test(method));
        if (resolvesAtStart || lookup(server.options, inherited, 'resolvers')) continue;
        report({
          message: `server "${server.name}" uses hostname "${host}" with "init-addr ${initAddr.value}" and no "resolvers", so HAProxy never resolves it and answers 503; add "resolvers <section>" to the server (or "libc" to init-addr)`,
          location: at(config, server.directive.line, initAddr.column, initAddr.value.length),
          signals: { httpStatus: 503, probe: 'no_live_upstream', haproxyTermination: 'SC--' },
        });
      }
    }
  },
});

/** `server s1 10.0.0.5:8080 check port 70000`: `-c` accepts it and the check port silently wraps (70000 → 4464). */
import { defineRule } from '../../rule.js';
import { isBackendLike, optionValue, serversOf } from '../config.js';
import { at, type HaproxyRuleContext } from './context.js';

/*
 * Measured on 2.6.12 (docs/gateways.md c15/r09/r09b): `check port 70000` passes `haproxy -c` with no
 * warning; the check connects to 70000 − 65536 = 4464. With nothing there the server goes DOWN
 * ("Layer4 connection problem") and requests get 503 `<NOSRV>`; with something there it checks the wrong service.
 */
const MAX_PORT = 65535;

export const checkPortOutOfRange = defineRule<HaproxyRuleContext>({
  id: 'haproxy/check-port-out-of-range',
  severity: 'error',
  description: 'A health-check `port` above 65535 wraps around silently and checks the wrong port',
  kb: ['api/haproxy-503-health-check-down'],
  check({ config }, report) {
    for (const section of config.sections) {
      if (section.kind !== 'defaults' && !isBackendLike(section)) continue;
      const candidates = [
        ...serversOf(section).map((server) => ({ options: server.options, line: server.directive.line, name: `server "${server.name}"` })),
        ...section.directives
          .filter((directive) => directive.keyword === 'default-server')
          .map((directive) => ({ options: directive.args, line: directive.line, name: '"default-server"' })),
      ];
      for (const candidate of candidates) {
        const port = optionValue(candidate.options, 'port');
        if (!port || !/^\d+$/.test(port.value)) continue;
        const value = Number(port.value);
        if (value <= MAX_PORT) continue;
        // Measured: 70000 checks port 4464; 65536 wraps to 0, which HAProxy reads as "no check port" and checks the traffic port.
        const wrapped = value % 65536;
        const instead = wrapped === 0 ? "the server's traffic port" : `port ${wrapped}`;
        report({
          message: `${candidate.name} has check "port ${port.value}", which is outside 1-65535 and HAProxy silently checks ${instead} instead; set the real health-check port`,
          location: at(config, candidate.line, port.column, port.value.length),
          signals: { httpStatus: 503, probe: 'no_live_upstream', haproxyTermination: 'SC--' },
        });
      }
    }
  },
});

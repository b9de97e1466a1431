/** `server localhost:3000;` — nginx resolves localhost to 127.0.0.1 and ::1; an IPv4-only app gets 502s on [::1]. */
import { defineRule } from '../../rule.js';
import { proxyPasses, quote, upstreamPools, type NginxRuleContext } from '../rule-context.js';
import { locate, type ConfNode } from '../tree.js';

function flag(node: ConfNode, written: string, report: Parameters<typeof localhostUpstream.check>[1]): void {
  report({
    message: `${quote(written)} resolves to both 127.0.0.1 and [::1] and nginx round-robins over both, so with an app listening on IPv4 only every other connection is refused on [::1] and retried (a 502 when retries are off or exhausted); use 127.0.0.1 explicitly`,
    location: locate(node),
    signals: { httpStatus: 502, probe: 'refused', nginxLog: 'connect() failed (111: Connection refused) while connecting to upstream' },
  });
}

export const localhostUpstream = defineRule<NginxRuleContext>({
  id: 'nginx/localhost-upstream',
  severity: 'warning',
  description: 'An upstream address uses the name localhost, which resolves to both IPv4 and IPv6 loopback',
  kb: ['api/http-502-localhost-upstream-resolves-to-ipv6'],
  check(context, report) {
    for (const { module, servers, addresses } of upstreamPools(context.tree)) {
      if (module !== 'http') continue;
      servers.forEach((server, i) => {
        if (addresses[i]!.host.toLowerCase() === 'localhost') flag(server, server.args[0]!, report);
      });
    }
    for (const { node, url } of proxyPasses(context.tree)) {
      if (url.host.toLowerCase() === 'localhost') flag(node, node.args[0]!, report);
    }
  },
});

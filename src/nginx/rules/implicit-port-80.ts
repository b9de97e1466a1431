/** `proxy_pass http://app.internal;` or `server app.internal;` — no port, so nginx connects to port 80. */
import { defineRule } from '../../rule.js';
import { httpUpstreamNames, proxyPasses, quote, upstreamPools, type NginxRuleContext } from '../rule-context.js';
import { locate } from '../tree.js';

export const implicitPort80 = defineRule<NginxRuleContext>({
  id: 'nginx/implicit-port-80',
  severity: 'notice',
  description: 'An upstream address has no port, so nginx uses 80; apps usually listen elsewhere',
  kb: ['api/http-502-upstream-port-mismatch'],
  check(context, report) {
    const upstreams = httpUpstreamNames(context.tree);
    for (const { node, url } of proxyPasses(context.tree)) {
      if (url.scheme !== 'http' || url.port !== undefined || url.unixPath !== undefined || url.hostHasVariable) continue;
      if (url.host === '' || upstreams.has(url.host)) continue;
      // A dot-less name that is no upstream is nginx/undefined-upstream's finding; the port is the lesser problem.
      if (!url.host.includes('.') && !url.host.includes(':') && url.host !== 'localhost') continue;
      report({
        message: `proxy_pass ${quote(node.args[0]!)} has no port, so nginx connects to port 80; write the port the app listens on (e.g. "http://${url.host}:8080")`,
        location: locate(node),
        signals: { httpStatus: 502, probe: 'refused' },
      });
    }
    for (const { block, module, servers, addresses } of upstreamPools(context.tree)) {
      // stream upstream servers must carry a port (nginx -t rejects them), so only http pools default to 80.
      if (module !== 'http') continue;
      for (const [i, server] of servers.entries()) {
        const address = addresses[i]!;
        if (address.unixPath !== undefined || address.port !== undefined || address.host.includes('$')) continue;
        report({
          message: `server ${quote(server.args[0]!)} in upstream ${quote(block.args[0] ?? '')} has no port, so nginx connects to port 80; write the port the app listens on`,
          location: locate(server),
          signals: { httpStatus: 502, probe: 'refused' },
        });
      }
    }
  },
});

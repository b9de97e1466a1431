/** `upstream api { server a:8080; keepalive 16; }` proxied without `proxy_http_version 1.1` — before nginx 1.29.7 no connection is reused. */
import { defineRule } from '../../rule.js';
import { compareVersions, httpUpstreamNames, proxyPasses, quote, type NginxRuleContext } from '../rule-context.js';
import { inScope, locate, scopedValue } from '../tree.js';

/** nginx 1.29.7 made `keepalive 32 local`, `proxy_http_version 1.1` and no `Connection: close` the defaults. */
const DEFAULTS_CHANGED = '1.29.7';

export const keepaliveWithoutHttp11 = defineRule<NginxRuleContext>({
  id: 'nginx/keepalive-without-http11',
  severity: 'warning',
  description: 'An upstream keepalive pool is proxied over HTTP/1.0 or with "Connection: close", so connections are never reused',
  kb: ['api/http-502-upstream-keepalive-misconfigured'],
  check(context, report) {
    const modern = context.version !== undefined && compareVersions(context.version, DEFAULTS_CHANGED) >= 0;
    const assumed = context.version === undefined ? ` (assuming nginx older than ${DEFAULTS_CHANGED}; set nginx.version to change this)` : '';
    const upstreams = httpUpstreamNames(context.tree);
    for (const { node, url } of proxyPasses(context.tree)) {
      const block = upstreams.get(url.host);
      const keepalive = block?.children?.find((child) => child.name === 'keepalive');
      if (!block || !keepalive || keepalive.args[0] === '0') continue;
      const version = scopedValue(node, 'proxy_http_version', context.tree.roots)?.args[0];
      const http11 = version === undefined ? modern : version === '1.1';
      const connection = inScope(node, 'proxy_set_header', context.tree.roots).find((header) => header.args[0]?.toLowerCase() === 'connection');
      // Before 1.29.7 nginx sends "Connection: close" unless proxy_set_header overrides it.
      const closes = connection === undefined ? !modern : /^close$/i.test(connection.args[1] ?? '');
      if (http11 && !closes) continue;
      const missing = !http11 ? 'proxy_http_version 1.1' : 'proxy_set_header Connection ""';
      report({
        message: `proxy_pass to upstream ${quote(url.host)} with "keepalive ${keepalive.args[0] ?? ''}" runs without \`${missing}\`, so nginx closes every upstream connection and the pool is never used${assumed}; add \`${missing};\` here or in the server block`,
        location: locate(node),
        signals: { httpStatus: 502, probe: 'closed_early' },
      });
    }
  },
});

/** `proxy_pass http://unix:/tmp/app.sock;` — systemd PrivateTmp gives nginx its own /tmp, so the socket is not there. */
import { defineRule } from '../../rule.js';
import { proxyPasses, quote, upstreamPools, type NginxRuleContext } from '../rule-context.js';
import { locate, type ConfNode } from '../tree.js';

const IN_TMP = /^\/(?:var\/)?tmp\//;
const PASS = ['fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass'];

export const unixSocketInTmp = defineRule<NginxRuleContext>({
  id: 'nginx/unix-socket-in-tmp',
  severity: 'warning',
  description: 'An upstream unix socket lives under /tmp, which systemd PrivateTmp hides from nginx',
  kb: ['api/http-502-upstream-unix-socket-not-found'],
  check(context, report) {
    const flag = (node: ConfNode, socket: string): void => {
      report({
        message: `upstream socket ${quote(socket)} is under ${socket.startsWith('/var/') ? '/var/tmp' : '/tmp'}, which systemd's PrivateTmp=true makes private per service, so nginx gets "No such file or directory" and answers 502; move the socket to /run/<app>/`,
        location: locate(node),
        signals: { httpStatus: 502, nginxLog: `connect() to unix:${socket} failed (2: No such file or directory)` },
      });
    };
    for (const { node, url } of proxyPasses(context.tree)) {
      if (url.unixPath !== undefined && IN_TMP.test(url.unixPath)) flag(node, url.unixPath);
    }
    for (const { servers, addresses } of upstreamPools(context.tree)) {
      servers.forEach((server, i) => {
        const socket = addresses[i]!.unixPath;
        if (socket !== undefined && IN_TMP.test(socket)) flag(server, socket);
      });
    }
    for (const node of PASS.flatMap((name) => context.tree.named(name))) {
      const socket = /^(?:grpcs?:\/\/)?unix:([^:]+)/.exec(node.args[0] ?? '')?.[1];
      if (socket !== undefined && IN_TMP.test(socket)) flag(node, socket);
    }
  },
});

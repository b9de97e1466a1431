/** `worker_rlimit_nofile 1024;` under `worker_connections 4096;` — workers run out of descriptors before connections. */
import { defineRule } from '../../rule.js';
import { quote, type NginxRuleContext } from '../rule-context.js';
import { childrenNamed, locate } from '../tree.js';

export const workerRlimitNofile = defineRule<NginxRuleContext>({
  id: 'nginx/worker-rlimit-nofile',
  severity: 'warning',
  description: 'worker_rlimit_nofile is below worker_connections, so a busy worker runs out of file descriptors',
  kb: ['api/http-502-bad-gateway-upstream-unreachable'],
  check(context, report) {
    const limit = childrenNamed(context.tree.roots, 'worker_rlimit_nofile').at(-1);
    const files = Number(limit?.args[0]);
    if (!limit || !Number.isInteger(files)) return;
    for (const events of childrenNamed(context.tree.roots, 'events')) {
      const connections = childrenNamed(events.children, 'worker_connections').at(-1);
      const wanted = Number(connections?.args[0]);
      if (!connections || !Number.isInteger(wanted) || files >= wanted) continue;
      // A proxied request holds two descriptors (client and upstream), so even equal values are tight.
      report({
        message: `worker_rlimit_nofile ${quote(limit.args[0]!)} is below worker_connections ${quote(connections.args[0]!)}, so under load a worker fails with "Too many open files" (socket() to the upstream fails with a 500, new clients are not accepted); raise worker_rlimit_nofile to at least ${wanted * 2}`,
        location: locate(limit),
        signals: { nginxLog: 'Too many open files' },
      });
    }
  },
});

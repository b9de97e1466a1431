/**
 * `nginx.probe_upstreams: true`: one probe per distinct upstream `server` / literal `proxy_pass`
 * address in the parsed configs, at `nginx.health_path`, located at the directive that declared it
 * (so a dead upstream is reported on the config line a reviewer can change).
 */
import type { Options, ProbeSpec } from '../config.js';
import type { NginxPayload } from '../nginx/payload.js';
import { listUpstreamTargets, type UpstreamTarget } from '../nginx/upstream-targets.js';

function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The spec for one target; undefined for unix sockets (probes speak TCP only). */
export function targetToSpec(
  target: UpstreamTarget,
  healthPath: string,
  defaults: { timeoutMs: number; retries: number },
): ProbeSpec | undefined {
  if (target.scheme === 'unix') return undefined;
  const address = `${hostForUrl(target.host)}:${target.port}`;
  const origin = { path: target.location.path, line: target.location.line, column: target.location.column };
  // probe.timeout_ms / probe.retries, not nginx's proxy_connect_timeout (60 s, far too long for CI).
  const base = { timeoutMs: defaults.timeoutMs, retries: defaults.retries, expect: {}, tls: {}, origin };
  if (target.scheme === 'tcp') return { name: `upstream ${address}`, tcp: address, ...base };
  // nginx does not verify upstream certificates unless proxy_ssl_verify is on; neither does this probe.
  const tls = target.scheme === 'https' ? { insecure: true } : {};
  return { name: `upstream ${address}`, url: `${target.scheme}://${address}${healthPath}`, ...base, tls };
}

/** Probe specs for every upstream the configs declare, first declaration of each address wins. */
export function nginxProbeSpecs(payloads: readonly NginxPayload[], options: Pick<Options, 'cwd' | 'nginx' | 'probe'>): ProbeSpec[] {
  if (!options.nginx.probeUpstreams) return [];
  const seen = new Set<string>();
  const specs: ProbeSpec[] = [];
  for (const payload of payloads) {
    for (const target of listUpstreamTargets(payload, options.cwd)) {
      const spec = targetToSpec(target, options.nginx.healthPath, options.probe);
      const key = spec?.url ?? spec?.tcp;
      if (!spec || key === undefined || seen.has(key)) continue;
      seen.add(key);
      specs.push(spec);
    }
  }
  return specs;
}

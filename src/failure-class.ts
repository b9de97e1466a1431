/**
 * The one table of failure classes (DESIGN §6): what a probe or a gateway log line can say went
 * wrong, how a finding words it, how bad it is, and which KB entries explain it. probe/, logs/,
 * cite/, the `probe/<class>` rules and the KB schema's `signals.probe` enum all read this table;
 * nothing else lists the classes.
 */
import type { Severity } from './finding.js';

/** The gateways gatewatch reads configs, error pages or logs of. */
export type Gateway = 'nginx' | 'haproxy' | 'alb';
export const GATEWAYS: readonly Gateway[] = ['nginx', 'haproxy', 'alb'];

/**
 * `failure`: the upstream or the gateway failed, and the starter KB must explain it;
 * `expectation`: the response arrived but missed the probe's own `expect` (route-specific, no KB entry fits all);
 * `not_run`: gatewatch refused to send the probe.
 */
export type FailureKind = 'failure' | 'expectation' | 'not_run';

export interface FailureClassRow {
  id: string;
  kind: FailureKind;
  /** What the target did, as the second half of `"URL" …`. */
  outcome: string;
  /** The action a finding's message ends with; the KB citations add the detailed workarounds. */
  advice: string;
  /** The `probe/<class>` rule's description (SARIF, docs). */
  description: string;
  severity: Severity;
  /** KB entries about this class, most specific first (the `probe/<class>` rule's `kb`). */
  kb: readonly string[];
}

const UNREACHABLE = 'api/http-502-bad-gateway-upstream-unreachable';
const PORT_MISMATCH = 'api/http-502-upstream-port-mismatch';
const KEEPALIVE = 'api/http-502-upstream-keepalive-misconfigured';

export const FAILURE_CLASSES = [
  {
    id: 'refused',
    kind: 'failure',
    outcome: 'refused the connection',
    advice: 'start the service, or fix the host and port that the probe or the gateway points at',
    description: 'The target refused the connection (ECONNREFUSED; nginx 502 "connect() failed (111)")',
    severity: 'error',
    kb: [UNREACHABLE, PORT_MISMATCH],
  },
  {
    id: 'timeout_connect',
    kind: 'failure',
    outcome: 'accepted no connection within the timeout',
    advice: 'check that the host is up and that firewalls or security groups let the port through',
    description: 'No TCP/TLS connection within the timeout (nginx 504 "while connecting to upstream")',
    severity: 'error',
    kb: ['api/http-504-upstream-connect-timeout'],
  },
  {
    id: 'timeout_headers',
    kind: 'failure',
    outcome: 'sent no response headers within the timeout',
    advice: 'find why the upstream is slow to answer, or raise the timeout if the wait is expected',
    description: 'Connected, but no response headers within the timeout (nginx 504 "while reading response header")',
    severity: 'error',
    kb: ['api/http-504-upstream-response-timeout'],
  },
  {
    id: 'closed_early',
    kind: 'failure',
    outcome: 'closed the connection before responding',
    advice: "check the upstream for crashes and for a keepalive timeout shorter than the gateway's",
    description: 'The target closed the connection before sending a response (nginx 502 "upstream prematurely closed connection")',
    severity: 'error',
    kb: ['api/http-502-upstream-closed-connection-early', KEEPALIVE],
  },
  {
    id: 'reset',
    kind: 'failure',
    outcome: 'reset the connection',
    advice: 'check the upstream for crashes, connection limits and keepalive settings',
    description: 'The target reset the connection (ECONNRESET; nginx 502 "recv() failed (104)")',
    severity: 'error',
    kb: ['api/http-502-upstream-connection-reset', KEEPALIVE],
  },
  {
    id: 'truncated_body',
    kind: 'failure',
    outcome: 'cut the response body short',
    advice: 'check the upstream for crashes or timeouts mid-response and the proxy buffering limits',
    description: 'The status line arrived but the body was cut short (nginx passes the 200 on, then closes)',
    severity: 'error',
    kb: ['api/http-200-truncated-upstream-response'],
  },
  {
    id: 'bad_response',
    kind: 'failure',
    outcome: 'sent an invalid HTTP response',
    advice: "check that the port speaks HTTP and that the response headers fit the gateway's buffers",
    description: 'The target sent something that is not a valid HTTP response, or headers too big',
    severity: 'error',
    kb: ['api/http-502-upstream-invalid-response-header', PORT_MISMATCH],
  },
  {
    id: 'tls_verify',
    kind: 'failure',
    outcome: 'presented a TLS certificate that failed verification',
    advice: 'serve a certificate valid for this name from a trusted CA, or configure that CA (tls.ca)',
    description: "The target's TLS certificate failed verification",
    severity: 'error',
    kb: ['api/http-502-upstream-tls-certificate-verify-failed'],
  },
  {
    id: 'tls_protocol',
    kind: 'failure',
    outcome: 'failed the TLS handshake',
    advice: 'check that the port speaks TLS (https vs http) and that protocol versions and ciphers overlap',
    description: 'The TLS handshake failed (plain HTTP on a TLS port, protocol or cipher mismatch)',
    severity: 'error',
    kb: ['api/http-502-upstream-tls-handshake-failed'],
  },
  {
    id: 'dns',
    kind: 'failure',
    outcome: 'did not resolve',
    advice: 'fix the host name or the resolver configuration',
    description: 'The target host name did not resolve',
    severity: 'error',
    kb: ['api/http-502-upstream-dns-resolution-failed'],
  },
  {
    id: 'unreachable',
    kind: 'failure',
    outcome: 'is unreachable',
    advice: 'check routing and network access to the host',
    description: 'No route to the target network or host',
    severity: 'error',
    kb: ['api/http-502-upstream-network-unreachable'],
  },
  {
    id: 'no_live_upstream',
    kind: 'failure',
    outcome: 'had no live upstream server',
    advice: 'bring an upstream server back or review max_fails and fail_timeout',
    description: 'The gateway had no live server left in the upstream group (nginx "no live upstreams", HAProxy <NOSRV>, ALB no targets)',
    severity: 'error',
    kb: ['api/http-502-no-live-upstreams'],
  },
  {
    id: 'upstream_5xx',
    kind: 'failure',
    outcome: 'answered with an upstream error',
    advice: 'fix the upstream application error; the gateway only passed it on',
    description: 'A 5xx produced by the upstream application itself, passed through by the gateway',
    severity: 'error',
    kb: ['api/http-5xx-passed-through-from-upstream'],
  },
  {
    id: 'http_status',
    kind: 'failure',
    outcome: 'answered an unexpected status',
    advice: 'check the route and the expected status list',
    description: 'The response status is not one the probe expects',
    severity: 'error',
    kb: [],
  },
  {
    id: 'body_mismatch',
    kind: 'expectation',
    outcome: 'answered an unexpected body',
    advice: 'check the route and the expected body',
    description: 'The response body does not contain the expected text or match the expected regex',
    severity: 'error',
    kb: [],
  },
  {
    id: 'slow',
    kind: 'expectation',
    outcome: 'answered too slowly',
    advice: 'find the latency or raise expect.max_ms',
    description: 'The probe succeeded but took longer than expect.max_ms',
    severity: 'warning',
    kb: [],
  },
  {
    id: 'blocked_target',
    kind: 'not_run',
    outcome: 'is a link-local or cloud metadata address and was not probed',
    advice: 'remove the probe, or list the address under allow: if probing it is intended',
    description: 'The target is a link-local or cloud metadata address and was not probed (list it under allow: to probe it)',
    severity: 'error',
    kb: [],
  },
] as const satisfies readonly FailureClassRow[];

/** `refused`, `timeout_connect`, …: derived from the table, so a class exists only once. */
export type ProbeClass = (typeof FAILURE_CLASSES)[number]['id'];

export const PROBE_CLASSES: readonly ProbeClass[] = FAILURE_CLASSES.map((row) => row.id);

const BY_ID = new Map<string, FailureClassRow>(FAILURE_CLASSES.map((row) => [row.id, row]));

export function failureClass(id: ProbeClass): FailureClassRow {
  return BY_ID.get(id)!;
}

export function isProbeClass(value: string): value is ProbeClass {
  return BY_ID.has(value);
}

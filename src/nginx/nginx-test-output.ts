/** Reads `nginx -t -e stderr` output: one record per `[level]` line, classified by what the runner can do about it. */

export type NginxLevel = 'emerg' | 'alert' | 'crit' | 'error' | 'warn';

export type NginxProblem =
  /** A real config problem: report it at nginx's file:line. */
  | 'config'
  /** The runner's machine, not the config: log/pid/temp permissions, listen ports, certs, the `user` account. */
  | 'log'
  | 'temp'
  | 'listen'
  | 'cert'
  | 'user'
  | 'pid'
  /** Name resolution at config load (`host not found in upstream`). */
  | 'dns'
  /** A stock directive of a newer nginx than the runner's (`unknown directive "http2"` from 1.22): the runner is older than the server. */
  | 'version';

export interface NginxMessage {
  level: NginxLevel;
  message: string;
  file?: string;
  line?: number;
  problem: NginxProblem;
}

// DESIGN §5: either the `nginx: [emerg] …` prefix (before the log is open) or the timestamped error-log form.
const LINE = /^(?:nginx: |\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )\[(emerg|alert|crit|error|warn)\] (?:\d+#\d+: )?(.*?)(?: in (\S+):(\d+))?$/;

/*
 * Stock directives an older runner rejects with `unknown directive`, and the nginx version that added each
 * (docs/gateway-versions.md: Debian 12's 1.22.1 rejects every one, Debian 13's 1.26.3 accepts it; versions
 * from the modules' documentation and the 1.25.x CHANGES). A Map, so a hostile name like "constructor" is
 * never looked up on a prototype.
 */
export const NEWER_STOCK_DIRECTIVES: ReadonlyMap<string, string> = new Map([
  ['http2', '1.25.1'],
  ['http3', '1.25.0'],
  ['http3_hq', '1.25.0'],
  ['http3_max_concurrent_streams', '1.25.0'],
  ['http3_stream_buffer_size', '1.25.0'],
  ['quic_active_connection_id_limit', '1.25.0'],
  ['quic_bpf', '1.25.0'],
  ['quic_gso', '1.25.0'],
  ['quic_host_key', '1.25.0'],
  ['quic_retry', '1.25.0'],
]);

/* Stock directives newer nginx removed: their `unknown directive` is a real error, so the message says what replaced them. */
export const REMOVED_STOCK_DIRECTIVES: ReadonlyMap<string, { removedIn: string; instead: string }> = new Map([
  ['ssl', { removedIn: '1.25.1', instead: 'the "ssl" parameter of "listen"' }],
]);

/** The directive name of nginx's `unknown directive "NAME"` message, if that is what it says. */
export function unknownDirective(message: string): string | undefined {
  return /^unknown directive "([^"]+)"$/.exec(message)?.[1];
}

export function classify(message: string): NginxProblem {
  const unknown = unknownDirective(message);
  if (unknown !== undefined && NEWER_STOCK_DIRECTIVES.has(unknown)) return 'version';
  if (/host not found in (?:upstream|resolver)|could not be resolved|host not found in ".*" of the "listen" directive/.test(message)) return 'dns';
  if (/^(?:getpwnam|getgrnam)\(/.test(message)) return 'user';
  if (/^bind\(\) to .* failed \((?:13|98|99):/.test(message)) return 'listen';
  if (/cannot load certificate|BIO_new_file|PEM_read_bio|SSL_CTX_use_PrivateKey|cannot load .*certificate/.test(message)) return 'cert';
  if (/^mkdir\(\) ".*" failed \(13:/.test(message)) return 'temp';
  if (/could not open error log file|open\(\) ".*\.log" failed \((?:2|13):/.test(message)) return 'log';
  if (/open\(\) ".*\.pid" failed \((?:2|13):/.test(message)) return 'pid';
  return 'config';
}

export function parseNginxStderr(stderr: string): NginxMessage[] {
  const out: NginxMessage[] = [];
  for (const raw of stderr.split('\n')) {
    const match = LINE.exec(raw.trimEnd());
    if (!match) continue;
    const [, level, message, file, line] = match;
    out.push({
      level: level as NginxLevel,
      message: message!,
      ...(file ? { file } : {}),
      ...(line ? { line: Number(line) } : {}),
      problem: classify(message!),
    });
  }
  return out;
}

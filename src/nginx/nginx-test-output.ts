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
  | 'dns';

export interface NginxMessage {
  level: NginxLevel;
  message: string;
  file?: string;
  line?: number;
  problem: NginxProblem;
}

// DESIGN §5: either the `nginx: [emerg] …` prefix (before the log is open) or the timestamped error-log form.
const LINE = /^(?:nginx: |\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )\[(emerg|alert|crit|error|warn)\] (?:\d+#\d+: )?(.*?)(?: in (\S+):(\d+))?$/;

export function classify(message: string): NginxProblem {
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

/**
 * How a KB log signal (`nginx_log`, `haproxy_log`, `alb_log`: a regex) is matched against a log line.
 * The one definition the citer and the KB linter (`kb/regex-example`) share: the line is read into a
 * structured event by logs/line.ts, and the regex must match the whole line or its message field, on
 * a line of the signal's own gateway.
 */
import type { Gateway } from '../failure-class.js';
import type { EntrySignals } from '../kb/model.js';
import type { LogLine } from '../logs/line.js';
import { testCapped, type RepoRegex } from '../safety/repo-regex.js';

/** The signal key that holds each gateway's log regexes. */
export const LOG_SIGNAL_KEYS = { nginx: 'nginx_log', haproxy: 'haproxy_log', alb: 'alb_log' } as const satisfies Record<Gateway, keyof EntrySignals>;

export type LogSignalKey = (typeof LOG_SIGNAL_KEYS)[Gateway];

export const LOG_SIGNAL_GATEWAY: Readonly<Record<LogSignalKey, Gateway>> = { nginx_log: 'nginx', haproxy_log: 'haproxy', alb_log: 'alb' };

/** The texts a log signal is tested on: the whole line, then the message without timestamp, pid and context. */
export function logSignalSubjects(line: LogLine): string[] {
  const message = line.fields.message;
  return message !== undefined && message !== line.text ? [line.text, message] : [line.text];
}

/**
 * True when `regex` (a `key` signal) matches `line`. A line no reader recognised (a fragment such as
 * `connect() failed (111…)` given to `gatewatch explain`) is tested against every gateway's signals.
 */
export function logSignalMatches(regex: RepoRegex, key: LogSignalKey, line: LogLine): boolean {
  if (line.format !== undefined && LOG_SIGNAL_GATEWAY[key] !== line.format) return false;
  return logSignalSubjects(line).some((text) => testCapped(regex, text));
}

/**
 * One gateway log line as a structured event: the whole line plus the fields every reader agrees on.
 * KB log signals are matched against this, and only this, everywhere: when findings and `gatewatch
 * logs` rows are cited, when `gatewatch explain --log` ranks, and when the KB linter checks that a
 * signal matches the entry's own ```log examples — so a signal that passes the linter also matches
 * the line it was written for in production.
 */
import type { Gateway } from '../failure-class.js';
import { parseAlbLine } from './alb.js';
import { parseHaproxyRequest } from './haproxy.js';

export interface LogFields {
  /** nginx `[error]`, HAProxy `[ALERT]`: lowercased. */
  level?: string;
  /** The message without timestamp, pid and (nginx) the `, client: …` context. */
  message?: string;
  /** nginx `upstream: "http://127.0.0.1:9001/a"` as written (a URL, not host:port). */
  upstreamUrl?: string;
  /** `GET /a HTTP/1.1` (ALB: with the absolute URL the client sent). */
  request?: string;
  /** nginx `host: "…"` (the client's Host header). */
  host?: string;
  /** HAProxy `backend/server`, `be/<NOSRV>` included. */
  backend?: string;
  server?: string;
  /** HAProxy termination state (`SC--`, `sH`). */
  termination?: string;
  /** HAProxy timers (TR/Tw/Tc/Tr/Ta, or Tw/Tc/Tt for tcplog) and retries. */
  timers?: number[];
  retries?: number;
  /** ALB `elb_status_code`, `target_status_code` (undefined for `-`), `error_reason` (undefined for `-`). */
  elbStatus?: number;
  targetStatus?: number;
  errorReason?: string;
}

export interface LogLine {
  /** Undefined when no reader recognises the line (a fragment typed into `gatewatch explain`). */
  format?: Gateway;
  /** The whole line, trimmed. */
  text: string;
  fields: LogFields;
}

/*
 * nginx error.log (`2026/11/27 07:00:00 [error] 12#12: *3 …`) and `nginx -t` output
 * (`nginx: [emerg] unknown directive "x" in /etc/nginx/nginx.conf:3`, no pid; `nginx: configuration file … test failed`).
 */
const NGINX_LINE = /^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[(\w+)\] (?:\d+#\d+: )?(?:\*\d+ )?|nginx: (?:\[(\w+)\] )?)(.*)$/;
/* HAProxy's own stderr: `[WARNING]  (15116) : Server be/s1 is DOWN, …`, `[ALERT]    (PID) : config : …`. */
const HAPROXY_MESSAGE = /^\[(NOTICE|WARNING|ALERT)\]\s+\((?:\d+|PID)\)\s*:\s*(.*)$/;
/** Longest line examined: a KB regex runs on at most this much text. */
const MAX_LINE = 8192;

/** One context field (`request`, `upstream`, `host`, …) of an nginx error line, unquoted. */
export function contextField(text: string, name: string): string | undefined {
  const match = new RegExp(`, ${name}: "([^"]*)"`).exec(text);
  return match?.[1];
}

function nginxLine(text: string): LogLine | undefined {
  const parsed = NGINX_LINE.exec(text);
  if (!parsed) return undefined;
  const rest = parsed[3]!;
  const level = parsed[1] ?? parsed[2];
  // The stable message ends where nginx appends its ", client: …" context.
  const clientAt = rest.indexOf(', client: ');
  const upstreamUrl = contextField(text, 'upstream');
  const request = contextField(text, 'request');
  const host = contextField(text, 'host');
  return {
    format: 'nginx',
    text,
    fields: {
      ...(level ? { level: level.toLowerCase() } : {}),
      message: clientAt === -1 ? rest : rest.slice(0, clientAt),
      ...(upstreamUrl !== undefined ? { upstreamUrl } : {}),
      ...(request !== undefined ? { request } : {}),
      ...(host !== undefined ? { host } : {}),
    },
  };
}

function haproxyLine(text: string): LogLine | undefined {
  const request = parseHaproxyRequest(text);
  if (request) {
    return {
      format: 'haproxy',
      text,
      fields: {
        backend: request.backend,
        server: request.server,
        termination: request.termination,
        timers: request.timers,
        retries: request.retries,
        ...(request.request !== undefined ? { request: request.request } : {}),
      },
    };
  }
  const message = HAPROXY_MESSAGE.exec(text);
  if (!message) return undefined;
  return { format: 'haproxy', text, fields: { level: message[1]!.toLowerCase(), message: message[2]! } };
}

function albLine(text: string): LogLine | undefined {
  const record = parseAlbLine(text);
  if (!record) return undefined;
  return {
    format: 'alb',
    text,
    fields: {
      request: record.request,
      elbStatus: record.elbStatus,
      ...(record.targetStatus !== undefined ? { targetStatus: record.targetStatus } : {}),
      ...(record.errorReason !== '-' && record.errorReason !== '' ? { errorReason: record.errorReason } : {}),
    },
  };
}

const READERS: Readonly<Record<Gateway, (text: string) => LogLine | undefined>> = { nginx: nginxLine, haproxy: haproxyLine, alb: albLine };

/** Reads one line as `format` (or as whichever format recognises it); never throws. */
export function readLogLine(raw: string, format?: Gateway): LogLine {
  const text = raw.trim().slice(0, MAX_LINE);
  if (format) return READERS[format](text) ?? { format, text, fields: {} };
  return nginxLine(text) ?? haproxyLine(text) ?? albLine(text) ?? { text, fields: {} };
}

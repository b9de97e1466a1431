/** What a gateway log line says about a failure, whatever the gateway (nginx error.log, HAProxy httplog, ALB access log). */
import type { Gateway, ProbeClass } from '../failure-class.js';


export interface LogEvent {
  format: Gateway;
  /** 1-based line number in the log file. */
  line: number;
  /** The raw line, trimmed of its newline. */
  text: string;
  class: ProbeClass;
  /** The stable part of the line that matched the signature (goes to `signals.nginxLog`). */
  signature: string;
  /** `host:port` (or `unix:/path`) of the upstream the line names, when it names one. */
  upstream?: string;
  httpStatus?: number;
  haproxyTermination?: string;
  /** Timestamp as written in the log, when present. */
  time?: string;
}

/** Reads one line; undefined when the line is not a failure this format knows. */
export type LogLineClassifier = (text: string, line: number) => LogEvent | undefined;

/**
 * Folds a stream of log lines into a table of failure classes: counts, first/last time, one example
 * line, plus counts of lines skipped (other formats, damaged lines) with the first few located.
 * Memory stays bounded: only counters, one example per row and a capped warning list are kept.
 */
import type { Gateway, ProbeClass } from '../failure-class.js';
import { DETECT_SAMPLE, detectLogFormat, LOG_READERS } from './detect.js';
import type { LogEvent } from './types.js';
import type { LineReader } from './verdict.js';

export interface FailureRow {
  class: ProbeClass;
  httpStatus?: number;
  haproxyTermination?: string;
  count: number;
  firstTime?: string;
  lastTime?: string;
  firstLine: number;
  lastLine: number;
  /** The first line of this row (cut at EXAMPLE_MAX characters). */
  example: string;
  /** The stable part of the example line. */
  signature: string;
  /** Up to five upstreams (`host:port` or `backend/server`) with their counts, most frequent first. */
  upstreams: { upstream: string; count: number }[];
}

export interface LineWarning {
  line: number;
  reason: string;
}

export interface LogSummary {
  format?: Gateway;
  detected: boolean;
  lines: number;
  /** Lines that are failures (sum of the rows' counts). */
  failures: number;
  /** Lines of the format that are not failures. */
  ok: number;
  /** Lines of another format (or blank) that were skipped. */
  foreign: number;
  /** Lines of the format that could not be read (truncated, unknown codes, over-long): count and the first few. */
  warningCount: number;
  warnings: LineWarning[];
  rows: FailureRow[];
}

const EXAMPLE_MAX = 2000;
const MAX_WARNINGS = 20;
const MAX_UPSTREAMS_TRACKED = 1000;

/*
 * Lines are substrings of a whole decoded chunk (about 1 MiB), and V8 keeps a substring's parent alive.
 * Anything kept past the line (examples, times, upstream keys) is copied out, or a few thousand
 * retained keys would pin gigabytes of chunks.
 */
function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

interface RowState extends Omit<FailureRow, 'upstreams'> {
  upstreams: Map<string, number>;
}

export class LogSummarizer {
  private format?: Gateway;
  private reader?: LineReader;
  private readonly detected: boolean;
  private sample: { text: string; line: number }[] = [];
  private readonly rows = new Map<string, RowState>();
  private counts = { lines: 0, failures: 0, ok: 0, foreign: 0, warnings: 0 };
  private readonly warnings: LineWarning[] = [];

  constructor(format?: Gateway) {
    this.detected = format === undefined;
    if (format) this.useFormat(format);
  }

  private useFormat(format: Gateway): void {
    this.format = format;
    this.reader = LOG_READERS[format];
  }

  /** Feed one line (1-based number). Until a format is known, lines are buffered for detection. */
  push(text: string, line: number): void {
    this.counts.lines += 1;
    if (!this.reader) {
      this.sample.push({ text, line });
      if (this.sample.length >= DETECT_SAMPLE) this.detect();
      return;
    }
    this.read(text, line);
  }

  /** Record a line the reader never saw (dropped as over-long). */
  skipped(line: number, reason: string): void {
    this.counts.lines += 1;
    this.warn(line, reason);
  }

  private detect(): void {
    const format = detectLogFormat(this.sample.map((entry) => entry.text));
    const sample = this.sample;
    this.sample = [];
    if (!format) {
      // Nothing recognisable yet: keep sampling would grow memory, so count these as foreign and retry on the next batch.
      this.counts.foreign += sample.length;
      return;
    }
    this.useFormat(format);
    for (const entry of sample) this.read(entry.text, entry.line);
  }

  private warn(line: number, reason: string): void {
    this.counts.warnings += 1;
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push({ line, reason: detach(reason) });
  }

  private read(text: string, line: number): void {
    // Blank lines (a trailing newline pair, log rotation markers) are neither failures nor foreign.
    if (text.trim() === '') return;
    let verdict;
    try {
      verdict = this.reader!(text, line);
    } catch (error) {
      // A reader bug must cost one line, never the run.
      this.warn(line, `could not read line: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    switch (verdict.kind) {
      case 'event':
        this.add(verdict.event);
        return;
      case 'ok':
        this.counts.ok += 1;
        return;
      case 'warning':
        this.warn(line, verdict.reason);
        return;
      default:
        this.counts.foreign += 1;
    }
  }

  private add(event: LogEvent): void {
    this.counts.failures += 1;
    const key = `${event.class}|${event.httpStatus ?? ''}|${event.haproxyTermination ?? ''}`;
    let row = this.rows.get(key);
    if (!row) {
      row = {
        class: event.class,
        ...(event.httpStatus !== undefined ? { httpStatus: event.httpStatus } : {}),
        ...(event.haproxyTermination !== undefined ? { haproxyTermination: event.haproxyTermination } : {}),
        count: 0,
        firstLine: event.line,
        lastLine: event.line,
        example: detach(event.text.length > EXAMPLE_MAX ? `${event.text.slice(0, EXAMPLE_MAX)}…` : event.text),
        signature: detach(event.signature),
        upstreams: new Map(),
        ...(event.time !== undefined ? { firstTime: detach(event.time) } : {}),
      };
      this.rows.set(key, row);
    }
    row.count += 1;
    row.lastLine = event.line;
    if (event.time !== undefined) {
      row.lastTime = detach(event.time);
      row.firstTime ??= row.lastTime;
    }
    const upstream = event.upstream;
    if (upstream !== undefined) {
      const count = row.upstreams.get(upstream);
      if (count !== undefined) row.upstreams.set(upstream, count + 1);
      else if (row.upstreams.size < MAX_UPSTREAMS_TRACKED) row.upstreams.set(detach(upstream), 1);
    }
  }

  finish(): LogSummary {
    if (!this.reader && this.sample.length > 0) this.detect();
    const rows = [...this.rows.values()]
      .map(({ upstreams, ...row }) => ({
        ...row,
        upstreams: [...upstreams.entries()]
          .map(([upstream, count]) => ({ upstream, count }))
          .sort((a, b) => b.count - a.count || (a.upstream < b.upstream ? -1 : 1))
          .slice(0, 5),
      }))
      .sort((a, b) => b.count - a.count || a.firstLine - b.firstLine);
    return {
      ...(this.format ? { format: this.format } : {}),
      detected: this.detected,
      lines: this.counts.lines,
      failures: this.counts.failures,
      ok: this.counts.ok,
      foreign: this.counts.foreign,
      warningCount: this.counts.warnings,
      warnings: [...this.warnings].sort((a, b) => a.line - b.line),
      rows,
    };
  }
}

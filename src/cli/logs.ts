/** `gatewatch logs FILE`: classify a gateway log offline into a table of failure classes with KB citations. */
import { maxOf } from '../collections.js';
import path from 'node:path';
import { loadConfig, UsageError } from '../config.js';
import type { Deps } from '../deps.js';
import { loadKb } from '../kb/check.js';
import type { KbRecord } from '../kb/model.js';
import type { RankedEntry } from '../cite/cite.js';
import { rowCiter } from '../cite/log-rows.js';
import { LOG_FORMATS } from '../logs/detect.js';
import { forEachLine, logChunks } from '../logs/read-log.js';
import { LogSummarizer, type FailureRow, type LogSummary } from '../logs/summarize.js';
import type { Gateway } from '../failure-class.js';
import { oneOf } from './check.js';
import { EXIT, parseFlags, type Io } from './io.js';

export const LOGS_USAGE = `Usage: gatewatch logs FILE [--format nginx|haproxy|alb] [--output-format text|json]
                     [--config FILE] [--kb GLOB]...

Reads a gateway log (nginx error.log, HAProxy httplog/tcplog, AWS ALB access log; the format is
detected when --format is omitted) and prints each failure class with its count, first and last
time, an example line and the KB entries that explain it. Reads the file only; never calls AWS.
Exit codes: 0 no failures found, 1 failures found, 2 bad usage, 3 internal failure.`;

const MAX_LINE_BYTES = 1024 * 1024;
const EXAMPLE_WIDTH = 240;

export interface LogsReport {
  version: 1;
  file: string;
  summary: LogSummary;
  rows: (FailureRow & { citations: RankedEntry[] })[];
}

/** Streams FILE (gunzipped when it is gzip) through the summarizer; the file is never held in memory whole. */
export async function summarizeLogFile(filePath: string, format: Gateway | undefined): Promise<LogSummary> {
  const summarizer = new LogSummarizer(format);
  const { chunks } = await logChunks(filePath);
  await forEachLine(chunks, (text, line) => summarizer.push(text, line), {
    maxLineBytes: MAX_LINE_BYTES,
    onOverlong: (line) => summarizer.skipped(line, `line longer than ${MAX_LINE_BYTES} bytes skipped`),
  });
  return summarizer.finish();
}

const number = (value: number): string => value.toLocaleString('en-US');

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

export function renderLogsText(report: LogsReport): string {
  const { summary } = report;
  const out: string[] = [];
  const format = summary.format ? `${summary.format}${summary.detected ? ' (detected)' : ''}` : 'unknown format';
  out.push(
    `${report.file}: ${format}, ${number(summary.lines)} lines — ${number(summary.failures)} failures, ${number(summary.ok)} ok, ` +
      `${number(summary.foreign)} other-format lines skipped, ${number(summary.warningCount)} unreadable`,
  );
  if (!summary.format) out.push('No line matched nginx error.log, HAProxy or ALB access-log formats; pass --format to force one.');
  if (report.rows.length > 0) {
    const header = ['CLASS', 'STATUS', 'STATE', 'COUNT', 'FIRST', 'LAST'];
    const table = report.rows.map((row) => [
      row.class,
      row.httpStatus === undefined ? '-' : String(row.httpStatus),
      row.haproxyTermination ?? '-',
      number(row.count),
      row.firstTime ?? `line ${row.firstLine}`,
      row.lastTime ?? `line ${row.lastLine}`,
    ]);
    const widths = header.map((title, column) => maxOf([title.length, ...table.map((cells) => cells[column]!.length)]));
    const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
    out.push('', line(header));
    report.rows.forEach((row, index) => {
      out.push(line(table[index]!));
      out.push(`  example (line ${row.firstLine}): ${cut(row.example, EXAMPLE_WIDTH)}`);
      if (row.upstreams.length > 0) out.push(`  upstreams: ${row.upstreams.map((item) => `${item.upstream} ×${number(item.count)}`).join(', ')}`);
      if (row.citations.length === 0) out.push('  KB: no matching entry');
      for (const citation of row.citations) out.push(`  KB: ${citation.entryId} — ${citation.title} (fix rate ${citation.fixRate}%, ${citation.path})`);
    });
  }
  if (summary.warningCount > 0) {
    out.push('', `Unreadable lines (${number(summary.warningCount)}):`);
    for (const warning of summary.warnings) out.push(`  ${report.file}:${warning.line}: ${warning.reason}`);
    if (summary.warningCount > summary.warnings.length) out.push(`  … and ${number(summary.warningCount - summary.warnings.length)} more`);
  }
  return `${out.join('\n')}\n`;
}

export async function logsCommand(argv: string[], deps: Deps, io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    'logs',
    argv,
    {
      format: { type: 'string' },
      'output-format': { type: 'string' },
      config: { type: 'string', short: 'c' },
      kb: { type: 'string', multiple: true },
    },
    true,
  );
  if (positionals.length !== 1) throw new UsageError(`logs takes exactly one FILE\n${LOGS_USAGE}`);
  const format = oneOf('--format', values.format, LOG_FORMATS);
  const output = oneOf('--output-format', values['output-format'], ['text', 'json'] as const) ?? 'text';
  const file = positionals[0]!;
  const absolute = path.resolve(deps.cwd, file);
  try {
    const stat = await deps.stat(absolute);
    if (!stat.isFile) throw new UsageError(`"${file}" is not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const options = await loadConfig(deps, values.config);
  const kbOptions = values.kb ? { ...options, kb: { ...options.kb, paths: values.kb } } : options;
  let summary: LogSummary;
  try {
    summary = await summarizeLogFile(absolute, format);
  } catch (error) {
    // A cut or corrupt .gz, a read error mid-file: never "0 failures".
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new UsageError(`cannot read "${file}": ${reason}; check that the file is a complete log (or .gz)`);
  }
  if (!summary.format && summary.lines > 0) {
    // Nothing in it reads as a log line of any format: not "no failures", an unreadable file.
    throw new UsageError(`no line of "${file}" reads as an nginx error.log, HAProxy or ALB access-log line; pass --format to force one`);
  }
  // The KB is read only when there is something to cite.
  const kb: KbRecord[] = summary.rows.length > 0 ? (await loadKb(kbOptions, deps)).records : [];
  const cite = rowCiter(kb);
  const report: LogsReport = {
    version: 1,
    file,
    summary,
    rows: summary.rows.map((row) => ({ ...row, citations: cite(row, summary.format) })),
  };
  if (output === 'json') {
    const { rows: _rows, ...rest } = summary;
    io.stdout(`${JSON.stringify({ version: 1, file, ...rest, rows: report.rows }, null, 2)}\n`);
  } else {
    io.stdout(renderLogsText(report));
  }
  return summary.failures > 0 ? EXIT.failed : EXIT.passed;
}

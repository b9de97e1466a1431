/**
 * `gateway_log: FILE`: remember the log's size before probing, read only what was appended during
 * the probe window, and classify those lines. nginx writes error_log lines unbuffered, before it
 * sends the 502/504 to the client, so a probe's line is on disk by the time the probe returns.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { LogEvent, LogLineClassifier } from '../logs/types.js';

/** Positional reads of the log file; a parameter so tests and other runtimes can swap it. */
export interface LogReader {
  /** Current size in bytes; undefined when the file does not exist (yet). */
  size(filePath: string): Promise<number | undefined>;
  /** Up to `length` bytes from `position`. */
  read(filePath: string, position: number, length: number): Promise<Buffer>;
}

export const nodeLogReader: LogReader = {
  async size(filePath) {
    try {
      const handle = await open(filePath, 'r');
      try {
        return (await handle.stat()).size;
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  async read(filePath, position, length) {
    const handle = await open(filePath, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
};

/** At most this much appended text is examined: a probe run writes a few lines, not megabytes. */
const MAX_APPENDED_BYTES = 8 * 1024 * 1024;
const COUNT_CHUNK = 1024 * 1024;

export interface LogWindow {
  filePath: string;
  /** Repo-relative (or as configured) path shown in reports. */
  displayPath: string;
  startSize: number;
}

export async function openLogWindow(cwd: string, logPath: string, reader: LogReader): Promise<LogWindow> {
  const filePath = path.resolve(cwd, logPath);
  return { filePath, displayPath: logPath, startSize: (await reader.size(filePath)) ?? 0 };
}

async function countLines(reader: LogReader, filePath: string, end: number): Promise<number> {
  let lines = 0;
  // Bounded: one pass over the bytes before the window, in 1 MiB reads.
  for (let position = 0; position < end; position += COUNT_CHUNK) {
    const chunk = await reader.read(filePath, position, Math.min(COUNT_CHUNK, end - position));
    if (chunk.length === 0) break;
    for (const byte of chunk) if (byte === 0x0a) lines += 1;
  }
  return lines;
}

/** Classified events among the lines appended since `openLogWindow`, with 1-based file line numbers. */
export async function readLogWindow(
  window: LogWindow,
  reader: LogReader,
  classify: LogLineClassifier,
): Promise<LogEvent[]> {
  const endSize = await reader.size(window.filePath);
  // Still absent after the probes ran: the path is wrong (or the gateway logs elsewhere); say so.
  if (endSize === undefined) throw Object.assign(new Error(`${window.displayPath} does not exist`), { code: 'ENOENT' });
  // A smaller file was rotated or truncated during the window: everything in it is new.
  const from = endSize < window.startSize ? 0 : window.startSize;
  const length = Math.min(endSize - from, MAX_APPENDED_BYTES);
  if (length <= 0) return [];
  const text = (await reader.read(window.filePath, from, length)).toString('utf8');
  const firstLine = (await countLines(reader, window.filePath, from)) + 1;
  const events: LogEvent[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line === '') return;
    const event = classify(line, firstLine + index);
    if (event) events.push(event);
  });
  return events;
}

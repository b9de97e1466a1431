/**
 * Streams a log file line by line with bounded memory: chunks are decoded once, split on `\n`, and a
 * line longer than `maxLineBytes` (a binary file, a log without newlines) is dropped and counted
 * instead of growing a buffer until the process dies.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

export interface ReadLogOptions {
  /** Longest line kept; longer lines are skipped. Default 1 MiB (ALB caps the user agent at 8 KB). */
  maxLineBytes?: number;
  /** Called with the number of each dropped over-long line, in order with onLine. */
  onOverlong?: (line: number) => void;
}

export interface ReadLogStats {
  lines: number;
  /** Lines dropped because they exceeded maxLineBytes. */
  overlong: number[];
}

export type LineHandler = (text: string, line: number) => void;

const NEWLINE = 10;
const DEFAULT_MAX_LINE = 1024 * 1024;
const MAX_RECORDED_OVERLONG = 100;

/** Calls `onLine` for every line of the byte stream (1-based numbers, `\r\n` and a missing final newline handled). */
export async function forEachLine(chunks: AsyncIterable<Buffer | string>, onLine: LineHandler, options: ReadLogOptions = {}): Promise<ReadLogStats> {
  const maxLine = options.maxLineBytes ?? DEFAULT_MAX_LINE;
  const stats: ReadLogStats = { lines: 0, overlong: [] };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const emit = (text: string): void => {
    stats.lines += 1;
    onLine(text.endsWith('\r') ? text.slice(0, -1) : text, stats.lines);
  };
  const dropLine = (): void => {
    stats.lines += 1;
    if (stats.overlong.length < MAX_RECORDED_OVERLONG) stats.overlong.push(stats.lines);
    options.onOverlong?.(stats.lines);
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    const first = chunk.indexOf(NEWLINE);
    if (first < 0) {
      if (!skipping) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes > maxLine) {
          skipping = true;
          pending = [];
          pendingBytes = 0;
        }
      }
      continue;
    }
    // Finish the line that started in an earlier chunk.
    if (skipping) {
      dropLine();
      skipping = false;
    } else if (pendingBytes + first > maxLine) {
      dropLine();
    } else {
      pending.push(chunk.subarray(0, first));
      emit(Buffer.concat(pending).toString('utf8'));
    }
    pending = [];
    pendingBytes = 0;
    start = first + 1;
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= start) {
      // One decode for all complete lines of the chunk: far cheaper than a toString per line.
      const lines = chunk.toString('utf8', start, last).split('\n');
      for (const text of lines) {
        if (text.length * 3 > maxLine && Buffer.byteLength(text) > maxLine) dropLine();
        else emit(text);
      }
      start = last + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      if (rest.length > maxLine) skipping = true;
      else {
        pending.push(Buffer.from(rest));
        pendingBytes = rest.length;
      }
    }
  }
  if (skipping) dropLine();
  else if (pendingBytes > 0) emit(Buffer.concat(pending).toString('utf8'));
  return stats;
}

/** A file as a chunk stream (1 MiB reads: fewer syscalls and decodes on a 1 GB log). */
export function fileChunks(filePath: string): AsyncIterable<Buffer> {
  return createReadStream(filePath, { highWaterMark: 1024 * 1024 });
}

/** RFC 1952 member header: ID1 ID2. */
const GZIP_MAGIC = [0x1f, 0x8b];

async function startsWithGzipMagic(filePath: string): Promise<boolean> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

/**
 * The file's text as chunks, gunzipped when it is gzip (ALB writes `….log.gz`; nginx and HAProxy
 * logs are rotated to `.gz`): decided by the magic bytes, not the name. A corrupt or cut gzip stream
 * rejects the iteration, so a caller never mistakes it for an empty log.
 */
export async function logChunks(filePath: string): Promise<{ chunks: AsyncIterable<Buffer>; gzip: boolean }> {
  if (!(await startsWithGzipMagic(filePath))) return { chunks: fileChunks(filePath), gzip: false };
  const source = createReadStream(filePath, { highWaterMark: 1024 * 1024 });
  const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
  source.on('error', (error) => gunzip.destroy(error));
  return { chunks: source.pipe(gunzip), gzip: true };
}

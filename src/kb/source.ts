/** Bytes -> normalised text, or the one reason the file cannot be read as a KB entry. */
import { isUtf8 } from 'node:buffer';

export type DecodedSource = { ok: true; text: string } | { ok: false; line: number; message: string };

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/**
 * Strips one BOM and turns CRLF into LF so both give the same lines and columns.
 * Refuses binary (NUL bytes), non-UTF-8 and empty input with the line where the problem starts.
 */
export function oversizeMessage(size: number, maxBytes: number): string {
  return `File is ${size} bytes, over the ${maxBytes}-byte limit for a KB entry; split it or raise kb.max_file_bytes`;
}

export function decodeSource(bytes: Buffer, maxBytes: number): DecodedSource {
  if (bytes.length > maxBytes) return { ok: false, line: 1, message: oversizeMessage(bytes.length, maxBytes) };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = lineOfOffset(bytes.subarray(0, nul).toString('latin1'), nul);
    return { ok: false, line, message: 'File contains a NUL byte and looks binary; a KB entry must be UTF-8 markdown' };
  }
  let text = bytes.toString('utf8');
  if (!isUtf8(bytes)) {
    const bad = text.indexOf('\uFFFD');
    return {
      ok: false,
      line: lineOfOffset(text, bad),
      message: 'File is not valid UTF-8; re-save it as UTF-8',
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { ok: false, line: 1, message: 'File is empty; write a KB entry (title, metadata and sections) or delete the file' };
  }
  return { ok: true, text };
}

/** What a format reader says about one line: a failure, a normal line of its format, a damaged line, or another format. */
import type { LogEvent } from './types.js';

export type LineVerdict =
  | { kind: 'event'; event: LogEvent }
  /** A line of this format that is not a gateway failure (a 200, a client abort, a health check passing). */
  | { kind: 'ok' }
  /** A line of this format that cannot be read fully (truncated, unknown termination code): counted and reported with its line number. */
  | { kind: 'warning'; reason: string }
  /** Not this format at all (mixed-in lines from another program). */
  | { kind: 'foreign' };

export type LineReader = (text: string, line: number) => LineVerdict;

export const OK: LineVerdict = { kind: 'ok' };
export const FOREIGN: LineVerdict = { kind: 'foreign' };

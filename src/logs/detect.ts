/** Picks the log format from a sample of lines, and gives the line reader for each format. */
import { classifyAlbLine, readAlbLine } from './alb.js';
import { classifyHaproxyLine, readHaproxyLine } from './haproxy.js';
import { classifyNginxLine } from './nginx.js';
import { GATEWAYS, type Gateway } from '../failure-class.js';
import type { LogLineClassifier } from './types.js';
import { FOREIGN, OK, type LineReader } from './verdict.js';

/* nginx error.log: `2026/11/27 07:00:00 [error] 12#12: …` (ngx_log_error_core). */
const NGINX_ERROR_LINE = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[\w+\] \d+#\d+: /;

const readNginxLine: LineReader = (text, line) => {
  const event = classifyNginxLine(text, line);
  if (event) return { kind: 'event', event };
  return NGINX_ERROR_LINE.test(text) ? OK : FOREIGN;
};

export const LOG_READERS: Readonly<Record<Gateway, LineReader>> = {
  nginx: readNginxLine,
  haproxy: readHaproxyLine,
  alb: readAlbLine,
};

/** The classifiers the probe runner calls on `gateway_log` lines (LogLineClassifier from types.ts). */
export const LOG_CLASSIFIERS: Readonly<Record<Gateway, LogLineClassifier>> = {
  nginx: classifyNginxLine,
  haproxy: classifyHaproxyLine,
  alb: classifyAlbLine,
};

export const LOG_FORMATS: readonly Gateway[] = GATEWAYS;

/** Default number of leading lines `gatewatch logs` samples before deciding. */
export const DETECT_SAMPLE = 200;

/**
 * The format that recognises the most lines of the sample (a line counts when the reader does not
 * call it foreign). Undefined when no format recognises any line. Ties go to the earlier format in
 * LOG_FORMATS, which cannot happen for real lines: the three shapes exclude each other.
 */
export function detectLogFormat(lines: readonly string[]): Gateway | undefined {
  let best: Gateway | undefined;
  let bestCount = 0;
  for (const format of LOG_FORMATS) {
    const reader = LOG_READERS[format];
    let count = 0;
    lines.forEach((text, index) => {
      if (text.trim() !== '' && reader(text, index + 1).kind !== 'foreign') count += 1;
    });
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  return best;
}

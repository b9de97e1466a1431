/** Parser errors from the payload, with the ` in file:line` suffix removed and the path made repo-relative. */
import { UNTERMINATED, type Unterminated } from './payload.js';
import type { NginxRuleContext } from './rule-context.js';

export interface LocatedError {
  message: string;
  path: string;
  /** An error without a line (an unreadable file) is reported at line 1 of that file. */
  line: number;
  /** The statement a `}` or the end of file cut off: its `;` is missing. */
  unterminated?: Unterminated;
}

export function payloadErrors(context: NginxRuleContext): LocatedError[] {
  return context.payload.errors.map((error) => {
    const suffix = error.line === null ? ` in ${error.file}` : ` in ${error.file}:${error.line}`;
    const message = error.error.endsWith(suffix) ? error.error.slice(0, -suffix.length) : error.error;
    const unterminated = error[UNTERMINATED];
    return { message, path: context.toPath(error.file), line: error.line ?? 1, ...(unterminated ? { unterminated } : {}) };
  });
}

/** Errors the loader raises at an `include` line (see load.ts). */
export function isIncludeError(message: string): boolean {
  return message.startsWith('open() "') || message.startsWith('include ');
}

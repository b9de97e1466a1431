/** What every KB rule sees: one parsed file plus the whole KB's index (cross-file rules still see everything). */
import type { Location } from '../../finding.js';
import type { Report } from '../../rule.js';
import type { ParsedKbFile } from '../model.js';
import { locatePointer } from '../locate-pointer.js';

export interface KbIndex {
  /** id -> paths of the files that declare it, sorted. */
  pathsById: Map<string, string[]>;
}

export interface KbSettings {
  root: string;
  domains?: readonly string[];
  categories?: readonly string[];
}

export interface KbRuleContext {
  file: ParsedKbFile;
  index: KbIndex;
  settings: KbSettings;
}

/** A report located at a JSON pointer of the entry (the pointer also de-duplicates schema errors). */
export function at(context: KbRuleContext, pointer: string, message: string): Report {
  return { message, location: locatePointer(context.file, pointer), pointer };
}

export function locationAt(context: KbRuleContext, pointer: string): Location {
  return locatePointer(context.file, pointer);
}

/** Lowercase, markdown and punctuation stripped, whitespace collapsed: for "is this the same text" checks. */
export function normalizeProse(text: string): string {
  return text
    .replace(/[`*_~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?:;,]+$/, '')
    .toLowerCase();
}

/** The first letter or digit, lowercased: normalizeProse keeps it, so differing ones mean differing texts. */
export const firstAlphanumeric = (text: string): string | undefined => /[A-Za-z0-9]/.exec(text)?.[0]?.toLowerCase();

export const quote = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
};

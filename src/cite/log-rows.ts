/**
 * KB citations for the rows of `gatewatch logs`, ranked exactly as findings are (cite.ts): each row is a
 * symptom — its failure class, its status, and its example line read by the same extractor (logs/line.ts),
 * termination state and fields included — from the log's own gateway.
 */
import type { Gateway } from '../failure-class.js';
import { readLogLine } from '../logs/line.js';
import type { FailureRow } from '../logs/summarize.js';
import { buildCiteIndex, citeSymptom, type RankedEntry, type Symptom } from './cite.js';
import type { KbRecord } from '../kb/model.js';
import { HEALTH_CHECK_DOWN_RULE, LOG_RULES } from '../logs/rules.js';

const HEALTH_DOWN = /^Server \S+ is DOWN, reason: /;

export function rowSymptom(row: FailureRow, format: Gateway | undefined): Symptom {
  return {
    probe: row.class,
    ...(row.httpStatus !== undefined ? { httpStatus: row.httpStatus } : {}),
    ...(row.haproxyTermination !== undefined ? { haproxyTermination: row.haproxyTermination } : {}),
    ...(format ? { log: readLogLine(row.example, format) } : {}),
    ...(format === 'haproxy' && HEALTH_DOWN.test(row.signature) ? { ruleId: HEALTH_CHECK_DOWN_RULE.id } : {}),
    ...(format ? { gateway: format } : {}),
  };
}

/** Indexes the KB once; the returned function cites one row. */
export function rowCiter(kb: readonly KbRecord[]): (row: FailureRow, format: Gateway | undefined) => RankedEntry[] {
  const index = buildCiteIndex(kb, LOG_RULES);
  return (row, format) => citeSymptom(index, rowSymptom(row, format));
}

/**
 * KB citations for the rows of `gatewatch logs`, ranked exactly as findings are (cite/cite.ts): each row is a
 * symptom — its failure class as the probe class, its status, HAProxy termination state, its line for nginx
 * error logs — from the log's own gateway.
 */
import { buildCiteIndex, citeSymptom, type RankedEntry, type Symptom } from '../cite/cite.js';
import type { KbRecord } from '../kb/model.js';
import { HEALTH_CHECK_DOWN_RULE, LOG_RULES } from './rules.js';
import type { FailureRow } from './summarize.js';
import type { Gateway } from '../failure-class.js';

const HEALTH_DOWN = /^Server \S+ is DOWN, reason: /;

export function rowSymptom(row: FailureRow, format: Gateway | undefined): Symptom {
  return {
    probe: row.class,
    ...(row.httpStatus !== undefined ? { httpStatus: row.httpStatus } : {}),
    ...(row.haproxyTermination !== undefined ? { haproxyTermination: row.haproxyTermination } : {}),
    // nginx_log patterns describe nginx error-log lines; another gateway's line would only match by accident.
    ...(format === 'nginx' ? { nginxLog: row.example } : {}),
    ...(format === 'haproxy' && HEALTH_DOWN.test(row.signature) ? { ruleId: HEALTH_CHECK_DOWN_RULE.id } : {}),
    ...(format ? { gateway: format } : {}),
  };
}

/** Indexes the KB once; the returned function cites one row. */
export function rowCiter(kb: readonly KbRecord[]): (row: FailureRow, format: Gateway | undefined) => RankedEntry[] {
  const index = buildCiteIndex(kb, LOG_RULES);
  return (row, format) => citeSymptom(index, rowSymptom(row, format));
}

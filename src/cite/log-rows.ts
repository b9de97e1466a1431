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
import type { RuleMeta } from '../rule.js';

/**
 * A health check taking a server out of rotation is explained by the entry on failing checks, whatever the
 * check's reason (refused, timeout, a 404): its rows cite that entry through this rule's KB link.
 */
export const HEALTH_CHECK_DOWN_RULE: RuleMeta = {
  id: 'logs/haproxy-health-check-down',
  severity: 'warning',
  description: 'HAProxy health checks marked a server DOWN, so it gets no traffic until a check passes again',
  kb: ['api/haproxy-503-health-check-down'],
};

/** Rules that only `gatewatch logs` reports (as citations of its rows, never as findings). */
export const LOG_RULES: readonly RuleMeta[] = [HEALTH_CHECK_DOWN_RULE];

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

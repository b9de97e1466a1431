/**
 * Matches a failure row of `gatewatch logs` to KB entries by their signals (DESIGN §7 order:
 * log signature > probe class > HTTP status, ties by fix rate). Used until a shared `cite/` module
 * exists; it reads only `KbRecord`s, so swapping it for `explain()` later touches one call site.
 */
import type { KbRecord } from '../kb/model.js';
import { compileSafeRegex, testCapped } from '../cite/safe-regex.js';
import type { LogFormat } from './types.js';
import type { FailureRow } from './summarize.js';

export interface RowCitation {
  entryId: string;
  path: string;
  title: string;
  fixRate: number;
  score: number;
}

const MAX_CITATIONS = 3;

/* An entry id like `api/http-502-…` implies its status when the entry declares none (DESIGN §7). */
function impliedStatuses(record: KbRecord): number[] {
  if (record.entry.signals?.http_status) return record.entry.signals.http_status;
  const match = /(?:^|\/)(?:[a-z]+-)?http-(\d{3})-/.exec(record.entry.id);
  return match ? [Number(match[1])] : [];
}

const GATEWAY_WORD = /(?:^|-)(nginx|haproxy|alb)(?:-|$)/;
const HEALTH_DOWN = /^Server \S+ is DOWN, reason: /;

function score(record: KbRecord, row: FailureRow, format: LogFormat | undefined): number {
  const signals = record.entry.signals ?? {};
  const slug = record.entry.id.split('/').pop()!;
  // An entry written for another gateway (`haproxy-…`, `http-503-haproxy-…` for an ALB log) explains that gateway, not this one.
  const gateway = GATEWAY_WORD.exec(slug)?.[1];
  if (gateway !== undefined && format !== undefined && gateway !== format) return 0;
  let total = 0;
  if (row.haproxyTermination !== undefined && signals.haproxy_termination?.includes(row.haproxyTermination)) total += 4;
  if (format === 'nginx' && signals.nginx_log?.some((source) => {
    const compiled = compileSafeRegex(source);
    return compiled.ok && testCapped(compiled.regex, row.example);
  })) {
    total += 3;
  }
  if (signals.probe?.includes(row.class)) total += signals.probe[0] === row.class ? 2.25 : 2;
  // A HAProxy health-check DOWN line is about the check, whatever its reason: the entry on failing checks explains it best.
  if (format === 'haproxy' && HEALTH_DOWN.test(row.signature) && slug.includes('health-check-down')) total += 3;
  // Status alone is too weak to cite (every 502 entry would match every 502), so it only adds to another match.
  if (total > 0 && row.httpStatus !== undefined && impliedStatuses(record).includes(row.httpStatus)) total += 1;
  // Prefer the entry written for this gateway (`alb-…`, `haproxy-…`) over a generic one with the same signals.
  if (total > 0 && gateway !== undefined && gateway === format) total += 0.5;
  return total;
}

export function citeRow(row: FailureRow, format: LogFormat | undefined, kb: readonly KbRecord[]): RowCitation[] {
  return kb
    .map((record) => ({ record, score: score(record, row, format) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || b.record.entry.fix_rate - a.record.entry.fix_rate || (a.record.entry.id < b.record.entry.id ? -1 : 1))
    .slice(0, MAX_CITATIONS)
    .map(({ record, score: value }) => ({
      entryId: record.entry.id,
      path: record.path,
      title: record.entry.title,
      fixRate: record.entry.fix_rate,
      score: value,
    }));
}

/** Matches findings and symptoms to KB entries by signals and ranks them (DESIGN §7). */
import type { Gateway } from '../failure-class.js';
import type { Citation, Finding } from '../finding.js';
import type { KbRecord } from '../kb/model.js';
import type { RuleMeta } from '../rule.js';
import { compileSafeRegex, testCapped } from './safe-regex.js';

/** What is known about a failure: a finding's rule and signals, or `gatewatch explain` flags. */
export interface Symptom {
  ruleId?: string;
  httpStatus?: number;
  probe?: string;
  nginxLog?: string;
  haproxyTermination?: string;
  /** The gateway the symptom comes from; entries written for another gateway are cited only by rule. */
  gateway?: Gateway;
}

/** `alb-http-502-…`, `http-503-haproxy-…`, `nginx-config-…`: the gateway an entry is written for. */
const GATEWAY_WORD = /(?:^|-)(nginx|haproxy|alb)(?:-|$)/;

export type MatchKind = 'rule' | 'nginx_log' | 'haproxy_termination' | 'probe' | 'http_status';

/*
 * Tier weights: rule > log line > probe class > HTTP status. Each further matching signal adds a
 * small bonus that can never lift an entry over the next tier (4 × 0.03 < 0.2).
 */
const TIER_WEIGHT: Record<MatchKind, number> = {
  rule: 0.9,
  nginx_log: 0.7,
  haproxy_termination: 0.7,
  probe: 0.5,
  http_status: 0.3,
};
const EXTRA_MATCH_BONUS = 0.03;
/** Among equal matches, the entry written for the symptom's own gateway (`alb-…` for an ALB log) first. */
const SAME_GATEWAY_BONUS = 0.01;
export const MAX_CITATIONS = 3;

export interface RankedEntry {
  entryId: string;
  path: string;
  title: string;
  fixRate: number;
  score: number;
  matched: MatchKind[];
}

/** A KB regex that was not compiled, so the caller can say why it never matches. */
export interface RejectedPattern {
  entryId: string;
  path: string;
  pattern: string;
  reason: string;
}

interface StatusRange {
  min: number;
  max: number;
}

interface IndexedEntry {
  record: KbRecord;
  /** `alb-http-502-…` is about ALB: its status and probe signals say nothing about an nginx finding. */
  gateway?: Gateway;
  /** Rule id -> position of this entry in the rule's `kb` list (0 when the entry names the rule itself). */
  rules: Map<string, number>;
  logPatterns: RegExp[];
  terminations: string[];
  /** Probe class -> its position in the entry's list (the first is the failure the entry is about). */
  probes: Map<string, number>;
  statuses: StatusRange[];
}

/*
 * Lookup tables so a finding only visits entries that share a signal with it: a 10,000-entry KB
 * with thousands of findings must not cost findings × entries regex runs.
 */
export interface CiteIndex {
  entries: IndexedEntry[];
  byRule: Map<string, IndexedEntry[]>;
  byProbe: Map<string, IndexedEntry[]>;
  byStatus: Map<number, IndexedEntry[]>;
  /** Entries with a status range (`http-5xx`), log patterns or termination states: scanned when the symptom has that signal. */
  withRange: IndexedEntry[];
  withLog: IndexedEntry[];
  withTermination: IndexedEntry[];
  rejected: RejectedPattern[];
}

function addTo<K>(map: Map<K, IndexedEntry[]>, key: K, entry: IndexedEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** `api/http-502-…` (or `api/alb-http-502-…`) implies 502, `api/http-5xx-…` any 5xx; used only when an entry declares no statuses. */
function impliedStatuses(id: string): StatusRange[] {
  const match = /(?:^|\/)(?:(?:nginx|haproxy|alb)-)?http-(\d)(\d\d|xx)-/i.exec(id);
  if (!match) return [];
  const hundreds = Number(match[1]) * 100;
  if (match[2]!.toLowerCase() === 'xx') return [{ min: hundreds, max: hundreds + 99 }];
  const status = hundreds + Number(match[2]);
  return [{ min: status, max: status }];
}

/** Compiles every KB regex once per run; unsafe or invalid ones are skipped and reported. */
export function buildCiteIndex(kb: readonly KbRecord[], rules: readonly RuleMeta[] = []): CiteIndex {
  const rulesByEntry = new Map<string, Map<string, number>>();
  for (const rule of rules) {
    (rule.kb ?? []).forEach((entryId, position) => {
      const positions = rulesByEntry.get(entryId) ?? new Map<string, number>();
      positions.set(rule.id, position);
      rulesByEntry.set(entryId, positions);
    });
  }
  const rejected: RejectedPattern[] = [];
  const entries = kb.map((record): IndexedEntry => {
    const signals = record.entry.signals ?? {};
    const logPatterns: RegExp[] = [];
    for (const pattern of signals.nginx_log ?? []) {
      const compiled = compileSafeRegex(pattern);
      if (compiled.ok) logPatterns.push(compiled.regex);
      else rejected.push({ entryId: record.entry.id, path: record.path, pattern, reason: compiled.reason });
    }
    const gateway = GATEWAY_WORD.exec(record.entry.id.split('/').pop() ?? '')?.[1] as Gateway | undefined;
    return {
      record,
      ...(gateway ? { gateway } : {}),
      rules: new Map([...(rulesByEntry.get(record.entry.id) ?? []), ...(signals.rule ?? []).map((rule): [string, number] => [rule, 0])]),
      logPatterns,
      terminations: signals.haproxy_termination ?? [],
      // Reversed so that a class listed twice keeps its first position.
      probes: new Map((signals.probe ?? []).map((probe, position): [string, number] => [probe, position]).reverse()),
      statuses: signals.http_status
        ? signals.http_status.map((status) => ({ min: status, max: status }))
        : impliedStatuses(record.entry.id),
    };
  });
  const index: CiteIndex = {
    entries,
    byRule: new Map(),
    byProbe: new Map(),
    byStatus: new Map(),
    withRange: [],
    withLog: [],
    withTermination: [],
    rejected,
  };
  for (const entry of entries) {
    for (const rule of entry.rules.keys()) addTo(index.byRule, rule, entry);
    for (const probe of entry.probes.keys()) addTo(index.byProbe, probe, entry);
    for (const range of entry.statuses) {
      if (range.min === range.max) addTo(index.byStatus, range.min, entry);
      else index.withRange.push(entry);
    }
    if (entry.logPatterns.length > 0) index.withLog.push(entry);
    if (entry.terminations.length > 0) index.withTermination.push(entry);
  }
  return index;
}

/** Entries sharing at least one signal with the symptom; each once, in KB order. */
function candidates(index: CiteIndex, symptom: Symptom): IndexedEntry[] {
  const found = new Set<IndexedEntry>();
  const add = (list: readonly IndexedEntry[] | undefined): void => list?.forEach((entry) => found.add(entry));
  if (symptom.ruleId) add(index.byRule.get(symptom.ruleId));
  if (symptom.probe) add(index.byProbe.get(symptom.probe));
  if (symptom.httpStatus !== undefined) {
    add(index.byStatus.get(symptom.httpStatus));
    add(index.withRange);
  }
  if (symptom.nginxLog) add(index.withLog);
  if (symptom.haproxyTermination) add(index.withTermination);
  return [...found];
}

function matchKinds(entry: IndexedEntry, symptom: Symptom): MatchKind[] {
  const kinds: MatchKind[] = [];
  if (symptom.ruleId && entry.rules.has(symptom.ruleId)) kinds.push('rule');
  const log = symptom.nginxLog;
  if (log && entry.logPatterns.some((regex) => testCapped(regex, log))) kinds.push('nginx_log');
  // HAProxy termination states are 4 chars (`SC--`); an entry may give only the first two (`SC`).
  const termination = symptom.haproxyTermination;
  if (termination && entry.terminations.some((code) => code !== '' && termination.startsWith(code))) {
    kinds.push('haproxy_termination');
  }
  if (symptom.probe && entry.probes.has(symptom.probe)) kinds.push('probe');
  const status = symptom.httpStatus;
  if (status !== undefined && entry.statuses.some((range) => status >= range.min && status <= range.max)) {
    kinds.push('http_status');
  }
  return kinds;
}

/**
 * An entry that names few probe classes is about that failure; one that names many (port mismatch can look
 * like refused, bad_response or http_status) is a broader fit, and so is one that names the class after
 * others. Under a probe-class match such an entry loses up to 0.02 in all — less than one extra matched
 * signal — so "refused" ranks the refused-connection entry first.
 */
const PROBE_BREADTH_PENALTY = 0.005;
const PROBE_ORDER_PENALTY = 0.005;
const MAX_BREADTH_PENALTY = 0.02;

/** A rule lists its entries most relevant first; later ones lose a little, never a whole matched signal. */
const RULE_ORDER_PENALTY = 0.005;

interface Placement {
  /** How many probe classes the entry names, and where the symptom's class is among them. */
  probeClasses: number;
  probePosition: number;
  /** Where the entry is in the symptom rule's `kb` list. */
  rulePosition: number;
  sameGateway: boolean;
}

function score(kinds: readonly MatchKind[], { probeClasses, probePosition, rulePosition, sameGateway }: Placement): number {
  const best = Math.max(...kinds.map((kind) => TIER_WEIGHT[kind]));
  const probePenalty = PROBE_BREADTH_PENALTY * Math.max(probeClasses - 1, 0) + PROBE_ORDER_PENALTY * probePosition;
  const breadth = best === TIER_WEIGHT.probe ? Math.min(probePenalty, MAX_BREADTH_PENALTY) : 0;
  const order = best === TIER_WEIGHT.rule ? Math.min(RULE_ORDER_PENALTY * rulePosition, MAX_BREADTH_PENALTY) : 0;
  const gateway = sameGateway ? SAME_GATEWAY_BONUS : 0;
  return Math.round((best + EXTRA_MATCH_BONUS * (kinds.length - 1) - breadth - order + gateway) * 1000) / 1000;
}

function compareRanked(a: RankedEntry, b: RankedEntry): number {
  return b.score - a.score || b.fixRate - a.fixRate || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0);
}

/** Keeps `list` sorted and at most `limit` long: a 10,000-entry KB must not be sorted per finding. */
function insertTop(list: RankedEntry[], item: RankedEntry, limit: number): void {
  if (list.length >= limit && compareRanked(item, list[list.length - 1]!) >= 0) return;
  let at = list.length;
  while (at > 0 && compareRanked(item, list[at - 1]!) < 0) at -= 1;
  list.splice(at, 0, item);
  if (list.length > limit) list.pop();
}

interface Ranking {
  /** Best entries matched by more than the HTTP status alone. */
  specific: RankedEntry[];
  all: RankedEntry[];
}

function rank(index: CiteIndex, symptom: Symptom, limit: number): Ranking {
  const ranking: Ranking = { specific: [], all: [] };
  for (const entry of candidates(index, symptom)) {
    const matched = matchKinds(entry, symptom);
    if (matched.length === 0) continue;
    if (symptom.gateway && entry.gateway && entry.gateway !== symptom.gateway && !matched.includes('rule')) continue;
    const { entry: kbEntry, path } = entry.record;
    const rulePosition = symptom.ruleId ? (entry.rules.get(symptom.ruleId) ?? 0) : 0;
    const placement: Placement = {
      probeClasses: entry.probes.size,
      probePosition: symptom.probe ? (entry.probes.get(symptom.probe) ?? 0) : 0,
      rulePosition,
      sameGateway: symptom.gateway !== undefined && entry.gateway === symptom.gateway,
    };
    const ranked = { entryId: kbEntry.id, path, title: kbEntry.title, fixRate: kbEntry.fix_rate, score: score(matched, placement), matched };
    insertTop(ranking.all, ranked, limit);
    if (matched.some((kind) => kind !== 'http_status')) insertTop(ranking.specific, ranked, limit);
  }
  return ranking;
}

/** Every entry that matches (or the best `limit`), best first; ties by fix rate, then id so output is stable. */
export function rankEntries(index: CiteIndex, symptom: Symptom, limit = Infinity): RankedEntry[] {
  return rank(index, symptom, limit).all;
}

/** The entries to cite for one symptom: the best few, where a status alone counts only when nothing more specific matched. */
export function citeSymptom(index: CiteIndex, symptom: Symptom): RankedEntry[] {
  const { specific, all } = rank(index, symptom, MAX_CITATIONS);
  return specific.length > 0 ? specific : all;
}

function symptomOf(finding: Finding): Symptom {
  const checker = finding.ruleId.split('/')[0];
  const gateway = checker === 'nginx' || checker === 'haproxy' ? checker : undefined;
  return { ruleId: finding.ruleId, ...finding.signals, ...(gateway ? { gateway } : {}) };
}

/** Adds the top citations to each finding that matches a KB entry; others are returned unchanged. */
export function citeFindings(
  findings: readonly Finding[],
  kb: readonly KbRecord[],
  rules: readonly RuleMeta[],
): Finding[] {
  const index = buildCiteIndex(kb, rules);
  // Findings of one rule often share their signals (every refused probe): rank each symptom once.
  const memo = new Map<string, Citation[]>();
  return findings.map((finding) => {
    const symptom = symptomOf(finding);
    const key = JSON.stringify([symptom.ruleId, symptom.httpStatus, symptom.probe, symptom.nginxLog, symptom.haproxyTermination]);
    let citations = memo.get(key);
    if (!citations) {
      citations = citeSymptom(index, symptom).map(({ entryId, path, score: entryScore }) => ({ entryId, path, score: entryScore }));
      memo.set(key, citations);
    }
    return citations.length > 0 ? { ...finding, citations: citations.map((citation) => ({ ...citation })) } : finding;
  });
}

/** Which entries match a symptom described on the command line, best first. */
export function explain(symptom: Symptom, kb: readonly KbRecord[], rules: readonly RuleMeta[] = []): RankedEntry[] {
  return rankEntries(buildCiteIndex(kb, rules), symptom);
}

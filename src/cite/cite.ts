/** Matches findings and symptoms to KB entries by signals and ranks them (DESIGN §7). */
import type { Citation, CitationEvidence, Finding } from '../finding.js';
import type { KbRecord } from '../kb/model.js';
import type { RuleMeta } from '../rule.js';
import { failureClass, isProbeClass, type Gateway } from '../failure-class.js';
import { readLogLine, type LogLine } from '../logs/line.js';
import { LOG_SIGNAL_GATEWAY, LOG_SIGNAL_KEYS, logSignalMatches, type LogSignalKey } from './log-signal.js';
import { compileRepoRegex, type RepoRegex } from '../safety/repo-regex.js';

/** Which side of the gateway a failure is on: known from the `direct` probe of a via/direct pair. */
export type Side = 'gateway' | 'upstream';

/** What is known about a failure: a finding's rule and signals, a `gatewatch logs` row, or `gatewatch explain` flags. */
export interface Symptom {
  ruleId?: string;
  httpStatus?: number;
  probe?: string;
  /** The gateway log line of the failure, read into fields by logs/line.ts. */
  log?: LogLine;
  haproxyTermination?: string;
  /** The gateway the symptom comes from; entries written for another gateway are cited only by rule. */
  gateway?: Gateway;
  /** `gateway` when the direct probe passed (the gateway's own setup is wrong), `upstream` when it failed too. */
  side?: Side;
}

/** `alb-http-502-…`, `http-503-haproxy-…`, `nginx-config-…`: the gateway an entry is written for. */
const GATEWAY_WORD = /(?:^|-)(nginx|haproxy|alb)(?:-|$)/;

/** What a citation rests on, strongest first: a rule link, a log line, the failure class, the HTTP status, then the gateway and side agreeing. */
export type Evidence = CitationEvidence;

/*
 * Evidence first: a rule link > a log-line match > the failure class > the HTTP status alone. Each
 * further matched signal adds EXTRA; the gateway and the side refine within a tier. fix_rate (an
 * author's number) only breaks exact ties.
 */
const TIER_WEIGHT = { rule: 0.9, log: 0.7, class: 0.5, status: 0.3 } as const;
const EXTRA_MATCH_BONUS = 0.03;
/** An entry written for the symptom's own gateway (`alb-…` for an ALB log) before a generic one. */
const SAME_GATEWAY_BONUS = 0.035;
/** An entry whose log signals are all another gateway's (nginx_log only, for a HAProxy line). */
const OTHER_GATEWAY_PENALTY = 0.05;
/*
 * The direct probe decides the side: when it passes, a gateway-side entry (port mismatch, DNS) must
 * come before the "upstream down" one even if that one's generic log regex matched, so a side
 * mismatch costs more than the gap between the log and class tiers.
 */
const SIDE_MATCH_BONUS = 0.05;
const SIDE_MISMATCH_PENALTY = 0.25;
/** Entries the failure-class table lists for the class: in the table's order, ahead of unlisted ones. */
const CLASS_KB_BONUS = 0.025;
const CLASS_KB_STEP = 0.005;
export const MAX_CITATIONS = 3;

/** Entry categories whose fix is in the gateway's own configuration (or its resolver). */
const GATEWAY_SIDE_CATEGORIES = new Set(['config_error', 'dns_error']);
const UPSTREAM_SIDE_CATEGORIES = new Set(['upstream_error', 'network_error', 'timeout', 'protocol_error', 'tls_error']);

export interface RankedEntry {
  entryId: string;
  path: string;
  title: string;
  fixRate: number;
  score: number;
  /** What matched, strongest first. */
  evidence: Evidence[];
  /** Rests on more than the HTTP status (and gateway/side): a rule, a log line or the failure class. */
  strong: boolean;
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
  /** The only gateway whose log lines the entry describes (nginx_log and nothing else), when its id names none. */
  logGateway?: Gateway;
  side?: Side;
  /** Rule id -> position of this entry in the rule's `kb` list (0 when the entry names the rule itself). */
  rules: Map<string, number>;
  logPatterns: { key: LogSignalKey; regex: RepoRegex }[];
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

function entrySide(category: string): Side | undefined {
  if (GATEWAY_SIDE_CATEGORIES.has(category)) return 'gateway';
  return UPSTREAM_SIDE_CATEGORIES.has(category) ? 'upstream' : undefined;
}

/** Compiles every KB regex once per run (linear-time RE2); ones RE2 cannot run are skipped and reported. */
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
    const logPatterns: IndexedEntry['logPatterns'] = [];
    for (const key of Object.values(LOG_SIGNAL_KEYS)) {
      for (const pattern of signals[key] ?? []) {
        const compiled = compileRepoRegex(pattern);
        if (compiled.ok) logPatterns.push({ key, regex: compiled.regex });
        else rejected.push({ entryId: record.entry.id, path: record.path, pattern, reason: compiled.reason });
      }
    }
    const terminations = signals.haproxy_termination ?? [];
    const gateway = GATEWAY_WORD.exec(record.entry.id.split('/').pop() ?? '')?.[1] as Gateway | undefined;
    const logGateways = new Set(logPatterns.map((pattern) => LOG_SIGNAL_GATEWAY[pattern.key]));
    if (terminations.length > 0) logGateways.add('haproxy');
    const logGateway = !gateway && logGateways.size === 1 ? [...logGateways][0] : undefined;
    const side = entrySide(record.entry.category);
    return {
      record,
      ...(gateway ? { gateway } : {}),
      ...(logGateway ? { logGateway } : {}),
      ...(side ? { side } : {}),
      rules: new Map([...(rulesByEntry.get(record.entry.id) ?? []), ...(signals.rule ?? []).map((rule): [string, number] => [rule, 0])]),
      logPatterns,
      terminations,
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

/** The HAProxy termination state and server of a symptom: its own, else its log line's. */
function haproxyState(symptom: Symptom): { termination?: string; noServer: boolean } {
  const termination = symptom.haproxyTermination ?? symptom.log?.fields.termination;
  return { ...(termination ? { termination } : {}), noServer: symptom.log?.fields.server === '<NOSRV>' };
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
  if (symptom.log) add(index.withLog);
  const { termination, noServer } = haproxyState(symptom);
  if (termination || noServer) add(index.withTermination);
  return [...found];
}

interface Match {
  evidence: Evidence[];
  /** How many log signals matched (a regex, the termination state, `<NOSRV>`). */
  logMatches: number;
}

function match(entry: IndexedEntry, symptom: Symptom): Match {
  const evidence: Evidence[] = [];
  if (symptom.ruleId && entry.rules.has(symptom.ruleId)) evidence.push('rule');
  const classMatch = symptom.probe !== undefined && entry.probes.has(symptom.probe);
  let logMatches = 0;
  const log = symptom.log;
  if (log && entry.logPatterns.some(({ key, regex }) => logSignalMatches(regex, key, log))) logMatches += 1;
  // A termination state is ambiguous (`SC--` is a refusal, a TLS failure or a SYN timeout): it counts
  // only for entries about the class the whole line was read as.
  const { termination, noServer } = haproxyState(symptom);
  const classAgrees = symptom.probe === undefined || entry.probes.size === 0 || classMatch;
  if (classAgrees) {
    // HAProxy termination states are 4 chars (`SC--`); an entry may give only the first two (`SC`).
    if (termination && entry.terminations.some((code) => code !== '' && code !== '<NOSRV>' && termination.startsWith(code))) logMatches += 1;
    if (noServer && entry.terminations.includes('<NOSRV>')) logMatches += 1;
  }
  if (logMatches > 0) evidence.push('log');
  if (classMatch) evidence.push('class');
  const status = symptom.httpStatus;
  if (status !== undefined && entry.statuses.some((range) => status >= range.min && status <= range.max)) evidence.push('status');
  if (symptom.gateway && entry.gateway === symptom.gateway) evidence.push('gateway');
  if (symptom.side && entry.side === symptom.side) evidence.push('side');
  return { evidence, logMatches };
}

/**
 * An entry that names few probe classes is about that failure; one that names many (port mismatch can look
 * like refused, bad_response or http_status) is a broader fit, and so is one that names the class after
 * others. Such an entry loses up to 0.01 in all — less than one extra matched signal, and less than the
 * failure-class table listing it for the class.
 */
const PROBE_BREADTH_PENALTY = 0.005;
const PROBE_ORDER_PENALTY = 0.005;
const MAX_BREADTH_PENALTY = 0.01;

/** A rule lists its entries most relevant first; later ones lose a little, never a whole matched signal. */
const RULE_ORDER_PENALTY = 0.005;

const STRONG: ReadonlySet<Evidence> = new Set(['rule', 'log', 'class']);

function score(entry: IndexedEntry, symptom: Symptom, { evidence, logMatches }: Match): number {
  const has = (kind: Evidence): boolean => evidence.includes(kind);
  const tiers = (['rule', 'log', 'class', 'status'] as const).filter(has);
  let total = TIER_WEIGHT[tiers[0]!] + EXTRA_MATCH_BONUS * (tiers.length - 1 + Math.max(logMatches - 1, 0));
  if (has('rule')) total -= Math.min(RULE_ORDER_PENALTY * (entry.rules.get(symptom.ruleId!) ?? 0), MAX_BREADTH_PENALTY);
  if (has('class')) {
    const position = entry.probes.get(symptom.probe!) ?? 0;
    total -= Math.min(PROBE_BREADTH_PENALTY * Math.max(entry.probes.size - 1, 0) + PROBE_ORDER_PENALTY * position, MAX_BREADTH_PENALTY);
    const listed = isProbeClass(symptom.probe!) ? failureClass(symptom.probe).kb.indexOf(entry.record.entry.id) : -1;
    if (listed >= 0) total += CLASS_KB_BONUS - CLASS_KB_STEP * Math.min(listed, 4);
  }
  if (has('gateway')) total += SAME_GATEWAY_BONUS;
  else if (symptom.gateway && entry.logGateway && entry.logGateway !== symptom.gateway) total -= OTHER_GATEWAY_PENALTY;
  if (symptom.side && entry.side) total += entry.side === symptom.side ? SIDE_MATCH_BONUS : -SIDE_MISMATCH_PENALTY;
  return Math.round(total * 1000) / 1000;
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
  /** Best entries with strong evidence (more than the HTTP status). */
  strong: RankedEntry[];
  all: RankedEntry[];
}

function rank(index: CiteIndex, symptom: Symptom, limit: number): Ranking {
  const ranking: Ranking = { strong: [], all: [] };
  for (const entry of candidates(index, symptom)) {
    const matched = match(entry, symptom);
    const { evidence } = matched;
    if (!evidence.some((kind) => kind === 'rule' || kind === 'log' || kind === 'class' || kind === 'status')) continue;
    if (symptom.gateway && entry.gateway && entry.gateway !== symptom.gateway && !evidence.includes('rule')) continue;
    const { entry: kbEntry, path } = entry.record;
    const strong = evidence.some((kind) => STRONG.has(kind));
    const ranked: RankedEntry = {
      entryId: kbEntry.id,
      path,
      title: kbEntry.title,
      fixRate: kbEntry.fix_rate,
      score: score(entry, symptom, matched),
      evidence,
      strong,
    };
    insertTop(ranking.all, ranked, limit);
    if (strong) insertTop(ranking.strong, ranked, limit);
  }
  return ranking;
}

/** Every entry that matches (or the best `limit`), best first; ties by fix rate, then id so output is stable. */
export function rankEntries(index: CiteIndex, symptom: Symptom, limit = Infinity): RankedEntry[] {
  return rank(index, symptom, limit).all;
}

/** The entries to cite for one symptom: the best few with strong evidence, else the status-only ones (marked weak). */
export function citeSymptom(index: CiteIndex, symptom: Symptom, limit = MAX_CITATIONS): RankedEntry[] {
  const { strong, all } = rank(index, symptom, limit);
  return strong.length > 0 ? strong : all;
}

/**
 * A finding's symptom. A `probe/<class>` rule's KB list is the class's row of the failure-class table,
 * so it ranks as class evidence (with the table's order), not as a rule link above the log line.
 */
export function symptomOf(finding: Finding): Symptom {
  const checker = finding.ruleId.split('/')[0];
  const { log, nginxLog, gateway: signalGateway, side, ...rest } = finding.signals ?? {};
  const gateway = signalGateway ?? (checker === 'nginx' || checker === 'haproxy' ? checker : undefined);
  const text = log ?? nginxLog;
  return {
    ...(checker !== 'probe' ? { ruleId: finding.ruleId } : {}),
    ...rest,
    // A rule's nginxLog is a message fragment of an nginx line; a probe's log is the whole line of its gateway.
    ...(text !== undefined ? { log: readLogLine(text, log !== undefined ? gateway : nginxLogFormat(text)) } : {}),
    ...(gateway ? { gateway } : {}),
    ...(side ? { side } : {}),
  };
}

/** A whole nginx line is read as one; a fragment stays format-less so it can match any nginx_log regex. */
function nginxLogFormat(text: string): Gateway | undefined {
  return readLogLine(text).format === 'nginx' ? 'nginx' : undefined;
}

function toCitation(entry: RankedEntry): Citation {
  return { entryId: entry.entryId, path: entry.path, score: entry.score, evidence: [...entry.evidence], strong: entry.strong };
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
    const key = JSON.stringify([finding.ruleId, finding.signals]);
    let citations = memo.get(key);
    if (!citations) {
      citations = citeSymptom(index, symptom).map(toCitation);
      memo.set(key, citations);
    }
    return citations.length > 0 ? { ...finding, citations: citations.map((citation) => ({ ...citation, evidence: [...(citation.evidence ?? [])] })) } : finding;
  });
}

/** Which entries match a symptom described on the command line, best first. */
export function explain(symptom: Symptom, kb: readonly KbRecord[], rules: readonly RuleMeta[] = []): RankedEntry[] {
  return rankEntries(buildCiteIndex(kb, rules), symptom);
}

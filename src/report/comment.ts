/**
 * The sticky PR comment, written to be acted on: what blocks the merge first (a config nginx or HAProxy
 * rejects, then errors), then one section per file — files the PR changes first, within a file by
 * severity, then line — every location a link to the line at the PR's head commit, long low-severity
 * lists folded into `<details>`, and for each file the KB entries strongly cited for its findings
 * (fix rate, top workarounds, a dead end to skip). All text that is not this template is escaped
 * (markdown.ts). GitHub rejects bodies over 65,536 characters with 422, so the body stops at 60,000
 * with a note.
 */
import { countBySeverity, SEVERITY_RANK, type Citation, type Finding } from '../finding.js';
import type { KbRecord } from '../kb/model.js';
import type { RunResult } from '../result.js';
import { plural } from '../verdict.js';
import { buildLookup, type ReportLookup } from './lookup.js';
import { blobUrl, codeSpan, escapeInlineMarkdown, escapeMarkdown, link } from './markdown.js';

/** First line of the default gatewatch comment; only a body that *starts* with a marker is ours. */
export const STICKY_MARKER = '<!-- gatewatch:sticky -->';
/** `comment-key`: letters, digits, `.`, `_`, `-` — nothing that could end the HTML comment. */
export const COMMENT_KEY_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const COMMENT_LIMIT = 60_000;
const TRUNCATION_RESERVE = 400;
/** Warnings (and, with gate-on new, pre-existing findings) past this many in one file fold into <details>. */
const OPEN_LOW_SEVERITY = 5;
const FINDINGS_PER_FILE = 50;
const ENTRIES_PER_FILE = 3;
const WORKAROUNDS_SHOWN = 2;
const DEAD_ENDS_SHOWN = 1;

/** Rules whose error means the gateway will not load the config: a reload is refused, a deploy breaks. */
const CONFIG_REJECTED = new Set(['nginx/syntax', 'nginx/test', 'haproxy/test', 'haproxy/unreadable']);

export interface CommentContext {
  owner: string;
  repo: string;
  /** PR head SHA: every link points at the file as of this commit. */
  sha: string;
  runId: number;
  serverUrl?: string;
  /** This job's `comment-key` ('' or unset = the default comment). */
  key?: string;
  /** Files the PR changes: their sections come first. */
  changedFiles?: ReadonlySet<string>;
  /** `only-changed`: findings in other files are left out, except those that fail the gate. */
  onlyChanged?: boolean;
}

export interface StickyMarker {
  key: string;
  runId: number;
  sha: string;
}

function safeSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.toLowerCase() : '';
}

function safeRunId(runId: number): number {
  return Number.isSafeInteger(runId) && runId > 0 ? runId : 0;
}

function safeKey(key: string | undefined): string {
  return key && COMMENT_KEY_PATTERN.test(key) ? key : '';
}

/** The first marker line for a key: the historical marker for the default comment, so old comments stay ours. */
export function stickyMarker(key = ''): string {
  const safe = safeKey(key);
  return safe ? `<!-- gatewatch:sticky key=${safe} -->` : STICKY_MARKER;
}

/** The two marker lines: which job's comment this is and which run wrote it (to never overwrite a newer run). */
export function markerLines(runId: number, sha: string, key = ''): string {
  return `${stickyMarker(key)}\n<!-- gatewatch:run ${safeRunId(runId)} sha ${safeSha(sha)} -->\n`;
}

/**
 * Reads the marker from the top of a body. Anchored at the start: untrusted text further down can
 * never make a comment ours (and markdown.ts breaks up the marker word in any case).
 */
export function parseStickyMarker(body: string | undefined | null): StickyMarker | undefined {
  if (!body) return undefined;
  const first = /^<!-- gatewatch:sticky(?: key=([A-Za-z0-9._-]{1,64}))? -->\n/.exec(body);
  if (!first) return undefined;
  const second = body.slice(first[0].length).split('\n', 1)[0] ?? '';
  const match = /^<!-- gatewatch:run (\d{1,20}) sha ([0-9a-f]{0,64}) -->$/.exec(second);
  const key = first[1] ?? '';
  return match ? { key, runId: Number(match[1]), sha: match[2]! } : { key, runId: 0, sha: '' };
}

/** Findings the comment is about: errors and warnings (notices stay in the job summary). */
export function commentFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== 'notice');
}

/**
 * Advice only from a citation that says something about this finding. `strong` comes from cite/; until
 * a citation carries it, a match by HTTP status alone (score below the probe tier) counts as weak.
 */
export function isStrongCitation(citation: Citation): boolean {
  const strong = (citation as Citation & { strong?: boolean }).strong;
  return strong ?? citation.score >= 0.5;
}

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

function runUrl(context: CommentContext): string {
  const server = (context.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  return `${server}/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}/actions/runs/${safeRunId(context.runId)}`;
}

function fileUrl(context: CommentContext, path: string): string {
  return blobUrl({ ...context, sha: safeSha(context.sha) || 'HEAD' }, path);
}

/** `[line 42](…/blob/SHA/path#L42)`: the line at the head commit, one click from the comment. */
function lineLink(context: CommentContext, finding: Finding): string {
  const at = finding.location;
  if (!at) return '';
  const range = at.endLine !== undefined && at.endLine > at.line ? `#L${at.line}-L${at.endLine}` : `#L${at.line}`;
  return `[line ${at.line}](${fileUrl(context, at.path)}${range}) `;
}

function findingLine(finding: Finding, context: CommentContext): string {
  const old = finding.baselineState === 'unchanged' ? ' _(already on the base branch)_' : '';
  // Messages are our templates around quoted values: their code spans stay code spans, everything else is escaped.
  return `- ${ICON[finding.severity]} ${lineLink(context, finding)}${escapeInlineMarkdown(finding.message, 1000)} ${codeSpan(finding.ruleId, 100)}${old}`;
}

/** Within a file: config rejected, then severity, then line. */
function compareInFile(a: Finding, b: Finding): number {
  const rejected = (finding: Finding): number => (finding.severity === 'error' && CONFIG_REJECTED.has(finding.ruleId) ? 0 : 1);
  return (
    rejected(a) - rejected(b) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0)
  );
}

interface FileGroup {
  /** '' for findings without a location (probes, tool notices). */
  path: string;
  findings: Finding[];
  changed: boolean;
  rejected: boolean;
}

function groupByFile(findings: readonly Finding[], changed: ReadonlySet<string> | undefined): FileGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const path = finding.location?.path ?? '';
    const group = groups.get(path);
    if (group) group.push(finding);
    else groups.set(path, [finding]);
  }
  return [...groups]
    .map(([path, list]) => ({
      path,
      findings: list.sort(compareInFile),
      changed: path !== '' && (changed?.has(path) ?? false),
      rejected: list.some((finding) => finding.severity === 'error' && CONFIG_REJECTED.has(finding.ruleId)),
    }))
    .sort((a, b) => {
      const errors = (group: FileGroup): number => countBySeverity(group.findings).error;
      return (
        Number(b.changed) - Number(a.changed) ||
        Number(b.rejected) - Number(a.rejected) ||
        errors(b) - errors(a) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
      );
    });
}

/** Strongly cited entries across a file's findings: each once, at its best score. */
function fileEntries(findings: readonly Finding[], lookup: ReportLookup): KbRecord[] {
  const best = new Map<string, number>();
  for (const finding of findings) {
    for (const citation of finding.citations ?? []) {
      if (!isStrongCitation(citation)) continue;
      // Advice for errors outranks advice for warnings.
      const weight = citation.score + (finding.severity === 'error' ? 1 : 0);
      best.set(citation.entryId, Math.max(best.get(citation.entryId) ?? 0, weight));
    }
  }
  return [...best]
    .map(([id, score]) => ({ record: lookup.entry(id), score }))
    .filter((item): item is { record: KbRecord; score: number } => item.record !== undefined)
    .sort((a, b) => b.score - a.score || b.record.entry.fix_rate - a.record.entry.fix_rate)
    .slice(0, ENTRIES_PER_FILE)
    .map((item) => item.record);
}

/**
 * One cited entry, folded: the title and fix rate in the summary line, the top workarounds and a dead
 * end inside. An entry explained for an earlier file is only linked.
 */
function entryAdvice(record: KbRecord, context: CommentContext, explained: Set<string>): string[] {
  const { entry } = record;
  const title = link(entry.title, fileUrl(context, record.path));
  if (explained.has(entry.id)) return [`- 📘 ${title} — fix rate ${entry.fix_rate}% (see above)`];
  explained.add(entry.id);
  const lines = ['<details>', `<summary>📘 How to fix: ${escapeMarkdown(entry.title, 200)} — fix rate ${entry.fix_rate}%</summary>`, '', `From the knowledge base: ${title}`, ''];
  const workarounds = [...entry.workarounds].sort((a, b) => b.success_rate - a.success_rate).slice(0, WORKAROUNDS_SHOWN);
  for (const workaround of workarounds) {
    lines.push(`- ✅ Try: ${escapeInlineMarkdown(workaround.title, 300)} (${workaround.success_rate}% success)`);
  }
  for (const deadEnd of entry.dead_ends.slice(0, DEAD_ENDS_SHOWN)) {
    const name = deadEnd.title.trim() ? `${escapeInlineMarkdown(deadEnd.title, 200)} — ` : '';
    lines.push(`- ⛔ Skip: ${name}${escapeInlineMarkdown(deadEnd.reason, 300)} (${deadEnd.fail_rate}% fail)`);
  }
  lines.push('', '</details>');
  return lines;
}

function tally(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return [counts.error ? plural(counts.error, 'error') : '', counts.warning ? plural(counts.warning, 'warning') : ''].filter(Boolean).join(', ');
}

function renderFile(group: FileGroup, lookup: ReportLookup, context: CommentContext, explained: Set<string>): string {
  const name = group.path === '' ? '**Not tied to a file**' : link(group.path, fileUrl(context, group.path));
  const note = group.path === '' || group.changed || !context.changedFiles ? '' : ' · _not changed by this PR_';
  const lines = [`#### ${ICON[countBySeverity(group.findings).error > 0 ? 'error' : 'warning']} ${name} — ${tally(group.findings)}${note}`, ''];
  const listed = group.findings.slice(0, FINDINGS_PER_FILE);
  const open = listed.filter((finding) => finding.severity === 'error' && finding.baselineState !== 'unchanged');
  const rest = listed.filter((finding) => !open.includes(finding));
  const shownOpen = rest.length <= OPEN_LOW_SEVERITY ? [...open, ...rest] : open;
  for (const finding of shownOpen) lines.push(findingLine(finding, context));
  if (shownOpen.length < listed.length) {
    const folded = rest;
    lines.push('', '<details>', `<summary>${escapeMarkdown(tally(folded) || plural(folded.length, 'finding'), 100)} more in this file</summary>`, '');
    for (const finding of folded) lines.push(findingLine(finding, context));
    lines.push('', '</details>');
  }
  if (group.findings.length > FINDINGS_PER_FILE) {
    lines.push(`- … and ${plural(group.findings.length - FINDINGS_PER_FILE, 'more finding')} (see the job summary)`);
  }
  const entries = fileEntries(group.findings, lookup);
  if (entries.length > 0) {
    lines.push('');
    for (const record of entries) lines.push(...entryAdvice(record, context, explained));
  }
  lines.push('');
  return lines.join('\n');
}

/** What blocks the merge, first: configs the gateway would refuse to load, then how many errors fail the gate. */
function blockers(result: RunResult, context: CommentContext): string {
  const rejected = result.verdict.decidedBy.filter((finding) => CONFIG_REJECTED.has(finding.ruleId) && finding.location);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const finding of rejected) {
    const at = finding.location!;
    if (seen.has(at.path)) continue;
    seen.add(at.path);
    const gateway = finding.ruleId.startsWith('haproxy/') ? 'HAProxy' : 'nginx';
    lines.push(`> 🚫 **${gateway} will not load ${codeSpan(at.path, 200)}** — ${lineLink(context, finding)}${escapeInlineMarkdown(finding.message, 300)}`);
  }
  return lines.length > 0 ? `${lines.join('\n>\n')}\n\n` : '';
}

/** The comment for this run; with no errors or warnings it is the passing state that replaces an old comment. */
export function renderComment(result: RunResult, context: CommentContext): string {
  const lookup = buildLookup(result);
  const { verdict } = result;
  const deciding = new Set(verdict.decidedBy);
  const inScope = (finding: Finding): boolean =>
    !context.onlyChanged || !context.changedFiles || !finding.location || context.changedFiles.has(finding.location.path) || deciding.has(finding);
  const scoped = result.findings.filter(inScope);
  const hidden = result.findings.length - scoped.length;
  const shown = commentFindings(scoped);
  const notices = scoped.length - shown.length;
  const head = markerLines(context.runId, context.sha, context.key);
  const commit = safeSha(context.sha).slice(0, 7);
  const extras = [
    notices > 0 ? `${plural(notices, 'notice')} in the job summary` : '',
    hidden > 0 ? `${plural(hidden, 'finding')} in files this PR does not change (job summary)` : '',
  ].filter(Boolean);
  const jobKey = safeKey(context.key) ? ` · ${codeSpan(safeKey(context.key), 64)}` : '';
  const footer = `\n<sub>gatewatch${jobKey} · commit ${commit ? codeSpan(commit) : 'unknown'} · [run ${safeRunId(context.runId)}](${runUrl(context)})${extras.map((extra) => ` · ${extra}`).join('')}</sub>\n`;
  if (shown.length === 0) {
    // only-changed: "passed" would be wrong while other files still have findings.
    const title = hidden > 0 ? 'no problems in the files this pull request changes' : 'all checks passed';
    return `${head}### ✅ gatewatch: ${title}\n\nEverything gatewatch reported earlier on ${hidden > 0 ? 'these files' : 'this pull request'} is resolved.\n${footer}`;
  }
  const counts = countBySeverity(shown);
  const summary = [plural(counts.error, 'error'), plural(counts.warning, 'warning')].join(', ');
  const title = verdict.passed ? `### ⚠️ gatewatch passed with ${summary}` : `### ❌ gatewatch failed: ${summary}`;
  const baseline = verdict.preExisting > 0 ? `${plural(verdict.preExisting, 'finding')} at or above ${codeSpan(verdict.failOn)} ${verdict.preExisting === 1 ? 'was' : 'were'} already on the base branch and ${verdict.preExisting === 1 ? 'does' : 'do'} not fail this run.\n\n` : '';
  let body = `${head}${title}\n\n${blockers(result, context)}${baseline}`;
  let omitted = 0;
  const explained = new Set<string>();
  for (const group of groupByFile(shown, context.changedFiles)) {
    // Rendered against a copy: a section that does not fit must not mark its entries as explained.
    const tentative = new Set(explained);
    const section = renderFile(group, lookup, context, tentative);
    if (omitted > 0 || body.length + section.length + footer.length > COMMENT_LIMIT - TRUNCATION_RESERVE) {
      omitted += group.findings.length;
      continue;
    }
    tentative.forEach((id) => explained.add(id));
    body += `${section}\n`;
  }
  if (omitted > 0) {
    body += `> [!NOTE]\n> Truncated: ${plural(omitted, 'more finding')} not shown to stay under GitHub's comment size limit; see the [job summary](${runUrl(context)}).\n`;
  }
  return body + footer;
}

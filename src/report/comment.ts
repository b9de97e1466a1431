/**
 * The sticky PR comment: what failed, where, and what to do about it — for each failure the cited KB
 * entries (fix rate, top workarounds, dead ends to skip) linked at the PR's head commit. All text that
 * is not this template is escaped (see markdown.ts). GitHub rejects bodies over 65,536 characters
 * with 422, so the body stops at 60,000 with a note.
 */
import { countBySeverity, failsGate, formatLocation, type FailOn, type Finding } from '../finding.js';
import type { KbRecord } from '../kb/model.js';
import type { RunResult } from '../result.js';
import { buildLookup, type ReportLookup } from './lookup.js';
import { blobUrl, codeSpan, escapeInlineMarkdown, escapeMarkdown, link } from './markdown.js';

/** First line of every gatewatch comment; only a body that *starts* with it is ours. */
export const STICKY_MARKER = '<!-- gatewatch:sticky -->';
export const COMMENT_LIMIT = 60_000;
const TRUNCATION_RESERVE = 400;
const FINDINGS_PER_GROUP = 20;
const WORKAROUNDS_SHOWN = 2;
const DEAD_ENDS_SHOWN = 3;

export interface CommentContext {
  owner: string;
  repo: string;
  /** PR head SHA: KB links point at the entry as of this commit. */
  sha: string;
  runId: number;
  serverUrl?: string;
  failOn?: FailOn;
  /** With only-changed: findings left out because they are in files the PR does not change. */
  hiddenFindings?: number;
}

export interface StickyMarker {
  runId: number;
  sha: string;
}

function safeSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.toLowerCase() : '';
}

function safeRunId(runId: number): number {
  return Number.isSafeInteger(runId) && runId > 0 ? runId : 0;
}

/** The two marker lines: what identifies our comment and which run wrote it (to never overwrite a newer run). */
export function markerLines(runId: number, sha: string): string {
  return `${STICKY_MARKER}\n<!-- gatewatch:run ${safeRunId(runId)} sha ${safeSha(sha)} -->\n`;
}

/**
 * Reads the marker from the top of a body. Anchored at the start: untrusted text further down can
 * never make a comment ours (and markdown.ts breaks up the marker word in any case).
 */
export function parseStickyMarker(body: string | undefined | null): StickyMarker | undefined {
  if (!body?.startsWith(`${STICKY_MARKER}\n`)) return undefined;
  const second = body.slice(STICKY_MARKER.length + 1).split('\n', 1)[0] ?? '';
  const match = /^<!-- gatewatch:run (\d{1,20}) sha ([0-9a-f]{0,64}) -->$/.exec(second);
  return match ? { runId: Number(match[1]), sha: match[2]! } : { runId: 0, sha: '' };
}

/** Findings the comment is about: errors and warnings (notices stay in the job summary). */
export function commentFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== 'notice');
}

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function runUrl(context: CommentContext): string {
  const server = (context.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  return `${server}/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}/actions/runs/${safeRunId(context.runId)}`;
}

/**
 * One cited entry: title linked at the head SHA, fix rate, top workarounds, dead ends. An entry
 * already explained in an earlier group is only named, so a long comment does not repeat itself.
 */
function entryAdvice(record: KbRecord, context: CommentContext, rank: number, explained: Set<string>, strong: boolean): string[] {
  const { entry } = record;
  const url = blobUrl({ ...context, sha: safeSha(context.sha) || 'HEAD' }, record.path);
  const heading = `${rank}. **${link(entry.title, url)}** — fix rate ${entry.fix_rate}%`;
  // Only the HTTP status matched: a lead to read, never "Try: …" advice for a failure it may not be about.
  if (!strong) return [`${heading} (matches the HTTP status only)`];
  if (explained.has(entry.id)) return [`${heading} (workarounds above)`];
  explained.add(entry.id);
  const lines = [heading];
  const workarounds = [...entry.workarounds].sort((a, b) => b.success_rate - a.success_rate).slice(0, WORKAROUNDS_SHOWN);
  for (const workaround of workarounds) {
    lines.push(`   - ✅ Try: ${escapeInlineMarkdown(workaround.title, 300)} (${workaround.success_rate}% success)`);
  }
  for (const deadEnd of entry.dead_ends.slice(0, DEAD_ENDS_SHOWN)) {
    const title = deadEnd.title.trim() ? `${escapeInlineMarkdown(deadEnd.title, 200)} — ` : '';
    lines.push(`   - ⛔ Skip: ${title}${escapeInlineMarkdown(deadEnd.reason, 300)} (${deadEnd.fail_rate}% fail)`);
  }
  return lines;
}

/** Best citations across a group's findings: each entry once, at its highest score, strong if any finding's citation was. */
function groupCitations(findings: readonly Finding[], lookup: ReportLookup): { record: KbRecord; strong: boolean }[] {
  const best = new Map<string, { score: number; strong: boolean }>();
  for (const citation of findings.flatMap((finding) => finding.citations ?? [])) {
    const seen = best.get(citation.entryId);
    // Citations written before `strong` existed count as strong.
    const strong = citation.strong !== false || (seen?.strong ?? false);
    best.set(citation.entryId, { score: Math.max(seen?.score ?? 0, citation.score), strong });
  }
  return [...best]
    .map(([id, { score, strong }]) => ({ record: lookup.entry(id), score, strong }))
    .filter((item): item is { record: KbRecord; score: number; strong: boolean } => item.record !== undefined)
    .sort((a, b) => b.score - a.score || b.record.entry.fix_rate - a.record.entry.fix_rate)
    .slice(0, 3)
    .map(({ record, strong }) => ({ record, strong }));
}

function renderGroup(
  ruleId: string,
  findings: readonly Finding[],
  lookup: ReportLookup,
  context: CommentContext,
  explained: Set<string>,
): string {
  const counts = countBySeverity(findings);
  const worst = counts.error > 0 ? 'error' : 'warning';
  const tally = [counts.error ? plural(counts.error, 'error') : '', counts.warning ? plural(counts.warning, 'warning') : '']
    .filter(Boolean)
    .join(', ');
  const lines = [`#### ${ICON[worst]} ${codeSpan(ruleId, 100)} — ${tally}`, ''];
  const description = lookup.rule(ruleId)?.description;
  if (description) lines.push(`> ${escapeMarkdown(description, 300)}`, '');
  for (const finding of findings.slice(0, FINDINGS_PER_GROUP)) {
    const where = finding.location ? `${codeSpan(formatLocation(finding.location), 300)} ` : '';
    lines.push(`- ${ICON[finding.severity]} ${where}${escapeMarkdown(finding.message, 1000)}`);
  }
  if (findings.length > FINDINGS_PER_GROUP) {
    lines.push(`- … and ${findings.length - FINDINGS_PER_GROUP} more (see the job summary)`);
  }
  const entries = groupCitations(findings, lookup);
  if (entries.length > 0) {
    lines.push('', '**How to fix** — from the knowledge base:', '');
    entries.forEach(({ record, strong }, index) => lines.push(...entryAdvice(record, context, index + 1, explained, strong)));
  }
  lines.push('');
  return lines.join('\n');
}

function groupByRule(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  // Groups with errors first, then the larger ones; the rule id keeps the order stable.
  return [...groups].sort(([idA, a], [idB, b]) => {
    const errorsA = countBySeverity(a).error > 0 ? 1 : 0;
    const errorsB = countBySeverity(b).error > 0 ? 1 : 0;
    return errorsB - errorsA || b.length - a.length || (idA < idB ? -1 : idA > idB ? 1 : 0);
  });
}

/** The comment for this run; with no errors or warnings it is the passing state that replaces an old comment. */
export function renderComment(result: RunResult, context: CommentContext): string {
  const lookup = buildLookup(result);
  const shown = commentFindings(result.findings);
  const notices = result.findings.length - shown.length;
  const head = markerLines(context.runId, context.sha);
  const commit = safeSha(context.sha).slice(0, 7);
  const hidden = context.hiddenFindings ?? 0;
  const extras = [
    notices > 0 ? `${plural(notices, 'notice')} in the job summary` : '',
    hidden > 0 ? `${plural(hidden, 'finding')} in files this PR does not change (job summary)` : '',
  ].filter(Boolean);
  const footer = `\n<sub>gatewatch · commit ${commit ? codeSpan(commit) : 'unknown'} · [run ${safeRunId(context.runId)}](${runUrl(context)})${extras.map((extra) => ` · ${extra}`).join('')}</sub>\n`;
  if (shown.length === 0) {
    // only-changed: "passed" would be wrong while other files still fail the job.
    const title = hidden > 0 ? 'no problems in the files this pull request changes' : 'all checks passed';
    return `${head}### ✅ gatewatch: ${title}\n\nEverything gatewatch reported earlier on ${hidden > 0 ? 'these files' : 'this pull request'} is resolved.\n${footer}`;
  }
  const counts = countBySeverity(shown);
  const verdict = failsGate(result.findings, context.failOn ?? 'error') ? '❌ gatewatch found problems' : '⚠️ gatewatch has warnings';
  let body = `${head}### ${verdict}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}\n\n`;
  const groups = groupByRule(shown);
  let omitted = 0;
  const explained = new Set<string>();
  for (const [ruleId, findings] of groups) {
    // Rendered against a copy: a section that does not fit must not mark its entries as explained.
    const tentative = new Set(explained);
    const section = renderGroup(ruleId, findings, lookup, context, tentative);
    if (omitted > 0 || body.length + section.length + footer.length > COMMENT_LIMIT - TRUNCATION_RESERVE) {
      omitted += findings.length;
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

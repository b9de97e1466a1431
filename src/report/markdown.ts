/**
 * Escaping for text that reaches GitHub-rendered markdown (PR comment, job summary). Everything that
 * is not our own template is untrusted — KB prose, file paths, config values, server bodies — and a
 * PR author controls it. GitHub sanitises HTML, but `@team` still pings, `<!-- -->` hides text and
 * can mimic our sticky marker, and `![x](url)` loads remote images; so no raw markup gets through.
 */

/** Our sticky-comment marker; untrusted text that spells it is broken up so it can never match. */
export const MARKER_WORD = 'gatewatch:sticky';
const ZERO_WIDTH_SPACE = '\u200b';

/** One line, bounded: newlines and control characters become spaces, long text ends with `…`. */
export function clampText(text: string, maxLength: number): string {
  // Cut first: a 100 kB line must not cost a full scan per report.
  const flat = text.slice(0, maxLength + 1).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  return flat.length > maxLength ? `${flat.slice(0, Math.max(0, maxLength - 1))}…` : flat;
}

function neutraliseMentions(text: string): string {
  return text
    .split(MARKER_WORD)
    .join(`gatewatch:${ZERO_WIDTH_SPACE}sticky`)
    // `@user`, `@org/team`: a zero-width space after `@` keeps the text but stops the ping.
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
    // `#123` would cross-reference (and notify) another issue or PR.
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}

/** Plain text safe anywhere inline (list items, headings, table cells): no HTML, links, emphasis or pings. */
export function escapeMarkdown(text: string, maxLength = 500): string {
  const flat = clampText(text, maxLength);
  const html = flat.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // GFM lets a backslash escape any ASCII punctuation; these start markup mid-line (emphasis, code,
  // links and images, table cells, strikethrough, math). Text never starts a line, so `-`/`#` are safe.
  const escaped = html.replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`);
  return neutraliseMentions(escaped);
}

/** A code span that cannot be broken out of: the fence is longer than any backtick run inside. */
export function codeSpan(text: string, maxLength = 300): string {
  const content = neutraliseMentions(clampText(text, maxLength));
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || content === '' ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * KB inline markdown (`curl -I http://…` in backticks) keeps its code spans as code spans and
 * escapes everything else, so titles read as written without letting markup through.
 */
export function escapeInlineMarkdown(text: string, maxLength = 500): string {
  const flat = clampText(text, maxLength);
  const parts: string[] = [];
  let rest = flat;
  while (rest.length > 0) {
    const open = /`+/.exec(rest);
    if (!open) break;
    const fence = open[0];
    const closeAt = findClosingFence(rest, open.index + fence.length, fence.length);
    if (closeAt === -1) break;
    parts.push(escapeMarkdown(rest.slice(0, open.index), maxLength));
    parts.push(codeSpan(rest.slice(open.index + fence.length, closeAt).trim(), maxLength));
    rest = rest.slice(closeAt + fence.length);
  }
  parts.push(escapeMarkdown(rest, maxLength));
  return parts.join('');
}

/** Index of a backtick run of exactly `length` at or after `from`, or -1 (CommonMark code span rule). */
function findClosingFence(text: string, from: number, length: number): number {
  const pattern = /`+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === length) return match.index;
  }
  return -1;
}

/** Percent-encodes each path segment so a hostile file name cannot end the link early. */
export function encodePath(path: string): string {
  // encodeURIComponent leaves `(` and `)`; an unbalanced `)` would end a markdown link destination.
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/');
}

/** `https://github.com/OWNER/REPO/blob/SHA/PATH`: the file as of the PR's head commit. */
export function blobUrl(
  repo: { owner: string; repo: string; sha: string; serverUrl?: string },
  path: string,
): string {
  const server = (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  return `${server}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${encodeURIComponent(repo.sha)}/${encodePath(path)}`;
}

/** `[text](url)` with escaped text; the URL must already be encoded. */
export function link(text: string, url: string): string {
  return `[${escapeMarkdown(text, 300)}](${url})`;
}

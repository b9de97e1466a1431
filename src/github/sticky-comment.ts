/**
 * One gatewatch comment per PR, however many pushes (DESIGN §8). Ours = a Bot-authored comment whose
 * body starts with the sticky marker; any user can paste the marker, so a human's comment never
 * matches. Calls: list (all pages) + update, or list + create + a confirming list that removes a
 * duplicate a concurrent run created in between. Without the confirming list (when the run's call
 * budget is spent elsewhere) the next run's update removes such a duplicate instead.
 */
import { parseStickyMarker } from '../report/comment.js';
import type { GitHubClient } from './client.js';

/** 100 per page (GitHub's maximum) × this many pages; a PR with more comments is not searched further. */
const MAX_COMMENT_PAGES = 30;

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  runId: number;
}

export interface StickyComment {
  id: number;
  runId: number;
}

export type StickyOutcome =
  | { action: 'created' | 'updated'; commentId: number; deleted: number[] }
  /** A newer run already wrote the comment; this older run leaves it alone. */
  | { action: 'skipped-newer'; commentId: number }
  /** Nothing to say and no comment to update (comment: auto on a passing PR). */
  | { action: 'none' };

interface ListedComment {
  id: number;
  body?: string | null;
  user: { type?: string } | null;
}

/** Every gatewatch comment on the PR, oldest first (the API lists in creation order). */
export async function findStickyComments(client: GitHubClient, target: StickyTarget): Promise<StickyComment[]> {
  const found: StickyComment[] = [];
  let pages = 0;
  await client.paginate(
    client.rest.issues.listComments,
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 },
    (response, done) => {
      pages += 1;
      if (pages >= MAX_COMMENT_PAGES) done();
      for (const comment of response.data as ListedComment[]) {
        if (comment.user?.type !== 'Bot') continue;
        const marker = parseStickyMarker(comment.body);
        if (marker) found.push({ id: comment.id, runId: marker.runId });
      }
      return [];
    },
  );
  return found.sort((a, b) => a.id - b.id);
}

async function deleteComments(client: GitHubClient, target: StickyTarget, ids: number[]): Promise<number[]> {
  for (const id of ids) {
    try {
      await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: id });
    } catch (error) {
      // The racing run may have deleted it first: already gone is the goal.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return ids;
}

/**
 * After two runs raced to create, both see both comments; each keeps the same one — the newest
 * run's (lowest id on a tie) — so the two runs agree and the newer report survives.
 */
function keeperOf(comments: readonly StickyComment[]): StickyComment {
  return comments.reduce((best, comment) => (comment.runId > best.runId || (comment.runId === best.runId && comment.id < best.id) ? comment : best));
}

/**
 * Creates or updates the sticky comment. `createIfMissing: false` is `comment: auto` on a passing
 * run: update an existing comment to the passing state, but never open a new one just to say so.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyTarget,
  body: string,
  createIfMissing: boolean,
  confirmCreate = true,
): Promise<StickyOutcome> {
  const existing = await findStickyComments(client, target);
  const oldest = existing[0];
  if (oldest) {
    if (oldest.runId > target.runId) return { action: 'skipped-newer', commentId: oldest.id };
    await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: oldest.id, body });
    // Leftovers of an earlier race; never a newer run's comment.
    const extras = existing.slice(1).filter((comment) => comment.runId <= target.runId).map((comment) => comment.id);
    return { action: 'updated', commentId: oldest.id, deleted: await deleteComments(client, target, extras) };
  }
  if (!createIfMissing) return { action: 'none' };
  const created = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  if (!confirmCreate) return { action: 'created', commentId: created.data.id, deleted: [] };
  const after = await findStickyComments(client, target);
  if (after.length <= 1) return { action: 'created', commentId: created.data.id, deleted: [] };
  const keeper = keeperOf(after);
  const losers = after.filter((comment) => comment.id !== keeper.id).map((comment) => comment.id);
  return { action: 'created', commentId: keeper.id, deleted: await deleteComments(client, target, losers) };
}

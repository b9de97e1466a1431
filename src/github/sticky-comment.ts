/**
 * One gatewatch comment per PR and `comment-key`, however many pushes (DESIGN §8). Ours = a comment
 * whose body starts with this job's marker AND whose author is the identity of the token in use. The
 * identity is read from the API, never guessed: the `user` of a comment the token just created, or
 * GraphQL `viewer { login }` (REST `GET /user` answers 403 to an installation token such as
 * GITHUB_TOKEN). A marker in anyone else's comment — a human's, another app's, another workflow's
 * token — is ignored, so it can neither be overwritten nor make us step aside as a "newer run".
 *
 * Calls: list (all pages) + create + a confirming list (which removes a duplicate a concurrent run
 * created in between), or list + viewer + update when a comment with our marker exists.
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
  /** `comment-key` ('' = the default comment). */
  key?: string;
}

export interface StickyComment {
  id: number;
  runId: number;
  /** REST `user.login` of the author (`github-actions[bot]` for GITHUB_TOKEN). */
  author: string;
}

export type StickyOutcome =
  | { action: 'created' | 'updated'; commentId: number; deleted: number[] }
  /** A newer run (of this job, with this token) already wrote the comment; this older run leaves it alone. */
  | { action: 'skipped-newer'; commentId: number }
  /** Nothing to say and no comment to update (comment: auto on a passing PR). */
  | { action: 'none' };

interface ListedComment {
  id: number;
  body?: string | null;
  user: { login?: string; type?: string } | null;
}

/** Comments on the PR carrying this job's marker, whoever wrote them, oldest first. */
export async function findMarkedComments(client: GitHubClient, target: StickyTarget): Promise<StickyComment[]> {
  const found: StickyComment[] = [];
  let pages = 0;
  await client.paginate(
    client.rest.issues.listComments,
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 },
    (response, done) => {
      pages += 1;
      if (pages >= MAX_COMMENT_PAGES) done();
      for (const comment of response.data as ListedComment[]) {
        const marker = parseStickyMarker(comment.body);
        if (marker && marker.key === (target.key ?? '') && comment.user?.login) {
          found.push({ id: comment.id, runId: marker.runId, author: comment.user.login });
        }
      }
      return [];
    },
  );
  return found.sort((a, b) => a.id - b.id);
}

/** The login the token acts as, from GraphQL `viewer` (works for app installation tokens, unlike GET /user). */
export async function tokenIdentity(client: GitHubClient): Promise<string> {
  const data = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
  const login = data.viewer?.login;
  if (typeof login !== 'string' || login === '') throw new Error('GraphQL viewer has no login');
  return login;
}

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

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
  const marked = await findMarkedComments(client, target);
  // Only when someone's comment carries our marker does it matter who we are.
  const me = marked.length > 0 ? await tokenIdentity(client) : undefined;
  const existing = me === undefined ? [] : marked.filter((comment) => sameLogin(comment.author, me));
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
  // The new comment's author is the token's identity, as GitHub recorded it.
  const author = created.data.user?.login ?? me;
  const after = author === undefined ? [] : (await findMarkedComments(client, target)).filter((comment) => sameLogin(comment.author, author));
  if (after.length <= 1) return { action: 'created', commentId: created.data.id, deleted: [] };
  const keeper = keeperOf(after);
  const losers = after.filter((comment) => comment.id !== keeper.id).map((comment) => comment.id);
  return { action: 'created', commentId: keeper.id, deleted: await deleteComments(client, target, losers) };
}

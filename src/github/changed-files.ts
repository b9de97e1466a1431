/**
 * Files changed in the PR, for `only-changed` and for annotating changed files first. The endpoint
 * pages at 100 and stops at 3,000 files (GitHub REST docs, "List pull requests files"); a list that
 * is short of the payload's `changed_files`, or that cannot be read, means "all files" instead.
 */
import type { GitHubClient } from './client.js';

export const MAX_LISTED_FILES = 3000;

export interface ChangedFilesTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  /** `pull_request.changed_files` from the event, when known. */
  expected?: number;
}

export type ChangedFiles = { files: Set<string> } | { files: undefined; reason: string };

export async function listChangedFiles(client: GitHubClient, target: ChangedFilesTarget): Promise<ChangedFiles> {
  if (target.expected !== undefined && target.expected > MAX_LISTED_FILES) {
    return { files: undefined, reason: `the PR changes ${target.expected} files and GitHub lists at most ${MAX_LISTED_FILES}` };
  }
  try {
    const files = new Set<string>();
    await client.paginate(
      client.rest.pulls.listFiles,
      { owner: target.owner, repo: target.repo, pull_number: target.pullNumber, per_page: 100 },
      (response) => {
        for (const file of response.data) {
          files.add(file.filename);
          // A rename moves findings' paths too; the old name may still be what a finding cites.
          if (file.previous_filename) files.add(file.previous_filename);
        }
        return [];
      },
    );
    return { files };
  } catch (error) {
    const status = (error as { status?: number }).status;
    return { files: undefined, reason: `the PR's files could not be listed (${status ?? (error as Error).message})` };
  }
}

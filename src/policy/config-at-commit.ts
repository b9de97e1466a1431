/**
 * Reads gatewatch.yml as committed at a given revision (`git cat-file blob REV:PATH`), for the
 * trusted policy. `cat-file` prints the stored blob: no textconv, no filters, nothing from the
 * working tree's `.gitattributes` runs.
 */
import type { RawConfig } from '../config.js';
import type { Deps } from '../deps.js';
import type { TrustedSource } from './trusted-policy.js';

const GIT_TIMEOUT_MS = 10_000;

/** A full or abbreviated hex SHA, or a ref name that cannot be read as an option (`--output=…`). */
function safeRevision(revision: string): boolean {
  return /^[0-9A-Za-z._/@^~{}-]+$/.test(revision) && !revision.startsWith('-') && revision.length <= 256;
}

async function git(deps: Deps, args: readonly string[]): Promise<{ ok: boolean; stdout: string; detail: string }> {
  const result = await deps.exec('git', args, {
    timeoutMs: GIT_TIMEOUT_MS,
    cwd: deps.cwd,
    // No pager, no prompt for credentials: a missing object must fail, not wait.
    env: { ...deps.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
  });
  const detail = result.spawnError ?? (result.timedOut ? 'git timed out' : result.stderr.trim().split('\n')[0] ?? `exit ${result.code}`);
  return { ok: result.code === 0, stdout: result.stdout, detail };
}

/**
 * The trusted source for `revision`: its gatewatch.yml (`{}` when the commit has none), or
 * `unavailable` with the reason (shallow checkout, no git, bad revision, invalid file).
 */
export async function configAtCommit(
  deps: Deps,
  revision: string,
  configPath: string,
  parse: (text: string, label: string) => RawConfig,
): Promise<TrustedSource> {
  if (revision === '') return { kind: 'unavailable', label: 'unknown', reason: 'the event payload names no base commit' };
  const label = /^[0-9a-f]{40,64}$/i.test(revision) ? revision.slice(0, 12) : revision;
  if (!safeRevision(revision)) return { kind: 'unavailable', label: JSON.stringify(revision).slice(1, -1), reason: 'not a revision name' };
  if (configPath.startsWith('../') || configPath.startsWith('/')) {
    return { kind: 'unavailable', label, reason: `"${configPath}" is outside the repository` };
  }
  const commit = await git(deps, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  if (!commit.ok) return { kind: 'unavailable', label, reason: commit.detail || 'the commit is not in this checkout' };
  const sha = commit.stdout.trim();
  const exists = await git(deps, ['cat-file', '-e', `${sha}:${configPath}`]);
  if (!exists.ok) return { kind: 'commit', label, raw: {} };
  const blob = await git(deps, ['cat-file', 'blob', `${sha}:${configPath}`]);
  if (!blob.ok) return { kind: 'unavailable', label, reason: blob.detail };
  try {
    return { kind: 'commit', label, raw: parse(blob.stdout, `${label}:${configPath}`) };
  } catch (error) {
    return { kind: 'unavailable', label, reason: `its ${configPath} is invalid: ${(error as Error).message.split('\n')[0]}` };
  }
}

/**
 * Bounded reads of repository content (SECURITY.md "bounded reads"): a file is opened only when its real
 * path is inside the repository and it is a regular file (Deps.readFile refuses devices, FIFOs and sockets
 * unopened), and never more than a cap is read. Each refusal is a reason a caller turns into a located finding.
 */
import path from 'node:path';
import type { Deps } from './deps.js';

export interface RealpathIo {
  cwd?: string;
  realpath?(filePath: string): Promise<string>;
}

/**
 * The real path of `file` when it lies outside `root` (absolute paths, `../`, symlinks in the repository),
 * else undefined. A file that does not exist is not outside: opening it fails with the usual message.
 */
export async function outsideRoot(file: string, io: RealpathIo, root: string | undefined): Promise<string | undefined> {
  if (root === undefined) return undefined;
  const resolve = async (target: string): Promise<string | undefined> => {
    const absolute = path.resolve(io.cwd ?? '', target);
    try {
      return io.realpath ? await io.realpath(absolute) : absolute;
    } catch {
      return undefined;
    }
  };
  const real = await resolve(file);
  if (real === undefined) return undefined;
  const realRoot = (await resolve(root)) ?? path.resolve(io.cwd ?? '', root);
  const relative = path.relative(realRoot, real);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative)) ? undefined : real;
}

export type RepoRead = { ok: true; data: Buffer } | { ok: false; reason: string };

/** Reads a repository file within `maxBytes`; the reason says why not, in words fit for a finding. */
export async function readRepoFile(deps: Deps, file: string, maxBytes: number): Promise<RepoRead> {
  const outside = await outsideRoot(file, deps, deps.cwd);
  if (outside !== undefined) return { ok: false, reason: `it resolves to "${outside}", outside the repository, so it is not read` };
  try {
    return { ok: true, data: await deps.readFile(file, maxBytes) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTREG') return { ok: false, reason: `it is ${(error as { kind?: string }).kind ?? 'not a regular file'}, not a config file, so it is not read` };
    if (code === 'EFBIG') return { ok: false, reason: `it is over the ${maxBytes}-byte limit, so it is not read` };
    return { ok: false, reason: `it cannot be read (${code ?? String(error)})` };
  }
}

/** Expands user globs into repo-relative paths, with a notice for a glob that matches nothing and a cap on count. */
import picomatch from 'picomatch';
import type { Deps } from './deps.js';
import { toRepoPath } from './deps.js';
import type { Finding } from './finding.js';
import { EMPTY_GLOB, TOO_MANY_FILES } from './tool/rules.js';

export interface ExpandedFiles {
  paths: string[];
  findings: Finding[];
}

/** `what` names the input in messages ("kb", "nginx"). Paths come back sorted and de-duplicated. */
export async function expandGlobs(patterns: readonly string[], deps: Deps, what: string, maxFiles: number): Promise<ExpandedFiles> {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    // One extra match tells "exactly the limit" from "over the limit".
    const matches = await deps.glob([pattern], { cwd: deps.cwd, limit: maxFiles + 1 });
    // A plain path names one file: when the glob engine skips it (dangling symlink, directory, no such
    // file), the checker must still try it, so the problem is reported at that path instead of vanishing.
    if (matches.length === 0 && !picomatch.scan(pattern).isGlob) {
      seen.add(toRepoPath(deps.cwd, pattern));
      continue;
    }
    if (matches.length === 0) {
      findings.push({ ruleId: EMPTY_GLOB.id, severity: 'notice', message: `The ${what} glob "${pattern}" matched no files; check the path or the pattern` });
    }
    for (const match of matches) seen.add(toRepoPath(deps.cwd, match));
  }
  const paths = [...seen].sort();
  if (paths.length > maxFiles) {
    findings.push({
      ruleId: TOO_MANY_FILES.id,
      severity: 'error',
      message: `The ${what} globs matched more than ${maxFiles} files; only the first ${maxFiles} were checked — narrow the globs or raise limits.max_files`,
    });
    paths.length = maxFiles;
  }
  return { paths, findings };
}

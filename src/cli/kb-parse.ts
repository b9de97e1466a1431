/** `gatewatch kb parse FILE`: the canonical JSON of one entry, with that file's findings. */
import type { Deps } from '../deps.js';
import { toRepoPath } from '../deps.js';
import { expandGlobs } from '../files.js';
import { checkKbFiles } from '../kb/check.js';
import { commandSpec } from './commands.js';
import { EXIT, parseCommand, type Io } from './io.js';
import { openWorkspace } from './workspace.js';

export async function kbParseCommand(argv: string[], userDeps: Deps, io: Io): Promise<number> {
  const spec = commandSpec('kb parse');
  const { positionals, options, deps } = await openWorkspace(spec, parseCommand(spec, argv), userDeps);
  const path = toRepoPath(deps.cwd, positionals[0]!);
  // Cross-file rules (related-exists, duplicate-id) need the rest of the KB; only this file is reported.
  const knowledgeBase = await expandGlobs(options.kb.paths, deps, 'kb', options.limits.maxFiles);
  const paths = [path, ...knowledgeBase.paths.filter((other) => other !== path)];
  const result = await checkKbFiles(paths, deps, { root: options.kb.root }, options.kb.maxFileBytes);
  const file = result.files[0]!;
  const findings = result.findings.filter((finding) => finding.location?.path === path);
  io.stdout(`${JSON.stringify({ path, form: file.form, entry: file.entry, findings }, null, 2)}\n`);
  return findings.some((finding) => finding.severity === 'error') ? EXIT.failed : EXIT.passed;
}

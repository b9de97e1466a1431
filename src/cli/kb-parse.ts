/** `gatewatch kb parse FILE`: the canonical JSON of one entry, with that file's findings. */
import { parseArgs } from 'node:util';
import { defaultOptions, UsageError } from '../config.js';
import type { Deps } from '../deps.js';
import { toRepoPath } from '../deps.js';
import { checkKbFiles } from '../kb/check.js';
import { EXIT, type Io } from './io.js';

export async function kbParseCommand(argv: string[], deps: Deps, io: Io): Promise<number> {
  let positionals: string[];
  let root: string | undefined;
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { 'kb-root': { type: 'string' } } });
    positionals = parsed.positionals;
    root = parsed.values['kb-root'];
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (positionals.length !== 1) throw new UsageError('kb parse takes exactly one FILE');
  const defaults = defaultOptions(deps.cwd);
  const path = toRepoPath(deps.cwd, positionals[0]!);
  const result = await checkKbFiles([path], deps, { root: root ?? defaults.kb.root }, defaults.kb.maxFileBytes);
  const file = result.files[0]!;
  io.stdout(`${JSON.stringify({ path, form: file.form, entry: file.entry, findings: result.findings }, null, 2)}\n`);
  return result.findings.some((finding) => finding.severity === 'error') ? EXIT.failed : EXIT.passed;
}

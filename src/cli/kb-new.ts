/** `gatewatch kb new ID`: writes an entry skeleton at `<kb root>/<ID>.md` for the author to fill in. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../config.js';
import type { Deps } from '../deps.js';
import { entrySkeleton, KB_ID_PATTERN } from '../kb/skeleton.js';
import { PLACEHOLDER } from '../kb/rules/placeholder.js';
import { commandSpec } from './commands.js';
import { EXIT, parseCommand, str, type Io } from './io.js';
import { openWorkspace } from './workspace.js';

export async function kbNewCommand(argv: string[], userDeps: Deps, io: Io): Promise<number> {
  const spec = commandSpec('kb new');
  const { positionals, values, options, deps } = await openWorkspace(spec, parseCommand(spec, argv), userDeps);
  const id = positionals[0]!;
  if (!KB_ID_PATTERN.test(id)) {
    throw new UsageError(`invalid entry id "${id}"; write domain/slug in lowercase words joined by "-", e.g. api/http-502-upstream-closed-early`);
  }
  const title = str(values, 'title');
  if (title !== undefined && (title.trim() === '' || /[\r\n]/.test(title))) {
    throw new UsageError(`invalid value "${title}" for --title; write the symptom on one line`);
  }
  const file = path.posix.join(options.kb.root === '' ? '.' : options.kb.root, `${id}.md`);
  try {
    await deps.stat(file);
    throw new UsageError(`"${file}" already exists; edit it, or pick another id`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  await mkdir(path.dirname(path.resolve(deps.cwd, file)), { recursive: true });
  await deps.writeFile(file, entrySkeleton(id, title));
  io.stdout(`${file}\n`);
  io.stderr(`gatewatch: wrote ${file}; replace every "${PLACEHOLDER}" placeholder, then run "gatewatch check --kb ${file}"\n`);
  return EXIT.passed;
}

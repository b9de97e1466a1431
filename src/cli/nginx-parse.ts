/** `gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file] [--ignore X,Y] [--strict]`: crossplane's payload as JSON. */
import { UsageError } from '../config.js';
import type { Deps } from '../deps.js';
import { parseNginx } from '../nginx/load.js';
import { commandSpec } from './commands.js';
import { EXIT, flag, parseCommand, str, type Io } from './io.js';

/** Prints the payload; exit 1 when it carries errors (status "failed"), like a failed gate. */
export async function nginxParseCommand(argv: string[], deps: Deps, io: Io): Promise<number> {
  const parsed = parseCommand(commandSpec('nginx parse'), argv);
  const file = parsed.positionals[0]!;
  const indentText = str(parsed.values, 'indent');
  const indent = indentText === undefined ? undefined : Number(indentText);
  if (indent !== undefined && !(Number.isInteger(indent) && indent >= 0 && indent <= 10)) {
    throw new UsageError(`nginx parse: invalid value "${indentText}" for --indent; expected an integer 0..10`);
  }
  const payload = await parseNginx(file, deps, {
    combine: flag(parsed.values, 'combine'),
    comments: flag(parsed.values, 'include-comments'),
    single: flag(parsed.values, 'single-file'),
    // crossplane: a comma-separated list of directives to leave out.
    ...(str(parsed.values, 'ignore') ? { ignore: str(parsed.values, 'ignore')!.split(',').map((name) => name.trim()).filter(Boolean) } : {}),
    strict: flag(parsed.values, 'strict'),
  });
  // crossplane prints compact JSON (separators "," and ":") unless --indent is given.
  io.stdout(`${JSON.stringify(payload, null, indent)}\n`);
  return payload.status === 'ok' ? EXIT.passed : EXIT.failed;
}

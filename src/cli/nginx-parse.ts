/** `gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file]`: crossplane's payload as JSON. */
import { parseArgs } from 'node:util';
import { UsageError } from '../config.js';
import type { Deps } from '../deps.js';
import { parseNginx } from '../nginx/load.js';

export interface CommandOutput {
  /** 0 parsed cleanly, 1 the payload carries errors (status "failed"). */
  exitCode: number;
  stdout: string;
}

export async function nginxParseCommand(argv: readonly string[], deps: Deps): Promise<CommandOutput> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        combine: { type: 'boolean', default: false },
        'include-comments': { type: 'boolean', default: false },
        'single-file': { type: 'boolean', default: false },
        indent: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`nginx parse: ${(error as Error).message}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('usage: gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file]');
  const indent = parsed.values.indent === undefined ? undefined : Number(parsed.values.indent);
  if (indent !== undefined && !(Number.isInteger(indent) && indent >= 0 && indent <= 10)) {
    throw new UsageError(`nginx parse: --indent must be an integer 0..10, got "${parsed.values.indent}"`);
  }
  const payload = await parseNginx(file, deps, {
    combine: parsed.values.combine,
    comments: parsed.values['include-comments'],
    single: parsed.values['single-file'],
  });
  // crossplane prints compact JSON (separators "," and ":") unless --indent is given.
  return { exitCode: payload.status === 'ok' ? 0 : 1, stdout: `${JSON.stringify(payload, null, indent)}\n` };
}

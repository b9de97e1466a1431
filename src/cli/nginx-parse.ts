/** `gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file] [--ignore X,Y] [--strict]`: crossplane's payload as JSON. */
import { UsageError } from '../config.js';
import type { Deps } from '../deps.js';
import { parseNginx } from '../nginx/load.js';
import { EXIT, parseFlags, type Io } from './io.js';

export const NGINX_PARSE_USAGE = 'usage: gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file] [--ignore DIRECTIVES] [--strict] [--indent N]';

/** Prints the payload; exit 1 when it carries errors (status "failed"), like a failed gate. */
export async function nginxParseCommand(argv: string[], deps: Deps, io: Io): Promise<number> {
  const parsed = parseFlags(
    'nginx parse',
    argv,
    {
      combine: { type: 'boolean', default: false },
      'include-comments': { type: 'boolean', default: false },
      'single-file': { type: 'boolean', default: false },
      ignore: { type: 'string' },
      strict: { type: 'boolean', default: false },
      indent: { type: 'string' },
    },
    true,
  );
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(NGINX_PARSE_USAGE);
  const indent = parsed.values.indent === undefined ? undefined : Number(parsed.values.indent);
  if (indent !== undefined && !(Number.isInteger(indent) && indent >= 0 && indent <= 10)) {
    throw new UsageError(`nginx parse: invalid value "${parsed.values.indent}" for --indent; expected an integer 0..10`);
  }
  const payload = await parseNginx(file, deps, {
    combine: parsed.values.combine,
    comments: parsed.values['include-comments'],
    single: parsed.values['single-file'],
    // crossplane: a comma-separated list of directives to leave out.
    ...(parsed.values.ignore ? { ignore: parsed.values.ignore.split(',').map((name) => name.trim()).filter(Boolean) } : {}),
    strict: parsed.values.strict,
  });
  // crossplane prints compact JSON (separators "," and ":") unless --indent is given.
  io.stdout(`${JSON.stringify(payload, null, indent)}\n`);
  return payload.status === 'ok' ? EXIT.passed : EXIT.failed;
}

/** argv -> command -> exit code. Commands live in src/cli/; this file only dispatches and maps errors to exit codes. */
import { UsageError } from './config.js';
import type { Deps } from './deps.js';
import { EXIT, type Io } from './cli/io.js';
import { CHECK_USAGE } from './cli/usage.js';
import { TOOL_VERSION } from './version.js';

type Command = (argv: string[], deps: Deps, io: Io) => Promise<number>;

/**
 * Explicit registry: `kb parse` is looked up as "kb parse", `check` as "check". Each command is imported when
 * it runs, so `check --nginx` does not load the KB's markdown, YAML and schema libraries (start-up time).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./cli/check.js')).checkCommand,
  'kb parse': async () => (await import('./cli/kb-parse.js')).kbParseCommand,
  'kb list': async () => (await import('./cli/kb-list.js')).kbListCommand,
  'nginx parse': async () => (await import('./cli/nginx-parse.js')).nginxParseCommand,
  demo: async () => (await import('./cli/demo.js')).demoCommand,
  explain: async () => (await import('./cli/explain.js')).explainCommand,
  logs: async () => (await import('./cli/logs.js')).logsCommand,
};

export const USAGE = `gatewatch ${TOOL_VERSION} — guards a gateway-failure knowledge base, nginx configs and upstream health

Usage:
  gatewatch check [--config F] [--kb GLOB]... [--nginx GLOB]... [--format text|json|sarif|github] [--fail-on LEVEL]
  gatewatch kb parse FILE          canonical JSON of one KB entry, with its findings
  gatewatch kb list [--format markdown|json]   the knowledge base as a table
  gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file] [--ignore X,Y] [--strict]   crossplane JSON payload
  gatewatch demo                   a self-contained run on the bundled KB
  gatewatch explain [--status N] [--log TEXT] [--probe CLASS] [--format json]   which KB entries match a symptom
  gatewatch logs FILE [--format nginx|haproxy|alb] [--output-format text|json]   failure classes in a gateway log
  gatewatch --version | --help

${CHECK_USAGE}
`;

function findCommand(argv: string[]): { load: () => Promise<Command>; rest: string[] } | undefined {
  const two = `${argv[0]} ${argv[1]}`;
  if (argv.length >= 2 && COMMANDS[two]) return { load: COMMANDS[two]!, rest: argv.slice(2) };
  const one = argv[0];
  if (one !== undefined && COMMANDS[one]) return { load: COMMANDS[one]!, rest: argv.slice(1) };
  return undefined;
}

export async function main(argv: string[], deps: Deps, io: Io): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(USAGE);
    return argv.length === 0 ? EXIT.usage : EXIT.passed;
  }
  if (argv[0] === '--version' || argv[0] === '-V') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT.passed;
  }
  const found = findCommand(argv);
  if (!found) {
    io.stderr(`gatewatch: unknown command "${argv.slice(0, 2).join(' ')}"; run "gatewatch --help"\n`);
    return EXIT.usage;
  }
  try {
    const command = await found.load();
    return await command(found.rest, deps, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gatewatch: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`gatewatch: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}

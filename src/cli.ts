/** argv -> command -> exit code. Commands live in src/cli/; this file only dispatches and maps errors to exit codes. */
import { UsageError } from './config.js';
import type { Deps } from './deps.js';
import { CHECK_USAGE, checkCommand } from './cli/check.js';
import { demoCommand } from './cli/demo.js';
import { explainCommand } from './cli/explain.js';
import { EXIT, type Io } from './cli/io.js';
import { kbListCommand } from './cli/kb-list.js';
import { kbParseCommand } from './cli/kb-parse.js';
import { logsCommand } from './cli/logs.js';
import { nginxParseCommand } from './cli/nginx-parse.js';
import { TOOL_VERSION } from './version.js';

type Command = (argv: string[], deps: Deps, io: Io) => Promise<number>;

/** Explicit registry: `kb parse` is looked up as "kb parse", `check` as "check". */
const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  'kb parse': kbParseCommand,
  'kb list': kbListCommand,
  'nginx parse': nginxParseCommand,
  demo: demoCommand,
  explain: explainCommand,
  logs: logsCommand,
};

export const USAGE = `gatewatch ${TOOL_VERSION} — guards a gateway-failure knowledge base, nginx configs and upstream health

Usage:
  gatewatch check [--config F] [--kb GLOB]... [--nginx GLOB]... [--format text|json|sarif|github] [--fail-on LEVEL]
  gatewatch kb parse FILE          canonical JSON of one KB entry, with its findings
  gatewatch kb list [--format markdown|json]   the knowledge base as a table
  gatewatch nginx parse FILE [--combine] [--include-comments] [--single-file]   crossplane JSON payload
  gatewatch demo                   a self-contained run on the bundled KB
  gatewatch explain [--status N] [--log TEXT] [--probe CLASS] [--format json]   which KB entries match a symptom
  gatewatch logs FILE [--format nginx|haproxy|alb] [--output-format text|json]   failure classes in a gateway log
  gatewatch --version | --help

${CHECK_USAGE}
`;

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  const two = `${argv[0]} ${argv[1]}`;
  if (argv.length >= 2 && COMMANDS[two]) return { command: COMMANDS[two]!, rest: argv.slice(2) };
  const one = argv[0];
  if (one !== undefined && COMMANDS[one]) return { command: COMMANDS[one]!, rest: argv.slice(1) };
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
    return await found.command(found.rest, deps, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gatewatch: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`gatewatch: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}

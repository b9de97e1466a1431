/** argv -> command -> exit code. Commands live in src/cli/ and are listed in src/cli/commands.ts. */
import { UsageError } from './config.js';
import type { Deps } from './deps.js';
import { findCommand } from './cli/commands.js';
import { commandHelp, overviewHelp } from './cli/help.js';
import { EXIT, type Io } from './cli/io.js';
import { TOOL_VERSION } from './version.js';

/** True when argv asks for help before any `--` (so `demo --help` prints help instead of running the demo). */
function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

export async function main(argv: string[], deps: Deps, io: Io): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    // `gatewatch help check` is `gatewatch check --help`.
    const topic = argv[0] === 'help' ? findCommand(argv.slice(1)) : undefined;
    io.stdout(topic ? commandHelp(topic.spec) : overviewHelp());
    return argv.length === 0 ? EXIT.usage : EXIT.passed;
  }
  if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === '-V') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT.passed;
  }
  const found = findCommand(argv);
  if (!found) {
    io.stderr(`gatewatch: unknown command "${argv.slice(0, 2).join(' ')}"; run "gatewatch --help"\n`);
    return EXIT.usage;
  }
  if (asksForHelp(found.rest)) {
    io.stdout(commandHelp(found.spec));
    return EXIT.passed;
  }
  try {
    const command = await found.spec.load();
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

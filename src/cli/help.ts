/** Help text generated from the command table: `gatewatch --help`, `gatewatch <command> --help`. */
import { TOOL_VERSION } from '../version.js';
import { COMMANDS, HELP_OPTION, VERSION_OPTION, type CommandSpec, type OptionSpec } from './commands.js';

/** `-f, --format text|json` / `--kb GLOB` (repeatable options end in `...`). */
export function optionSynopsis(option: OptionSpec): string {
  const short = option.short ? `-${option.short}, ` : '';
  const value = option.type === 'boolean' ? '' : ` ${option.choices && option.choices.length <= 6 ? option.choices.join('|') : (option.value ?? 'VALUE')}`;
  return `${short}--${option.name}${value}${option.multiple ? '...' : ''}`;
}

/** One line: `gatewatch logs FILE [options]`. */
export function commandSynopsis(spec: CommandSpec): string {
  const positionals = spec.positionals.map((positional) => ` ${positional.name}`).join('');
  return `gatewatch ${spec.name}${positionals}${spec.options.length > 0 ? ' [options]' : ''}`;
}

function optionTable(options: readonly OptionSpec[]): string[] {
  const left = options.map(optionSynopsis);
  const width = Math.min(Math.max(...left.map((text) => text.length)), 34);
  return options.map((option, index) => {
    const synopsis = left[index]!;
    // Long choice lists (probe classes) go under the line instead of stretching the column.
    const choices = option.choices && option.choices.length > 6 ? ` (${option.choices.join(', ')})` : '';
    const help = `${option.help}${choices}`;
    return synopsis.length > width ? `  ${synopsis}\n  ${' '.repeat(width)}  ${help}` : `  ${synopsis.padEnd(width)}  ${help}`;
  });
}

export function commandHelp(spec: CommandSpec): string {
  const exit = Object.entries(spec.exit)
    .filter(([, meaning]) => meaning !== '(not used)')
    .map(([code, meaning]) => `  ${code}  ${meaning}`);
  return [
    `Usage: ${commandSynopsis(spec)}`,
    '',
    `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`,
    '',
    'Options:',
    ...optionTable([...spec.options, HELP_OPTION]),
    '',
    spec.details,
    '',
    'Exit codes:',
    ...exit,
    '',
  ].join('\n');
}

export function overviewHelp(): string {
  const synopses = COMMANDS.map(commandSynopsis);
  const width = Math.max(...synopses.map((text) => text.length));
  return [
    `gatewatch ${TOOL_VERSION} — guards a gateway-failure knowledge base, nginx configs and upstream health`,
    '',
    'Usage:',
    ...COMMANDS.map((spec, index) => `  ${synopses[index]!.padEnd(width)}  ${spec.summary}`),
    `  gatewatch --version | --help`,
    '',
    'Options:',
    ...optionTable([HELP_OPTION, VERSION_OPTION]),
    '',
    'Run "gatewatch <command> --help" for a command\'s options.',
    'Exit codes: 0 passed, 1 findings (or no match), 2 bad usage or config, 3 internal failure.',
    '',
  ].join('\n');
}

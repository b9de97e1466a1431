import { parseArgs } from 'node:util';
import { UsageError } from '../config.js';
import { HELP_OPTION, type CommandSpec, type OptionSpec } from './commands.js';

/** Where a CLI command writes; tests capture it, the entry point binds it to the process streams. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export const EXIT = { passed: 0, failed: 1, usage: 2, internal: 3 } as const;

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

export interface ParsedCommand {
  values: FlagValues;
  positionals: string[];
}

/** `--kb GLOB` in help and errors. */
export function flagLabel(option: OptionSpec): string {
  return `--${option.name}`;
}

/**
 * Parses argv with the command's table entry (node:util parseArgs, strict): unknown flags, removed flags,
 * values outside `choices` and a wrong number of positionals are each a UsageError naming the flag.
 */
export function parseCommand(spec: CommandSpec, argv: string[]): ParsedCommand {
  for (const arg of argv) {
    if (arg === '--') break;
    const name = /^--([^=]+)/.exec(arg)?.[1];
    const removed = name === undefined ? undefined : spec.removed?.[name];
    if (removed) throw new UsageError(`${spec.name}: ${removed}`);
  }
  const options = Object.fromEntries(
    [...spec.options, HELP_OPTION].map((option) => [
      option.name,
      { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) },
    ]),
  );
  let parsed: { values: FlagValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: spec.positionals.length > 0 }) as typeof parsed;
  } catch (error) {
    throw new UsageError(`${spec.name}: ${(error as Error).message}; run "gatewatch ${spec.name} --help"`);
  }
  for (const option of spec.options) {
    const value = parsed.values[option.name];
    if (!option.choices || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value as string]) {
      if (!option.choices.includes(one)) {
        throw new UsageError(`invalid value "${one}" for ${flagLabel(option)}; expected one of ${option.choices.join(', ')}`);
      }
    }
  }
  if (parsed.values.help !== true && parsed.positionals.length !== spec.positionals.length) {
    const wanted = spec.positionals.map((positional) => positional.name).join(' ');
    throw new UsageError(`${spec.name} takes exactly ${wanted || 'no arguments'}, got ${parsed.positionals.length === 0 ? 'none' : `"${parsed.positionals.join(' ')}"`}; run "gatewatch ${spec.name} --help"`);
  }
  return parsed;
}

/** Typed reads of parsed values (parseArgs already enforced the types the table declares). */
export const str = (values: FlagValues, name: string): string | undefined => values[name] as string | undefined;
export const list = (values: FlagValues, name: string): string[] | undefined => values[name] as string[] | undefined;
export const flag = (values: FlagValues, name: string): boolean => values[name] === true;
export const choice = <T extends string>(values: FlagValues, name: string): T | undefined => values[name] as T | undefined;

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../config.js';

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

/** node:util parseArgs, strict, with its errors turned into UsageError (exit 2) prefixed by the command name. */
export function parseFlags<const T extends ParseArgsConfig['options']>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}`);
  }
}

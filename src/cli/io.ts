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

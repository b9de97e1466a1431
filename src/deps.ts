/** Every side effect behind one interface (docs/design.md §1): checkers stay pure, tests pass real loopback servers or fakes. */
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, statSync, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';

export interface FileStat {
  size: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface ExecResult {
  /** Null when the process was killed (timeout) or could not start. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the binary could not be started at all (`ENOENT` …). */
  spawnError?: string;
  timedOut: boolean;
}

export interface ExecOptions {
  timeoutMs: number;
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Run as this user and group (only when gatewatch runs as root; src/gateway/isolate.ts decides). */
  uid?: number;
  gid?: number;
  /** Start a process group and kill all of it on timeout, so nothing the command started outlives it. */
  processGroup?: boolean;
}

export interface GlobOptions {
  cwd: string;
  /** Stop after this many matches; the caller reports the overflow. */
  limit: number;
}

export interface Deps {
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * Opens regular files only (devices, FIFOs and sockets reject with `ENOTREG` and a `kind`, unopened);
   * rejects with `EFBIG` (and `size`) when `maxBytes` is given and the file is larger, checked while reading.
   */
  readFile(filePath: string, maxBytes?: number): Promise<Buffer>;
  /** The canonical path (symlinks resolved), to keep reads inside the repository; optional for fakes. */
  realpath?(filePath: string): Promise<string>;
  writeFile(filePath: string, data: string | Buffer): Promise<void>;
  stat(filePath: string): Promise<FileStat>;
  makeTempDir(prefix: string): Promise<string>;
  removeDir(dirPath: string): Promise<void>;
  /** Absolute paths, sorted. */
  glob(patterns: readonly string[], options: GlobOptions): Promise<string[]>;
  exec(command: string, args: readonly string[], options: ExecOptions): Promise<ExecResult>;
  /** Milliseconds, monotonic. */
  now(): number;
  /** How many threads CPU-bound checks may use (GATEWATCH_THREADS, else the machine's parallelism, at most 4). */
  parallelism(): number;
  /** The bundled KB worker script; unset (tests from source) means KB files are checked on the main thread. */
  kbWorker?: URL;
  /** The installed package (bundled seeds/ and examples/), for `gatewatch demo`; unset means `cwd`. */
  packageRoot?: string;
  /** Diagnostics for humans on stderr; never part of a report. */
  log(message: string): void;
  /** The same side effects rooted at another directory (the base commit's export for only-changed baselines). */
  at?(cwd: string): Deps;
}

const EXEC_OUTPUT_LIMIT = 4 * 1024 * 1024;

async function execProcess(command: string, args: readonly string[], options: ExecOptions): Promise<ExecResult> {
  // Loaded on first use: only nginx -t and haproxy -c spawn, and child_process is among the costlier built-ins.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv | undefined,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid } : {}),
      ...(options.gid !== undefined ? { gid: options.gid } : {}),
      detached: options.processGroup === true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const append = (current: string, chunk: Buffer): string =>
      current.length < EXEC_OUTPUT_LIMIT ? current + chunk.toString('utf8') : current;
    child.stdout.on('data', (chunk: Buffer) => (stdout = append(stdout, chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = append(stderr, chunk)));
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, options.processGroup === true);
    }, options.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr, spawnError: error.code ?? error.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** SIGKILL for a child, or for its whole process group (negative PID) when it leads one. */
function killTree(pid: number | undefined, group: boolean): void {
  if (pid === undefined) return;
  try {
    process.kill(group ? -pid : pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * One open, fstat, read, close: KB and config files are small and many, and the async FileHandle path
 * costs several times the syscalls themselves (measured: ~1 s of 4.6 s on 10,000 entries).
 */
/** What a non-regular file is, for messages (`include /dev/zero;` → "a character device"). */
export function fileKind(stats: Stats): string {
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refuseSpecial(filePath: string, stats: Stats): void {
  if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${filePath}'`), { code: 'EISDIR' });
  if (!stats.isFile()) {
    const kind = fileKind(stats);
    throw Object.assign(new Error(`ENOTREG: "${filePath}" is ${kind}, not a regular file`), { code: 'ENOTREG', kind });
  }
}

function readFileBounded(filePath: string, maxBytes: number | undefined): Buffer {
  // stat before open: opening a device or FIFO can block or have side effects (`include /dev/zero;` read 6 GB).
  refuseSpecial(filePath, statSync(filePath));
  // O_NONBLOCK: a file swapped for a FIFO between stat and open must not hang the open.
  const fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    refuseSpecial(filePath, stats);
    if (maxBytes !== undefined && stats.size > maxBytes) {
      throw Object.assign(new Error(`EFBIG: file is ${stats.size} bytes`), { code: 'EFBIG', size: stats.size });
    }
    // Files that report size 0 (procfs, pipes) are read in chunks until EOF, bounded by maxBytes.
    const chunks: Buffer[] = [];
    let total = 0;
    let chunk = Buffer.allocUnsafe(stats.size > 0 ? stats.size : 65536);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (maxBytes !== undefined && total > maxBytes) {
        throw Object.assign(new Error(`EFBIG: file is over ${maxBytes} bytes`), { code: 'EFBIG', size: total });
      }
      if (stats.size > 0 && total >= stats.size) break;
      chunk = Buffer.allocUnsafe(65536);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

export function nodeDeps(cwd: string = process.cwd(), env: Record<string, string | undefined> = process.env): Deps {
  return {
    cwd,
    env,
    readFile: async (filePath, maxBytes) => readFileBounded(path.resolve(cwd, filePath), maxBytes),
    realpath: (filePath) => fs.realpath(path.resolve(cwd, filePath)),
    writeFile: (filePath, data) => fs.writeFile(path.resolve(cwd, filePath), data),
    stat: async (filePath) => {
      const stats = await fs.stat(path.resolve(cwd, filePath));
      return { size: stats.size, isFile: stats.isFile(), isDirectory: stats.isDirectory() };
    },
    makeTempDir: (prefix) => fs.mkdtemp(path.join(os.tmpdir(), prefix)),
    removeDir: (dirPath) => fs.rm(dirPath, { recursive: true, force: true }),
    glob: async (patterns, options) => {
      const matches = await glob([...patterns], {
        cwd: options.cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
        expandDirectories: false,
      });
      return matches.sort().slice(0, options.limit);
    },
    exec: execProcess,
    now: () => performance.now(),
    parallelism: () => {
      const requested = Number(env.GATEWATCH_THREADS);
      if (Number.isInteger(requested) && requested >= 1) return Math.min(requested, 16);
      // Measured on a 2-vCPU box (one core, two hyper-threads), 10,000 entries: 1 thread 3.09 s / 213 MB,
      // 2 threads 2.90 s / 275 MB; more threads only pay off with more cores, so at most 4.
      return Math.min(os.availableParallelism(), 4);
    },
    log: (message) => process.stderr.write(`${message}\n`),
    at(dir: string): Deps {
      // Keeps what the entry point added (worker script, package root); only file access moves.
      return { ...this, ...nodeDeps(dir, env), ...(this.kbWorker ? { kbWorker: this.kbWorker } : {}), ...(this.packageRoot ? { packageRoot: this.packageRoot } : {}) };
    },
  };
}

/** Repo-relative, forward slashes: the path form every Location uses. */
export function toRepoPath(cwd: string, filePath: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, filePath));
  return relative.split(path.sep).join('/');
}

/**
 * The same side effects seen from `dir`: relative paths resolve there (absolute ones are unchanged). The CLI
 * uses it to run from the folder where it found gatewatch.yml, as if started there.
 */
export function rebaseDeps(deps: Deps, dir: string): Deps {
  const at = (filePath: string): string => path.resolve(dir, filePath);
  return {
    ...deps,
    cwd: dir,
    readFile: (filePath, maxBytes) => deps.readFile(at(filePath), maxBytes),
    writeFile: (filePath, data) => deps.writeFile(at(filePath), data),
    stat: (filePath) => deps.stat(at(filePath)),
    exec: (command, args, options) => deps.exec(command, args, { ...options, cwd: options.cwd === undefined ? dir : path.resolve(dir, options.cwd) }),
  };
}

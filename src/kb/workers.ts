/**
 * Parsing 10,000 entries is CPU-bound (YAML and markdown-it), so the files are split into contiguous chunks:
 * the main thread checks the first, worker threads running the bundled kb-worker check the rest. Chunks are
 * contiguous and joined in order, so the output is identical to a sequential run.
 */
import { Worker } from 'node:worker_threads';
import type { Deps } from '../deps.js';
import type { FileCheck } from './check.js';
import type { KbSettings } from './rules/context.js';

/**
 * Below this, starting a worker (loading its bundle, ~150–200 ms of CPU) costs more than it saves: a plain
 * entry takes ~0.2 ms to check. Measured on one core with two hyper-threads: 500 files 0.41 s on one thread
 * against 0.47 s on two, 2,000 files 0.73 s against 0.85 s; real cores gain from about 1,500 files.
 */
export const PARALLEL_MIN_FILES = 2000;

export interface KbWorkerTask {
  cwd: string;
  paths: string[];
  settings: KbSettings;
  maxBytes: number;
}

/**
 * A worker spends its first ~150 ms loading the bundle while the main thread is already checking, so the
 * main thread's chunk is 10 % larger than an even share (measured: an even split left it idle 283 ms).
 */
const MAIN_THREAD_HEAD_START = 1.1;

function chunksOf(paths: readonly string[], count: number): string[][] {
  const first = Math.min(paths.length, Math.ceil((paths.length * MAIN_THREAD_HEAD_START) / count));
  const rest = paths.slice(first);
  const size = Math.ceil(rest.length / Math.max(count - 1, 1));
  const chunks = [paths.slice(0, first)];
  for (let start = 0; start < rest.length; start += size) chunks.push(rest.slice(start, start + size));
  return chunks;
}

function runWorker(url: URL, task: KbWorkerTask): Promise<FileCheck[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: task });
    let settled = false;
    worker.once('message', (checks: FileCheck[]) => {
      settled = true;
      resolve(checks);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`KB worker exited with code ${code} before answering`));
    });
  });
}

/** `checkHere` checks a chunk on this thread; it is also the fallback when a worker fails, so no file is lost. */
export async function checkInWorkers(
  paths: readonly string[],
  deps: Deps,
  task: Omit<KbWorkerTask, 'cwd' | 'paths'>,
  checkHere: (chunk: readonly string[]) => Promise<FileCheck[]>,
): Promise<FileCheck[]> {
  const [first = [], ...rest] = chunksOf(paths, deps.parallelism());
  const workers = rest.map((chunk) =>
    runWorker(deps.kbWorker!, { ...task, cwd: deps.cwd, paths: chunk }).catch((error: Error) => {
      deps.log(`gatewatch: KB worker failed (${error.message}); checking its files on the main thread`);
      return checkHere(chunk);
    }),
  );
  const results = await Promise.all([checkHere(first), ...workers]);
  return results.flat();
}

/** Entry of dist/kb-worker: checks one chunk of KB files for src/kb/workers.ts and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeDeps } from './deps.js';
import { checkOneFile, type FileCheck } from './kb/check.js';
import type { KbWorkerTask } from './kb/workers.js';

async function checkChunk(task: KbWorkerTask): Promise<FileCheck[]> {
  const deps = nodeDeps(task.cwd);
  const checks: FileCheck[] = [];
  for (const path of task.paths) checks.push(await checkOneFile(path, deps, task.settings, task.maxBytes));
  return checks;
}

void checkChunk(workerData as KbWorkerTask).then((checks) => parentPort!.postMessage(checks));

#!/usr/bin/env node
import { main } from './cli.js';
import { kbWorkerUrl, packageRoot } from './bundle-paths.js';
import { processIo } from './cli/io.js';
import { nodeDeps } from './deps.js';

// `gatewatch … | head` closes the pipe early; that ends the output, it is not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const deps = { ...nodeDeps(), kbWorker: kbWorkerUrl(import.meta.url, 'cli'), packageRoot: packageRoot(import.meta.url, 'cli') };
void main(process.argv.slice(2), deps, processIo).then((code) => {
  process.exitCode = code;
});

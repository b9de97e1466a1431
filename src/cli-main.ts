#!/usr/bin/env node
import { main } from './cli.js';
import { kbWorkerUrl, packageRoot } from './bundle-paths.js';
import { processIo } from './cli/io.js';
import { nodeDeps } from './deps.js';

const deps = { ...nodeDeps(), kbWorker: kbWorkerUrl(import.meta.url, 'cli'), packageRoot: packageRoot(import.meta.url, 'cli') };
void main(process.argv.slice(2), deps, processIo).then((code) => {
  process.exitCode = code;
});

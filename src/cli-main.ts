#!/usr/bin/env node
import { main } from './cli.js';
import { processIo } from './cli/io.js';
import { nodeDeps } from './deps.js';

void main(process.argv.slice(2), nodeDeps(), processIo).then((code) => {
  process.exitCode = code;
});

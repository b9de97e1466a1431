/** `npm run docs`: rewrites the README's rule tables from the catalogue (bundled by ncc, then run). */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRuleTables } from '../src/docs/rule-tables.js';

writeFileSync('README.md', withRuleTables(readFileSync('README.md', 'utf8')));

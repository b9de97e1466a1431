/** The README's KB table is generated (`npm run docs`), never hand-maintained: it must equal `gatewatch kb list`. */
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/run-bundle.js';

it('README lists exactly the shipped entries, as gatewatch kb list renders them', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('<!-- section:kb-table -->'), readme.indexOf('<!-- /section:kb-table -->'));
  const table = runCli(['kb', 'list', '--kb', 'seeds/**/*.md']);
  expect(table.status).toBe(0);
  expect(table.stderr).toBe('');
  expect(table.stdout.split('\n').length).toBeGreaterThan(14);
  expect(section).toContain(table.stdout);
});

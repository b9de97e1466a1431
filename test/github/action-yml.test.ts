/** action.yml, the code that reads inputs and sets outputs, and the README tables must say the same thing. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('<!-- section:reports -->'), readme.indexOf('<!-- section:', readme.indexOf('<!-- section:reports -->') + 1));

/** Rows of the markdown table whose header starts with `| first |`, split on unescaped pipes. */
function tableRows(first: string): string[][] {
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  expect(start).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|')));
  }
  return rows;
}

it('runs the committed bundle on node24 and describes every input and output', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
    expect({ name, description: spec.description.trim().length > 10 }).toEqual({ name, description: true });
  }
});

it('declares every input docs/design.md §8 names and every one the code reads', () => {
  const source = readFileSync('src/action-inputs.ts', 'utf8');
  const read = [...source.matchAll(/read\('([a-z-]+)'\)/g)].map((match) => match[1]!);
  const design = ['config', 'kb', 'nginx', 'probes', 'fail-on', 'comment', 'only-changed', 'sarif-file', 'report-file', 'nginx-test', 'github-token'];
  for (const name of new Set([...read, ...design])) expect({ name, declared: name in action.inputs }).toEqual({ name, declared: true });
  expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
});

it('declares every output the action sets', () => {
  const source = ['src/action.ts'].map((file) => readFileSync(file, 'utf8')).join('\n');
  const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((match) => match[1]!);
  const design = ['passed', 'error-count', 'warning-count', 'report-file', 'sarif-file', 'comment-id'];
  for (const name of new Set([...set, ...design])) expect({ name, declared: name in action.outputs }).toEqual({ name, declared: true });
});

it('keeps the README inputs and outputs tables in step with action.yml', () => {
  const inputs = tableRows('Input').map(([name, fallback, description]) => ({ name, fallback, description }));
  expect(inputs).toEqual(
    Object.entries(action.inputs).map(([name, spec]) => ({
      name: `\`${name}\``,
      fallback: spec.default ? `\`${spec.default}\`` : '—',
      description: spec.description,
    })),
  );
  const outputs = tableRows('Output').map(([name, description]) => ({ name, description }));
  expect(outputs).toEqual(Object.entries(action.outputs).map(([name, spec]) => ({ name: `\`${name}\``, description: spec.description })));
});

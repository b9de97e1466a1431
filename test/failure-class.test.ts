/** One table of failure classes: the schema enum, the probe rules and the module graph agree with it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FAILURE_CLASSES, PROBE_CLASSES } from '../src/failure-class.js';
import { PROBE_CLASS_RULES } from '../src/probe/rules.js';

const schema = JSON.parse(readFileSync('schemas/kb-entry.schema.json', 'utf8')) as {
  properties: { signals: { properties: { probe: { items: { enum: string[] } } } } };
};

it('the KB schema\'s signals.probe enum lists exactly the table\'s classes, in order', () => {
  expect(schema.properties.signals.properties.probe.items.enum).toEqual([...PROBE_CLASSES]);
});

it('each class is one row with a probe rule of the same severity and KB list', () => {
  expect(new Set(PROBE_CLASSES).size).toBe(FAILURE_CLASSES.length);
  expect(PROBE_CLASS_RULES.map((rule) => [rule.id, rule.severity, rule.kb ?? []])).toEqual(
    FAILURE_CLASSES.map((row) => [`probe/${row.id.replace(/_/g, '-')}`, row.severity, [...row.kb]]),
  );
});

/** `from '../x/y.js'` imports of every .ts file under src/DIR, as src-relative directories. */
function importedDirs(dir: string): Set<string> {
  const found = new Set<string>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(full, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
          const target = path.relative('src', path.resolve(path.dirname(full), match[1]!));
          found.add(target.split(path.sep)[0]!);
        }
      }
    }
  };
  walk(path.join('src', dir));
  return found;
}

it('logs/ never imports probe/ (probe/ reads logs/, not the other way round)', () => {
  expect(importedDirs('probe').has('logs')).toBe(true);
  expect([...importedDirs('logs')].filter((dir) => dir === 'probe')).toEqual([]);
});

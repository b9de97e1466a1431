/** Both source forms of one entry give the same canonical JSON (docs/design.md §4). */
import { runCli } from '../helpers/run-bundle.js';

function canonical(file: string): unknown {
  const run = runCli(['kb', 'parse', file]);
  return JSON.parse(run.stdout) as { entry: unknown; form: string };
}

it('front-matter form and seed form parse to the same entry', () => {
  const seed = canonical('test/fixtures/kb-twins/api/seed-form.md') as { entry: Record<string, unknown>; form: string };
  const front = canonical('test/fixtures/kb-twins/api/front-matter-form.md') as { entry: Record<string, unknown>; form: string };
  expect(seed.form).toBe('seed');
  expect(front.form).toBe('front-matter');
  expect(Object.keys(seed.entry)).toEqual([
    'id', 'title', 'domain', 'category', 'verification', 'fix_rate', 'root_cause', 'versions', 'workarounds', 'dead_ends', 'signals', 'references', 'related',
  ]);
  expect(front.entry).toEqual(seed.entry);
  expect(JSON.stringify(front.entry)).toBe(JSON.stringify(seed.entry));
});

it('kb parse keeps inline markdown as written and converts rates to integers', () => {
  const { entry } = canonical('test/fixtures/kb-twins/api/seed-form.md') as { entry: { fix_rate: number; workarounds: { title: string; success_rate: number; code?: unknown[] }[]; versions: unknown[] } };
  expect(entry.fix_rate).toBe(80);
  expect(entry.workarounds[0]).toEqual({ title: 'Start the upstream service', success_rate: 90, code: [{ lang: 'bash', value: 'systemctl start app.service' }] });
  expect(entry.versions).toEqual([{ name: 'Nginx 1.24+', status: 'active', introduced: null, deprecated: null }]);
});

it('kb parse resolves related ids against the whole KB, reporting only the parsed file', () => {
  const run = runCli(['kb', 'parse', 'seeds/api/http-502-bad-gateway-upstream-unreachable.md']);
  const parsed = JSON.parse(run.stdout) as { entry: { related?: string[] }; findings: unknown[] };
  expect(parsed.entry.related?.length ?? 0).toBeGreaterThan(0);
  expect(parsed.findings).toEqual([]);
  expect(run.status).toBe(0);
});

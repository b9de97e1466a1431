/** One harness for every static nginx rule: `expect:` markers in bad fixtures, silence in ok/fp fixtures. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { toRepoPath } from '../../src/deps.js';
import { runRules, toFinding } from '../../src/rule.js';
import { parseNginx } from '../../src/nginx/load.js';
import type { NginxRuleContext } from '../../src/nginx/rule-context.js';
import { nginxRules } from '../../src/nginx/rules/index.js';
import { buildTree } from '../../src/nginx/tree.js';
import { expectedLines, listFixtures, repoRoot, testDeps } from './helpers.js';

async function findingsFor(file: string, version?: string) {
  const deps = testDeps();
  const payload = await parseNginx(file, deps);
  const toPath = (name: string): string => toRepoPath(repoRoot, name);
  const context: NginxRuleContext = { payload, tree: buildTree(payload, toPath), toPath, ...(version ? { version } : {}) };
  return runRules(nginxRules, context, { path: file, line: 1 }).map(toFinding);
}

const fixtures = listFixtures();

describe.each(fixtures)('nginx/$rule $file', ({ rule, kind, file }) => {
  const ruleId = `nginx/${rule}`;
  test(kind === 'bad' ? 'reports exactly the marked lines' : 'reports nothing from its rule', async () => {
    const findings = (await findingsFor(file)).filter((finding) => finding.ruleId === ruleId);
    expect(findings.filter((finding) => finding.ruleId === 'tool/rule-crashed')).toEqual([]);
    const actual = findings.filter((finding) => finding.location?.path === file).map((finding) => finding.location!.line);
    const expected = kind === 'bad' ? expectedLines(readFileSync(path.join(repoRoot, file), 'utf8'), ruleId) : [];
    if (kind === 'bad') expect(expected.length).toBeGreaterThan(0);
    expect(actual.sort((a, b) => a - b)).toEqual(expected);
    for (const finding of findings) {
      expect(finding.message).not.toMatch(/\.$/);
      expect(finding.message).toMatch(/"/);
    }
  });
});

describe('rule registry (meta)', () => {
  test.each(nginxRules.map((rule) => [rule.id, rule] as const))('%s has its file, TSDoc, fixtures and KB links', (id, rule) => {
    const name = id.replace(/^nginx\//, '');
    const source = path.join(repoRoot, 'src/nginx/rules', `${name}.ts`);
    expect(existsSync(source)).toBe(true);
    expect(readFileSync(source, 'utf8').split('\n')[0]).toMatch(/^\/\*\* .+ \*\/$/);
    const mine = fixtures.filter((fixture) => fixture.rule === name);
    expect(mine.some((fixture) => fixture.kind === 'bad')).toBe(true);
    expect(mine.some((fixture) => fixture.kind === 'ok')).toBe(true);
    expect(mine.some((fixture) => fixture.kind === 'fp')).toBe(true);
    expect(rule.kb?.length ?? 0).toBeGreaterThan(0);
    for (const entry of rule.kb ?? []) expect(existsSync(path.join(repoRoot, 'seeds', `${entry}.md`))).toBe(true);
  });

  test('every fixture folder belongs to a registered rule', () => {
    const ids = new Set(nginxRules.map((rule) => rule.id));
    for (const fixture of fixtures) expect(ids.has(`nginx/${fixture.rule}`)).toBe(true);
  });
});

test('a missing include outside the repository is a warning, one inside it an error', async () => {
  const outside = (await findingsFor('test/fixtures/nginx/include-missing/bad-server-only-file.conf')).filter((f) => f.ruleId === 'nginx/include-missing');
  expect(outside.map((f) => f.severity)).toEqual(['warning']);
  expect(outside[0]!.message).toContain('outside the repository');
  const inside = (await findingsFor('test/fixtures/nginx/include-missing/bad-missing-file.conf')).filter((f) => f.ruleId === 'nginx/include-missing');
  expect(inside.map((f) => f.severity)).toEqual(['error']);
});

describe('keepalive-without-http11 is version-aware', () => {
  const file = 'test/fixtures/nginx/keepalive-without-http11/bad-http10.conf';
  test('unset version assumes nginx < 1.29.7 and says so', async () => {
    const [finding] = (await findingsFor(file)).filter((f) => f.ruleId === 'nginx/keepalive-without-http11');
    expect(finding?.message).toContain('assuming nginx older than 1.29.7');
  });
  test('nginx 1.29.7 defaults to HTTP/1.1 keepalive, so the same config passes', async () => {
    expect((await findingsFor(file, '1.29.7')).filter((f) => f.ruleId === 'nginx/keepalive-without-http11')).toEqual([]);
  });
  test('an explicit proxy_http_version 1.0 is still reported on 1.30', async () => {
    const findings = await findingsFor('test/fixtures/nginx/keepalive-without-http11/bad-explicit-http10.conf', '1.30.0');
    const [finding] = findings.filter((f) => f.ruleId === 'nginx/keepalive-without-http11');
    expect(finding?.location?.line).toBe(12);
    expect(finding?.message).toContain('`proxy_http_version 1.1`');
    expect(finding?.message).not.toContain('assuming');
  });
});

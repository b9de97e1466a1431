/** What users install and wire up: the npm tarball, the problem matcher, SARIF for code scanning, the schema address. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ruleDocUrl, schemaUrl } from '../../src/project-urls.js';
import { ruleCatalogue } from '../../src/run.js';
import { TOOL_VERSION } from '../../src/version.js';
import { runCli } from '../helpers/run-bundle.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; license: string; dependencies?: object; files: string[]; bin: Record<string, string>; engines: { node: string } };

it('the problem matcher matches every finding line of real --format text output, and nothing else', () => {
  const matcher = JSON.parse(readFileSync('matchers/gatewatch.json', 'utf8')) as { problemMatcher: { owner: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number }[] }[] };
  const [pattern] = matcher.problemMatcher[0]!.pattern;
  const regexp = new RegExp(pattern!.regexp);
  const run = runCli(['check', '--kb', 'test/fixtures/seed-verbatim/502-bad-gateway-upstream-unreachable.md', '--nginx', 'test/fixtures/nginx/undefined-upstream/bad-typo.conf', '--nginx-test', 'never', '--format', 'text']);
  const json = runCli(['check', '--kb', 'test/fixtures/seed-verbatim/502-bad-gateway-upstream-unreachable.md', '--nginx', 'test/fixtures/nginx/undefined-upstream/bad-typo.conf', '--nginx-test', 'never', '--format', 'json']);
  const findings = (JSON.parse(json.stdout) as { findings: { ruleId: string; severity: string; location?: { path: string; line: number; column?: number } }[] }).findings;
  const lines = run.stdout.trimEnd().split('\n');
  const matched = lines.map((line) => regexp.exec(line)).filter((match) => match !== null);
  expect(matched.map((match) => ({ file: match[pattern!.file], line: Number(match[pattern!.line]), column: match[pattern!.column] === undefined ? undefined : Number(match[pattern!.column]), severity: match[pattern!.severity], code: match[pattern!.code] }))).toEqual(
    findings.map((finding) => ({ file: finding.location!.path, line: finding.location!.line, column: finding.location!.column, severity: finding.severity, code: finding.ruleId })),
  );
  // Citation lines ("    see …") and the summary line are not findings.
  expect(lines.filter((line) => line.startsWith('    see ')).every((line) => !regexp.test(line))).toBe(true);
  expect(regexp.test(lines[lines.length - 1]!)).toBe(false);
});

it('SARIF names its category and links every rule to its docs page', () => {
  const sarif = JSON.parse(runCli(['check', '--kb', 'test/fixtures/seed-verbatim/502-bad-gateway-upstream-unreachable.md', '--format', 'sarif']).stdout) as { runs: { automationDetails: { id: string }; tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
  expect(sarif.runs[0]!.automationDetails.id).toBe('gatewatch/');
  const rules = sarif.runs[0]!.tool.driver.rules;
  expect(rules.length).toBe(ruleCatalogue().length);
  for (const rule of rules) expect(rule.helpUri).toBe(ruleDocUrl(rule.id));
  expect(ruleDocUrl('kb/empty-title')).toBe('https://github.com/gatewatch/gatewatch/blob/main/docs/rules/kb/empty-title.md');
});

it('the config schema is published at its $id, which examples/gatewatch.yml names for editors', () => {
  const schema = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8')) as { $id: string };
  expect(schema.$id).toBe(schemaUrl('config.schema.json'));
  expect(readFileSync('examples/gatewatch.yml', 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaUrl('config.schema.json')}`);
});

it('the pre-commit hook checks the whole KB, never only the staged files', () => {
  const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; pass_filenames: boolean; language: string }[];
  expect(hooks).toEqual([expect.objectContaining({ id: 'gatewatch', entry: 'gatewatch check', pass_filenames: false, language: 'node' })]);
});

it('the release workflow publishes on a version tag with provenance and moves the major tag', () => {
  const release = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as { on: { push: { tags: string[] } }; jobs: { release: { permissions: Record<string, string>; steps: { run?: string }[] } } };
  expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
  expect(release.jobs.release.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  const script = release.jobs.release.steps.map((step) => step.run ?? '').join('\n');
  for (const part of ['npm pack', 'gh release create', 'git push --force origin "refs/tags/', 'npm publish', '--provenance']) expect(script).toContain(part);
  expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(/^## \[0\.1\.0\]$/m);
  expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
  expect(pkg.license).toBe('MIT');
});

describe('the npm package', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-pack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the CLI only, with no runtime dependencies (ncc bundled them)', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = packed!.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['dist/cli/index.js', 'dist/kb-worker/index.js', 'schemas/config.schema.json', 'matchers/gatewatch.json', 'LICENSE', 'CHANGELOG.md', 'README.md', 'examples/gatewatch.yml']));
    expect(files.filter((file) => file.startsWith('dist/') && !file.startsWith('dist/cli/') && !file.startsWith('dist/kb-worker/'))).toEqual([]);
    expect(files).not.toContain('action.yml');
    // The action's GitHub client (and content-type, which wants Node 22) is not in the CLI bundle.
    const bundle = files.filter((file) => file.startsWith('dist/cli/') && file.endsWith('.js')).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(bundle).not.toMatch(/@octokit|content-type/);
  });

  it(`installs from the tarball offline and runs on this Node (${process.version}; engines ${pkg.engines.node})`, () => {
    execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' });
    writeFileSync(path.join(dir, 'package.json'), '{"name":"try-gatewatch","version":"1.0.0","private":true}\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `./gatewatch-${pkg.version}.tgz`], { cwd: dir, encoding: 'utf8' });
    const version = spawnSync('npx', ['--no-install', 'gatewatch', '--version'], { cwd: dir, encoding: 'utf8' });
    expect(version.stdout).toBe(`${TOOL_VERSION}\n`);
    const check = spawnSync('npx', ['--no-install', 'gatewatch', 'check', '--kb', 'node_modules/gatewatch/seeds/**/*.md', '--kb-root', 'node_modules/gatewatch/seeds'], { cwd: dir, encoding: 'utf8' });
    expect(check.stdout).toMatch(/^0 errors, 0 warnings, 0 notices in \d+ files\n$/);
    expect(check.status).toBe(0);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(Number(/\d+/.exec(pkg.engines.node)![0]));
  });
});

/** One harness for every KB rule: each fixture's findings equal its embedded `expect:` markers, no more, no less. */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { nodeDeps } from '../../src/deps.js';
import { checkKbFiles } from '../../src/kb/check.js';
import { asKeys, readExpectations } from '../helpers/expectations.js';

const FIXTURES = 'test/fixtures/kb';
const ruleDirs = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

function fixtureFiles(dir: string): string[] {
  return readdirSync(path.join(FIXTURES, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /(^|\/)(bad|ok)-[^/]*\.md$/.test(name))
    .map((name) => `${FIXTURES}/${dir}/${name}`)
    .sort();
}

describe.each(ruleDirs)('kb/%s fixtures', (dir) => {
  const files = fixtureFiles(dir);
  // id-path needs a KB root; the other rules' fixtures sit outside the root so the rule stays quiet.
  const root = dir === 'id-path' ? `${FIXTURES}/id-path` : 'seeds';

  it.each(files)('%s gives exactly its marked findings', async (file) => {
    const result = await checkKbFiles(files, nodeDeps(), { root }, 1024 * 1024);
    const found = result.findings.filter((finding) => finding.location?.path === file);
    const actual = asKeys(found.map((finding) => ({ line: finding.location!.line, ruleId: finding.ruleId })));
    expect(actual).toEqual(asKeys(readExpectations(file)));
    if (path.basename(file).startsWith('bad-')) {
      expect(found.some((finding) => finding.ruleId === `kb/${dir}`)).toBe(true);
    }
  });
});

it('never evaluates ---js front matter', async () => {
  const sideEffect = 'gatewatch-pwned.txt';
  rmSync(sideEffect, { force: true });
  const file = `${FIXTURES}/parse-error/bad-js-front-matter.md`;
  const result = await checkKbFiles([file], nodeDeps(), { root: 'seeds' }, 1024 * 1024);
  expect(result.findings.map((finding) => finding.message).join('\n')).toMatch(/Front matter language "js" is refused/);
  expect(existsSync(sideEffect)).toBe(false);
});

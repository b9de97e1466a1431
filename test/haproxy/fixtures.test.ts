/** One harness for every HAProxy rule: `# expect: <ruleId>` markers in bad-*.cfg, silence in ok-*.cfg. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkHaproxy } from '../../src/haproxy/check.js';
import { HAPROXY_RULES } from '../../src/haproxy/rules/index.js';
import { HAPROXY_TEST_RULE } from '../../src/haproxy/test-runner.js';
import { describeEachBinary } from '../helpers/gateway-binaries.js';
import { FIXTURES, REPO_ROOT, haproxyBinaries, haproxyOptions, sandboxedDeps } from './helpers.js';

const RULE_IDS = [HAPROXY_TEST_RULE.id, ...HAPROXY_RULES.map((rule) => rule.id)];

function expectedMarkers(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => [...line.matchAll(/#\s*expect:\s*(haproxy\/[a-z0-9-]+)/g)].map((match) => `${index + 1} ${match[1]}`));
}

const cases = RULE_IDS.flatMap((ruleId) => {
  const dir = path.join(FIXTURES, ruleId.slice('haproxy/'.length));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cfg'))
    .sort()
    .map((name) => ({ ruleId, name, file: path.join(dir, name) }));
});

/* `haproxy -c` runs on every fixture, so the whole harness runs once per listed binary. */
describeEachBinary(haproxyBinaries, 'HAProxy fixtures', (haproxy) => {
  const deps = sandboxedDeps();
  test.each(cases)('$ruleId $name', async ({ ruleId, name, file }) => {
    const repoPath = path.relative(REPO_ROOT, file);
    const { findings, files } = await checkHaproxy(haproxyOptions([repoPath], { binary: haproxy.path }), deps);
    expect(files).toBe(1);
    // A marker says "this line has a finding of this rule"; two messages on one line (an alert and its follow-up) are one mark.
    const actual = [...new Set(findings
      // Notices are hints, not defects: a missing binary (no location) or a server hostname whose DNS the sandbox could not verify.
      .filter((finding) => finding.ruleId === ruleId && finding.location !== undefined && finding.severity !== 'notice')
      .map((finding) => {
        expect(finding.location?.path).toBe(repoPath);
        return `${finding.location?.line} ${finding.ruleId}`;
      }))]
      .sort();
    if (name.startsWith('ok-')) expect(actual).toEqual([]);
    else {
      const expected = expectedMarkers(file).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
    }
  });
});

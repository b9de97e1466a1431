import { defaultOptions } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import { renderSarif } from '../../src/report/sarif.js';
import { run } from '../../src/run.js';
import { finding, runResult } from './build.js';
import { validateSarif } from './sarif-schema.js';

describe('renderSarif', () => {
  it('validates against the official schema and keeps ruleIndex, level and region in step', () => {
    const result = runResult([
      finding({
        citations: [{ entryId: 'api/http-502-upstream-dns-resolution-failed', path: 'seeds/api/http-502-upstream-dns-resolution-failed.md', score: 0.9 }],
        signals: { httpStatus: 502 },
      }),
      finding({ ruleId: 'tool/unknown-rule', severity: 'notice', location: undefined, message: 'No location at all' }),
    ]);
    const sarif = JSON.parse(renderSarif(result));
    expect(validateSarif(sarif)).toBe(true);
    const [first, second] = sarif.runs[0].results;
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules[first.ruleIndex].id).toBe('nginx/undefined-upstream');
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 5, endLine: 12, endColumn: 24 });
    expect(first.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('seeds/api/http-502-upstream-dns-resolution-failed.md');
    // A rule without metadata still gets a rules[] entry, and a location-less finding still has startLine.
    expect(rules[second.ruleIndex].id).toBe('tool/unknown-rule');
    expect(second.level).toBe('note');
    expect(second.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'gatewatch.yml' }, region: { startLine: 1 } });
    // Help text names the KB entries the rule links to.
    const help = rules.find((rule: { id: string }) => rule.id === 'nginx/undefined-upstream').help;
    expect(help.text).toContain('seeds/api/http-502-upstream-dns-resolution-failed.md');
    expect(help.markdown).toContain('fix rate 85%');
    const linked = JSON.parse(renderSarif(result, { repo: { owner: 'o', repo: 'r', sha: 'abc1234' } }));
    expect(validateSarif(linked)).toBe(true);
    expect(linked.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === 'nginx/undefined-upstream').help.markdown).toContain(
      '(https://github.com/o/r/blob/abc1234/seeds/api/http-502-upstream-dns-resolution-failed.md) — fix rate 85%',
    );
  });

  it('validates for a real run over the verbatim seed and the shipped KB', async () => {
    const options = defaultOptions(process.cwd());
    options.kb.paths = ['test/fixtures/seed-verbatim/*.md', 'seeds/**/*.md'];
    const result = await run(options, nodeDeps(process.cwd()));
    expect(result.findings.length).toBeGreaterThan(0);
    const sarif = JSON.parse(renderSarif(result));
    expect(validateSarif(sarif)).toBe(true);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(result.findings.length);
    for (const entry of sarif.runs[0].results) expect(entry.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });

  it('is rejected by the schema when broken, so the check above can fail', () => {
    const sarif = JSON.parse(renderSarif(runResult([finding()])));
    sarif.runs[0].results[0].level = 'fatal';
    expect(validateSarif(sarif)).toBe(false);
  });
});

describe('SARIF URIs', () => {
  const path = 'nginx/my conf#1/café ü.conf';

  it('percent-encodes spaces, "#" and non-ASCII per RFC 3986 and still validates', () => {
    const sarif = JSON.parse(
      renderSarif(runResult([finding({ location: { path, line: 3 }, citations: [{ entryId: 'x', path: 'seeds/a b#c/é.md', score: 0.9 }] })])),
    );
    expect(validateSarif(sarif)).toBe(true);
    const [result] = sarif.runs[0].results;
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('nginx/my%20conf%231/caf%C3%A9%20%C3%BC.conf');
    expect(decodeURIComponent(result.locations[0].physicalLocation.artifactLocation.uri)).toBe(path);
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('seeds/a%20b%23c/%C3%A9.md');
  });

  it('would be rejected by the schema with the raw path, so the check above can fail', () => {
    const sarif = JSON.parse(renderSarif(runResult([finding({ location: { path, line: 3 } })])));
    sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = path;
    expect(validateSarif(sarif)).toBe(false);
  });
});

it('carries gate-on new baseline states as SARIF baselineState and still validates', () => {
  const sarif = JSON.parse(renderSarif(runResult([finding({ baselineState: 'unchanged' }), finding({ baselineState: 'new', location: { path: 'b.conf', line: 1 } })])));
  expect(validateSarif(sarif)).toBe(true);
  expect(sarif.runs[0].results.map((result: { baselineState: string }) => result.baselineState)).toEqual(['unchanged', 'new']);
});

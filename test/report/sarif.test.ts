import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { defaultOptions } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import { renderSarif } from '../../src/report/sarif.js';
import { run } from '../../src/run.js';
import { finding, runResult } from './build.js';

// The official OASIS SARIF 2.1.0 schema as shipped in @microsoft/sarif-multitool-linux 5.7.0
// (sarif-2.1.0.json). That copy declares JSON Schema 2020-12, so it is compiled with Ajv2020.
const formatsExport = addFormatsModule as unknown as { default?: (ajv: Ajv2020) => void };
const addFormats = formatsExport.default ?? (addFormatsModule as unknown as (ajv: Ajv2020) => void);
const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-2.1.0.json', 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
export const validateSarif = ajv.compile(schema);

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

/** Probes inside the shared run(): results in RunResult.probes, findings cited against the repo's own KB. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultOptions } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import { PROBE_RULES } from '../../src/probe/rules.js';
import { run } from '../../src/run.js';
import { closedPort } from './servers.js';
import { spec } from './options.js';

describe('probes in run()', () => {
  it('every KB entry a probe rule links to exists in seeds/', () => {
    const linked = PROBE_RULES.flatMap((rule) => rule.kb ?? []);
    expect(linked.length).toBeGreaterThan(10);
    for (const id of linked) expect(existsSync(path.join(process.cwd(), 'seeds', `${id}.md`))).toBe(true);
  });

  it('a refused probe is reported and cited with the unreachable-upstream entry', async () => {
    const port = await closedPort();
    const options = { ...defaultOptions(process.cwd()), probes: [spec('api', { url: `http://127.0.0.1:${port}/health`, origin: { path: 'gatewatch.yml', line: 3 } })] };
    const result = await run(options, nodeDeps());
    expect(result.probes).toEqual([expect.objectContaining({ name: 'api', class: 'refused', ok: false })]);
    const finding = result.findings.find((candidate) => candidate.ruleId === 'probe/refused');
    expect(finding?.location).toEqual({ path: 'gatewatch.yml', line: 3 });
    expect(finding?.citations?.map((citation) => citation.entryId)).toContain('api/http-502-bad-gateway-upstream-unreachable');
  });
});

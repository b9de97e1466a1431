/**
 * `gatewatch demo`: the main job on an embedded default, with nothing to set up — the bundled KB, the example
 * nginx config (static rules and, when nginx is installed, `nginx -t`), and three loopback upstreams probed
 * live (healthy, down, slow) — printed with the KB entries that explain each failure.
 */
import path from 'node:path';
import { citeFindings } from '../cite/cite.js';
import { defaultOptions, type Options } from '../config.js';
import type { Deps } from '../deps.js';
import { toRepoPath } from '../deps.js';
import { sortFindings } from '../finding.js';
import { runDemoScenario } from '../demo/scenario.js';
import { renderText } from '../report/text.js';
import { decideVerdict } from '../verdict.js';
import type { RunResult } from '../result.js';
import { run } from '../run.js';
import { EXIT, type Io } from './io.js';

function demoOptions(deps: Deps): Options {
  const root = toRepoPath(deps.cwd, deps.packageRoot ?? deps.cwd);
  const inRoot = (relative: string): string => (root === '' ? relative : `${root}/${relative}`);
  const defaults = defaultOptions(deps.cwd);
  return {
    ...defaults,
    kb: { ...defaults.kb, paths: [inRoot('seeds/**/*.md')], root: inRoot('seeds') },
    nginx: { ...defaults.nginx, paths: [inRoot('examples/nginx/nginx.conf')] },
  };
}

function describeProbes(result: RunResult): string {
  const rows = result.probes.map((probe) => {
    const verdict = probe.ok ? 'ok' : `FAILED: ${probe.class ?? 'unknown'}`;
    const status = probe.status === null ? '—' : String(probe.status);
    return `  ${probe.name.padEnd(42)} ${verdict.padEnd(24)} status ${status.padEnd(4)} ${probe.timings.total} ms`;
  });
  return rows.length > 0 ? `Probes:\n${rows.join('\n')}\n` : '';
}

export async function demoCommand(_argv: string[], deps: Deps, io: Io): Promise<number> {
  const options = demoOptions(deps);
  io.stdout(`gatewatch demo — KB ${options.kb.paths[0]}, nginx config ${options.nginx.paths[0]}, three loopback upstreams\n\n`);
  const checked = await run(options, deps);
  const scenario = await runDemoScenario(deps);
  try {
    const findings = citeFindings(sortFindings([...checked.findings, ...scenario.findings]), checked.kb, checked.rules);
    const result: RunResult = { ...checked, findings, probes: [...checked.probes, ...scenario.probes], verdict: decideVerdict(findings, checked.verdict.failOn) };
    io.stdout(describeProbes(result));
    io.stdout(`\n${renderText(result)}`);
    io.stdout(`\nTry it on your own repository: ${path.join('node_modules', '.bin', 'gatewatch')} check --kb 'seeds/**/*.md' --nginx 'deploy/**/*.conf'\n`);
  } finally {
    await scenario.stop();
  }
  return EXIT.passed;
}

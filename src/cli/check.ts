/** `gatewatch check`: the gate, locally or in any CI. */
import { loadConfig, UsageError, type OutputFormat, type Options, type ProbeSpec } from '../config.js';
import { toRepoPath, type Deps } from '../deps.js';
import { renderResult } from '../output.js';
import { run } from '../run.js';
import { FAIL_ON_VALUES } from '../verdict.js';
import type { RunResult } from '../result.js';
import { EXIT, parseFlags, type Io } from './io.js';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value "${value}" for ${flag}; expected one of ${allowed.join(', ')}`);
}

/** `--probes FILE`: the same YAML list as gatewatch.yml's `probes:`, located in FILE for findings. */
async function readProbesFile(file: string, deps: Deps): Promise<ProbeSpec[]> {
  let text: string;
  try {
    text = (await deps.readFile(file)).toString('utf8');
  } catch (error) {
    throw new UsageError(`cannot read --probes "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { parseProbesInput } = await import('../probe/parse-probes-input.js');
  return parseProbesInput(text, { source: toRepoPath(deps.cwd, file), locate: true });
}

/** Reads flags over gatewatch.yml; every bad flag is a UsageError naming it. */
export async function optionsFromCheckArgs(argv: string[], deps: Deps): Promise<Options> {
  const { values } = parseFlags('check', argv, {
        config: { type: 'string', short: 'c' },
        kb: { type: 'string', multiple: true },
        'kb-root': { type: 'string' },
        nginx: { type: 'string', multiple: true },
        haproxy: { type: 'string', multiple: true },
        'nginx-test': { type: 'string' },
        'nginx-version': { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        'max-files': { type: 'string' },
        probes: { type: 'string' },
        'policy-from': { type: 'string' },
        'nginx-binary': { type: 'string' },
        'haproxy-binary': { type: 'string' },
  });
  // In CI on a pull request, --policy-from BASE reads the settings that decide the gate from BASE's gatewatch.yml.
  const policyFrom = values['policy-from'];
  if (policyFrom !== undefined && (policyFrom === '' || policyFrom.startsWith('-'))) {
    throw new UsageError(`invalid value "${policyFrom}" for --policy-from; expected a commit or branch such as origin/main`);
  }
  const options = await loadConfig(deps, values.config, policyFrom === undefined ? undefined : { revision: policyFrom });
  const format = oneOf('--format', values.format, FORMATS);
  const failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON_VALUES);
  const nginxTest = oneOf('--nginx-test', values['nginx-test'], ['auto', 'always', 'never'] as const);
  if (values['nginx-version'] !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(values['nginx-version'])) {
    throw new UsageError(`invalid value "${values['nginx-version']}" for --nginx-version; expected a version like 1.24.0`);
  }
  let maxFiles = options.limits.maxFiles;
  if (values['max-files'] !== undefined) {
    maxFiles = Number(values['max-files']);
    if (!Number.isInteger(maxFiles) || maxFiles < 1) throw new UsageError(`invalid value "${values['max-files']}" for --max-files; expected a positive integer`);
  }
  const probes = values.probes === undefined ? undefined : await readProbesFile(values.probes, deps);
  // Explicit --nginx/--haproxy/--probes without --kb checks only what was asked for.
  const onlyOthers = !values.kb && (values.nginx || values.haproxy || probes);
  return {
    ...options,
    ...(format ? { format } : {}),
    ...(failOn ? { failOn } : {}),
    ...(values.output ? { output: values.output } : {}),
    kb: {
      ...options.kb,
      ...(values.kb ? { paths: values.kb } : onlyOthers && !options.configPath ? { paths: [] } : {}),
      ...(values['kb-root'] ? { root: values['kb-root'] } : {}),
    },
    nginx: {
      ...options.nginx,
      ...(values.nginx ? { paths: values.nginx } : {}),
      ...(nginxTest ? { test: nginxTest } : {}),
      ...(values['nginx-version'] ? { version: values['nginx-version'] } : {}),
      ...(values['nginx-binary'] ? { binary: values['nginx-binary'] } : {}),
    },
    haproxy: {
      ...options.haproxy,
      ...(values.haproxy ? { paths: values.haproxy } : {}),
      ...(values['haproxy-binary'] ? { binary: values['haproxy-binary'] } : {}),
    },
    ...(probes ? { probes } : {}),
    limits: { maxFiles },
  };
}

/**
 * `--format github` prints at most GitHub's 10 annotations per level. The rest goes to the job summary
 * when the runner provides one (GITHUB_STEP_SUMMARY), else to stderr as text: never a pointer to a
 * summary that was not written.
 */
async function githubOverflow(result: RunResult, deps: Deps, io: Io): Promise<void> {
  const summaryFile = deps.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const { renderSummary } = await import('../report/summary.js');
    const { appendFile } = await import('node:fs/promises');
    await appendFile(summaryFile, `${renderSummary(result)}\n`);
    return;
  }
  const { planAnnotations } = await import('../report/annotations.js');
  if (planAnnotations(result.findings, { mustShow: result.verdict.decidedBy }).omitted === 0) return;
  const { renderText } = await import('../report/text.js');
  io.stderr(`GITHUB_STEP_SUMMARY is not set, so every finding follows as text:\n${renderText(result)}`);
}

export async function checkCommand(argv: string[], deps: Deps, io: Io): Promise<number> {
  const options = await optionsFromCheckArgs(argv, deps);
  const result = await run(options, deps);
  const rendered = renderResult(result, options.format, {
    ...(options.configPath ? { fallbackPath: options.configPath } : {}),
    ...(deps.env.GITHUB_STEP_SUMMARY ? {} : { overflowTarget: 'the text report on stderr' }),
  });
  if (options.output) {
    await deps.writeFile(options.output, rendered);
  } else {
    io.stdout(rendered);
  }
  if (options.format === 'github') await githubOverflow(result, deps, io);
  return result.verdict.passed ? EXIT.passed : EXIT.failed;
}

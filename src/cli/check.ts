/** `gatewatch check`: the gate, locally or in any CI. */
import { UsageError, type Options, type OutputFormat, type ProbeSpec, type ToolTestMode } from '../config.js';
import { toRepoPath, type Deps } from '../deps.js';
import type { FailOn } from '../finding.js';
import { overlayOptions } from '../options-overlay.js';
import { renderResult } from '../output.js';
import type { RunResult } from '../result.js';
import { run } from '../run.js';
import { commandSpec } from './commands.js';
import { choice, EXIT, flag, list, parseCommand, str, type Io } from './io.js';
import { openWorkspace } from './workspace.js';

/** `--probes FILE`: the same YAML list as gatewatch.yml's `probes:`, located in FILE for findings. */
async function readProbesFile(file: string, deps: Deps): Promise<ProbeSpec[]> {
  let text: string;
  try {
    text = (await deps.readFile(file)).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file "${file}" for --probes; check the path` : `cannot read --probes "${file}": ${code ?? String(error)}`);
  }
  const { parseProbesInput } = await import('../probe/parse-probes-input.js');
  return parseProbesInput(text, { source: toRepoPath(deps.cwd, file), locate: true });
}

/** Reads flags over gatewatch.yml (found here or in a parent); every bad flag is a UsageError naming it. */
export async function checkWorkspace(argv: string[], deps: Deps): Promise<{ options: Options; deps: Deps; fix: boolean }> {
  const workspace = await openWorkspace(commandSpec('check'), parseCommand(commandSpec('check'), argv), deps);
  const { values, options } = workspace;
  const nginxVersion = str(values, 'nginx-version');
  if (nginxVersion !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(nginxVersion)) {
    throw new UsageError(`invalid value "${nginxVersion}" for --nginx-version; expected a version like 1.24.0`);
  }
  const maxFilesText = str(values, 'max-files');
  const maxFiles = maxFilesText === undefined ? undefined : Number(maxFilesText);
  if (maxFiles !== undefined && (!Number.isInteger(maxFiles) || maxFiles < 1)) {
    throw new UsageError(`invalid value "${maxFilesText}" for --max-files; expected a positive integer`);
  }
  const probesFile = str(values, 'probes');
  const probes = probesFile === undefined ? undefined : await readProbesFile(probesFile, workspace.deps);
  const overlaid = overlayOptions(options, {
    ...(choice<OutputFormat>(values, 'format') ? { format: choice<OutputFormat>(values, 'format') } : {}),
    ...(choice<FailOn>(values, 'fail-on') ? { failOn: choice<FailOn>(values, 'fail-on') } : {}),
    ...(str(values, 'output') !== undefined ? { output: str(values, 'output') } : {}),
    ...(list(values, 'nginx') ? { nginxPaths: list(values, 'nginx') } : {}),
    ...(choice<ToolTestMode>(values, 'nginx-test') ? { nginxTest: choice<ToolTestMode>(values, 'nginx-test') } : {}),
    ...(nginxVersion !== undefined ? { nginxVersion } : {}),
    ...(str(values, 'nginx-binary') ? { nginxBinary: str(values, 'nginx-binary') } : {}),
    ...(list(values, 'haproxy') ? { haproxyPaths: list(values, 'haproxy') } : {}),
    ...(str(values, 'haproxy-binary') ? { haproxyBinary: str(values, 'haproxy-binary') } : {}),
    ...(probes ? { probes } : {}),
    ...(maxFiles !== undefined ? { maxFiles } : {}),
  });
  return { options: overlaid, deps: workspace.deps, fix: flag(values, 'fix') };
}

/** For tests and other callers that want only the options. */
export async function optionsFromCheckArgs(argv: string[], deps: Deps): Promise<Options> {
  return (await checkWorkspace(argv, deps)).options;
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

export async function checkCommand(argv: string[], userDeps: Deps, io: Io): Promise<number> {
  const { options, deps, fix } = await checkWorkspace(argv, userDeps);
  if (fix) {
    const { fixKb, describeFixes } = await import('../kb/fix/fix-kb.js');
    const changes = await fixKb(options, deps);
    io.stderr(describeFixes(changes));
  }
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

/** The GitHub Action edge: inputs -> run() -> annotations, job summary, outputs, exit status. */
import * as core from '@actions/core';
import { readActionSettings, envInputReader } from './action-inputs.js';
import { UsageError } from './config.js';
import type { Deps } from './deps.js';
import { countBySeverity, failsGate } from './finding.js';
import { planAnnotations, type Annotation } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderSummary } from './report/summary.js';
import { run } from './run.js';

function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = {
    title: annotation.title,
    ...(annotation.file ? { file: annotation.file } : {}),
    ...(annotation.startLine !== undefined ? { startLine: annotation.startLine } : {}),
    ...(annotation.endLine !== undefined ? { endLine: annotation.endLine } : {}),
    ...(annotation.startColumn !== undefined ? { startColumn: annotation.startColumn } : {}),
    ...(annotation.endColumn !== undefined ? { endColumn: annotation.endColumn } : {}),
  };
  core[annotation.level](annotation.message, properties);
}

/** Never throws: bad inputs end as one error and exit 2, an internal failure as exit 3. */
export async function runAction(deps: Deps): Promise<number> {
  try {
    const settings = await readActionSettings(envInputReader(deps.env), deps);
    const { options } = settings;
    const result = await run(options, deps);
    for (const annotation of planAnnotations(result.findings).annotations) annotate(annotation);
    try {
      await core.summary.addRaw(renderSummary(result)).write();
    } catch (error) {
      // Outside GitHub (no GITHUB_STEP_SUMMARY) the summary is simply not written.
      core.info(`Job summary not written: ${(error as Error).message}`);
    }
    if (settings.reportFile) {
      await deps.writeFile(settings.reportFile, renderJson(result, options.failOn));
      core.setOutput('report-file', settings.reportFile);
    }
    const counts = countBySeverity(result.findings);
    const failed = failsGate(result.findings, options.failOn);
    core.setOutput('passed', String(!failed));
    core.setOutput('error-count', String(counts.error));
    core.setOutput('warning-count', String(counts.warning));
    core.info(`gatewatch: ${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices in ${result.files} files`);
    if (failed) core.info(`gatewatch: failing because of findings at or above fail-on "${options.failOn}"`);
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      core.error(error.message, { title: 'gatewatch: bad configuration' });
      return 2;
    }
    core.error(`gatewatch internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 3;
  }
}

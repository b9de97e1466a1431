/** The GitHub Action edge: inputs -> run() -> annotations, job summary, outputs, exit status. */
import * as core from '@actions/core';
import { readActionSettings, envInputReader, type ActionSettings } from './action-inputs.js';
import { UsageError } from './config.js';
import type { Deps } from './deps.js';
import { countBySeverity, failsGate } from './finding.js';
import { changedFilesFor, connectGitHub, publishToGitHub } from './github/publish.js';
import { publishSavedReport } from './github/publish-report.js';
import { loadKb } from './kb/check.js';
import { exceedsAnnotationCaps, planAnnotations, type Annotation } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { ruleCatalogue, run } from './run.js';

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

/** The workflow_run half of the fork recipe: comment from another run's report; the gate ran there. */
async function publishReportStep(settings: ActionSettings, deps: Deps): Promise<number> {
  const { options } = settings;
  const github = await connectGitHub(deps.env, settings.token, { log: (message) => core.info(message) });
  let reportText: string;
  try {
    reportText = (await deps.readFile(settings.publishReport!)).toString('utf8');
  } catch (error) {
    // A missing artifact (the PR run failed before writing it) is not this workflow's failure.
    core.notice(`publish-report: cannot read "${settings.publishReport}" (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing was posted`, { title: 'gatewatch' });
    return 0;
  }
  const { records } = await loadKb(options, deps);
  const outcome = await publishSavedReport({
    connection: github,
    reportText,
    ...(settings.prNumber !== undefined ? { prNumber: settings.prNumber } : {}),
    kb: records,
    rules: ruleCatalogue(),
    comment: options.comment,
    failOn: options.failOn,
    log: (message) => core.info(message),
  });
  for (const notice of outcome.notices) core.notice(notice, { title: 'gatewatch' });
  if (outcome.commentId !== undefined) core.setOutput('comment-id', String(outcome.commentId));
  return 0;
}

/** Never throws: bad inputs end as one error and exit 2, an internal failure as exit 3. */
export async function runAction(deps: Deps): Promise<number> {
  try {
    const settings = await readActionSettings(envInputReader(deps.env), deps);
    const { options } = settings;
    if (settings.publishReport) return await publishReportStep(settings, deps);
    const result = await run(options, deps);
    // GitHub reporting never changes the exit status: every API problem comes back as a notice.
    const github = await connectGitHub(deps.env, settings.token, { log: (message) => core.info(message) });
    const pr = github.event.pullRequest;
    // The PR files cost an API call: fetched only when they decide something (only-changed, or capped annotations).
    const changed = options.onlyChanged || (pr && exceedsAnnotationCaps(result.findings)) ? await changedFilesFor(github) : {};
    const notices = options.onlyChanged && changed.notice ? [changed.notice] : [];
    const published = await publishToGitHub(result, {
      connection: github,
      comment: options.comment,
      failOn: options.failOn,
      ...(options.onlyChanged && changed.files ? { changedFiles: changed.files } : {}),
      callsSpent: changed.files ? 1 : 0,
      log: (message) => core.info(message),
    });
    notices.push(...published.notices);
    const plan = planAnnotations(result.findings, {
      ...(changed.files ? { changedFiles: changed.files } : {}),
      onlyChanged: options.onlyChanged,
      kb: result.kb,
      reservedNotices: notices.length,
    });
    for (const annotation of plan.annotations) annotate(annotation);
    for (const notice of notices) core.notice(notice, { title: 'gatewatch' });
    if (published.commentId !== undefined) core.setOutput('comment-id', String(published.commentId));
    const { event } = github;
    // KB links in the summary and SARIF point at the entries as of the commit under test.
    const repo = pr
      ? { owner: pr.owner, repo: pr.repo, sha: pr.headSha, serverUrl: event.serverUrl }
      : event.repo && event.sha ? { ...event.repo, sha: event.sha, serverUrl: event.serverUrl } : undefined;
    if (settings.sarifFile) {
      const sarifOptions = { ...(options.configPath ? { fallbackPath: options.configPath } : {}), ...(repo ? { repo } : {}) };
      await deps.writeFile(settings.sarifFile, renderSarif(result, sarifOptions));
      core.setOutput('sarif-file', settings.sarifFile);
    }
    try {
      await core.summary.addRaw(renderSummary(result, { failOn: options.failOn, ...(repo ? { repo } : {}) })).write();
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

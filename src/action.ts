/** The GitHub Action edge: inputs -> run() -> annotations, job summary, outputs, exit status. */
import * as core from '@actions/core';
import { readActionSettings, envInputReader, type ActionSettings } from './action-inputs.js';
import { UsageError } from './config.js';
import type { Deps } from './deps.js';
import { countBySeverity } from './finding.js';
import { changedFilesFor, connectGitHub, publishToGitHub } from './github/publish.js';
import { publishSavedReport } from './github/publish-report.js';
import { loadKb } from './kb/check.js';
import { exceedsAnnotationCaps, planAnnotations, type Annotation } from './report/annotations.js';
import { renderResult } from './output.js';
import { renderSummary } from './report/summary.js';
import type { RunResult } from './result.js';
import { ruleCatalogue, run } from './run.js';
import { plural } from './verdict.js';

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
    ...(settings.commentKey ? { key: settings.commentKey } : {}),
    log: (message) => core.info(message),
  });
  for (const notice of outcome.notices) core.notice(notice, { title: 'gatewatch' });
  if (outcome.commentId !== undefined) core.setOutput('comment-id', String(outcome.commentId));
  return 0;
}

/**
 * `gate-on: new`: the base commit's findings no longer fail the run. Without a base commit (not a PR, or
 * not fetched) the run gates on everything and says so: a baseline that cannot be made never hides errors.
 */
async function gateOnNew(result: RunResult, settings: ActionSettings, deps: Deps, baseSha: string | undefined): Promise<{ result: RunResult; notice?: string }> {
  if (!baseSha) return { result, notice: 'gate-on: new needs a pull request event (its base commit); this run gates on every finding' };
  const { applyBaseline, checkBaseCommit, lineSource } = await import('./baseline.js');
  const base = await checkBaseCommit(settings.options, deps, baseSha, run);
  if (!base.ok) return { result, notice: `gate-on: new: ${base.problem}; this run gates on every finding` };
  return { result: await applyBaseline(result, base.prints, lineSource(deps), 'new') };
}

/** Never throws: bad inputs end as one error and exit 2, an internal failure as exit 3. */
export async function runAction(deps: Deps): Promise<number> {
  try {
    const settings = await readActionSettings(envInputReader(deps.env), deps);
    const { options } = settings;
    if (settings.publishReport) return await publishReportStep(settings, deps);
    // GitHub reporting never changes the exit status: every API problem comes back as a notice.
    const github = await connectGitHub(deps.env, settings.token, { log: (message) => core.info(message) });
    const pr = github.event.pullRequest;
    const notices: string[] = [];
    let result: RunResult = await run(options, deps);
    if (settings.gateOn === 'new') {
      const gated = await gateOnNew(result, settings, deps, pr?.baseSha);
      result = gated.result;
      if (gated.notice) notices.push(gated.notice);
    }
    // The PR files cost an API call: fetched when they decide something (only-changed, capped annotations) or order the comment.
    const wantsFiles = options.onlyChanged || (pr && (exceedsAnnotationCaps(result.findings) || (options.comment !== 'off' && !pr.fork)));
    const changed = wantsFiles ? await changedFilesFor(github) : {};
    if (options.onlyChanged && changed.notice) notices.push(changed.notice);
    const published = await publishToGitHub(result, {
      connection: github,
      comment: options.comment,
      ...(settings.commentKey ? { key: settings.commentKey } : {}),
      ...(changed.files ? { changedFiles: changed.files } : {}),
      onlyChanged: options.onlyChanged,
      log: (message) => core.info(message),
    });
    notices.push(...published.notices);
    const plan = planAnnotations(result.findings, {
      ...(changed.files ? { changedFiles: changed.files } : {}),
      onlyChanged: options.onlyChanged,
      kb: result.kb,
      mustShow: result.verdict.decidedBy,
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
      await deps.writeFile(settings.sarifFile, renderResult(result, 'sarif', sarifOptions));
      core.setOutput('sarif-file', settings.sarifFile);
    }
    try {
      await core.summary.addRaw(renderSummary(result, repo ? { repo } : {})).write();
    } catch (error) {
      // Outside GitHub (no GITHUB_STEP_SUMMARY) the summary is simply not written.
      core.info(`Job summary not written: ${(error as Error).message}`);
    }
    if (settings.reportFile) {
      await deps.writeFile(settings.reportFile, renderResult(result, 'json'));
      core.setOutput('report-file', settings.reportFile);
    }
    const counts = countBySeverity(result.findings);
    const { verdict } = result;
    core.setOutput('passed', String(verdict.passed));
    core.setOutput('error-count', String(counts.error));
    core.setOutput('warning-count', String(counts.warning));
    core.info(`gatewatch: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(result.files, 'file')}`);
    if (!verdict.passed) {
      const first = verdict.decidedBy[0]!;
      const where = first.location ? `${first.location.path}:${first.location.line}` : 'no file';
      core.info(`gatewatch: failing because of ${plural(verdict.decidedBy.length, 'finding')} at or above fail-on "${verdict.failOn}", first ${where} [${first.ruleId}]`);
    }
    return verdict.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      core.error(error.message, { title: 'gatewatch: bad configuration' });
      return 2;
    }
    core.error(`gatewatch internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 3;
  }
}

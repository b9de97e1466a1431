/**
 * The privileged half of the two-workflow recipe for fork PRs (README, "Fork pull requests"). A
 * `pull_request` run from a fork has a read-only token, so it only uploads its JSON report; a
 * `workflow_run` workflow in the base repository then posts the comment from that report. The report
 * was produced by code the fork controls, so it is data only: findings are re-validated field by
 * field, citations are recomputed from the base branch's KB, and the PR number is trusted only if
 * that PR's head commit is the one the triggering run checked (`workflow_run.head_sha`).
 */
import { GATEWAYS, type Gateway } from '../failure-class.js';
import type { CommentMode } from '../config.js';
import { citeFindings } from '../cite/cite.js';
import type { FailOn, Finding, Location, Severity } from '../finding.js';
import type { KbRecord } from '../kb/model.js';
import type { RuleMeta } from '../rule.js';
import type { GitHubConnection, PublishOutcome } from './publish.js';
import { publishToGitHub } from './publish.js';
import { decideVerdict } from '../verdict.js';

/** More than GitHub could show anyway; a report larger than this is cut, not trusted to be reasonable. */
const MAX_REPORT_FINDINGS = 10_000;
const MAX_TEXT = 4000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
const positive = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

function locationOf(value: unknown): Location | undefined {
  if (!isObject(value) || typeof value.path !== 'string' || !positive(value.line)) return undefined;
  return {
    path: value.path.slice(0, MAX_TEXT),
    line: value.line,
    ...(positive(value.column) ? { column: value.column } : {}),
    ...(positive(value.endLine) ? { endLine: value.endLine } : {}),
    ...(positive(value.endColumn) ? { endColumn: value.endColumn } : {}),
  };
}

function signalsOf(value: unknown): Finding['signals'] {
  if (!isObject(value)) return undefined;
  const signals: NonNullable<Finding['signals']> = {};
  if (Number.isInteger(value.httpStatus)) signals.httpStatus = value.httpStatus as number;
  if (typeof value.probe === 'string') signals.probe = value.probe.slice(0, 100);
  if (typeof value.nginxLog === 'string') signals.nginxLog = value.nginxLog.slice(0, MAX_TEXT);
  if (typeof value.haproxyTermination === 'string') signals.haproxyTermination = value.haproxyTermination.slice(0, 10);
  // What re-citing the saved report needs to rank as the run did: the whole log line, its gateway, the side.
  if (typeof value.log === 'string') signals.log = value.log.slice(0, MAX_TEXT);
  if (typeof value.gateway === 'string' && (GATEWAYS as readonly string[]).includes(value.gateway)) signals.gateway = value.gateway as Gateway;
  if (value.side === 'gateway' || value.side === 'upstream') signals.side = value.side;
  return Object.keys(signals).length > 0 ? signals : undefined;
}

/** The findings of a gatewatch JSON report (DESIGN §2), keeping only well-formed fields. */
export function findingsFromReport(text: string): Finding[] {
  const report: unknown = JSON.parse(text);
  if (!isObject(report) || report.version !== 1 || !Array.isArray(report.findings)) {
    throw new Error('not a gatewatch JSON report (version 1)');
  }
  const findings: Finding[] = [];
  for (const raw of report.findings.slice(0, MAX_REPORT_FINDINGS)) {
    if (!isObject(raw) || typeof raw.ruleId !== 'string' || typeof raw.message !== 'string') continue;
    if (!SEVERITIES.includes(raw.severity as Severity)) continue;
    const location = locationOf(raw.location);
    const signals = signalsOf(raw.signals);
    findings.push({
      ruleId: raw.ruleId.slice(0, 100),
      severity: raw.severity as Severity,
      message: raw.message.slice(0, MAX_TEXT),
      ...(location ? { location } : {}),
      ...(signals ? { signals } : {}),
    });
  }
  return findings;
}

export interface SavedReportContext {
  connection: GitHubConnection;
  reportText: string;
  /** From the artifact (fork PRs) or `workflow_run.pull_requests[0]` (same-repo PRs). */
  prNumber?: number;
  kb: readonly KbRecord[];
  rules: readonly RuleMeta[];
  comment: CommentMode;
  failOn: FailOn;
  /** `comment-key` of the job whose comment this is. */
  key?: string;
  log?: (message: string) => void;
}

/** Posts the sticky comment for a report produced by another (unprivileged) run. */
export async function publishSavedReport(context: SavedReportContext): Promise<PublishOutcome> {
  const { connection } = context;
  const { client, event } = connection;
  if (!client || !event.repo) return { notices: ['publish-report needs a github-token and GITHUB_REPOSITORY; nothing was posted'] };
  let findings: Finding[];
  try {
    findings = findingsFromReport(context.reportText);
  } catch (error) {
    return { notices: [`publish-report: the report could not be read (${(error as Error).message}); nothing was posted`] };
  }
  const run = event.workflowRun;
  if (!run) return { notices: ['publish-report runs in a workflow_run workflow (it checks the PR against the triggering run); nothing was posted'] };
  const number = context.prNumber ?? run.pullRequests[0];
  if (!number) return { notices: ['publish-report: no pull request number (pr-number input or workflow_run.pull_requests); nothing was posted'] };
  let headSha: string;
  let headRepo: string | undefined;
  let headRef: string;
  try {
    const pull = await client.rest.pulls.get({ owner: event.repo.owner, repo: event.repo.repo, pull_number: number });
    headSha = pull.data.head.sha;
    headRepo = pull.data.head.repo?.full_name;
    headRef = pull.data.head.ref;
  } catch (error) {
    return { notices: [`publish-report: pull request #${number} could not be read (${(error as { status?: number }).status ?? (error as Error).message}); nothing was posted`] };
  }
  // The artifact names the PR; only the run's own head commit proves it is that PR's report.
  if (run.headSha !== headSha) {
    return { notices: [`publish-report: pull request #${number} is at ${headSha.slice(0, 7)}, not at the commit the report was made for; nothing was posted`] };
  }
  // The same commit can be pushed to another fork's branch: the run must also come from this PR's head repository and branch.
  if (!run.headRepo || !headRepo || run.headRepo.toLowerCase() !== headRepo.toLowerCase()) {
    return { notices: [`publish-report: pull request #${number} comes from "${(headRepo ?? 'a deleted repository').slice(0, 140)}", not from the repository the report was made in; nothing was posted`] };
  }
  if (run.headBranch !== headRef) {
    return { notices: [`publish-report: pull request #${number} is on branch "${headRef.slice(0, 255)}", not on the branch the report was made for; nothing was posted`] };
  }
  const cited = citeFindings(findings, context.kb, context.rules);
  const result = {
    findings: cited,
    probes: [],
    kb: [...context.kb],
    files: 0,
    durationMs: 0,
    rules: [...context.rules],
    verdict: decideVerdict(cited, context.failOn),
  };
  const pullRequest = { ...event.repo, number, headSha, fork: false };
  return publishToGitHub(result, {
    connection: { ...connection, event: { ...event, pullRequest } },
    comment: context.comment,
    ...(context.key ? { key: context.key } : {}),
    ...(context.log ? { log: context.log } : {}),
  });
}

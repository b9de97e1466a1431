/**
 * `gate-on: new` (reviewdog's "added" filter): the same check runs on the base commit, exported with
 * `git archive` into a temp dir, and every head finding the base already had is marked
 * `baselineState: 'unchanged'`. Findings are matched by rule, file and a fingerprint of the source line
 * and message with numbers blanked, never by line number, so a PR that shifts a file by ten lines
 * does not turn its old findings into new ones.
 */
import path from 'node:path';
import type { Options } from './config.js';
import type { Deps } from './deps.js';
import type { Finding } from './finding.js';
import type { RunResult } from './result.js';
import { decideVerdict, type GateOn } from './verdict.js';

const GIT_TIMEOUT_MS = 120_000;
const MAX_LINE_FILE_BYTES = 4 * 1024 * 1024;

/** `prints`: the base commit's finding fingerprints (see fingerprint()). */
export type BaselineOutcome = { ok: true; prints: string[] } | { ok: false; problem: string };

/** Reads line N of a repo file, or '' when it cannot (the finding then matches on rule and message). */
export type LineSource = (filePath: string, line: number) => Promise<string>;

export function lineSource(deps: Deps): LineSource {
  const cache = new Map<string, Promise<string[]>>();
  return async (filePath, line) => {
    let lines = cache.get(filePath);
    if (!lines) {
      lines = deps.readFile(filePath, MAX_LINE_FILE_BYTES).then(
        (bytes) => bytes.toString('utf8').split(/\r?\n/),
        () => [],
      );
      cache.set(filePath, lines);
    }
    return (await lines)[line - 1] ?? '';
  };
}

/** Rule, file, the source line's text (whitespace-normalised) and the message with every number blanked. */
export async function fingerprint(finding: Finding, lines: LineSource): Promise<string> {
  const where = finding.location;
  const text = where ? (await lines(where.path, where.line)).trim().replace(/\s+/g, ' ') : '';
  const message = finding.message.replace(/\d+/g, '#');
  return [finding.ruleId, where?.path ?? '', text, message].join('\u0000');
}

/** A 40-hex (or 64-hex) commit id: nothing else from the event reaches git's command line. */
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Runs the same check on `baseSha`; probes are left out (they test live targets, not the commit). */
export async function checkBaseCommit(
  options: Options,
  deps: Deps,
  baseSha: string,
  run: (options: Options, deps: Deps) => Promise<RunResult>,
): Promise<BaselineOutcome> {
  if (!SHA.test(baseSha)) return { ok: false, problem: `the base commit "${baseSha.slice(0, 80)}" is not a commit id` };
  if (!deps.at) return { ok: false, problem: 'this runtime cannot check another directory' };
  const dir = await deps.makeTempDir('gatewatch-base-');
  const tree = await deps.makeTempDir('gatewatch-base-tree-');
  try {
    const tar = path.join(dir, 'base.tar');
    // `-c core.fsmonitor=`: a repository's own config must never name a program for git to start.
    const archive = await deps.exec('git', ['-c', 'core.fsmonitor=', 'archive', '--format=tar', '-o', tar, baseSha], { cwd: deps.cwd, timeoutMs: GIT_TIMEOUT_MS });
    if (archive.code !== 0) {
      const why = archive.spawnError ?? archive.stderr.trim().split('\n')[0]?.slice(0, 200) ?? `exit ${archive.code}`;
      return { ok: false, problem: `the base commit ${baseSha.slice(0, 7)} could not be exported (${why}); fetch it (actions/checkout fetch-depth: 0)` };
    }
    const untar = await deps.exec('tar', ['-xf', tar, '-C', tree, '--no-same-owner'], { timeoutMs: GIT_TIMEOUT_MS });
    if (untar.code !== 0) return { ok: false, problem: `the base commit could not be unpacked (${untar.spawnError ?? untar.stderr.trim().slice(0, 200)})` };
    const baseDeps = deps.at(tree);
    const base = await run({ ...options, cwd: tree, probes: [], nginx: { ...options.nginx, probeUpstreams: false }, gatewayLog: undefined }, baseDeps);
    const lines = lineSource(baseDeps);
    // Read every line the fingerprints need before the directory goes away.
    return { ok: true, prints: await Promise.all(base.findings.map((finding) => fingerprint(finding, lines))) };
  } finally {
    await deps.removeDir(dir);
    await deps.removeDir(tree);
  }
}

/**
 * Marks each head finding new or unchanged (a multiset match: two identical base findings excuse two
 * head findings, not three) and decides the verdict again with `gateOn`.
 */
export async function applyBaseline(result: RunResult, basePrints: readonly string[], headLines: LineSource, gateOn: GateOn): Promise<RunResult> {
  const remaining = new Map<string, number>();
  for (const print of basePrints) remaining.set(print, (remaining.get(print) ?? 0) + 1);
  const findings: Finding[] = [];
  for (const finding of result.findings) {
    const print = await fingerprint(finding, headLines);
    const left = remaining.get(print) ?? 0;
    if (left > 0) remaining.set(print, left - 1);
    findings.push({ ...finding, baselineState: left > 0 ? 'unchanged' : 'new' });
  }
  return { ...result, findings, verdict: decideVerdict(findings, result.verdict.failOn, gateOn) };
}

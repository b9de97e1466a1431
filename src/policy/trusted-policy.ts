/**
 * Which gatewatch.yml settings a pull request may change for its own run (DESIGN: everything in a PR
 * is hostile). The settings that decide the verdict or what may be probed are read from a trusted
 * source — the base commit's gatewatch.yml on a pull request, the checked-out one otherwise — and
 * program paths are never read from gatewatch.yml at all: a PR that could set `fail_on: never`,
 * `comment: off` or `allow: [169.254.0.0/16]`, or point `nginx.binary` at a script of its own,
 * would switch the gate off or run code on the runner.
 */
import type { RawConfig } from '../config.js';
import type { Finding, Location } from '../finding.js';
import type { RuleMeta } from '../rule.js';

export const DEFERRED_SETTING: RuleMeta = {
  id: 'policy/deferred-setting',
  severity: 'notice',
  description: 'The pull request changes a gatewatch.yml setting that decides the gate or what may be probed; it takes effect after merge',
};

export const IGNORED_BINARY: RuleMeta = {
  id: 'policy/ignored-binary',
  severity: 'notice',
  description: 'gatewatch.yml names a gateway binary; which program runs comes only from action inputs or CLI flags',
};

export const POLICY_UNAVAILABLE: RuleMeta = {
  id: 'policy/base-unreadable',
  severity: 'notice',
  description: "The base commit's gatewatch.yml could not be read, so the settings that decide the gate use their defaults instead of the pull request's",
};

export const POLICY_RULES: readonly RuleMeta[] = [DEFERRED_SETTING, IGNORED_BINARY, POLICY_UNAVAILABLE];

/** Top-level keys that decide the verdict, where findings are shown, or which addresses may be probed. */
export const POLICY_KEYS = ['fail_on', 'comment', 'only_changed', 'allow'] as const;
type PolicyKey = (typeof POLICY_KEYS)[number];

/** Where the trusted settings come from. */
export type TrustedSource =
  /** The checked-out gatewatch.yml is trusted (a push, a merge queue, a local run). */
  | { kind: 'working-tree' }
  /** The base commit's gatewatch.yml; `raw` is `{}` when that commit has none. */
  | { kind: 'commit'; label: string; raw: RawConfig }
  /** The base commit could not be read: the defaults (and inputs/flags) decide, never the PR. */
  | { kind: 'unavailable'; label: string; reason: string };

export interface PolicyInput {
  /** The checked-out gatewatch.yml (the pull request's own), `{}` when there is none. */
  working: RawConfig;
  /** Repo-relative path of that file, for locations. */
  configPath: string;
  /** Key position in the checked-out file, when it exists. */
  locate?: (pointer: string) => { line: number; column: number } | undefined;
  source: TrustedSource;
}

export interface PolicyOutcome {
  /** The config to apply: the working file with trusted values for the policy keys and no binaries. */
  raw: RawConfig;
  findings: Finding[];
}

function at(input: PolicyInput, pointer: string): Location | undefined {
  const position = input.locate?.(pointer);
  return position ? { path: input.configPath, line: position.line, column: position.column } : undefined;
}

function notice(rule: RuleMeta, message: string, location: Location | undefined): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, ...(location ? { location } : {}) };
}

const show = (value: unknown): string => (value === undefined ? 'the default' : JSON.stringify(value));

/** Drops `nginx.binary` / `haproxy.binary`, with one located notice each. */
function withoutBinaries(input: PolicyInput, raw: RawConfig, findings: Finding[]): RawConfig {
  const out: RawConfig = { ...raw };
  for (const gateway of ['nginx', 'haproxy'] as const) {
    const section = raw[gateway];
    if (section?.binary === undefined) continue;
    const { binary, ...rest } = section;
    out[gateway] = rest;
    findings.push(
      notice(
        IGNORED_BINARY,
        `"${gateway}.binary: ${binary}" in gatewatch.yml is ignored because the program that runs never comes from the repository; ` +
          `set the action input ${gateway}-binary or pass --${gateway}-binary instead (default: ${gateway} on PATH)`,
        at(input, `/${gateway}/binary`),
      ),
    );
  }
  return out;
}

/** Applies the trusted policy to the working config: pure, so every combination is unit-tested. */
export function applyTrustedPolicy(input: PolicyInput): PolicyOutcome {
  const findings: Finding[] = [];
  let raw = withoutBinaries(input, input.working, findings);
  const { source } = input;
  if (source.kind === 'working-tree') return { raw, findings };

  raw = { ...raw };
  if (source.kind === 'unavailable') {
    // Nothing is known about the base: the working file's policy keys may be the PR's own, so none apply.
    const set = POLICY_KEYS.filter((key) => raw[key] !== undefined);
    if (set.length === 0) return { raw, findings };
    for (const key of set) setKey(raw, key, undefined);
    findings.push(
      notice(
        POLICY_UNAVAILABLE,
        `gatewatch.yml sets ${set.map((key) => `"${key}"`).join(', ')} but the base commit "${source.label}" could not be read (${source.reason}), ` +
          'so they use their defaults or the action inputs; check out with fetch-depth: 0 (actions/checkout) so the base commit is present',
        at(input, `/${set[0]}`),
      ),
    );
    return { raw, findings };
  }
  for (const key of POLICY_KEYS) {
    const proposed = raw[key];
    const kept = source.raw[key];
    if (JSON.stringify(proposed) === JSON.stringify(kept)) continue;
    setKey(raw, key, kept);
    findings.push(
      notice(
        DEFERRED_SETTING,
        `This pull request changes "${key}" from ${show(kept)} to ${show(proposed)}; settings that decide the gate are read from the base commit ` +
          `"${source.label}", so the change takes effect after merge`,
        at(input, `/${key}`),
      ),
    );
  }
  return { raw, findings };
}

function setKey(raw: RawConfig, key: PolicyKey, value: RawConfig[PolicyKey]): void {
  if (value === undefined) delete raw[key];
  else (raw as Record<string, unknown>)[key] = value;
}

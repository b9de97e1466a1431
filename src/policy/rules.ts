/** Notices about gatewatch.yml settings a pull request may not change for its own run (trusted-policy.ts). */
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

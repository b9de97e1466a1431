/** Rules about the run itself (globs, limits, a crashing rule): reported by the pipeline, not by a checker. */
import type { RuleMeta } from '../rule.js';

export const RULE_CRASHED: RuleMeta = {
  id: 'tool/rule-crashed',
  severity: 'error',
  description: 'A rule threw while checking a file; the other rules still ran',
};

export const EMPTY_GLOB: RuleMeta = {
  id: 'tool/empty-glob',
  severity: 'notice',
  description: 'A configured glob matched no file, so nothing was checked for it',
};

export const TOO_MANY_FILES: RuleMeta = {
  id: 'tool/too-many-files',
  severity: 'error',
  description: 'The globs matched more files than limits.max_files; the rest were not checked',
};

export const TOOL_RULES: readonly RuleMeta[] = [RULE_CRASHED, EMPTY_GLOB, TOO_MANY_FILES];

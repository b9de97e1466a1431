/** Produced by the parser itself (kb/parse.ts, kb/check.ts); listed so reports and docs know it. */
import type { RuleMeta } from '../../rule.js';

export const PARSE_ERROR_RULE: RuleMeta = {
  id: 'kb/parse-error',
  severity: 'error',
  description: 'The file can be read as a KB entry: UTF-8 text, valid YAML front matter, items in the documented form',
};

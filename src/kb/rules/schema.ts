/** Produced by ajv against schemas/kb-entry.schema.json (kb/schema-check.ts). */
import type { RuleMeta } from '../../rule.js';

export const SCHEMA_RULE_META: RuleMeta = {
  id: 'kb/schema',
  severity: 'error',
  description: 'The canonical entry validates against schemas/kb-entry.schema.json',
};

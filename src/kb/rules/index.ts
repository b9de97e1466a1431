/** The explicit KB rule registry (ncc bundles statically: no filesystem discovery). */
import type { Rule, RuleMeta } from '../../rule.js';
import { codeRepeatsProse } from './code-repeats-prose.js';
import type { KbRuleContext } from './context.js';
import { deadEndDuplicatesWorkaround } from './dead-end-duplicates-workaround.js';
import { duplicateId } from './duplicate-id.js';
import { emptyTitle } from './empty-title.js';
import { fieldConflict } from './field-conflict.js';
import { fixRateConsistency } from './fix-rate-consistency.js';
import { idDomain } from './id-domain.js';
import { idPath } from './id-path.js';
import { metadata } from './metadata.js';
import { PARSE_ERROR_RULE } from './parse-error.js';
import { percentFormat } from './percent-format.js';
import { regexExample } from './regex-example.js';
import { relatedExists } from './related-exists.js';
import { SCHEMA_RULE_META } from './schema.js';
import { sections } from './sections.js';
import { tableColumns } from './table-columns.js';
import { versionLifecycle } from './version-lifecycle.js';

/** Rules that look at one file alone; they run while the file is parsed, before the next one is read. */
export const KB_FILE_RULES: readonly Rule<KbRuleContext>[] = [
  codeRepeatsProse,
  deadEndDuplicatesWorkaround,
  emptyTitle,
  fieldConflict,
  fixRateConsistency,
  idDomain,
  idPath,
  metadata,
  percentFormat,
  regexExample,
  sections,
  tableColumns,
  versionLifecycle,
];

/** Rules that need every entry's id; they run once all files are read, on slimmed files (id and related only). */
export const KB_CROSS_FILE_RULES: readonly Rule<KbRuleContext>[] = [duplicateId, relatedExists];

export const KB_RULES: readonly Rule<KbRuleContext>[] = [...KB_FILE_RULES, ...KB_CROSS_FILE_RULES];

export const KB_RULE_METAS: readonly RuleMeta[] = [PARSE_ERROR_RULE, SCHEMA_RULE_META, ...KB_RULES];

/** Validates canonical entries against schemas/kb-entry.schema.json and locates each error in the source. */
import entrySchema from '../../schemas/kb-entry.schema.json' with { type: 'json' };
import type { RuleFinding } from '../rule.js';
import { compileSchema, describeError, errorPointer } from '../schema/ajv.js';
import { pointerSegments } from '../yaml-locate.js';
import { locatePointer } from './locate-pointer.js';
import type { ParsedKbFile } from './model.js';
import { SCHEMA_RULE_META } from './rules/schema.js';

export const SCHEMA_RULE = SCHEMA_RULE_META.id;

const validateEntry = compileSchema(entrySchema);


/** True when `pointer` is `ancestor` or lies under it. */
export function isUnder(pointer: string, ancestor: string): boolean {
  if (ancestor === '') return true;
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

export function validateAgainstSchema(file: ParsedKbFile): RuleFinding[] {
  if (validateEntry(file.entry)) return [];
  const findings: RuleFinding[] = [];
  for (const error of validateEntry.errors ?? []) {
    const pointer = errorPointer(error);
    // A missing key is shown where its parent object is, an unknown key at the key itself.
    const location = locatePointer(file, error.keyword === 'required' && pointerSegments(pointer).length === 1 ? '' : pointer);
    findings.push({
      ruleId: SCHEMA_RULE,
      severity: 'error',
      message: describeError(error, file.entry),
      location,
      pointer,
    });
  }
  return findings;
}

/** A finding from the parser or a semantic rule suppresses schema errors at or under its pointer. */
export function dropShadowedSchemaErrors(findings: RuleFinding[]): RuleFinding[] {
  const claimed = findings.filter((finding) => finding.ruleId !== SCHEMA_RULE && finding.pointer !== undefined).map((finding) => finding.pointer!);
  if (claimed.length === 0) return findings;
  return findings.filter(
    (finding) => finding.ruleId !== SCHEMA_RULE || !claimed.some((pointer) => isUnder(finding.pointer ?? '', pointer)),
  );
}

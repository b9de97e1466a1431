/** The section and metadata vocabulary of a seed-form entry; no parser here, so rule metadata loads light. */

export const SECTION_ORDER = [
  'Root Cause',
  'Version Compatibility',
  'Workarounds',
  'Dead Ends',
  'Signals',
  'References',
  'Related',
] as const;

export const METADATA_FIELDS: Record<string, string> = {
  ID: 'id',
  Domain: 'domain',
  Category: 'category',
  Verification: 'verification',
  'Fix Rate': 'fix_rate',
};

export { buildCiteIndex, citeFindings, explain, rankEntries, MAX_CITATIONS } from './cite.js';
export type { CiteIndex, MatchKind, RankedEntry, RejectedPattern, Symptom } from './cite.js';
export { compileSafeRegex, unsafeRegexReason, testCapped, MAX_INPUT_LENGTH, MAX_PATTERN_LENGTH } from './safe-regex.js';

/** The KB checker: read every entry, parse, validate against the schema, run the semantic rules. */
import { pushAll } from '../collections.js';
import type { Options } from '../config.js';
import type { Deps } from '../deps.js';
import type { Finding } from '../finding.js';
import { expandGlobs } from '../files.js';
import { runRules, toFinding, type RuleFinding } from '../rule.js';
import type { SourceRange } from '../yaml-locate.js';
import type { KbEntry, KbRecord, ParsedKbFile } from './model.js';
import { parseKbFile, PARSE_ERROR, skeletonFile, unreadableFile } from './parse.js';
import { oversizeMessage } from './source.js';
import type { KbIndex, KbSettings } from './rules/context.js';
import { KB_CROSS_FILE_RULES, KB_FILE_RULES } from './rules/index.js';
import { dropShadowedSchemaErrors, validateAgainstSchema } from './schema-check.js';
import { checkInWorkers, PARALLEL_MIN_FILES } from './workers.js';

export interface KbCheckResult {
  findings: Finding[];
  /** Entries that parsed and validated: what citations may use. */
  records: KbRecord[];
  files: ParsedKbFile[];
}


async function readOne(path: string, deps: Deps, maxBytes: number): Promise<{ file: ParsedKbFile; findings: RuleFinding[] }> {
  try {
    return parseKbFile(path, await deps.readFile(path, maxBytes), maxBytes);
  } catch (error) {
    const { code, size } = error as NodeJS.ErrnoException & { size?: number };
    // Refused before reading: a 1 GB file must not be loaded to learn it is too big.
    const message =
      code === 'EFBIG' && size !== undefined
        ? oversizeMessage(size, maxBytes)
        : `Cannot read the file (${code ?? (error as Error).message}); fix its permissions or remove it from the kb globs`;
    return {
      file: unreadableFile(path),
      findings: [{ ruleId: PARSE_ERROR, severity: 'error', message, location: { path, line: 1, column: 1 } }],
    };
  }
}

function buildIndex(files: ParsedKbFile[]): KbIndex {
  const pathsById = new Map<string, string[]>();
  for (const file of files) {
    const id = file.entry.id;
    if (typeof id !== 'string') continue;
    const paths = pathsById.get(id) ?? [];
    paths.push(file.path);
    pathsById.set(id, paths);
  }
  return { pathsById };
}

/**
 * What the cross-file rules need of a file: its entry plus the ranges of `/id` and `/related/…`.
 * Dropping the rest (lines, ranges, YAML documents) keeps 10,000 entries within a few hundred MB.
 */
function slimForCrossFileRules(file: ParsedKbFile): ParsedKbFile {
  const ranges = new Map<string, SourceRange>();
  const keep = ['/id', '/related', ...((file.entry.related as unknown[] | undefined) ?? []).map((_, index) => `/related/${index}`)];
  for (const pointer of keep) {
    const where = file.ranges.get(pointer) ?? file.locateFrontMatter?.(pointer);
    if (where) ranges.set(pointer, where);
  }
  return skeletonFile(file.path, { form: file.form, entry: file.entry, ranges, unparseable: file.unparseable });
}

/** One file checked alone: its findings, its entry when complete, and what the cross-file rules need of it. */
export interface FileCheck {
  findings: Finding[];
  record?: KbRecord;
  file: ParsedKbFile;
}

/** Per-file rules need no index, so each file is checked as soon as it is parsed and then slimmed. */
export async function checkOneFile(path: string, deps: Deps, settings: KbSettings, maxBytes: number): Promise<FileCheck> {
  const { file, findings: parseFindings } = await readOne(path, deps, maxBytes);
  if (file.unparseable) return { findings: parseFindings.map(toFinding), file };
  const noIndex: KbIndex = { pathsById: new Map() };
  const ruleFindings = runRules(KB_FILE_RULES, { file, index: noIndex, settings }, { path: file.path, line: 1 });
  const schemaFindings = validateAgainstSchema(file);
  const findings = dropShadowedSchemaErrors([...parseFindings, ...ruleFindings, ...schemaFindings]).map(toFinding);
  // No schema error means the entry validated: it is complete and may be cited.
  const complete = schemaFindings.length === 0;
  return {
    findings,
    ...(complete ? { record: { path: file.path, entry: file.entry as unknown as KbEntry } } : {}),
    file: slimForCrossFileRules(file),
  };
}

async function checkSequentially(paths: readonly string[], deps: Deps, settings: KbSettings, maxBytes: number): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  for (const path of paths) checks.push(await checkOneFile(path, deps, settings, maxBytes));
  return checks;
}

/** Parses and checks the given files, in worker threads when there are many; pure over what `deps` reads. */
export async function checkKbFiles(paths: string[], deps: Deps, settings: KbSettings, maxBytes: number): Promise<KbCheckResult> {
  const checks =
    deps.kbWorker && paths.length >= PARALLEL_MIN_FILES && deps.parallelism() > 1
      ? await checkInWorkers(paths, deps, { settings, maxBytes }, (chunk) => checkSequentially(chunk, deps, settings, maxBytes))
      : await checkSequentially(paths, deps, settings, maxBytes);
  const findings = checks.flatMap((check) => check.findings);
  const records = checks.flatMap((check) => (check.record ? [check.record] : []));
  const files = checks.map((check) => check.file);
  const index = buildIndex(files);
  for (const file of files) {
    if (file.unparseable) continue;
    pushAll(findings, runRules(KB_CROSS_FILE_RULES, { file, index, settings }, { path: file.path, line: 1 }).map(toFinding));
  }
  return { findings, records, files };
}

/** The `kb` part of a run: expand the globs, then check every file found. */
export async function checkKb(options: Options, deps: Deps): Promise<KbCheckResult> {
  if (options.kb.paths.length === 0) return { findings: [], records: [], files: [] };
  const expanded = await expandGlobs(options.kb.paths, deps, 'kb', options.limits.maxFiles);
  const settings: KbSettings = {
    root: options.kb.root,
    ...(options.kb.domains ? { domains: options.kb.domains } : {}),
    ...(options.kb.categories ? { categories: options.kb.categories } : {}),
  };
  const result = await checkKbFiles(expanded.paths, deps, settings, options.kb.maxFileBytes);
  return { ...result, findings: [...expanded.findings, ...result.findings] };
}

/** The KB as knowledge (for `explain`, `logs`, citations): complete entries only, findings kept for the caller. */
export async function loadKb(options: Options, deps: Deps): Promise<{ records: KbRecord[]; findings: Finding[] }> {
  const { records, findings } = await checkKb(options, deps);
  return { records, findings };
}

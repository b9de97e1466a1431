/** The KB checker: read every entry, parse, validate against the schema, run the semantic rules. */
import type { Options } from '../config.js';
import type { Deps } from '../deps.js';
import type { Finding } from '../finding.js';
import { expandGlobs } from '../files.js';
import { runRules, toFinding, type RuleFinding } from '../rule.js';
import type { KbEntry, KbRecord, ParsedKbFile } from './model.js';
import { parseKbFile, PARSE_ERROR } from './parse.js';
import { oversizeMessage } from './source.js';
import type { KbIndex, KbSettings } from './rules/context.js';
import { KB_RULES } from './rules/index.js';
import { dropShadowedSchemaErrors, isCompleteEntry, validateAgainstSchema } from './schema-check.js';

export interface KbCheckResult {
  findings: Finding[];
  /** Entries that parsed and validated: what citations may use. */
  records: KbRecord[];
  files: ParsedKbFile[];
}

const READ_CONCURRENCY = 32;

async function readOne(path: string, deps: Deps, maxBytes: number): Promise<{ file: ParsedKbFile; findings: RuleFinding[] }> {
  try {
    const stats = await deps.stat(path);
    if (stats.isDirectory) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // Refuse before reading: a 1 GB file must not be loaded to learn it is too big.
    if (stats.size > maxBytes) {
      return {
        file: parseKbFile(path, Buffer.from(''), maxBytes).file,
        findings: [{ ruleId: PARSE_ERROR, severity: 'error', message: oversizeMessage(stats.size, maxBytes), location: { path, line: 1, column: 1 } }],
      };
    }
    return parseKbFile(path, await deps.readFile(path), maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      file: parseKbFile(path, Buffer.from(''), maxBytes).file,
      findings: [{ ruleId: PARSE_ERROR, severity: 'error', message: `Cannot read the file (${code}); fix its permissions or remove it from the kb globs`, location: { path, line: 1 } }],
    };
  }
}

async function readAll(paths: string[], deps: Deps, maxBytes: number): Promise<{ file: ParsedKbFile; findings: RuleFinding[] }[]> {
  const results: { file: ParsedKbFile; findings: RuleFinding[] }[] = new Array(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const index = next++;
      results[index] = await readOne(paths[index]!, deps, maxBytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
  return results;
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

/** Parses and checks the given files; pure over what `deps` reads. */
export async function checkKbFiles(paths: string[], deps: Deps, settings: KbSettings, maxBytes: number): Promise<KbCheckResult> {
  const parsed = await readAll(paths, deps, maxBytes);
  const files = parsed.map((result) => result.file);
  const index = buildIndex(files);
  const findings: Finding[] = [];
  const records: KbRecord[] = [];
  for (const { file, findings: parseFindings } of parsed) {
    if (file.unparseable) {
      findings.push(...parseFindings.map(toFinding));
      continue;
    }
    const ruleFindings = runRules(KB_RULES, { file, index, settings }, { path: file.path, line: 1 });
    const schemaFindings = validateAgainstSchema(file);
    findings.push(...dropShadowedSchemaErrors([...parseFindings, ...ruleFindings, ...schemaFindings]).map(toFinding));
    if (schemaFindings.length === 0 && isCompleteEntry(file)) records.push({ path: file.path, entry: file.entry as unknown as KbEntry });
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

/**
 * The action's `probes` input (and `gatewatch check --probes FILE`): YAML text holding the same list
 * as gatewatch.yml's `probes:`, validated by the same schema definition so both forms accept the same keys.
 */
import { parseDocument } from 'yaml';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { toProbeSpec, UsageError, type ProbeSpec, type RawProbe } from '../config.js';
import { compileRepoRegex } from '../safety/repo-regex.js';
import { compileSchema, describeError, errorPointer } from '../schema/ajv.js';
import { LineCounter, locateInYaml } from '../yaml-locate.js';
import { locateProbes } from './origins.js';

// A list of the config schema's own probe definition: one source of truth for probe keys.
const validateProbeList = compileSchema({
  $schema: configSchema.$schema,
  $id: `${configSchema.$id.replace(/config\.schema\.json$/, '')}probes-input.schema.json`,
  type: 'array',
  items: { $ref: '#/$defs/probe' },
  $defs: configSchema.$defs,
});

export interface ProbesInputOptions {
  /** Name shown in errors and used as the findings' path (`probes` input, or a repo-relative file). */
  source?: string;
  /** Defaults for keys an entry leaves out (gatewatch.yml `probe.timeout_ms` / `probe.retries`). */
  defaults?: { timeoutMs: number; retries: number };
  /** Give the probes `origin` lines in `source` (set when `source` is a file in the repo). */
  locate?: boolean;
}

/** `expect.body_regex` values RE2 cannot run, by probe index: refused when the list is read, not mid-run. */
export function bodyRegexProblems(probes: readonly RawProbe[]): { index: number; reason: string }[] {
  return probes.flatMap((probe, index) => {
    const source = probe.expect?.body_regex;
    if (source === undefined) return [];
    const compiled = compileRepoRegex(source);
    return compiled.ok ? [] : [{ index, reason: compiled.reason }];
  });
}

/** Parses the YAML list; every problem is a UsageError naming the line, column and key. */
export function parseProbesInput(text: string, options: ProbesInputOptions = {}): ProbeSpec[] {
  const source = options.source ?? 'probes';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const position = lineCounter.linePos(first.pos[0]);
    throw new UsageError(`${source}:${position.line}:${position.col}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? [];
  } catch (error) {
    // yaml throws (ReferenceError) on an alias without its anchor, or one expanded past maxAliasCount.
    throw new UsageError(`${source}:1:1: invalid YAML: ${(error as Error).message}`);
  }
  // Also accept a pasted gatewatch.yml fragment (`probes:` followed by the list).
  let pointer = '';
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'probes' in data) {
    data = (data as { probes: unknown }).probes;
    pointer = '/probes';
  }
  if (!validateProbeList(data)) {
    const errors = validateProbeList.errors ?? [];
    // Branch errors of the url/tcp/via anyOf ("missing url", "missing tcp" …) are replaced below by one message.
    const messages = errors
      .filter((error) => error.keyword !== 'anyOf' && !error.schemaPath.includes('/anyOf/'))
      .map((error) => {
        const errorAt = `${pointer}${errorPointer(error)}`;
        const range = locateInYaml(doc, lineCounter, errorAt, 0, error.keyword === 'additionalProperties');
        const where = range ? `${source}:${range.line}:${range.column}` : source;
        const key = errorAt === '' ? '(root)' : errorAt.slice(1).replace(/\//g, '.');
        return `${where}: invalid probe key "${key}": ${describeError(error, data)}`;
      });
    for (const anyOf of errors.filter((error) => error.keyword === 'anyOf')) {
      const range = locateInYaml(doc, lineCounter, `${pointer}${anyOf.instancePath}`);
      const where = range ? `${source}:${range.line}:${range.column}` : source;
      messages.push(`${where}: probe needs one of "url", "via" or "tcp"`);
    }
    throw new UsageError([...new Set(messages)].join('\n') || `${source}: invalid probes list`);
  }
  const regexProblems = bodyRegexProblems(data as RawProbe[]);
  if (regexProblems.length > 0) {
    throw new UsageError(
      regexProblems
        .map(({ index, reason }) => {
          const range = locateInYaml(doc, lineCounter, `${pointer}/${index}/expect/body_regex`);
          return `${range ? `${source}:${range.line}:${range.column}` : source}: invalid probe key "${`${pointer}/${index}/expect/body_regex`.slice(1).replace(/\//g, '.')}": ${reason}`;
        })
        .join('\n'),
    );
  }
  const defaults = options.defaults ?? { timeoutMs: 2000, retries: 1 };
  const specs = (data as RawProbe[]).map((raw) => toProbeSpec(raw, defaults));
  return options.locate ? locateProbes(specs, doc, lineCounter, source, pointer) : specs;
}

/** gatewatch.yml text -> the validated raw config, every problem a UsageError at key:line. */
import { parseDocument } from 'yaml';
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import { UsageError, type RawConfig } from './config.js';
import { bodyRegexProblems } from './probe/parse-probes-input.js';
import { compileSchema, describeError, errorPointer } from './schema/ajv.js';
import { LineCounter, locateInYaml } from './yaml-locate.js';

const validateConfig = compileSchema(configSchema);

/** A validated gatewatch.yml and a way to find where a key sits in it (for notices about that key). */
export interface ConfigDocument {
  raw: RawConfig;
  /** Line and column of the key at `pointer` (`/fail_on`, `/nginx/binary`); undefined when it is absent. */
  locate(pointer: string): { line: number; column: number } | undefined;
}

/** Parses and validates gatewatch.yml text; every problem becomes a UsageError naming the key and line. */
export function parseConfigText(text: string, configPath: string): RawConfig {
  return parseConfigDocument(text, configPath).raw;
}

export function parseConfigDocument(text: string, configPath: string): ConfigDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const position = lineCounter.linePos(first.pos[0]);
    throw new UsageError(`${configPath}:${position.line}:${position.col}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // yaml throws on an alias without its anchor (`*x`) or one expanded past maxAliasCount: bad config, exit 2.
    throw new UsageError(`${configPath}:1:1: invalid YAML: ${(error as Error).message}`);
  }
  if (!validateConfig(data)) {
    const messages = (validateConfig.errors ?? [])
      .filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf' && error.keyword !== 'if')
      .map((error) => {
        const pointer = errorPointer(error);
        const range = locateInYaml(doc, lineCounter, pointer, 0, error.keyword === 'additionalProperties');
        const where = range ? `${configPath}:${range.line}:${range.column}` : configPath;
        const key = pointer === '' ? '(root)' : pointer.slice(1).replace(/\//g, '.');
        return `${where}: invalid config key "${key}": ${describeError(error, data)}`;
      });
    throw new UsageError([...new Set(messages)].join('\n') || `${configPath}: invalid config`);
  }
  const regexProblems = bodyRegexProblems((data as RawConfig).probes ?? []);
  if (regexProblems.length > 0) {
    throw new UsageError(
      regexProblems
        .map(({ index, reason }) => {
          const range = locateInYaml(doc, lineCounter, `/probes/${index}/expect/body_regex`);
          return `${range ? `${configPath}:${range.line}:${range.column}` : configPath}: invalid config key "probes.${index}.expect.body_regex": ${reason}`;
        })
        .join('\n'),
    );
  }
  return {
    raw: data as RawConfig,
    locate: (pointer) => {
      const range = locateInYaml(doc, lineCounter, pointer, 0, true, true);
      return range ? { line: range.line, column: range.column } : undefined;
    },
  };
}

/** Source lines of probes declared in YAML, so probe findings point at the entry that declared them. */
import { parseDocument, type Document } from 'yaml';
import type { Options, ProbeSpec } from '../config.js';
import { LineCounter, locateInYaml } from '../yaml-locate.js';

/** Adds `origin` (the line of each entry's `name:`) to probes listed at `pointer` in `doc`. */
export function locateProbes(
  probes: ProbeSpec[],
  doc: Document,
  lineCounter: LineCounter,
  sourcePath: string,
  pointer: string,
): ProbeSpec[] {
  return probes.map((probe, index) => {
    if (probe.origin) return probe;
    const range = locateInYaml(doc, lineCounter, `${pointer}/${index}/name`, 0, true);
    return range ? { ...probe, origin: { path: sourcePath, line: range.line, column: range.column } } : probe;
  });
}

/** Locates gatewatch.yml's `probes:` entries (the text was already validated by parseConfigText). */
export function withProbeOrigins(options: Options, text: string, configPath: string): Options {
  if (options.probes.length === 0) return options;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return { ...options, probes: locateProbes(options.probes, doc, lineCounter, configPath, '/probes') };
}

/** `gatewatch explain`: which KB entries match a symptom seen in production (a status, a log line, a probe class). */
import { plural } from '../verdict.js';
import { maxOf } from '../collections.js';
import { parseArgs } from 'node:util';
import { buildCiteIndex, rankEntries, type RankedEntry, type Symptom } from '../cite/cite.js';
import { loadConfig, UsageError } from '../config.js';
import type { Deps } from '../deps.js';
import { loadKb } from '../kb/check.js';
import { GATEWAYS, PROBE_CLASSES } from '../failure-class.js';
import { readLogLine } from '../logs/line.js';
import { ruleCatalogue } from '../run.js';
import { oneOf } from './check.js';
import { EXIT, type Io } from './io.js';

export const EXPLAIN_USAGE = `Usage: gatewatch explain [--status N] [--log TEXT] [--probe CLASS] [--haproxy-termination CODE]
                        [--rule RULE_ID] [--gateway nginx|haproxy|alb] [--format text|json]
                        [--config FILE] [--kb GLOB]...

Ranks the KB entries that match a symptom by evidence: rule id > log line (the entry's *_log
regexes, HAProxy termination state) > probe class > HTTP status; gateway and side refine, fix rate
only breaks exact ties. Give at least one symptom.
Exit codes: 0 some entry matches, 1 none matches, 2 bad usage, 3 internal failure.`;

export interface ExplainReport {
  version: 1;
  symptom: Symptom;
  entries: RankedEntry[];
  /** KB regexes that were not run (unsafe or invalid): they can never match. */
  skippedPatterns: { entryId: string; path: string; pattern: string; reason: string }[];
  /** KB files with findings are left out of the ranking; `gatewatch check` says why. */
  kbFindings: number;
}

function symptomFrom(values: Record<string, string | boolean | string[] | undefined>): Symptom {
  const status = values.status as string | undefined;
  let httpStatus: number | undefined;
  if (status !== undefined) {
    httpStatus = Number(status);
    if (!/^\d{3}$/.test(status) || httpStatus < 100 || httpStatus > 599) {
      throw new UsageError(`invalid value "${status}" for --status; expected an HTTP status such as 502`);
    }
  }
  const probe = oneOf('--probe', values.probe as string | undefined, PROBE_CLASSES);
  const gateway = oneOf('--gateway', values.gateway as string | undefined, GATEWAYS);
  const symptom: Symptom = {
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    // The same extractor as citation: a whole line is read as its gateway's, a fragment matches any log signal.
    ...(values.log !== undefined ? { log: readLogLine(values.log as string, gateway) } : {}),
    ...(probe ? { probe } : {}),
    ...(values['haproxy-termination'] !== undefined ? { haproxyTermination: values['haproxy-termination'] as string } : {}),
    ...(values.rule !== undefined ? { ruleId: values.rule as string } : {}),
  };
  if (Object.keys(symptom).length === 0) throw new UsageError(`explain needs at least one symptom\n${EXPLAIN_USAGE}`);
  return { ...symptom, ...(gateway ? { gateway } : {}) };
}

export function renderExplainText(report: ExplainReport): string {
  const out: string[] = [];
  if (report.entries.length === 0) {
    out.push('No KB entry matches this symptom.');
  } else {
    const rows = report.entries.map((entry) => [entry.score.toFixed(2), `${entry.fixRate}%`, entry.evidence.join(','), entry.entryId]);
    const header = ['SCORE', 'FIX', 'MATCHED BY', 'ENTRY'];
    const widths = header.map((title, column) => maxOf([title.length, ...rows.map((cells) => cells[column]!.length)]));
    const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
    out.push(line(header));
    report.entries.forEach((entry, index) => {
      out.push(line(rows[index]!));
      out.push(`  ${entry.title}`, `  ${entry.path}`);
    });
  }
  for (const skipped of report.skippedPatterns) {
    out.push(`note: ${skipped.path}: log signal "${skipped.pattern}" was not run: ${skipped.reason}`);
  }
  if (report.kbFindings > 0) out.push(`note: the KB has ${plural(report.kbFindings, 'finding')}; run "gatewatch check" (entries that do not parse are left out)`);
  return `${out.join('\n')}\n`;
}

export async function explainCommand(argv: string[], deps: Deps, io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        status: { type: 'string' },
        log: { type: 'string' },
        probe: { type: 'string' },
        'haproxy-termination': { type: 'string' },
        rule: { type: 'string' },
        gateway: { type: 'string' },
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        kb: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  const symptom = symptomFrom(values);
  const format = oneOf('--format', values.format, ['text', 'json'] as const) ?? 'text';
  const options = await loadConfig(deps, values.config);
  const kbOptions = values.kb ? { ...options, kb: { ...options.kb, paths: values.kb } } : options;
  const { records, findings } = await loadKb(kbOptions, deps);
  const index = buildCiteIndex(records, ruleCatalogue());
  const report: ExplainReport = {
    version: 1,
    symptom,
    entries: rankEntries(index, symptom),
    skippedPatterns: index.rejected,
    kbFindings: findings.length,
  };
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderExplainText(report));
  return report.entries.length > 0 ? EXIT.passed : EXIT.failed;
}

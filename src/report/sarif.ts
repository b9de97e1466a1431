/**
 * SARIF 2.1.0 for GitHub code scanning (`sarif-file` input, `--format sarif`). Rules come from rule
 * metadata joined at report time; code scanning needs a location with `region.startLine` on every
 * result, so a finding without one is placed at line 1 of the config file.
 */
import type { Finding, Severity } from '../finding.js';
import type { RunResult } from '../result.js';
import type { RuleMeta } from '../rule.js';
import { TOOL_VERSION } from '../version.js';
import { buildLookup, type ReportLookup } from './lookup.js';
import { blobUrl, codeSpan, encodePath, link } from './markdown.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifOptions {
  /** Where location-less findings are shown (default `gatewatch.yml`). */
  fallbackPath?: string;
  /** Makes KB links in rule help absolute (the entry at this commit); otherwise repo-relative paths. */
  repo?: { owner: string; repo: string; sha: string; serverUrl?: string };
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

function helpText(rule: RuleMeta, lookup: ReportLookup, options: SarifOptions): { text: string; markdown: string } {
  const entries = (rule.kb ?? []).map((id) => ({ id, record: lookup.entry(id) }));
  if (entries.length === 0) return { text: rule.description, markdown: rule.description };
  const lines = entries.map(({ id, record }) =>
    record ? `${record.entry.title} (fix rate ${record.entry.fix_rate}%): ${record.path}` : id,
  );
  const target = (path: string): string => (options.repo ? blobUrl(options.repo, path) : encodePath(path));
  const markdownLines = entries.map(({ id, record }) =>
    record ? `- ${link(record.entry.title, target(record.path))} — fix rate ${record.entry.fix_rate}%` : `- ${codeSpan(id)}`,
  );
  return {
    text: `${rule.description}\n\nKnowledge base:\n${lines.map((line) => `- ${line}`).join('\n')}`,
    markdown: `${rule.description}\n\n**Knowledge base**\n\n${markdownLines.join('\n')}`,
  };
}

function sarifRule(rule: RuleMeta, lookup: ReportLookup, options: SarifOptions) {
  return {
    id: rule.id,
    name: rule.id.replace(/[/-](\w)/g, (_, char: string) => char.toUpperCase()).replace(/^\w/, (char) => char.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: helpText(rule, lookup, options),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.id.split('/')[0] ?? 'gatewatch'], ...(rule.kb ? { kb: [...rule.kb] } : {}) },
  };
}

function region(finding: Finding): SarifRegion {
  const location = finding.location;
  if (!location) return { startLine: 1 };
  return {
    startLine: location.line,
    ...(location.column !== undefined ? { startColumn: location.column } : {}),
    ...(location.endLine !== undefined ? { endLine: location.endLine } : {}),
    // Both SARIF and gatewatch locations end one past the last character (`****` at 3 ends at 7).
    ...(location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
  };
}

function sarifResult(finding: Finding, ruleIndex: number, lookup: ReportLookup, fallbackPath: string) {
  const citations = finding.citations ?? [];
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          // A URI reference (RFC 3986): a space, `#`, `?`, `%` or non-ASCII in a file name is percent-encoded.
          artifactLocation: { uri: encodePath(finding.location?.path ?? fallbackPath), uriBaseId: '%SRCROOT%' },
          region: region(finding),
        },
      },
    ],
    // Cited KB entries show up in code scanning as related locations the reader can open.
    ...(citations.length > 0
      ? {
          relatedLocations: citations.map((citation, index) => ({
            id: index + 1,
            physicalLocation: { artifactLocation: { uri: encodePath(citation.path), uriBaseId: '%SRCROOT%' } },
            message: { text: lookup.entry(citation.entryId)?.entry.title ?? citation.entryId },
          })),
        }
      : {}),
    // gate-on new: code scanning shows which results the base branch already had.
    ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    ...(finding.signals ? { properties: { signals: finding.signals } } : {}),
  };
}

export function buildSarif(result: RunResult, options: SarifOptions = {}) {
  const lookup = buildLookup(result);
  const rules: RuleMeta[] = [...result.rules];
  const indexById = new Map(rules.map((rule, index) => [rule.id, index]));
  for (const finding of result.findings) {
    // A finding whose rule has no metadata still needs a `rules[]` entry for `ruleIndex` to point at.
    if (!indexById.has(finding.ruleId)) {
      indexById.set(finding.ruleId, rules.length);
      rules.push({ id: finding.ruleId, severity: finding.severity, description: finding.ruleId });
    }
  }
  const fallbackPath = options.fallbackPath ?? 'gatewatch.yml';
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'gatewatch',
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            rules: rules.map((rule) => sarifRule(rule, lookup, options)),
          },
        },
        columnKind: 'utf16CodeUnits' as const,
        results: result.findings.map((finding) =>
          sarifResult(finding, indexById.get(finding.ruleId)!, lookup, fallbackPath),
        ),
      },
    ],
  };
}

export function renderSarif(result: RunResult, options: SarifOptions = {}): string {
  return `${JSON.stringify(buildSarif(result, options), null, 2)}\n`;
}

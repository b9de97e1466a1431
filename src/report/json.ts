/** The JSON report (DESIGN §2): `version: 1`, a stable key order, no timestamps, for other tools to read. */
import { countBySeverity, type Finding } from '../finding.js';
import type { ProbeResult } from '../probe/result.js';
import type { RunResult } from '../result.js';
import { TOOL_VERSION } from '../version.js';

export const JSON_REPORT_VERSION = 1;

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  tool: { name: string; version: string };
  summary: { passed: boolean; errors: number; warnings: number; notices: number; files: number; durationMs: number };
  findings: Finding[];
  probes: ProbeResult[];
}

/* Rebuilt field by field so the key order is the documented one whatever order checkers used. */
function findingJson(finding: Finding): Finding {
  const { location, signals, citations } = finding;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...(location
      ? {
          location: {
            path: location.path,
            line: location.line,
            ...(location.column !== undefined ? { column: location.column } : {}),
            ...(location.endLine !== undefined ? { endLine: location.endLine } : {}),
            ...(location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
          },
        }
      : {}),
    ...(signals && Object.keys(signals).length > 0 ? { signals } : {}),
    ...(citations && citations.length > 0
      ? { citations: citations.map(({ entryId, path, score, evidence, strong }) => ({
          entryId,
          path,
          score,
          ...(evidence ? { evidence } : {}),
          ...(strong !== undefined ? { strong } : {}),
        })) }
      : {}),
    ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
  };
}

function probeJson(probe: ProbeResult): ProbeResult {
  const { timings } = probe;
  return {
    name: probe.name,
    url: probe.url,
    ok: probe.ok,
    class: probe.class,
    status: probe.status,
    bodyOrigin: probe.bodyOrigin,
    timings: { dns: timings.dns, connect: timings.connect, tls: timings.tls, ttfb: timings.ttfb, total: timings.total },
    attempts: probe.attempts,
    assertions: [...probe.assertions],
    // A via/direct pair's side, its differential diagnosis and the gateway log line it was matched to.
    ...(probe.role ? { role: probe.role } : {}),
    ...(probe.error ? { error: probe.error } : {}),
    ...(probe.diagnosis ? { diagnosis: probe.diagnosis } : {}),
    ...(probe.gatewayLog ? { gatewayLog: { ...probe.gatewayLog } } : {}),
  };
}

export function buildJsonReport(result: RunResult): JsonReport {
  const counts = countBySeverity(result.findings);
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'gatewatch', version: TOOL_VERSION },
    summary: {
      passed: result.verdict.passed,
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice,
      files: result.files,
      durationMs: Math.round(result.durationMs),
    },
    findings: result.findings.map(findingJson),
    probes: result.probes.map(probeJson),
  };
}

export function renderJson(result: RunResult): string {
  return `${JSON.stringify(buildJsonReport(result), null, 2)}\n`;
}

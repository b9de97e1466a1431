/** The JSON report of DESIGN §2: stable field order, no timestamps, so identical runs give identical files. */
import { countBySeverity, failsGate, type FailOn } from '../finding.js';
import type { RunResult } from '../result.js';
import { TOOL_VERSION } from '../version.js';

export function buildJsonReport(result: RunResult, failOn: FailOn = 'error') {
  const counts = countBySeverity(result.findings);
  return {
    version: 1,
    tool: { name: 'gatewatch', version: TOOL_VERSION },
    summary: {
      passed: !failsGate(result.findings, failOn),
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice,
      files: result.files,
      durationMs: result.durationMs,
    },
    findings: result.findings,
    probes: result.probes,
  };
}

export function renderJson(result: RunResult, failOn: FailOn = 'error'): string {
  return `${JSON.stringify(buildJsonReport(result, failOn), null, 2)}\n`;
}

/** Picks the renderer for `--format`. */
import type { OutputFormat } from './config.js';
import type { FailOn } from './finding.js';
import { formatWorkflowCommand, planAnnotations } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import type { RunResult } from './result.js';

export function renderResult(result: RunResult, format: OutputFormat, failOn: FailOn): string {
  switch (format) {
    case 'json':
      return renderJson(result, failOn);
    case 'github': {
      const plan = planAnnotations(result.findings, { kb: result.kb });
      return plan.annotations.map((annotation) => `${formatWorkflowCommand(annotation)}\n`).join('');
    }
    case 'sarif':
      return renderSarif(result);
    case 'text':
      return renderText(result);
  }
}

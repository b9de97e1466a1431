/** The one writer of every report format: the CLI's `--format` and the action's `sarif-file`/`report-file` both render here. */
import type { OutputFormat } from './config.js';
import { formatWorkflowCommand, planAnnotations } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderSarif, type SarifOptions } from './report/sarif.js';
import { renderText } from './report/text.js';
import type { RunResult } from './result.js';

export interface RenderContext extends SarifOptions {
  /** `--format github`: where the findings past GitHub's annotation caps are printed. */
  overflowTarget?: string;
}

export function renderResult(result: RunResult, format: OutputFormat, context: RenderContext = {}): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'github': {
      const plan = planAnnotations(result.findings, {
        kb: result.kb,
        mustShow: result.verdict.decidedBy,
        ...(context.overflowTarget ? { overflowTarget: context.overflowTarget } : {}),
      });
      return plan.annotations.map((annotation) => `${formatWorkflowCommand(annotation)}\n`).join('');
    }
    case 'sarif':
      return renderSarif(result, context);
    case 'text':
      return renderText(result);
  }
}

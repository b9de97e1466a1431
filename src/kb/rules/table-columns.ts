/** Catches a version table with columns other than `Version | Status | Introduced | Deprecated`, or ragged rows. */
import { defineRule } from '../../rule.js';
import { type KbRuleContext } from './context.js';

const COLUMNS = ['Version', 'Status', 'Introduced', 'Deprecated'];

export const tableColumns = defineRule<KbRuleContext>({
  id: 'kb/table-columns',
  severity: 'error',
  description: 'The Version Compatibility table has exactly the columns Version | Status | Introduced | Deprecated',
  check(context, report) {
    const { file } = context;
    const table = file.versionTable;
    if (!table) {
      const heading = file.sections.find((section) => section.name === 'Version Compatibility');
      if (heading) {
        report({ message: 'Section "Version Compatibility" has no table; add "| Version | Status | Introduced | Deprecated |"', location: { path: file.path, line: heading.line, column: heading.column }, pointer: '/versions' });
      }
      return;
    }
    if (table.header.join('|') !== COLUMNS.join('|')) {
      report({ message: `Version table columns are "${table.header.join(' | ')}"; use "${COLUMNS.join(' | ')}"`, location: { path: file.path, line: table.line, column: 1 }, pointer: '/versions' });
    }
    table.rows.forEach((row, index) => {
      if (row.cells.length === COLUMNS.length) return;
      report({ message: `Version row has ${row.cells.length} cells, not ${COLUMNS.length}; fill every column ("—" for none)`, location: { path: file.path, line: row.line, column: 1 }, pointer: `/versions/${index}` });
    });
  },
});

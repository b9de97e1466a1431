/** Catches `| Nginx 1.18 | deprecated | 1.18 | — |`: a deprecated or removed row must say since when, an active one must not. */
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

export const versionLifecycle = defineRule<KbRuleContext>({
  id: 'kb/version-lifecycle',
  severity: 'error',
  description: 'Version rows are consistent: deprecated/removed rows give a Deprecated version, active rows do not',
  check(context, report) {
    (context.file.entry.versions ?? []).forEach((row, index) => {
      if (!row || typeof row !== 'object') return;
      const pointer = `/versions/${index}`;
      const name = typeof row.name === 'string' ? row.name : `row ${index + 1}`;
      if ((row.status === 'deprecated' || row.status === 'removed') && row.deprecated === null) {
        report(at(context, `${pointer}/deprecated`, `"${name}" is ${row.status} but has no Deprecated version; give the version it was deprecated in`));
      }
      if (row.status === 'active' && typeof row.deprecated === 'string') {
        report(at(context, `${pointer}/status`, `"${name}" is active but lists Deprecated "${row.deprecated}"; set the status to deprecated or clear the column ("—")`));
      }
      if (typeof row.introduced === 'string' && row.introduced === row.deprecated) {
        report(at(context, `${pointer}/deprecated`, `"${name}" is deprecated in the version it was introduced ("${row.introduced}"); check the versions`));
      }
    });
  },
});

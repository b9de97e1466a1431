/** `use_backend api if is_api` / `default_backend web` naming no `backend`/`listen`: `-c` fails without a line number. */
import { defineRule } from '../../rule.js';
import { isBackendLike } from '../config.js';
import { at, describeProxy, type HaproxyRuleContext } from './context.js';

/*
 * Measured on 2.6 (docs/gateways.md c04/c05): `haproxy -c` exits 1 with
 * "Proxy 'fe': unable to find required use_backend: 'api'." and no file:line, so we locate it here.
 * A name containing `%[` is a log-format expression resolved per request and cannot be checked statically.
 */
const SWITCHING = new Set(['use_backend', 'default_backend']);

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

function suggestion(name: string, known: readonly string[]): string {
  const best = known
    .map((candidate) => ({ candidate, score: distance(name, candidate) }))
    .sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1))[0];
  return best && best.score <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean "${best.candidate}"?` : '; define the backend or fix the name';
}

export const unknownBackend = defineRule<HaproxyRuleContext>({
  id: 'haproxy/unknown-backend',
  severity: 'error',
  description: '`use_backend`/`default_backend` names a backend that does not exist',
  kb: ['api/haproxy-config-rejected-by-haproxy-c'],
  check({ config }, report) {
    const known = config.sections.filter(isBackendLike).map((section) => section.name ?? '');
    const knownSet = new Set(known);
    for (const section of config.sections) {
      if (section.kind === 'global' || section.kind === 'other') continue;
      for (const directive of section.directives) {
        if (!SWITCHING.has(directive.keyword)) continue;
        const target = directive.args[0];
        if (!target || target.value.includes('%[') || knownSet.has(target.value)) continue;
        report({
          message: `${directive.keyword} in ${describeProxy(section.kind, section.name)} names backend "${target.value}", which is not defined${suggestion(target.value, known)}`,
          location: at(config, directive.line, target.column, target.value.length),
        });
      }
    }
  },
});

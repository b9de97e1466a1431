import fc from 'fast-check';
import type { Finding, Severity } from '../../src/finding.js';
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/report/annotations.js';
import { finding, kbRecord } from './build.js';

const severity = fc.constantFrom<Severity>('error', 'warning', 'notice');
const arbitraryFinding = fc.record({
  severity,
  path: fc.constantFrom('a.conf', 'b.conf', 'seeds/x.md'),
  line: fc.integer({ min: 1, max: 500 }),
  endLine: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
  located: fc.boolean(),
}).map(({ severity: level, path, line, endLine, located }): Finding => ({
  ruleId: 'nginx/x',
  severity: level,
  message: 'm',
  ...(located ? { location: { path, line, column: 2, ...(endLine !== undefined ? { endLine, endColumn: 4 } : {}) } } : {}),
}));

describe('planAnnotations', () => {
  it('never exceeds 10 per level, adds exactly one overflow notice and accounts for every finding', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 80 }), (findings) => {
        const plan = planAnnotations(findings, { changedFiles: new Set(['b.conf']) });
        for (const level of ['error', 'warning', 'notice'] as const) {
          expect(plan.annotations.filter((a) => a.level === level).length).toBeLessThanOrEqual(ANNOTATIONS_PER_LEVEL);
        }
        const overflow = plan.annotations.filter((a) => a.message.endsWith('see the job summary'));
        expect(overflow).toHaveLength(plan.omitted > 0 ? 1 : 0);
        expect(plan.annotations.length - overflow.length + plan.omitted).toBe(findings.length);
        for (const annotation of plan.annotations) {
          // GitHub ignores columns on multi-line annotations: send them only on one-line ones.
          if (annotation.startColumn !== undefined) expect(annotation.endLine).toBe(annotation.startLine);
        }
      }),
    );
  });

  it('annotates errors first and, within a level, files changed in the PR first', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding({ severity: 'warning', location: { path: 'old.conf', line: i + 1 } })),
      ...Array.from({ length: 12 }, (_, i) => finding({ severity: 'error', location: { path: 'old.conf', line: i + 1 } })),
      finding({ severity: 'error', location: { path: 'changed.conf', line: 99 } }),
    ];
    const plan = planAnnotations(findings, { changedFiles: new Set(['changed.conf']) });
    expect(plan.annotations[0]).toMatchObject({ level: 'error', file: 'changed.conf', startLine: 99 });
    expect(plan.annotations.slice(0, 10).every((a) => a.level === 'error')).toBe(true);
    expect(plan.omitted).toBe(3 + 2);
    expect(plan.annotations.at(-1)).toEqual({ level: 'notice', title: 'gatewatch', message: '5 more findings — see the job summary' });
  });

  it('keeps only changed files with onlyChanged, and names cited KB entries in the message', () => {
    const record = kbRecord('api/http-502-upstream-dns-resolution-failed');
    const cited = finding({ location: { path: 'changed.conf', line: 3 }, citations: [{ entryId: record.entry.id, path: record.path, score: 0.9 }] });
    const plan = planAnnotations([cited, finding({ location: { path: 'other.conf', line: 1 } }), finding({ location: undefined })], {
      changedFiles: new Set(['changed.conf']),
      onlyChanged: true,
      kb: [record],
    });
    expect(plan.annotations.map((a) => a.file)).toEqual(['changed.conf', undefined]);
    expect(plan.annotations[0]!.message).toContain(`KB: ${record.entry.title} (fix rate 85%) — ${record.path}`);
  });
});

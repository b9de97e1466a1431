/** The gate is decided once (src/verdict.ts); every reporter and exit status reads that one decision. */
import { applyBaseline, fingerprint, type LineSource } from '../src/baseline.js';
import { renderJson } from '../src/report/json.js';
import { renderComment } from '../src/report/comment.js';
import { renderSummary } from '../src/report/summary.js';
import { decideVerdict, plural } from '../src/verdict.js';
import { finding, runResult } from './report/build.js';

const context = { owner: 'o', repo: 'r', sha: 'abc1234', runId: 7 };

describe('decideVerdict', () => {
  it('fails on findings at or above fail-on and names them; never never fails', () => {
    const findings = [finding({ severity: 'warning' }), finding(), finding({ severity: 'notice' })];
    expect(decideVerdict(findings, 'error')).toMatchObject({ passed: false, decidedBy: [findings[1]] });
    expect(decideVerdict(findings, 'warning').decidedBy).toEqual([findings[0], findings[1]]);
    expect(decideVerdict(findings, 'never')).toMatchObject({ passed: true, decidedBy: [] });
    expect(decideVerdict([finding({ severity: 'warning' })], 'error').passed).toBe(true);
  });

  it('with gate-on new skips findings the base already had, and counts them', () => {
    const old = finding({ baselineState: 'unchanged' });
    expect(decideVerdict([old], 'error', 'new')).toMatchObject({ passed: true, preExisting: 1 });
    expect(decideVerdict([old], 'error', 'all').passed).toBe(false);
  });

  it('is what the JSON report, the comment and the summary all say', () => {
    for (const failOn of ['error', 'warning', 'never'] as const) {
      const result = runResult([finding({ severity: 'warning' })], {}, failOn);
      const passed = result.verdict.passed;
      expect(JSON.parse(renderJson(result)).summary.passed).toBe(passed);
      expect(renderSummary(result).startsWith(`## gatewatch ${passed ? 'passed' : 'failed'}`)).toBe(true);
      expect(renderComment(result, context)).toContain(passed ? '### ⚠️ gatewatch passed with' : '### ❌ gatewatch failed');
    }
  });

  it('says "1 error", never "1 errors"', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(0, 'error')).toBe('0 errors');
    expect(renderSummary(runResult([finding()]))).toContain('1 error, 0 warnings, 0 notices in 3 files');
  });
});

describe('baseline matching', () => {
  const lines = (files: Record<string, string>): LineSource => async (file, line) => files[file]?.split('\n')[line - 1] ?? '';
  const base = { 'a.conf': 'x\nproxy_pass http://backnd;\n' };
  const shifted = { 'a.conf': '# new\n# lines\nx\nproxy_pass http://backnd;\n' };

  it('matches a finding whose line moved, by rule, file, line text and message, not line number', async () => {
    const before = finding({ location: { path: 'a.conf', line: 2 }, message: 'host "backnd" at line 2' });
    const after = finding({ location: { path: 'a.conf', line: 4 }, message: 'host "backnd" at line 4' });
    expect(await fingerprint(before, lines(base))).toBe(await fingerprint(after, lines(shifted)));
    const marked = await applyBaseline(runResult([after]), [await fingerprint(before, lines(base))], lines(shifted), 'new');
    expect(marked.findings[0]!.baselineState).toBe('unchanged');
    expect(marked.verdict).toMatchObject({ passed: true, preExisting: 1, gateOn: 'new' });
  });

  it('counts copies: one old finding excuses one of two identical new ones', async () => {
    const one = finding({ location: { path: 'a.conf', line: 2 } });
    const print = await fingerprint(one, lines(base));
    const marked = await applyBaseline(runResult([one, { ...one }]), [print], lines(base), 'new');
    expect(marked.findings.map((f) => f.baselineState)).toEqual(['unchanged', 'new']);
    expect(marked.verdict.passed).toBe(false);
    expect(marked.verdict.decidedBy).toEqual([marked.findings[1]]);
  });

  it('treats a changed line as new', async () => {
    const before = finding({ location: { path: 'a.conf', line: 2 } });
    const edited = { 'a.conf': 'x\nproxy_pass http://backnd2;\n' };
    const marked = await applyBaseline(runResult([before]), [await fingerprint(before, lines(base))], lines(edited), 'new');
    expect(marked.findings[0]!.baselineState).toBe('new');
  });
});

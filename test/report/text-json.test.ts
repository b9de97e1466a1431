import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { TOOL_VERSION } from '../../src/version.js';
import { finding, runResult } from './build.js';

const cited = finding({
  signals: { httpStatus: 502 },
  citations: [{ entryId: 'api/http-502-upstream-dns-resolution-failed', path: 'seeds/api/http-502-upstream-dns-resolution-failed.md', score: 0.9 }],
});

describe('renderText', () => {
  it('prints file:line:col lines, the cited entries indented under them, then the summary line', () => {
    const text = renderText(runResult([cited, finding({ severity: 'warning', location: undefined, ruleId: 'tool/x', message: 'No location' })]));
    expect(text.split('\n')).toEqual([
      'nginx/app.conf:12:5: error: proxy_pass host "backend" is not an upstream; define `upstream backend` or fix the name [nginx/undefined-upstream]',
      '    see seeds/api/http-502-upstream-dns-resolution-failed.md: 502 Bad Gateway: http-502-upstream-dns-resolution-failed (fix rate 85%)',
      'warning: No location [tool/x]',
      '1 error, 1 warning, 0 notices in 3 files',
      '',
    ]);
  });
});

describe('renderJson', () => {
  it('has the DESIGN §2 shape with version 1, the tool version and stable key order', () => {
    const report = JSON.parse(renderJson(runResult([{ ...cited, citations: cited.citations, signals: cited.signals }], {}, 'warning')));
    expect(Object.keys(report)).toEqual(['version', 'tool', 'summary', 'findings', 'probes']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'gatewatch', version: TOOL_VERSION });
    expect(report.summary).toEqual({ passed: false, errors: 1, warnings: 0, notices: 0, files: 3, durationMs: 42 });
    expect(Object.keys(report.findings[0])).toEqual(['ruleId', 'severity', 'message', 'location', 'signals', 'citations']);
    expect(Object.keys(report.findings[0].location)).toEqual(['path', 'line', 'column', 'endLine', 'endColumn']);
  });

  it('gives identical output for identical runs and passes with only warnings under fail-on error', () => {
    const result = runResult([finding({ severity: 'warning' })]);
    expect(renderJson(result)).toBe(renderJson(result));
    expect(JSON.parse(renderJson(result)).summary.passed).toBe(true);
    expect(JSON.parse(renderJson(runResult([finding({ severity: 'warning' })], {}, 'warning'))).summary.passed).toBe(false);
  });

  it('writes probes with every DESIGN §2 field', () => {
    const probe = {
      name: 'api',
      url: 'http://127.0.0.1:9/',
      ok: false,
      class: 'refused' as const,
      status: null,
      bodyOrigin: null,
      timings: { dns: 0, connect: null, tls: null, ttfb: null, total: 2 },
      attempts: 2,
      assertions: ['[STATUS] (502) == 200'],
    };
    const report = JSON.parse(renderJson(runResult([], { probes: [probe] })));
    expect(report.probes).toEqual([probe]);
    expect(Object.keys(report.probes[0])).toEqual(['name', 'url', 'ok', 'class', 'status', 'bodyOrigin', 'timings', 'attempts', 'assertions']);
  });

  it('a via/direct pair carries its role, diagnosis and matched gateway log line in probes[]', () => {
    const base = { ok: false, class: 'refused' as const, status: 502, bodyOrigin: 'gateway' as const, timings: { dns: 0, connect: 1, tls: null, ttfb: 2, total: 3 }, attempts: 1, assertions: [] };
    const gatewayLog = { path: 'logs/error.log', line: 7, text: '2026/11/27 07:01:49 [error] 1#1: *1 connect() failed (111: Connection refused) while connecting to upstream', signature: 'connect() failed (111: Connection refused) while connecting to upstream' };
    const via = { ...base, name: 'api', url: 'http://127.0.0.1:8080/', role: 'via' as const, diagnosis: 'upstream_down', gatewayLog };
    const direct = { ...base, name: 'api', url: 'http://127.0.0.1:9/', status: null, bodyOrigin: null, role: 'direct' as const, error: 'ECONNREFUSED', diagnosis: 'upstream_down' };
    const report = JSON.parse(renderJson(runResult([], { probes: [via, direct] })));
    expect(report.probes).toEqual([via, direct]);
    expect(report.probes.map((probe: { diagnosis: string }) => probe.diagnosis)).toEqual(['upstream_down', 'upstream_down']);
  });
});

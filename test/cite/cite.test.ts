import { citeFindings, explain, buildCiteIndex } from '../../src/cite/cite.js';
import { defaultOptions } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import type { Finding } from '../../src/finding.js';
import { loadKb } from '../../src/kb/check.js';
import type { KbEntry, KbRecord } from '../../src/kb/model.js';
import { readLogLine } from '../../src/logs/line.js';
import type { RuleMeta } from '../../src/rule.js';

function record(id: string, fixRate: number, signals?: KbEntry['signals']): KbRecord {
  return {
    path: `seeds/${id}.md`,
    entry: {
      id,
      title: `Title of ${id}`,
      domain: 'api',
      category: 'network_error',
      verification: 'reproduced',
      fix_rate: fixRate,
      root_cause: 'A root cause that is long enough',
      versions: [],
      workarounds: [{ title: 'Do the thing', success_rate: 80 }],
      dead_ends: [],
      ...(signals ? { signals } : {}),
    },
  };
}

const kb: KbRecord[] = [
  record('api/http-502-by-rule', 50, { rule: ['nginx/undefined-upstream'] }),
  record('api/http-502-by-log', 40, { nginx_log: ['no live upstreams while connecting'] }),
  record('api/http-502-by-probe', 99, { probe: ['refused'] }),
  record('api/http-502-implied-status', 70),
  record('api/http-5xx-range', 10),
  record('api/http-504-other', 90, { http_status: [504] }),
];

const finding = (ruleId: string, signals?: Finding['signals']): Finding => ({
  ruleId,
  severity: 'error',
  message: 'Something failed',
  location: { path: 'nginx.conf', line: 3 },
  ...(signals ? { signals } : {}),
});

describe('citeFindings', () => {
  it('ranks rule id > log regex > probe class > status and keeps the top 3', () => {
    const [cited] = citeFindings(
      [finding('nginx/undefined-upstream', { httpStatus: 502, probe: 'refused', nginxLog: 'x no live upstreams while connecting y' })],
      kb,
      [],
    );
    expect(cited!.citations!.map((c) => c.entryId)).toEqual([
      'api/http-502-by-rule',
      'api/http-502-by-log',
      'api/http-502-by-probe',
    ]);
    const scores = cited!.citations!.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(cited!.citations![0]).toMatchObject({ path: 'seeds/api/http-502-by-rule.md' });
  });

  it('drops status-only matches when a more specific signal matched', () => {
    const [cited] = citeFindings([finding('probe/x', { httpStatus: 502, probe: 'refused' })], kb, []);
    expect(cited!.citations!.map((c) => c.entryId)).toEqual(['api/http-502-by-probe']);
  });

  it('uses rule metadata kb links as well as entry signals', () => {
    const rules: RuleMeta[] = [{ id: 'nginx/x', severity: 'error', description: 'd', kb: ['api/http-504-other'] }];
    const [cited] = citeFindings([finding('nginx/x')], kb, rules);
    expect(cited!.citations).toEqual([{ entryId: 'api/http-504-other', path: 'seeds/api/http-504-other.md', score: 0.9, evidence: ['rule'], strong: true }]);
  });

  it('implies http_status from an http-NNN id and http-5xx as a range, ties broken by fix rate', () => {
    const [cited] = citeFindings([finding('probe/http-status', { httpStatus: 503 })], kb, []);
    expect(cited!.citations!.map((c) => c.entryId)).toEqual(['api/http-5xx-range']);
    const [by502] = citeFindings([finding('probe/http-status', { httpStatus: 502 })], kb, []);
    // All three 502 entries match only by status: the highest fix rate first.
    expect(by502!.citations!.map((c) => c.entryId)).toEqual([
      'api/http-502-by-probe',
      'api/http-502-implied-status',
      'api/http-502-by-rule',
    ]);
  });

  it('cites an entry written for another gateway only when the rule links it', () => {
    const gateways = [record('api/alb-http-502-target-reset', 95, { http_status: [502] }), record('api/http-502-generic', 10)];
    const [nginx] = citeFindings([finding('nginx/x', { httpStatus: 502 })], gateways, []);
    expect(nginx!.citations!.map((c) => c.entryId)).toEqual(['api/http-502-generic']);
    const [probe] = citeFindings([finding('probe/x', { httpStatus: 502 })], gateways, []);
    expect(probe!.citations!.map((c) => c.entryId)).toEqual(['api/alb-http-502-target-reset', 'api/http-502-generic']);
    const linked = [{ id: 'nginx/x', severity: 'error' as const, description: 'd', kb: ['api/alb-http-502-target-reset'] }];
    const [byRule] = citeFindings([finding('nginx/x', { httpStatus: 502 })], gateways, linked);
    expect(byRule!.citations![0]!.entryId).toBe('api/alb-http-502-target-reset');
  });

  it('leaves findings without a match untouched', () => {
    const input = finding('kb/empty-title');
    expect(citeFindings([input], kb, [])).toEqual([input]);
  });

  it('skips and reports a KB regex RE2 cannot run instead of running it', () => {
    const hostile = [record('api/http-502-evil', 50, { nginx_log: ['(a)\\1+$'] })];
    const index = buildCiteIndex(hostile);
    expect(index.rejected).toEqual([
      expect.objectContaining({ entryId: 'api/http-502-evil', pattern: '(a)\\1+$', reason: expect.stringContaining('has no backreferences') }),
    ]);
    const [cited] = citeFindings([finding('probe/x', { nginxLog: `${'a'.repeat(50_000)}!` })], hostile, []);
    expect(cited!.citations).toBeUndefined();
  });

  it('runs a pattern that backtracks exponentially in V8 on RE2, and still cites by it', () => {
    const nested = [record('api/http-502-nested', 50, { nginx_log: ['(a+)+$'] })];
    expect(buildCiteIndex(nested).rejected).toEqual([]);
    // 1,000 a's and a "!" fit the 1 KiB cap: V8 would backtrack 2^1000 ways before saying no.
    const [cited] = citeFindings([finding('probe/x', { nginxLog: `${'a'.repeat(1000)}!` })], nested, []);
    expect(cited!.citations).toBeUndefined();
    const [hit] = citeFindings([finding('probe/x', { nginxLog: 'aaaa' })], nested, []);
    expect(hit!.citations?.map((citation) => citation.entryId)).toEqual(['api/http-502-nested']);
  });
});

describe('explain on the shipped KB', () => {
  let records: KbRecord[];
  beforeAll(async () => {
    records = (await loadKb(defaultOptions(process.cwd()), nodeDeps(process.cwd()))).records;
  });

  it('puts the refused-connection entries first for a real nginx connection-refused line', () => {
    const ranked = explain(
      {
        httpStatus: 502,
        probe: 'refused',
        log: readLogLine(
          '2026/11/27 07:01:57 [error] 5261#5261: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:9/", host: "x"',
        ),
      },
      records,
    );
    expect(ranked[0]!.entryId).toBe('api/http-502-bad-gateway-upstream-unreachable');
    expect(ranked[0]!.evidence).toEqual(['log', 'class', 'status']);
    expect(ranked[0]!.strong).toBe(true);
  });

  it('finds the unix-socket entry from its log line alone', () => {
    const ranked = explain({ log: readLogLine('connect() to unix:/tmp/app.sock failed (2: No such file or directory) while connecting to upstream') }, records);
    expect(ranked.map((entry) => entry.entryId)).toEqual(['api/http-502-upstream-unix-socket-not-found']);
  });
});

describe('ties between equally matched entries', () => {
  it('prefers an entry about this probe class over a broad one with a higher fix rate', () => {
    const records = [record('api/broad', 95, { probe: ['refused', 'bad_response', 'http_status'] }), record('api/narrow', 80, { probe: ['refused'] })];
    expect(explain({ probe: 'refused' }, records).map((entry) => entry.entryId)).toEqual(['api/narrow', 'api/broad']);
  });

  it('follows the order of a rule\'s KB links before fix rates', () => {
    const records = [record('api/second', 95), record('api/first', 60)];
    const rules: RuleMeta[] = [{ id: 'nginx/x', severity: 'error', description: 'x', kb: ['api/first', 'api/second'] }];
    const [cited] = citeFindings([finding('nginx/x', { probe: 'refused' })], records, rules);
    expect(cited!.citations!.map((citation) => citation.entryId)).toEqual(['api/first', 'api/second']);
  });

  it('a probe rule\'s KB list is class evidence, never a rule link above the evidence', () => {
    const records = [record('api/listed', 95), record('api/by-class', 60, { probe: ['refused'] })];
    const rules: RuleMeta[] = [{ id: 'probe/refused', severity: 'error', description: 'refused', kb: ['api/listed'] }];
    const [cited] = citeFindings([finding('probe/refused', { probe: 'refused' })], records, rules);
    expect(cited!.citations!.map((citation) => [citation.entryId, citation.evidence])).toEqual([['api/by-class', ['class']]]);
  });
});

describe('gateway-specific entries', () => {
  const gatewayKb: KbRecord[] = [
    record('api/http-502-generic-refused', 85, { probe: ['refused'] }),
    record('api/alb-http-502-refused-first', 85, { probe: ['refused', 'reset'] }),
    record('api/alb-http-502-refused-second', 85, { probe: ['closed_early', 'refused'] }),
    record('api/http-502-haproxy-refused', 99, { probe: ['refused'] }),
  ];

  it('an ALB symptom puts the ALB entry naming the class first ahead of the generic one, and never cites a HAProxy entry', () => {
    const ranked = explain({ probe: 'refused', httpStatus: 502, gateway: 'alb' }, gatewayKb).map((entry) => entry.entryId);
    expect(ranked[0]).toBe('api/alb-http-502-refused-first');
    expect(ranked.indexOf('api/alb-http-502-refused-first')).toBeLessThan(ranked.indexOf('api/alb-http-502-refused-second'));
    expect(ranked).toHaveLength(3);
    expect(ranked).not.toContain('api/http-502-haproxy-refused');
  });

  it('a gateway word inside the slug counts (http-502-haproxy-…), and a symptom without a gateway sees every entry', () => {
    expect(explain({ probe: 'refused', gateway: 'nginx' }, gatewayKb).map((entry) => entry.entryId)).not.toContain('api/http-502-haproxy-refused');
    expect(explain({ probe: 'refused' }, gatewayKb)[0]!.entryId).toBe('api/http-502-haproxy-refused');
  });
});


describe('evidence on citations', () => {
  it('marks a status-only citation weak, and the PR comment gives it no "Try" advice', async () => {
    const { renderComment } = await import('../../src/report/comment.js');
    const { runResult } = await import('../report/build.js');
    const records = [record('api/http-502-only-status', 99)];
    const [cited] = citeFindings([finding('probe/http-status', { httpStatus: 502 })], records, []);
    expect(cited!.citations).toEqual([{ entryId: 'api/http-502-only-status', path: 'seeds/api/http-502-only-status.md', score: 0.3, evidence: ['status'], strong: false }]);
    const body = renderComment(
      runResult([cited!], { kb: records }),
      { owner: 'o', repo: 'r', sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', runId: 1 },
    );
    expect(body).not.toContain('Try:');
    const [strong] = citeFindings([finding('probe/refused', { httpStatus: 502, probe: 'refused' })], kb, []);
    expect(strong!.citations![0]).toMatchObject({ entryId: 'api/http-502-by-probe', evidence: ['class', 'status'], strong: true });
  });
});

/** Format detection and the failure table: mixed formats, damaged lines and counts. */
import { detectLogFormat } from '../../src/logs/detect.js';
import { LogSummarizer } from '../../src/logs/summarize.js';
import { albLine, lbFailure } from './alb-lines.js';

const NGINX = '2026/11/27 07:00:00 [error] 12#12: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET /a HTTP/1.1", upstream: "http://127.0.0.1:9001/a", host: "127.0.0.1:8080"';
const HAPROXY = '127.0.0.1:46138 [27/Nov/2026:07:05:57.061] fe refused/s1 0/0/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /refused HTTP/1.1"';

describe('detectLogFormat', () => {
  test('each format is recognised, also with other lines mixed in', () => {
    expect(detectLogFormat([NGINX, 'random text', NGINX])).toBe('nginx');
    expect(detectLogFormat(['[NOTICE]   (1) : haproxy version is 2.6.12', HAPROXY, HAPROXY])).toBe('haproxy');
    expect(detectLogFormat([albLine(), albLine(), NGINX])).toBe('alb');
    expect(detectLogFormat(['hello', ''])).toBeUndefined();
  });
});

describe('LogSummarizer', () => {
  test('counts classes with first/last time, skips foreign lines and locates damaged ones', () => {
    const summarizer = new LogSummarizer();
    const lines = [
      albLine(),
      lbFailure('502', 1, { time: '2024-06-01T10:00:00.001000Z', requestCreationTime: '2024-06-01T10:00:00.001000Z', target: '10.0.0.7:8080' }),
      NGINX,
      lbFailure('502', 2, { time: '2024-06-01T10:00:00.002000Z', requestCreationTime: '2024-06-01T10:00:00.002000Z', target: '10.0.0.7:8080' }),
      lbFailure('504', 60_000),
      lbFailure('502', 3, { time: '2024-06-01T10:05:00.000000Z', requestCreationTime: '2024-06-01T10:05:00.000000Z', target: '10.0.0.8:8080' }).slice(0, 200),
      '',
      lbFailure('502', 3, { time: '2024-06-01T10:09:00.000000Z', requestCreationTime: '2024-06-01T10:09:00.000000Z', target: '10.0.0.8:8080' }),
    ];
    lines.forEach((text, index) => summarizer.push(text, index + 1));
    const summary = summarizer.finish();
    expect(summary).toMatchObject({ format: 'alb', detected: true, lines: 8, failures: 4, ok: 1, foreign: 1, warningCount: 1 });
    expect(summary.warnings).toEqual([{ line: 6, reason: 'truncated ALB log line (unclosed quote)' }]);
    expect(summary.rows.map((row) => [row.class, row.httpStatus, row.count, row.firstLine, row.lastLine])).toEqual([
      ['refused', 502, 3, 2, 8],
      ['timeout_headers', 504, 1, 5, 5],
    ]);
    expect(summary.rows[0]).toMatchObject({ firstTime: '2024-06-01T10:00:00.001000Z', lastTime: '2024-06-01T10:09:00.000000Z', example: lines[1] });
    expect(summary.rows[0]!.upstreams).toEqual([
      { upstream: '10.0.0.7:8080', count: 2 },
      { upstream: '10.0.0.8:8080', count: 1 },
    ]);
  });

  test('a forced format reads only that format and counts the rest as foreign', () => {
    const summarizer = new LogSummarizer('haproxy');
    [HAPROXY, NGINX, albLine()].forEach((text, index) => summarizer.push(text, index + 1));
    summarizer.skipped(4, 'line longer than 1048576 bytes');
    const summary = summarizer.finish();
    expect(summary).toMatchObject({ format: 'haproxy', detected: false, lines: 4, failures: 1, foreign: 2, warningCount: 1 });
    expect(summary.rows[0]).toMatchObject({ class: 'refused', haproxyTermination: 'SC--', httpStatus: 503 });
  });

  test('a file of nothing recognisable has no format and no rows', () => {
    const summarizer = new LogSummarizer();
    ['a', 'b'].forEach((text, index) => summarizer.push(text, index + 1));
    expect(summarizer.finish()).toMatchObject({ detected: true, lines: 2, foreign: 2, rows: [] });
    expect(summarizer.finish().format).toBeUndefined();
  });
});

describe('readers never throw', () => {
  test('arbitrary and cut lines give a verdict for every format', async () => {
    const fc = (await import('fast-check')).default;
    const { LOG_READERS, LOG_FORMATS } = await import('../../src/logs/detect.js');
    const realLines = [NGINX, HAPROXY, albLine(), lbFailure('504', 10_001), 'Server be/s1 is DOWN, reason: Layer4 timeout, check duration: 2001ms.'];
    const cut = fc.tuple(fc.constantFrom(...realLines), fc.nat(600)).map(([line, at]) => line.slice(0, at));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), cut), (text) => {
        for (const format of LOG_FORMATS) expect(['event', 'ok', 'warning', 'foreign']).toContain(LOG_READERS[format](text, 1).kind);
      }),
      { numRuns: 500 },
    );
  });
});

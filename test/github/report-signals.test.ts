/** A saved JSON report is re-cited from its signals: the log line, gateway and side survive, hostile values do not. */
import { findingsFromReport } from '../../src/github/publish-report.js';

it('keeps the signals citation ranks by and drops values it does not know', () => {
  const line = '127.0.0.1:1 [27/Nov/2026:07:10:47.783] fe be/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"';
  const report = {
    version: 1,
    findings: [
      { ruleId: 'probe/no-live-upstream', severity: 'error', message: 'm', signals: { probe: 'no_live_upstream', httpStatus: 503, log: line, gateway: 'haproxy', side: 'gateway' } },
      { ruleId: 'probe/refused', severity: 'error', message: 'm', signals: { probe: 'refused', gateway: 'iis', side: 'both', log: 7 } },
    ],
  };
  const [kept, dropped] = findingsFromReport(JSON.stringify(report));
  expect(kept!.signals).toEqual({ probe: 'no_live_upstream', httpStatus: 503, log: line, gateway: 'haproxy', side: 'gateway' });
  expect(dropped!.signals).toEqual({ probe: 'refused' });
});

/** `npm run demo` is the first thing a new user runs: it must show real classified failures with KB citations. */
import { runCli } from './helpers/run-bundle.js';

it('probes live loopback upstreams, checks the example config and cites the KB', () => {
  const run = runCli(['demo']);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/demo: healthy upstream\s+ok\s+status 200/);
  expect(run.stdout).toMatch(/demo: upstream down\s+FAILED: refused/);
  expect(run.stdout).toMatch(/demo: upstream slower than its timeout\s+FAILED: timeout_headers/);
  expect(run.stdout).toContain('see seeds/api/http-502-bad-gateway-upstream-unreachable.md');
  expect(run.stdout).toMatch(/examples\/nginx\/nginx\.conf:\d+:\d+: warning: .*\[nginx\/localhost-upstream\]/);
});

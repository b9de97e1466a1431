/**
 * Real-world nginx layouts through the bundled CLI (dist/, as a process) and the real nginx: each clean tree
 * raises no error, and each seeded copy carrying one real 502/504 cause is caught at its marked line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gatewayBinaries } from '../helpers/gateway-binaries.js';
import { runCli } from '../helpers/run-bundle.js';
import { repoRoot } from './helpers.js';

const ROOT = 'test/fixtures/nginx-layouts';

/** Each layout and the glob a user of that layout would pass to --nginx. */
const LAYOUTS: Record<string, string> = {
  h5bp: '**/*.conf',
  'default-conf': 'conf/**/*.conf',
  openresty: '**/*.conf',
  nextcloud: '**/*.conf',
  'reverse-proxies': '**/*.conf',
  linuxserver: '*.subdomain.conf',
  swag: '**/*.conf',
  docker: '**/*.conf',
  'conf-d': '**/*.conf',
  debian: '**/*.conf',
  'standalone-server': '*.conf',
};

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  location?: { path: string; line?: number };
}

const binaries = gatewayBinaries('nginx');

function check(glob: string, binary: string | undefined): JsonFinding[] {
  const bin = binary?.includes('/') ? `${path.dirname(binary)}${path.delimiter}` : '';
  const run = runCli(['check', '--nginx', glob, '--format', 'json', '--nginx-test', binary ? 'always' : 'never'], {
    env: { PATH: `${bin}${process.env.PATH ?? ''}` },
  });
  expect(run.stderr).not.toMatch(/Error|at .*\.js:\d+/);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** `# expect: nginx/rule` markers in a seeded tree: repo-relative path, line, rule. */
function markers(dir: string): Array<{ path: string; line: number; ruleId: string }> {
  const out: Array<{ path: string; line: number; ruleId: string }> = [];
  for (const file of filesUnder(path.join(repoRoot, dir))) {
    readFileSync(file, 'utf8').split('\n').forEach((text, index) => {
      for (const match of text.matchAll(/expect: (nginx\/[a-z0-9-]+)/g)) out.push({ path: path.relative(repoRoot, file), line: index + 1, ruleId: match[1]! });
    });
  }
  return out;
}

const runs = binaries.length > 0 ? binaries.map((binary) => [binary.version, binary.path] as const) : [['no nginx', undefined] as const];

describe.each(runs)('layouts with %s', (_version, binary) => {
  test.each(Object.entries(LAYOUTS))('%s raises no error', (layout, glob) => {
    const errors = check(`${ROOT}/${layout}/${glob}`, binary).filter((finding) => finding.severity === 'error');
    expect(errors).toEqual([]);
  });

  test.each(Object.entries(LAYOUTS))('seeded %s: its 502/504 cause is found at its line', (layout, glob) => {
    const expected = markers(`${ROOT}/seeded-${layout}`);
    expect(expected.length).toBeGreaterThan(0);
    const findings = check(`${ROOT}/seeded-${layout}/${glob}`, binary);
    for (const marker of expected) {
      expect(findings).toContainEqual(expect.objectContaining({ ruleId: marker.ruleId, location: expect.objectContaining({ path: marker.path, line: marker.line }) }));
    }
  });
});

describe('what the runner lacks is a notice that says what the server needs', () => {
  const [binary] = binaries;
  const live = binary ? test : test.skip;

  live('linuxserver: the resolver and certificate come from includes outside the repository', () => {
    const findings = check(`${ROOT}/linuxserver/sonarr.subdomain.conf`, binary!.path);
    const resolver = findings.filter((f) => f.ruleId === 'nginx/variable-proxy-pass-without-resolver');
    expect(resolver.map((f) => [f.severity, f.location?.line])).toEqual([['notice', 27], ['notice', 36]]);
    expect(resolver[0]!.message).toContain('"/config/nginx/resolver.conf"');
    const ssl = findings.find((f) => f.ruleId === 'nginx/test' && f.message.includes('ssl_certificate'));
    expect(ssl).toMatchObject({ severity: 'notice', location: { line: 5 } });
    // One finding per external include, not an include-missing one plus an nginx -t one.
    expect(findings.filter((f) => f.location?.line === 11).map((f) => f.ruleId)).toEqual(['nginx/include-missing']);
  });

  live('OpenResty: the Lua module is a notice, and the Lua bodies parse', () => {
    const findings = check(`${ROOT}/openresty/**/*.conf`, binary!.path);
    expect(findings.filter((f) => f.ruleId === 'nginx/syntax')).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'nginx/test', severity: 'notice', message: expect.stringContaining('loads or runs code') }));
  });

  live('Discourse: ssl_dhparam outside the repository is a notice naming the file', () => {
    const findings = check(`${ROOT}/reverse-proxies/sites-enabled/discourse.conf`, binary!.path);
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'notice', location: expect.objectContaining({ line: 20 }), message: expect.stringContaining('"/etc/letsencrypt/ssl-dhparams.pem"') }));
  });

  live('a typo in a directive name stays an error', () => {
    const findings = check('test/fixtures/nginx-layouts-errors/typo/*.conf', binary!.path);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'nginx/test', severity: 'error', message: expect.stringContaining('unknown directive "proxy_passs"') }));
  });

  test('a missing ";" is one finding that names the line where it belongs', () => {
    const findings = check('test/fixtures/nginx-layouts-errors/semicolon/*.conf', binary?.path);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'nginx/syntax', location: { line: 4 } });
    expect(errors[0]!.message).toContain('line 4');
  });
});

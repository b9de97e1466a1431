/** The nginx -t sandbox copy keeps every statement on its line, whatever it rewrites. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNginx } from '../../src/nginx/load.js';
import { parseText } from '../../src/nginx/parser.js';
import type { NginxDirective, NginxPayload } from '../../src/nginx/payload.js';
import { applyEdits, asToken } from '../../src/nginx/sandbox-edit.js';
import { createSandbox, renderSandbox } from '../../src/gateway/nginx-sandbox.js';
import { listUpstreamTargets } from '../../src/nginx/upstream-targets.js';
import { listFixtures, repoRoot, testDeps } from './helpers.js';

function shape(list: readonly NginxDirective[]): string[] {
  return list.flatMap((s) => [`${s.directive}@${s.line}`, ...shape(s.block ?? [])]);
}

describe('renderSandbox', () => {
  test.each(listFixtures().map((f) => [f.file]))('%s: same statements on the same lines with every fix switched on', async (file) => {
    const payload = await parseNginx(file, testDeps());
    const absolute = payload.config.map((config) => path.resolve(repoRoot, config.file));
    const texts = absolute.map((abs) => {
      try {
        return readFileSync(abs, 'utf8');
      } catch {
        return '';
      }
    });
    const sandbox = createSandbox('/sandbox/dir', payload, texts, absolute, { resolve: false, hosts: {}, repoRoot });
    for (const fix of ['log', 'temp', 'listen', 'cert', 'user'] as const) sandbox.fixes.add(fix);
    sandbox.dummyCert = { cert: '/sandbox/dir/c.pem', key: '/sandbox/dir/k.pem' };
    const rendered = renderSandbox(sandbox, new Set(['backend', 'api', 'app', 'api_v2', 'api-v2', 'pool']));
    payload.config.forEach((config, index) => {
      const copy = rendered[index]!.text;
      expect(copy.split('\n')).toHaveLength(texts[index]!.split('\n').length);
      // Includes now point at copies, so compare statement names and lines only.
      const again = parseText(copy, { comments: false, maxDepth: 100 }).parsed;
      const stripped = (list: string[]) => list.filter((entry) => !entry.startsWith('include@'));
      expect(stripped(shape(again)).filter((entry) => !/^(?:access_log|client_body_temp_path|proxy_temp_path|fastcgi_temp_path|uwsgi_temp_path|scgi_temp_path)@/.test(entry))).toEqual(
        stripped(shape(config.parsed)).filter((entry) => !/^(?:access_log|client_body_temp_path|proxy_temp_path|fastcgi_temp_path|uwsgi_temp_path|scgi_temp_path)@/.test(entry)),
      );
    });
  });

  test('asToken quotes what the lexer would split, and applyEdits never adds a line', () => {
    expect(asToken('/plain/path.conf')).toBe('/plain/path.conf');
    expect(asToken('/with space/a;b')).toBe('"/with space/a;b"');
    expect(parseText(`x ${asToken('a "q" \\ b')};`, { comments: false, maxDepth: 10 }).parsed[0]!.args).toEqual(['a "q" \\ b']);
    expect(applyEdits('a b;\nc d;\n', [{ start: 2, end: 3, text: 'x\ny' }])).toBe('a x y;\nc d;\n');
  });
});

describe('listUpstreamTargets (pure)', () => {
  const payloadOf = (text: string): NginxPayload => ({
    status: 'ok',
    errors: [],
    config: [{ file: 'site.conf', status: 'ok', errors: [], parsed: parseText(text, { comments: false, maxDepth: 50 }).parsed }],
  });
  test('https proxying marks the pool https, stream pools are tcp, variables contribute nothing', () => {
    const targets = listUpstreamTargets(payloadOf([
      'http {',
      '  upstream secure { server 10.0.0.1; server [2001:db8::1]:8443; }',
      '  server { location / { proxy_pass https://secure; } location /v { proxy_pass http://$x:1; } }',
      '}',
      'stream { upstream db { server 10.0.0.2:5432; } }',
    ].join('\n')));
    expect(targets.map((t) => `${t.scheme} ${t.host} ${t.port} ${t.location.line}:${t.location.column}`)).toEqual([
      'https 10.0.0.1 443 2:21',
      'https 2001:db8::1 8443 2:38',
      'tcp 10.0.0.2 5432 5:24',
    ]);
  });
});

/**
 * The inert rewrite for nginx, one case per directive of the data lists (src/gateway/nginx-directives.ts):
 * inert directives pass unchanged, code loaders and unknown directives are blanked on their line, file
 * arguments move into the sandbox or become stand-ins.
 */
import { classifyNginxDirective, inertNginxEdits, type InertNginxContext } from '../../src/gateway/inert-nginx.js';
import {
  NGINX_CODE_LOADING,
  NGINX_FILE_ARGUMENTS,
  NGINX_INERT,
  NGINX_SERVE_FILE_ARGUMENTS,
  OPENSSL_FILE_COMMANDS,
} from '../../src/gateway/nginx-directives.js';
import { applyEdits, scanStatements } from '../../src/nginx/sandbox-edit.js';

const DIR = '/sandbox';
const context = (extra: Partial<InertNginxContext> = {}): InertNginxContext => ({
  dir: DIR,
  configDir: '/repo/conf',
  copies: new Map([['/repo/conf/certs/site.pem', '/sandbox/file-0-site.pem'], ['/repo/conf/dh.pem', '/sandbox/file-1-dh.pem']]),
  pair: { cert: '/sandbox/dummy-cert.pem', key: '/sandbox/dummy-key.pem' },
  fileIndex: 0,
  ...extra,
});

function rewrite(text: string, extra: Partial<InertNginxContext> = {}): { text: string; plan: ReturnType<typeof inertNginxEdits> } {
  const plan = inertNginxEdits(text, scanStatements(text), context(extra));
  const out = applyEdits(text, plan.edits);
  // The one promise every edit keeps: no line moves.
  expect(out.split('\n')).toHaveLength(text.split('\n').length);
  return { text: out, plan };
}

describe('inert directives pass unchanged', () => {
  test.each(NGINX_INERT.filter((name) => !Object.hasOwn(NGINX_FILE_ARGUMENTS, name)).map((name) => [name]))('%s', (name) => {
    const text = `http {\n    ${name} some-arg;\n}\n`;
    const { text: out, plan } = rewrite(text);
    expect(out).toBe(text);
    expect(plan.removals).toEqual([]);
  });
});

describe('code-loading directives are blanked on their line, with a removal naming it', () => {
  test.each(NGINX_CODE_LOADING.map((name) => [name]))('%s', (name) => {
    const text = `load_module x.so;\nhttp {\n    ${name} /tmp/evil.so;\n    server_tokens off;\n}\n`;
    const { text: out, plan } = rewrite(text);
    expect(out.split('\n')[2]!.trim()).toBe('');
    expect(out.split('\n')[3]).toBe('    server_tokens off;');
    expect(plan.removals).toContainEqual({ line: 3, directive: name, reason: 'code' });
    expect(classifyNginxDirective(name)).toBe('code');
  });

  test.each([['content_by_lua_block'], ['access_by_lua_block'], ['init_by_lua_block'], ['set_by_lua_block']])('%s with braces in Lua strings', (name) => {
    const head = name === 'set_by_lua_block' ? `${name} $x` : name;
    const text = `http {\n    ${head} {\n        ngx.say("}{")\n    }\n    server_tokens off;\n}\n`;
    const { text: out, plan } = rewrite(text);
    expect(out.split('\n').slice(1, 4).every((line) => line.trim() === '')).toBe(true);
    expect(out).toContain('    server_tokens off;');
    expect(plan.removals).toEqual([{ line: 2, directive: name, reason: 'code' }]);
  });

  test.each([['content_by_lua_file'], ['lua_package_path'], ['lua_shared_dict'], ['js_content'], ['perl_set'], ['access_by_lua']])('%s (by family)', (name) => {
    expect(classifyNginxDirective(name)).toBe('code');
  });

  test('ssl_certificate_key engine:… is pointed at the throwaway key (an engine is a shared object)', () => {
    const { text, plan } = rewrite('ssl_certificate_key engine:evil:key-id;\n');
    expect(text).toBe('ssl_certificate_key /sandbox/dummy-key.pem;\n');
    expect(plan.removals).toEqual([{ line: 1, directive: 'ssl_certificate_key', reason: 'engine-key' }]);
  });

  test.each(OPENSSL_FILE_COMMANDS.map((command) => [command]))('ssl_conf_command %s (reads a file) is blanked', (command) => {
    const { text, plan } = rewrite(`ssl_conf_command ${command} /etc/shadow;\nssl_conf_command Options PrioritizeChaCha;\n`);
    expect(text.split('\n')[0]!.trim()).toBe('');
    expect(text.split('\n')[1]).toBe('ssl_conf_command Options PrioritizeChaCha;');
    expect(plan.removals).toEqual([{ line: 1, directive: 'ssl_conf_command', reason: 'openssl-file' }]);
  });
});

describe('unknown directives (third-party modules) are blanked', () => {
  test.each([['echo'], ['more_set_headers'], ['vhost_traffic_status_zone'], ['upstream_fair']])('%s', (name) => {
    const text = `http {\n    ${name} a b;\n    ${name} { inner x; }\n}\n`;
    const { text: out, plan } = rewrite(text);
    expect(out).toBe('http {\n' + ' '.repeat(`    ${name} a b;`.length) + '\n' + ' '.repeat(`    ${name} { inner x; }`.length) + '\n}\n');
    expect(plan.removals.map((removal) => [removal.line, removal.reason])).toEqual([[2, 'unknown'], [3, 'unknown']]);
  });

  test('statements inside data blocks are data, not directives', () => {
    const text = 'http {\n    types { text/html html; }\n    map $a $b { default 0; ~^/x 1; hostnames; }\n    geo $g { 10.0.0.0/8 1; }\n}\n';
    expect(rewrite(text).text).toBe(text);
  });
});

describe('file arguments move into the sandbox or become stand-ins', () => {
  const roles = Object.entries(NGINX_FILE_ARGUMENTS);
  test.each(roles.filter(([, role]) => role.role === 'write').map(([name]) => [name]))('%s (written): a fresh sandbox path', (name) => {
    const { text } = rewrite(`${name} /var/log/outside/x;\n`);
    expect(text).toMatch(new RegExp(`^${name} /sandbox/\\S+;\\n$`));
  });

  test.each([['error_log', 'stderr'], ['access_log', 'off'], ['access_log', 'syslog:server=127.0.0.1'], ['error_log', 'memory:1m']])('%s %s names no file and stays', (name, value) => {
    const text = `${name} ${value};\n`;
    expect(rewrite(text).text).toBe(text);
  });

  test.each(roles.filter(([, role]) => role.role === 'cert' || role.role === 'key').map(([name, role]) => [name, role.role]))('%s (%s): a repository copy, else the throwaway pair', (name, role) => {
    expect(rewrite(`${name} certs/site.pem;\n`).text).toBe(`${name} /sandbox/file-0-site.pem;\n`);
    const { text, plan } = rewrite(`${name} /etc/ssl/private/site.pem;\n`);
    expect(text).toBe(`${name} /sandbox/dummy-${role === 'key' ? 'key' : 'cert'}.pem;\n`);
    expect(plan.standIns).toEqual([{ line: 1, directive: name, original: '/etc/ssl/private/site.pem' }]);
    const runtime = `${name} $ssl_server_name.pem;\n`;
    expect(rewrite(runtime).text).toBe(runtime);
  });

  test.each(roles.filter(([, role]) => role.role === 'read').map(([name]) => [name]))('%s (read): a repository copy, else blanked with a removal', (name) => {
    expect(rewrite(`${name} dh.pem;\n`).text).toBe(`${name} /sandbox/file-1-dh.pem;\n`);
    const { text, plan } = rewrite(`${name} /etc/secret;\n`);
    expect(text.trim()).toBe('');
    expect(plan.removals).toEqual([{ line: 1, directive: name, reason: 'file-outside', value: '/etc/secret' }]);
  });

  test('listen: unix sockets move into the sandbox, TCP addresses stay', () => {
    expect(rewrite('listen unix:/run/x.sock;\n').text).toMatch(/^listen unix:\/sandbox\/socket-0-0;\n$/);
    expect(rewrite('listen 127.0.0.1:80 ssl;\n').text).toBe('listen 127.0.0.1:80 ssl;\n');
  });

  test.each(Object.keys(NGINX_SERVE_FILE_ARGUMENTS).map((name) => [name]))('serve mode: %s is moved into the sandbox (test mode leaves it)', (name) => {
    const text = `${name} /etc/;\n`;
    expect(rewrite(text).text).toBe(name === 'client_body_temp_path' ? rewrite(text).text : text);
    const served = rewrite(text, { serve: true });
    expect(served.text).not.toContain('/etc/');
  });
});

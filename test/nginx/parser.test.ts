/** Lexer/parser/loader: crossplane's payload, nginx's tokenization, includes, and hostile input. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { nodeDeps } from '../../src/deps.js';
import { parseNginx } from '../../src/nginx/load.js';
import { parseText } from '../../src/nginx/parser.js';
import { columnOf, UNTERMINATED, type NginxPayload } from '../../src/nginx/payload.js';

const parse = (text: string, comments = false) => parseText(text, { comments, maxDepth: 100 });
/** The payload as `JSON.stringify` prints it (what `gatewatch nginx parse` emits). */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

let dir: string;
const deps = () => nodeDeps(dir);
const write = (name: string, text: string | Buffer): void => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-parse-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('tokenization follows nginx (ngx_conf_read_token)', () => {
  test('"${uri} x" is two words, unlike crossplane', () => {
    expect(json(parse('add_header X ${uri} x;').parsed)).toEqual([{ directive: 'add_header', line: 1, args: ['X', '${uri}', 'x'] }]);
  });

  test('`#` starts a comment only at a token start; `}` inside a word belongs to it', () => {
    expect(json(parse('add_header X a#b; # real\nreturn 200 x}y;').parsed)).toEqual([
      { directive: 'add_header', line: 1, args: ['X', 'a#b'] },
      { directive: 'return', line: 2, args: ['200', 'x}y'] },
    ]);
  });

  test('quotes of both kinds span lines and keep later line numbers right', () => {
    const result = parse("set $a \"one\ntwo\";\nset $b 'x\n\ny';\nlisten 80;");
    expect(json(result.parsed)).toEqual([
      { directive: 'set', line: 1, args: ['$a', 'one\ntwo'] },
      { directive: 'set', line: 3, args: ['$b', 'x\n\ny'] },
      { directive: 'listen', line: 6, args: ['80'] },
    ]);
  });

  test('escapes decode as nginx decodes them', () => {
    expect(parse('x "a\\"b" \'c\\\'d\' e\\\\f g\\;h "t\\tn\\n";').parsed[0]!.args).toEqual(['a"b', "c'd", 'e\\f', 'g\\;h', 't\tn\n']);
  });

  test('a quote inside a word is an ordinary character; text glued after a closing quote is nginx\'s error', () => {
    expect(parse('x a"b c;').parsed[0]!.args).toEqual(['a"b', 'c']);
    expect(parse('x "a"b;').errors).toEqual([{ error: 'unexpected "b"', line: 1 }]);
  });

  test('if (...) parentheses are stripped as crossplane does', () => {
    const { parsed } = parse('if ($request_method = POST) { return 405; }\nif ( $a ) { }\nif ($x ~* "^(a|b)$") {}');
    expect(parsed.map((statement) => statement.args)).toEqual([['$request_method', '=', 'POST'], ['$a'], ['$x', '~*', '^(a|b)$']]);
  });

  test('*_by_lua_block bodies are one argument, braces in Lua strings included', () => {
    const { parsed, errors } = parse('content_by_lua_block {\n  ngx.say("}{")\n  if x then t = {1} end\n}\nset_by_lua_block $v { return "1" }\nlisten 80;');
    expect(errors).toEqual([]);
    expect(json(parsed)).toEqual([
      { directive: 'content_by_lua_block', line: 1, args: ['\n  ngx.say("}{")\n  if x then t = {1} end\n'] },
      { directive: 'set_by_lua_block', line: 5, args: ['$v', ' return "1" '] },
      { directive: 'listen', line: 6, args: ['80'] },
    ]);
  });

  test('comments become "#" statements with --include-comments, columns are kept off the JSON', () => {
    const { parsed } = parse('# top\n  listen 80; # tail\n', true);
    expect(json(parsed)).toEqual([
      { directive: '#', line: 1, args: [], comment: ' top' },
      { directive: 'listen', line: 2, args: ['80'] },
      { directive: '#', line: 2, args: [], comment: ' tail' },
    ]);
    expect(columnOf(parsed[1]!)).toBe(3);
  });

  test('CRLF gives the same lines as LF', () => {
    const lf = parse('http {\n  server {\n    listen 80;\n  }\n}\n');
    const crlf = parse('http {\r\n  server {\r\n    listen 80;\r\n  }\r\n}\r\n');
    expect(json(crlf.parsed)).toEqual(json(lf.parsed));
  });

  test('syntax errors are located as nginx locates them and parsing goes on', () => {
    expect(parse('http {\n  server {\n    listen 80\n  }\n}\nuser x;').errors).toEqual([{ error: 'unexpected "}"', line: 4, [UNTERMINATED]: { directive: 'listen', line: 3 } }]);
    expect(parse('events {}\n}\nuser a;').errors).toEqual([{ error: 'unexpected "}"', line: 2 }]);
    expect(parse('http {\n  server {\n').errors).toEqual([{ error: 'unexpected end of file, expecting "}"', line: 3 }]);
    expect(parse('listen 80').errors).toEqual([{ error: 'unexpected end of file, expecting ";" or "}"', line: 1, [UNTERMINATED]: { directive: 'listen', line: 1 } }]);
    expect(parse(';').errors).toEqual([{ error: 'unexpected ";"', line: 1 }]);
    expect(parse('http;').errors).toEqual([{ error: 'directive "http" has no opening "{"', line: 1 }]);
  });

  test('any input terminates without throwing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', ';', '"', "'", '\\', '#', '$', ' ', '\n', 'a', '(', ')', 'x_by_lua_block') , maxLength: 200 }), (text) => {
        const result = parse(text);
        return Array.isArray(result.parsed) && result.errors.every((error) => typeof error.line === 'number');
      }),
      { numRuns: 2000 },
    );
  });

  test('100,000 nested blocks stop at the depth limit without a stack overflow', () => {
    const { errors } = parse(`${'a {'.repeat(100_000)}${'}'.repeat(100_000)}`);
    expect(errors).toEqual([{ error: 'blocks nested deeper than 100 levels', line: 1 }]);
  });
});

describe('includes and the crossplane payload', () => {
  beforeEach(() => {
    // crossplane's tests/configs/includes-globbed layout: relative includes resolve against the main file's dir.
    write('nginx.conf', 'events {}\ninclude http.conf;\n');
    write('http.conf', 'http {\n    include servers/*.conf;\n}\n');
    write('servers/server1.conf', 'server {\n    listen 8080;\n    include locations/*.conf;\n}\n');
    write('servers/server2.conf', 'server {\n    listen 8081;\n    include locations/*.conf;\n}\n');
    write('locations/location1.conf', 'location /foo {\n    return 200 foo;\n}\n');
    write('locations/location2.conf', 'location /bar {\n    return 200 bar;\n}\n');
  });

  test('globbed includes: sorted, each file once, indexes as crossplane assigns them', async () => {
    const payload = await parseNginx('nginx.conf', deps());
    expect(json(payload)).toEqual({
      status: 'ok',
      errors: [],
      config: [
        { file: 'nginx.conf', status: 'ok', errors: [], parsed: [
          { directive: 'events', line: 1, args: [], block: [] },
          { directive: 'include', line: 2, args: ['http.conf'], includes: [1] },
        ] },
        { file: 'http.conf', status: 'ok', errors: [], parsed: [
          { directive: 'http', line: 1, args: [], block: [{ directive: 'include', line: 2, args: ['servers/*.conf'], includes: [2, 3] }] },
        ] },
        { file: 'servers/server1.conf', status: 'ok', errors: [], parsed: [
          { directive: 'server', line: 1, args: [], block: [
            { directive: 'listen', line: 2, args: ['8080'] },
            { directive: 'include', line: 3, args: ['locations/*.conf'], includes: [4, 5] },
          ] },
        ] },
        { file: 'servers/server2.conf', status: 'ok', errors: [], parsed: [
          { directive: 'server', line: 1, args: [], block: [
            { directive: 'listen', line: 2, args: ['8081'] },
            { directive: 'include', line: 3, args: ['locations/*.conf'], includes: [4, 5] },
          ] },
        ] },
        { file: 'locations/location1.conf', status: 'ok', errors: [], parsed: [
          { directive: 'location', line: 1, args: ['/foo'], block: [{ directive: 'return', line: 2, args: ['200', 'foo'] }] },
        ] },
        { file: 'locations/location2.conf', status: 'ok', errors: [], parsed: [
          { directive: 'location', line: 1, args: ['/bar'], block: [{ directive: 'return', line: 2, args: ['200', 'bar'] }] },
        ] },
      ],
    });
  });

  test('--combine splices includes in place and tags each statement with its file', async () => {
    const payload = await parseNginx('nginx.conf', deps(), { combine: true });
    expect(payload.config).toHaveLength(1);
    const http = payload.config[0]!.parsed[1]!;
    expect(json(http)).toMatchObject({ file: 'http.conf', directive: 'http', line: 1 });
    expect(http.block!.map((server) => [server.file, server.block!.map((s) => `${s.file}:${s.directive}:${s.args[0]}`)])).toEqual([
      ['servers/server1.conf', ['servers/server1.conf:listen:8080', 'locations/location1.conf:location:/foo', 'locations/location2.conf:location:/bar']],
      ['servers/server2.conf', ['servers/server2.conf:listen:8081', 'locations/location1.conf:location:/foo', 'locations/location2.conf:location:/bar']],
    ]);
    expect(Object.keys(json(http) as object)).toEqual(['file', 'directive', 'line', 'args', 'block']);
  });

  test('--single-file does not follow includes', async () => {
    const payload = await parseNginx('nginx.conf', deps(), { single: true });
    expect(payload.config).toHaveLength(1);
    expect(json(payload.config[0]!.parsed[1])).toEqual({ directive: 'include', line: 2, args: ['http.conf'] });
  });

  test('a missing include is an error at its line and parsing continues', async () => {
    write('main.conf', 'events {}\nhttp {\n    include missing.conf;\n    server { listen 80; }\n}\n');
    const payload = await parseNginx('main.conf', deps());
    expect(payload.errors).toEqual([{ file: 'main.conf', error: 'open() "missing.conf" failed (2: No such file or directory) in main.conf:3', line: 3 }]);
    expect(payload.config[0]!.parsed[1]!.block!.map((s) => s.directive)).toEqual(['include', 'server']);
  });
});

describe('hostile input gives located errors, never a hang', () => {
  const errorsOf = (payload: NginxPayload) => payload.errors.map((error) => ({ file: error.file, line: error.line, error: error.error }));

  test('a binary file', async () => {
    write('bin.conf', Buffer.concat([Buffer.from('user x;\n'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])]));
    const payload = await parseNginx('bin.conf', deps());
    expect(errorsOf(payload)).toEqual([{ file: 'bin.conf', line: 2, error: '"bin.conf" looks binary (NUL byte), not an nginx config in bin.conf:2' }]);
  });

  test('invalid UTF-8 becomes U+FFFD', async () => {
    write('latin1.conf', Buffer.from([0x73, 0x65, 0x74, 0x20, 0x24, 0x61, 0x20, 0xe9, 0xff, 0x3b, 0x0a]));
    const payload = await parseNginx('latin1.conf', deps());
    expect(payload.status).toBe('ok');
    expect(payload.config[0]!.parsed[0]!.args).toEqual(['$a', '\ufffd\ufffd']);
  });

  test('a 50 MB file is refused by size before it is read', async () => {
    const line = 'add_header X-Filler aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;\n';
    write('huge.conf', line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
    const payload = await parseNginx('huge.conf', deps());
    expect(payload.errors).toHaveLength(1);
    expect(payload.errors[0]!.line).toBe(1);
    expect(payload.errors[0]!.error).toMatch(/^"huge\.conf" is \d+ bytes, over the 16777216-byte limit/);
  });

  test('a directory passed as the config file, and included by name', async () => {
    mkdirSync(path.join(dir, 'conf.d'));
    expect(errorsOf(await parseNginx('conf.d', deps()))).toEqual([{ file: 'conf.d', line: null, error: '"conf.d" is a directory, not a config file in conf.d' }]);
    write('main.conf', 'http {\n    include conf.d;\n}\n');
    const [error] = errorsOf(await parseNginx('main.conf', deps()));
    expect(error).toEqual({ file: 'main.conf', line: 2, error: 'include "conf.d" names a directory; use a glob such as "conf.d/*.conf" in main.conf:2' });
  });

  test('a symlink loop in includes', async () => {
    symlinkSync('loop-b.conf', path.join(dir, 'loop-a.conf'));
    symlinkSync('loop-a.conf', path.join(dir, 'loop-b.conf'));
    write('main.conf', 'http {\n    include loop-a.conf;\n}\n');
    const [error] = errorsOf(await parseNginx('main.conf', deps()));
    expect(error).toEqual({ file: 'main.conf', line: 2, error: 'open() "loop-a.conf" failed (40: Too many levels of symbolic links) in main.conf:2' });
  });

  test('an include cycle is detected and reported at the include that closes it', async () => {
    write('a.conf', 'http {\n    include b.conf;\n}\n');
    write('b.conf', '# b\ninclude a.conf;\n');
    const payload = await parseNginx('a.conf', deps());
    expect(errorsOf(payload)).toEqual([{ file: 'b.conf', line: 2, error: 'include cycle "a.conf" -> "b.conf" -> "a.conf" in b.conf:2' }]);
    const combined = await parseNginx('a.conf', deps(), { combine: true });
    expect(combined.config[0]!.parsed[0]!.block).toEqual([]);
  });

  test('an include glob matching 3,000 files parses them all; past the file limit it is a located error', async () => {
    for (let i = 0; i < 3000; i++) write(`many/f${String(i).padStart(4, '0')}.conf`, `location /${i} { return 200; }\n`);
    write('main.conf', 'http {\n  server {\n    include many/*.conf;\n  }\n}\n');
    const payload = await parseNginx('main.conf', deps());
    expect(payload.status).toBe('ok');
    expect(payload.config).toHaveLength(3001);
    expect(payload.config[1]!.file).toBe('many/f0000.conf');
    const limited = await parseNginx('main.conf', deps(), { limits: { maxFiles: 1000 } });
    expect(limited.config).toHaveLength(1000);
    expect(errorsOf(limited)).toEqual([{ file: 'main.conf', line: 3, error: 'include "many/*.conf" exceeds the limit of 1000 files; the rest is not parsed in main.conf:3' }]);
  });

  test('unbalanced braces in an included file are located in that file', async () => {
    write('main.conf', 'http {\n    include site.conf;\n}\n');
    write('site.conf', 'server {\n    listen 80;\n');
    expect(errorsOf(await parseNginx('main.conf', deps()))).toEqual([{ file: 'site.conf', line: 3, error: 'unexpected end of file, expecting "}" in site.conf:3' }]);
  });
});

/* Parser parity with crossplane: cases written after crossplane's tests/configs (comments-between-args, bad-args, lua-block-*). */
describe('crossplane parity', () => {
  const parseWith = (text: string, options: Partial<Parameters<typeof parseText>[1]> = {}) => parseText(text, { comments: false, maxDepth: 100, ...options });

  test('--include-comments keeps comments met between arguments, after the statement, at its line', () => {
    const text = 'http { #one\n    log_format #two\n        \\#first\\ arg #three\n        \'#second arg\' #four\n        #five\n        ;\n}\n';
    const { parsed, errors } = parseWith(text, { comments: true });
    expect(errors).toEqual([]);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual([
      {
        directive: 'http', line: 1, args: [], block: [
          { directive: '#', line: 1, args: [], comment: 'one' },
          { directive: 'log_format', line: 2, args: ['\\#first\\ arg', '#second arg'] },
          { directive: '#', line: 2, args: [], comment: 'two' },
          { directive: '#', line: 2, args: [], comment: 'three' },
          { directive: '#', line: 2, args: [], comment: 'four' },
          { directive: '#', line: 2, args: [], comment: 'five' },
        ],
      },
    ]);
  });

  test('argument counts of core directives: "user;" is rejected as nginx and crossplane reject it', () => {
    const { parsed, errors } = parseWith('user;\nevents {}\nhttp {}\n');
    expect(errors).toEqual([{ error: 'invalid number of arguments in "user" directive', line: 1 }]);
    expect(parsed.map((statement) => statement.directive)).toEqual(['events', 'http']);
    expect(parseWith('user www-data www-data;\nworker_processes auto;\nevents {}\n').errors).toEqual([]);
    expect(parseWith('http { server { location / { proxy_pass; } } }').errors).toEqual([{ error: 'invalid number of arguments in "proxy_pass" directive', line: 1 }]);
  });

  test('map, types and upstream entries are data, not directives with counts', () => {
    expect(parseWith('http { map $a $b { user 1; default 2; } types { text/html html htm shtml; } }').errors).toEqual([]);
  });

  test('--ignore leaves directives and their blocks out', () => {
    const { parsed } = parseWith('events {}\nhttp {\n  server { listen 80; }\n  include mime.types;\n}\n', { ignore: ['server', 'include'] });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual([
      { directive: 'events', line: 1, args: [], block: [] },
      { directive: 'http', line: 2, args: [], block: [] },
    ]);
  });

  test('--strict makes an unknown directive an error and keeps known ones', () => {
    const { errors } = parseWith('events {}\nhttp {\n  server {\n    listen 80;\n    proxy_read_timeout 5s;\n    proxy_passs http://a;\n  }\n}\n', { strict: true });
    expect(errors).toEqual([{ error: 'unknown directive "proxy_passs"', line: 6 }]);
    expect(parseWith('http { server { proxy_passs http://a; } }').errors).toEqual([]);
  });

  test('Lua bodies are lexed as Lua: comments, strings and long brackets hide braces; a quoted name is no Lua block', () => {
    const text = [
      'http {',
      '  server {',
      '    server_name content_by_lua_block;',
      '    set_by_lua_block $sum { -- don\'t { count this',
      '      return 1 + 2',
      '    }',
      '    content_by_lua_block {',
      '      local s = "{" .. \'}\' .. [[ } ]] .. [==[ ]] } ]==]',
      '      --[[ a long } comment',
      '      ]]',
      '      ngx.say(s)',
      '    }',
      '    "rewrite_by_lua_block" { return 200; }',
      '  }',
      '}',
      '',
    ].join('\n');
    const { parsed, errors } = parseWith(text);
    expect(errors).toEqual([]);
    const server = parsed[0]!.block![0]!.block!;
    expect(server.map((statement) => [statement.directive, statement.line])).toEqual([
      ['server_name', 3],
      ['set_by_lua_block', 4],
      ['content_by_lua_block', 7],
      ['rewrite_by_lua_block', 13],
    ]);
    expect(server[1]!.args[0]).toBe('$sum');
    expect(server[2]!.args[0]).toContain('ngx.say(s)');
    expect(server[3]!.block?.map((statement) => statement.directive)).toEqual(['return']);
  });

  test('an unclosed Lua block is reported, not swallowed', () => {
    // The Lua body and the http block are both left open.
    expect(parseWith('http { content_by_lua_block { local t = { 1 }\n').errors).toEqual([
      { error: 'unexpected end of file, expecting "}"', line: 2 },
      { error: 'unexpected end of file, expecting "}"', line: 2 },
    ]);
  });
});

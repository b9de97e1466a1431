/**
 * Property tests for the nginx lexer/parser/loader and the printer: arbitrary bytes never throw or hang and
 * only point inside the file read; generated trees and real configs round-trip through the printer; and the
 * printer's quoting is what the real `nginx -t` accepts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { nodeDeps } from '../../src/deps.js';
import { parseNginx, type ParseIo } from '../../src/nginx/load.js';
import { runNginxTests } from '../../src/nginx/nginx-test.js';
import { parseText } from '../../src/nginx/parser.js';
import type { NginxDirective, NginxPayload } from '../../src/nginx/payload.js';
import { printArg, printNginx } from '../../src/nginx/printer.js';
import { describeEachBinary } from '../helpers/gateway-binaries.js';
import { canIsolateNetwork, nginxBinaries, repoRoot, testDeps } from '../nginx/helpers.js';

/* Generous: a cold JIT on a loaded 2-core runner; a real hang (an endless loop) blows through any bound. */
const PER_INPUT_MS = 2000;

/** An in-memory filesystem holding `files`; everything else is ENOENT, as the real stat would say. */
function memoryIo(files: ReadonlyMap<string, Buffer>): ParseIo {
  const cwd = '/fuzz';
  const resolve = (file: string): string => path.resolve(cwd, file);
  const byPath = new Map([...files].map(([name, data]) => [resolve(name), data]));
  const missing = (file: string): Error => Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  return {
    cwd,
    readFile: async (file) => {
      const data = byPath.get(resolve(file));
      if (!data) throw missing(file);
      return data;
    },
    stat: async (file) => {
      const data = byPath.get(resolve(file));
      if (data) return { size: data.length, isFile: true, isDirectory: false };
      if (resolve(file) === cwd) return { size: 0, isFile: false, isDirectory: true };
      throw missing(file);
    },
    glob: async (patterns, options) => {
      const match = picomatch([...patterns]);
      return [...byPath.keys()].filter((file) => match(file)).sort().slice(0, options.limit);
    },
  };
}

/** Lines of a file as nginx counts them: one more than its LF bytes. */
const lineCount = (data: Buffer): number => data.toString('latin1').split('\n').length;

async function parseBytesSafely(files: ReadonlyMap<string, Buffer>, options: { comments: boolean; combine: boolean }): Promise<void> {
  const started = performance.now();
  const payload = await parseNginx('fuzz.conf', memoryIo(files), options);
  expect(performance.now() - started).toBeLessThan(PER_INPUT_MS);
  expect(['ok', 'failed']).toContain(payload.status);
  expect(payload.status === 'ok').toBe(payload.errors.length === 0);
  const located = [...payload.errors, ...payload.config.flatMap((config) => config.errors.map((error) => ({ ...error, file: config.file })))];
  for (const error of located) {
    expect(error.error.length).toBeGreaterThan(0);
    if (error.line === null) continue;
    const data = files.get(error.file);
    expect(data).toBeDefined();
    expect(Number.isInteger(error.line)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lineCount(data!));
  }
}

/* Fragments that steer random bytes into the parser's interesting states: blocks, quotes, escapes, Lua, includes. */
const FRAGMENTS = [
  '{', '}', ';', '"', "'", '\\', '#', '$', '${', '(', ')', ' ', '\n', '\r\n', '\t', 'http', 'server', 'location',
  'if', 'if (', 'content_by_lua_block', 'set_by_lua_block', 'include', 'include fuzz.conf;', 'include other.conf;',
  'include *.conf;', 'include missing.conf;', 'include /;', 'upstream', 'proxy_pass', 'http://', '\u00e9', '\ufffd',
  '\u2028', '\u00a0',
].map((text) => Buffer.from(text));
const soup = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.uint8Array({ maxLength: 8 }).map((bytes) => Buffer.from(bytes))), { maxLength: 120 })
  .map((parts) => Buffer.concat(parts));
const OTHER = Buffer.from('server {\n  listen 80;\n}\nlocation / { return 200 "x"; }\n');

describe('arbitrary bytes', () => {
  test('never throw, never hang, and every error line is inside its file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes)), soup), fc.boolean(), fc.boolean(), async (bytes, comments, combine) => {
        await parseBytesSafely(new Map([['fuzz.conf', bytes], ['other.conf', OTHER]]), { comments, combine });
      }),
      { numRuns: 600 },
    );
  });

  test('random bytes in an included file are located in that file', async () => {
    await fc.assert(
      fc.asyncProperty(soup, async (bytes) => {
        const main = Buffer.from('events {}\nhttp {\n    include other.conf;\n}\n');
        await parseBytesSafely(new Map([['fuzz.conf', main], ['other.conf', bytes]]), { comments: false, combine: false });
      }),
      { numRuns: 300 },
    );
  });
});

/** The structure the round trip must keep: directives, args, blocks and comments (not lines or columns). */
interface Shape {
  directive: string;
  args: string[];
  comment?: string;
  block?: Shape[];
}
const shape = (list: readonly NginxDirective[]): Shape[] =>
  list.map((statement) => ({
    directive: statement.directive,
    args: [...statement.args],
    ...(statement.comment !== undefined ? { comment: statement.comment } : {}),
    ...(statement.block ? { block: shape(statement.block) } : {}),
  }));

const reparse = (text: string) => parseText(text, { comments: true, maxDepth: 100 });

/* Arguments with everything the quoting must survive: variables, quotes, escapes, nginx's special characters, Unicode. */
const identifier = fc.stringMatching(/^[a-z_][a-z0-9_]{0,11}$/);
const argument = fc.oneof(
  identifier,
  identifier.map((name) => `$${name}`),
  identifier.map((name) => `\${${name}}`),
  fc.tuple(identifier, identifier).map(([name, rest]) => `\${${name}}${rest}`),
  fc.constantFrom('', ' ', ';', '{', '}', '{}', '#', 'a#b', 'x}y', '"', "'", '\\', '\\\\', 'a\\', '\\n', '\\t', '\\"', "it's", 'say "hi"', '^/(a|b)\\.php$', '~*', '=', '(', ')', '()', '$', 'a$', '${', '\u00a0x', 'x\u00a0'),
  fc.string({ unit: fc.constantFrom(' ', ';', '{', '}', '#', '"', "'", '\\', '$', '(', ')', 'a', 'n', 't', '\n', '\t', '\r'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
/* `if` and `*_by_lua_block` are printed specially; `include` only has to parse, not resolve, here. */
const plainName = fc.oneof(
  { weight: 4, arbitrary: identifier.filter((name) => name !== 'if' && !name.endsWith('_by_lua_block')) },
  { weight: 1, arbitrary: argument.filter((name) => name !== 'if' && !name.endsWith('_by_lua_block')) },
);
/* A Lua body the brace counter reads back: balanced braces outside strings, any braces inside them. */
const luaBody: fc.Arbitrary<string> = fc.letrec<{ body: string }>((tie) => ({
  body: fc
    .array(
      fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '=', '.', '(', ')', ',', '1', 'ngx.say'), maxLength: 10 }),
        fc.string({ unit: fc.constantFrom('a', '{', '}', ' ', "'"), maxLength: 8 }).map((text) => `"${text}"`),
        fc.string({ unit: fc.constantFrom('a', '{', '}', ' ', '"'), maxLength: 8 }).map((text) => `'${text}'`),
        tie('body').map((inner) => `{${inner}}`),
      ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join('')),
})).body;
const comment = fc.string({ unit: 'binary', maxLength: 20 }).filter((text) => !text.includes('\n') && !text.endsWith('\r'));

const statements: fc.Arbitrary<NginxDirective[]> = fc.letrec<{ list: NginxDirective[]; statement: NginxDirective }>((tie) => ({
  list: fc.array(tie('statement'), { maxLength: 5 }),
  statement: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ directive: plainName, line: fc.constant(0), args: fc.array(argument, { maxLength: 4 }) }),
    fc.record({ directive: fc.constant('#'), line: fc.constant(0), args: fc.constant<string[]>([]), comment }),
    fc.record({ directive: fc.constant('content_by_lua_block'), line: fc.constant(0), args: luaBody.map((body) => [body]) }),
    fc.record({ directive: fc.constant('set_by_lua_block'), line: fc.constant(0), args: fc.tuple(argument, luaBody).map((args) => [...args]) }),
    fc.record({ directive: plainName, line: fc.constant(0), args: fc.array(argument, { maxLength: 3 }), block: tie('list') }),
    fc.record({ directive: fc.constant('if'), line: fc.constant(0), args: fc.array(argument, { minLength: 1, maxLength: 4 }), block: tie('list') }),
  ),
})).list;

describe('printer round trip', () => {
  test('generated trees: parse(print(tree)) has the same directives, args, comments and blocks', () => {
    fc.assert(
      fc.property(statements, (tree) => {
        const text = printNginx(tree);
        const result = reparse(text);
        expect(result.errors.filter((error) => !/has no opening/.test(error.error))).toEqual([]);
        expect(shape(result.parsed)).toEqual(shape(tree));
      }),
      { numRuns: 1500 },
    );
  });

  test('near-valid text that parses cleanly prints to text that parses to the same tree', () => {
    const near = fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS.map((fragment) => fragment.toString('utf8'))), argument, identifier), { maxLength: 60 })
      .map((parts) => parts.join(' '));
    let clean = 0;
    fc.assert(
      fc.property(near, (text) => {
        const first = reparse(text);
        if (first.errors.length > 0) return;
        clean++;
        expect(shape(reparse(printNginx(first.parsed)).parsed)).toEqual(shape(first.parsed));
      }),
      { numRuns: 3000 },
    );
    // The property must not hold vacuously: a good share of inputs has to parse cleanly.
    expect(clean).toBeGreaterThan(100);
  });

  test('printArg quotes exactly what would not survive bare', () => {
    expect(['listen', '80', '$host', '${uri}x', 'a#b', 'x}y', '^/a\\.php$', "it's"].map(printArg)).toEqual(['listen', '80', '$host', '${uri}x', 'a#b', 'x}y', '^/a\\.php$', "it's"]);
    expect(['', 'a b', 'a;b', 'a{b', '#x', '}x', '"x', 'a\\', 'a\\n'].map(printArg)).toEqual(['""', '"a b"', '"a;b"', '"a{b"', '"#x"', '"}x"', '"\\"x"', '"a\\\\"', '"a\\\\n"']);
    expect(printNginx([{ directive: 'if', line: 1, args: ['$a', '=', 'b c'], block: [] }, { directive: 'set_by_lua_block', line: 2, args: ['$v', ' return 1 '] }])).toBe(
      'if ($a = "b c") {\n}\nset_by_lua_block $v { return 1 }\n',
    );
  });
});

/** Every config under test/fixtures plus the shipped example. */
function realConfigs(): string[] {
  const out: string[] = ['examples/nginx/nginx.conf'];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const child = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.conf')) out.push(child);
    }
  };
  walk('test/fixtures');
  return out.sort();
}

describe('real configs', () => {
  test('every fixture and the example print and re-parse to the same tree', async () => {
    const files = realConfigs();
    let compared = 0;
    for (const file of files) {
      const payload = await parseNginx(file, nodeDeps(repoRoot), { single: true, comments: true });
      const [config] = payload.config;
      if (!config || config.errors.length > 0) continue; // fixtures of broken syntax have no tree to keep
      const again = reparse(printNginx(config.parsed));
      expect({ file, errors: again.errors }).toEqual({ file, errors: [] });
      expect({ file, tree: shape(again.parsed) }).toEqual({ file, tree: shape(config.parsed) });
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });
});

/*
 * nginx -t sample: trees of real directives whose argument values are arbitrary text (quotes, backslashes,
 * `;{}#`, newlines, Unicode, known variables). nginx itself must accept the printed text.
 */
const textValue = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', ' ', ';', '{', '}', '#', '"', "'", '\\', '(', ')', '\n', '\t', 'é', '€', '😀', 'n', 't'), minLength: 1, maxLength: 16 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
  fc.constantFrom('$uri', '${host}', 'x${request_method}y', '\\"', '\\\\', "it's"),
)
  // No NUL (a C string ends there), no variables nginx does not know, and short enough for map's hash buckets.
  .filter((value) => !value.includes('\u0000') && !value.replace(/\$uri|\$\{host\}|\$\{request_method\}/g, '').includes('$'))
  .filter((value) => Buffer.byteLength(value) <= 64);

const serverTree = fc
  .record({
    values: fc.array(textValue, { minLength: 1, maxLength: 6 }),
    note: comment.filter((text) => !text.includes('\r')),
    header: fc.stringMatching(/^X-[A-Za-z]{1,8}$/),
  })
  .map(({ values, note, header }): NginxDirective[] => {
    const at = (index: number): string => values[index % values.length]!;
    const location = (index: number, body: NginxDirective[]): NginxDirective => ({ directive: 'location', line: 0, args: ['=', `/v${index}/${at(index)}`], block: body });
    return [
      { directive: 'events', line: 0, args: [], block: [] },
      { directive: 'http', line: 0, args: [], block: [
        { directive: '#', line: 0, args: [], comment: note },
        { directive: 'map_hash_bucket_size', line: 0, args: ['256'] },
        { directive: 'map', line: 0, args: ['$arg_k', '$mapped'], block: [
          { directive: 'default', line: 0, args: [at(0)] },
          ...values.map((value, index): NginxDirective => ({ directive: `k${index}${value}`, line: 0, args: [value] })),
        ] },
        { directive: 'server', line: 0, args: [], block: [
          { directive: 'listen', line: 0, args: ['127.0.0.1:8080'] },
          { directive: 'add_header', line: 0, args: [header, at(1)] },
          ...values.map((value, index) => location(index, [
            { directive: 'set', line: 0, args: ['$v', value] },
            { directive: 'if', line: 0, args: ['$arg_a', '=', value], block: [{ directive: 'return', line: 0, args: ['403', value] }] },
            { directive: 'return', line: 0, args: ['200', value] },
          ])),
        ] },
      ] },
    ];
  });

describeEachBinary(nginxBinaries, 'nginx -t accepts printed configs', (nginx) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-print-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a sample of generated configs with arbitrary argument text', async () => {
    let index = 0;
    await fc.assert(
      fc.asyncProperty(serverTree, async (tree) => {
        const text = printNginx(tree);
        expect(shape(reparse(text).parsed)).toEqual(shape(tree));
        const file = `printed-${index++}.conf`;
        writeFileSync(path.join(dir, file), text);
        const deps = testDeps(dir);
        const payload: NginxPayload = await parseNginx(file, deps);
        expect(payload.errors).toEqual([]);
        const findings = await runNginxTests([{ payload, upstreamNames: new Set() }], { mode: 'always', binary: nginx.path, resolve: false, hosts: {} }, deps);
        expect({ text, errors: findings.filter((finding) => finding.severity === 'error') }).toEqual({ text, errors: [] });
      }),
      { numRuns: 12, seed: 7_2026 },
    );
  });
});

/** GET `route` over nginx's unix socket; the body as bytes. */
function get(socketPath: string, route: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ socketPath, path: route, timeout: 5000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${route} timed out`)));
    request.on('error', reject);
  });
}

describeEachBinary(nginxBinaries, 'nginx reads printed arguments back as the same strings', (nginx) => {
  test('a running nginx returns each printed value byte for byte', async () => {
    // Values without `$` so nginx's script engine hands them back verbatim; quotes, escapes, braces, newlines, Unicode.
    const edges = ['a\\n', 'x\\t\\r', '\\\\', 'tab\\', '\\.', '"q"', "'s'", 'x}y', 'a#b', '#c', '{', '}', ';', '', ' lead', 'trail ', 'line1\nline2', '\\"', "it's", '(a)', 'é€😀'];
    const values = [...edges, ...fc.sample(textValue.filter((value) => !value.includes('$')), { numRuns: 60, seed: 20_261_127 })];
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-serve-'));
    const socketPath = path.join(dir, 'nginx.sock');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind): NginxDirective => ({ directive: `${kind}_temp_path`, line: 0, args: [path.join(dir, kind)] }));
    const tree: NginxDirective[] = [
      { directive: 'daemon', line: 0, args: ['off'] },
      { directive: 'master_process', line: 0, args: ['off'] },
      { directive: 'pid', line: 0, args: [path.join(dir, 'nginx.pid')] },
      { directive: 'events', line: 0, args: [], block: [] },
      { directive: 'http', line: 0, args: [], block: [
        ...temp,
        { directive: 'access_log', line: 0, args: ['off'] },
        { directive: 'default_type', line: 0, args: ['application/octet-stream'] },
        { directive: 'server', line: 0, args: [], block: [
          { directive: 'listen', line: 0, args: [`unix:${socketPath}`] },
          // Even values through `return`, odd ones through `set` and a variable: both read the argument as nginx's lexer left it.
          ...values.map((value, index): NginxDirective => ({
            directive: 'location', line: 0, args: ['=', `/v${index}`], block: index % 2 === 0
              ? [{ directive: 'return', line: 0, args: ['200', value] }]
              : [{ directive: 'set', line: 0, args: ['$value', value] }, { directive: 'return', line: 0, args: ['200', '$value'] }],
          })),
        ] },
      ] },
    ];
    const config = path.join(dir, 'nginx.conf');
    writeFileSync(config, printNginx(tree));
    // No network at all when the kernel allows it: the unix socket lives in the filesystem, not the namespace.
    const [command, args] = canIsolateNetwork
      ? ['unshare', ['-n', nginx.path, '-p', `${dir}/`, '-c', config, '-e', 'stderr']]
      : [nginx.path, ['-p', `${dir}/`, '-c', config, '-e', 'stderr']];
    const child = spawn(command as string, args as string[], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      // The socket file appears at bind(), a moment before listen(): wait until a connection is accepted (a loaded CI box hit that gap).
      const accepts = (): Promise<boolean> =>
        new Promise((resolve) => {
          const socket = net.connect({ path: socketPath });
          socket.once('connect', () => {
            socket.destroy();
            resolve(true);
          });
          socket.once('error', () => resolve(false));
        });
      let started = false;
      for (let tries = 0; tries < 250 && child.exitCode === null && !(started = existsSync(socketPath) && (await accepts())); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect({ started, stderr }).toEqual({ started: true, stderr: '' });
      for (const [index, value] of values.entries()) {
        const { status, body } = await get(socketPath, `/v${index}`);
        expect({ index, status, body: body.toString('utf8') }).toEqual({ index, status: 200, body: value });
      }
    } finally {
      // unshare (and a wrapper script that `exec`s the loader) execs nginx in place, so this PID is nginx's own.
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});

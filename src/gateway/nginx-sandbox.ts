/**
 * The throwaway copy `nginx -t` runs on. Every file of a parsed config is copied flat into one temp dir with
 * includes pointed at the copies, made inert before the first run (inert-nginx.ts: code loaders and unknown
 * directives blanked, logs, pid, temp and cache paths, sockets and certificates moved into the sandbox),
 * upstream host names replaced by TEST-NET addresses (192.0.2.x, RFC 5737) unless `nginx.resolve` is on,
 * and — only after nginx complained — listen addresses and `user` moved out of the runner's way.
 * Every edit stays on its line.
 */
import { pushAll } from '../collections.js';
import path from 'node:path';
import { isIpLiteral, parseProxyUrl, parseServerAddress } from '../nginx/address.js';
import type { NginxProblem } from '../nginx/nginx-test-output.js';
import type { NginxDirective, NginxPayload } from '../nginx/payload.js';
import { applyEdits, asToken, scanStatements, type ArgToken, type Edit, type Statement } from '../nginx/sandbox-edit.js';
import type { ConfigContext } from '../nginx/entry-points.js';
import { isThirdPartyDirective } from '../nginx/nginx-test-output.js';
import { inertNginxEdits, type InertRemoval, type InertStandIn } from './inert-nginx.js';

export interface SandboxSource {
  /** Absolute path of the original file. */
  original: string;
  /** Absolute path of its copy. */
  copy: string;
  text: string;
  statements: Statement[];
  /** Payload include targets of each include statement, in source order. */
  includeTargets: number[][];
}

export interface StubbedName {
  name: string;
  ip: string;
  /** Index of the file and line where the name is first used. */
  file: number;
  line: number;
}

export interface Sandbox {
  dir: string;
  sources: SandboxSource[];
  /** The file passed to `-c`: the main copy, or a wrapper around a snippet. */
  main: string;
  wrapper?: string;
  wrapperText?: string;
  /** Fixes switched on after nginx reported an environment problem. */
  fixes: Set<NginxProblem>;
  stubs: Map<string, StubbedName>;
  hosts: Record<string, string>;
  resolve: boolean;
  dummyCert?: { cert: string; key: string };
  listenBase: number;
  setsPid: boolean;
  /** Absolute includes outside the repository that are missing here: they get an empty stand-in file. */
  repoRoot: string;
  standIns: Array<{ original: string; copy: string; file: number; line: number; context?: string[] }>;
  /** Repository files that file arguments (certificates, keys, dhparams …) may use: absolute original → copy. */
  copies: Map<string, string>;
  /** Originals in `copies` that are certificates or keys (replaced by the pair once nginx rejects one). */
  certFiles: Set<string>;
  /** What the inert rewrite of the last render removed or replaced, per file. */
  removals: Array<InertRemoval & { file: number }>;
  certStandIns: Array<InertStandIn & { file: number }>;
  /** Includes inside the repository that do not exist point here, so nginx reports them without opening anything else. */
  missingDir: string;
  /** precision: runtime gaps filled after nginx reported them (see fillGap in nginx-test.ts). */
  gaps?: SandboxGaps;
}

/**
 * The runner is not the server: what the copy leaves out or adds after nginx -t reported a gap that only
 * the server fills (a module, a server-only file, what an include outside the repo defines).
 */
export interface SandboxGaps {
  /** Leave out every third-party module directive (the runner's nginx lacks the module). */
  thirdParty: boolean;
  /** Leave out `load_module` (the runner has no such .so). */
  loadModule: boolean;
  /** Leave out directives naming these absolute paths (files only the server has). */
  files: Set<string>;
  /** Stand-ins in server/http context set a throwaway certificate (the real include would set one). */
  sslStandIn: boolean;
  /** Variables defined as empty in the http block (the server defines them outside the repo). */
  variables: Set<string>;
}

export function gapsOf(sandbox: Sandbox): SandboxGaps {
  sandbox.gaps ??= { thirdParty: false, loadModule: false, files: new Set(), sslStandIn: false, variables: new Set() };
  return sandbox.gaps;
}

/** A statement left out of the copy on its lines; a `set_*` module directive keeps its variable defined. */
function gapEdit(sandbox: Sandbox, source: SandboxSource, statement: Statement): Edit | undefined {
  const gaps = sandbox.gaps;
  if (!gaps) return undefined;
  const base = path.dirname(sandbox.sources[0]!.original);
  const drop =
    (gaps.thirdParty && isThirdPartyDirective(statement.name)) ||
    (gaps.loadModule && statement.name === 'load_module') ||
    (gaps.files.size > 0 && statement.name !== 'include' && statement.args.some((arg) => gaps.files.has(arg.value) || gaps.files.has(path.resolve(base, arg.value))));
  if (!drop) return undefined;
  const original = source.text.slice(statement.start, statement.end);
  const variable = statement.args[0]?.value;
  const inBlock = statement.context.length > 0 && statement.context[statement.context.length - 1] !== 'http';
  const keep = statement.name.startsWith('set_') && variable?.startsWith('$') && inBlock ? `set ${variable} "";` : '';
  return { start: statement.start, end: statement.end, text: `${keep} ${original.replace(/[^\n]/g, ' ')}`, keepLines: true };
}

function standInContent(sandbox: Sandbox, standIn: Sandbox['standIns'][number]): string {
  const where = standIn.context?.[standIn.context.length - 1];
  if (!sandbox.gaps?.sslStandIn || !sandbox.dummyCert || (where !== 'server' && where !== 'http')) return '';
  return `ssl_certificate ${asToken(sandbox.dummyCert.cert)};\nssl_certificate_key ${asToken(sandbox.dummyCert.key)};\n`;
}

function variableMaps(sandbox: Sandbox): string {
  return [...(sandbox.gaps?.variables ?? [])].map((name) => `map $host $${name} { default ""; }`).join(' ');
}

const PASS_DIRECTIVES = new Set(['grpc_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'memcached_pass']);
const TEMP_PATHS = ['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'];
/* Top-level directives that only a main config has; anything else is a snippet wrapped for `nginx -t`. */
const MAIN_ONLY = new Set(['http', 'events', 'stream', 'mail', 'user', 'pid', 'worker_processes', 'load_module']);

/** Top-level directive names with includes followed, as nginx would see the main context. */
function topLevelNames(payload: NginxPayload, index = 0, seen = new Set<number>()): Set<string> {
  const names = new Set<string>();
  seen.add(index);
  for (const statement of payload.config[index]?.parsed ?? []) {
    if (statement.directive !== 'include') names.add(statement.directive);
    for (const target of statement.includes ?? []) {
      if (!seen.has(target)) for (const name of topLevelNames(payload, target, seen)) names.add(name);
    }
  }
  return names;
}

function includeStatements(list: readonly NginxDirective[], out: NginxDirective[] = []): NginxDirective[] {
  for (const statement of list) {
    if (statement.directive === 'include') out.push(statement);
    if (statement.block) includeStatements(statement.block, out);
  }
  return out;
}

export function createSandbox(
  dir: string,
  payload: NginxPayload,
  texts: readonly string[],
  absolute: readonly string[],
  settings: { resolve: boolean; hosts: Record<string, string>; repoRoot: string; context?: ConfigContext },
): Sandbox {
  const sources = payload.config.map((config, index): SandboxSource => {
    const text = texts[index] ?? '';
    return {
      original: absolute[index]!,
      copy: path.join(dir, `${index}-${path.basename(config.file)}`),
      text,
      statements: scanStatements(text),
      includeTargets: includeStatements(config.parsed).map((statement) => statement.includes ?? []),
    };
  });
  const top = topLevelNames(payload);
  const isMain = settings.context ? settings.context === 'main' : top.size === 0 || [...top].some((name) => MAIN_ONLY.has(name));
  const sandbox: Sandbox = {
    dir,
    sources,
    main: sources[0]!.copy,
    // Logs, temp dirs and the pid file always live in the sandbox now (inert rewrite), not only after a failure.
    fixes: new Set(['log', 'temp', 'pid']),
    stubs: new Map(),
    hosts: settings.hosts,
    resolve: settings.resolve,
    // Free-port guesses for the listen fix: spread by the random temp-dir suffix so parallel runs rarely collide.
    listenBase: 20000 + (Number.parseInt(path.basename(dir).replace(/\W/g, '').slice(-4), 36) % 20000 || 0),
    setsPid: sources[0]!.statements.some((statement) => statement.name === 'pid' && statement.context.length === 0),
    repoRoot: settings.repoRoot,
    standIns: [],
    copies: new Map(),
    certFiles: new Set(),
    removals: [],
    certStandIns: [],
    missingDir: path.join(dir, 'missing'),
  };
  if (!isMain) {
    // A snippet (e.g. a sites-enabled file) is checked inside the context it is normally included in.
    const serverLevel = !top.has('server') && !top.has('upstream') && !top.has('map');
    const inner = `include ${asToken(sources[0]!.copy)};`;
    sandbox.wrapper = path.join(dir, 'gatewatch-wrapper.conf');
    sandbox.main = sandbox.wrapper;
    // precision: the checker passes the context the file's content implies (entry-points.ts), location included.
    const context = settings.context ?? (serverLevel ? 'server' : 'http');
    sandbox.wrapperText =
      context === 'location'
        ? `events {}\nhttp {\nserver {\nlisten 127.0.0.1:${sandbox.listenBase};\nlocation / {\n${inner}\n}\n}\n}\n`
        : context === 'server'
          ? `events {}\nhttp {\nserver {\nlisten 127.0.0.1:${sandbox.listenBase};\n${inner}\n}\n}\n`
          : `events {}\nhttp {\n${inner}\n}\n`;
  }
  return sandbox;
}

/** The next TEST-NET-1 address for a name (stable per name within one sandbox). */
function stubFor(sandbox: Sandbox, name: string, file: number, line: number): string {
  const pinned = sandbox.hosts[name];
  if (pinned !== undefined) return pinned;
  const known = sandbox.stubs.get(name);
  if (known) return known.ip;
  const ip = `192.0.2.${(sandbox.stubs.size % 254) + 1}`;
  sandbox.stubs.set(name, { name, ip, file, line });
  return ip;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/* `localhost` comes from /etc/hosts and never leaves the machine, so nginx may resolve it as in production. */
const needsStub = (host: string, upstreamNames: ReadonlySet<string>): boolean =>
  host !== '' && !host.includes('$') && host !== '*' && host.toLowerCase() !== 'localhost' && !isIpLiteral(host) && !upstreamNames.has(host.toLowerCase()) && !/^\d+$/.test(host);

function hostPortEdit(arg: ArgToken, host: string, replacement: string): Edit {
  // Replace the host inside the token's value and re-quote the whole token.
  const at = arg.value.indexOf(host);
  return { start: arg.start, end: arg.end, text: asToken(arg.value.slice(0, at) + replacement + arg.value.slice(at + host.length)) };
}

/** Edits for one file: includes, DNS stubs and pid always; environment fixes once switched on. */
function editsFor(sandbox: Sandbox, index: number, upstreamNames: ReadonlySet<string>): Edit[] {
  const source = sandbox.sources[index]!;
  const edits: Edit[] = [];
  const dir = sandbox.dir;
  let includeIndex = 0;
  const stub = (arg: ArgToken, host: string, listen = false): void => {
    if (sandbox.resolve && !listen) return;
    const replacement = listen ? '127.0.0.1' : stubFor(sandbox, host, index, lineOf(source.text, arg.start));
    edits.push(hostPortEdit(arg, host, replacement.includes(':') ? `[${replacement}]` : replacement));
  };
  for (const statement of source.statements) {
    const gap = gapEdit(sandbox, source, statement);
    if (gap) {
      edits.push(gap);
      continue;
    }
    const first = statement.args[0];
    const parent = statement.context[statement.context.length - 1];
    if (statement.name === 'include' && first) {
      const targets = source.includeTargets[includeIndex++] ?? [];
      const copies = targets.map((target) => asToken(sandbox.sources[target]!.copy));
      const original = path.resolve(path.dirname(sandbox.sources[0]!.original), first.value);
      let text: string;
      if (copies.length > 0) text = copies.join('; include ');
      else if (/[*?[]/.test(first.value)) text = asToken(path.join(dir, 'no-match', '*.conf'));
      else if (path.relative(sandbox.repoRoot, original).startsWith('..') || path.isAbsolute(path.relative(sandbox.repoRoot, original))) {
        // Files outside the repository (/etc/nginx/mime.types, `../x`) are never opened: test the rest with an empty stand-in.
        const copy = path.join(dir, `stand-in-${sandbox.standIns.length}.conf`);
        sandbox.standIns.push({ original, copy, file: index, line: lineOf(source.text, first.start), context: statement.context });
        text = asToken(copy);
      } else {
        // Missing (or refused) inside the repository: nginx reports the open() failure at this line, on a path that
        // cannot lead outside the sandbox (a symlink in the repository is never followed by nginx either).
        text = asToken(path.join(sandbox.missingDir, path.relative(sandbox.repoRoot, original)));
      }
      edits.push({ start: first.start, end: first.end, text });
      continue;
    }
    if (!first) continue;
    if (statement.name === 'proxy_pass' || PASS_DIRECTIVES.has(statement.name)) {
      const url = parseProxyUrl(first.value);
      const host = url ? url.host : first.value.startsWith('unix:') ? '' : parseServerAddress(first.value).host;
      if (needsStub(host, upstreamNames)) stub(first, host);
    } else if (statement.name === 'server' && parent === 'upstream') {
      const host = parseServerAddress(first.value).host;
      if (needsStub(host, upstreamNames)) stub(first, host);
    } else if (statement.name === 'resolver') {
      for (const arg of statement.args) if (!arg.value.includes('=') && needsStub(parseServerAddress(arg.value).host, upstreamNames)) stub(arg, parseServerAddress(arg.value).host);
    } else if (statement.name === 'listen') {
      const address = parseServerAddress(first.value);
      if (sandbox.fixes.has('listen') && !first.value.startsWith('unix:')) {
        const port = sandbox.listenBase + ((address.port ?? (/^\d+$/.test(address.host) ? Number(address.host) : 80)) % 1000);
        edits.push({ start: first.start, end: first.end, text: address.host.includes(':') ? `[::1]:${port}` : `127.0.0.1:${port}` });
      } else if (address.port !== undefined && needsStub(address.host, new Set())) stub(first, address.host, true);
    } else if (sandbox.fixes.has('user') && statement.name === 'user' && statement.context.length === 0) {
      edits.push({ start: first.start, end: statement.args[statement.args.length - 1]!.end, text: 'root' });
    }
  }
  pushAll(edits, httpInsertions(sandbox, source));
  // Inert edits first: where one blanks a statement, edits inside it are dropped by applyEdits.
  return [...inertFor(sandbox, index), ...edits];
}

function inertFor(sandbox: Sandbox, index: number): Edit[] {
  const source = sandbox.sources[index]!;
  const certReplaced = sandbox.fixes.has('cert');
  const copies = certReplaced ? new Map([...sandbox.copies].filter(([original]) => !sandbox.certFiles.has(original))) : sandbox.copies;
  const plan = inertNginxEdits(source.text, source.statements, {
    dir: sandbox.dir,
    configDir: path.dirname(sandbox.sources[0]!.original),
    copies,
    ...(sandbox.dummyCert ? { pair: sandbox.dummyCert } : {}),
    fileIndex: index,
  });
  for (const removal of plan.removals) sandbox.removals.push({ ...removal, file: index });
  for (const standIn of plan.standIns) sandbox.certStandIns.push({ ...standIn, file: index });
  return plan.edits;
}

/** Compiled-in defaults (Debian: /var/log/nginx, /var/lib/nginx) have no directive to rewrite: add one after `http {`. */
function httpInsertions(sandbox: Sandbox, source: SandboxSource): Edit[] {
  const http = source.statements.find((statement) => statement.name === 'http' && statement.context.length === 0 && statement.blockStart !== undefined);
  if (!http) return [];
  const atHttp = new Set(source.statements.filter((statement) => statement.context.length === 1 && statement.context[0] === 'http').map((statement) => statement.name));
  const added: string[] = [];
  if (sandbox.gaps && sandbox.gaps.variables.size > 0) added.push(variableMaps(sandbox));
  if (sandbox.fixes.has('log') && !atHttp.has('access_log')) added.push(`access_log ${asToken(path.join(sandbox.dir, 'access.log'))};`);
  if (sandbox.fixes.has('temp')) {
    for (const name of TEMP_PATHS) if (!atHttp.has(name)) added.push(`${name} ${asToken(path.join(sandbox.dir, name))};`);
  }
  return added.length === 0 ? [] : [{ start: http.blockStart!, end: http.blockStart!, text: ` ${added.join(' ')}` }];
}

/**
 * The wrapper around a snippet is the http block nginx -t sees: its default access log and temp paths
 * (compiled in, under /var) must point into the sandbox too, or the unprivileged test fails on them.
 * access_log may repeat; a temp path the snippet sets itself is left to the snippet (no duplicate).
 */
function wrapperPaths(sandbox: Sandbox): string {
  const named = new Set(sandbox.sources.flatMap((source) => source.statements.map((statement) => statement.name)));
  const lines = [`access_log ${asToken(path.join(sandbox.dir, 'access.log'))};`];
  for (const name of TEMP_PATHS) if (!named.has(name)) lines.push(`${name} ${asToken(path.join(sandbox.dir, name))};`);
  return lines.join(' ');
}

/** The files to write for the next `nginx -t` run. */
export function renderSandbox(sandbox: Sandbox, upstreamNames: ReadonlySet<string>): Array<{ path: string; text: string }> {
  sandbox.stubs.clear();
  sandbox.standIns = [];
  sandbox.removals = [];
  sandbox.certStandIns = [];
  const files = sandbox.sources.map((source, index) => ({ path: source.copy, text: applyEdits(source.text, editsFor(sandbox, index, upstreamNames)) }));
  if (sandbox.wrapper && sandbox.wrapperText) files.push({ path: sandbox.wrapper, text: sandbox.wrapperText.replace('http {\n', `http {\n${variableMaps(sandbox)}\n${wrapperPaths(sandbox)}\n`) });
  for (const standIn of sandbox.standIns) files.push({ path: standIn.copy, text: standInContent(sandbox, standIn) });
  return files;
}

/**
 * The first wall for nginx (DESIGN §11, SECURITY.md): the sandbox copy is rewritten before nginx sees it.
 * Only directives known to be inert pass unchanged; code loaders and unknown directives are blanked (their
 * lines stay, as spaces, so nginx's `in file:line` still maps back); every file argument is moved into the
 * sandbox, replaced by a repository copy or a throwaway stand-in, or the directive is dropped.
 */
import path from 'node:path';
import type { Edit, Statement } from '../nginx/sandbox-edit.js';
import { asToken } from '../nginx/sandbox-edit.js';
import {
  NGINX_CODE_LOADING,
  NGINX_CODE_LOADING_PATTERNS,
  NGINX_FILE_ARGUMENTS,
  NGINX_INERT,
  NGINX_SERVE_FILE_ARGUMENTS,
  OPENSSL_FILE_COMMANDS,
  type NginxFileArgument,
} from './nginx-directives.js';

export type NginxDirectiveClass = 'inert' | 'code' | 'file' | 'include' | 'unknown';

const INERT = new Set(NGINX_INERT);
const CODE = new Set(NGINX_CODE_LOADING);

export function classifyNginxDirective(name: string): NginxDirectiveClass {
  if (name === 'include') return 'include';
  if (CODE.has(name) || NGINX_CODE_LOADING_PATTERNS.some((pattern) => pattern.test(name))) return 'code';
  if (Object.hasOwn(NGINX_FILE_ARGUMENTS, name)) return 'file';
  return INERT.has(name) ? 'inert' : 'unknown';
}

/* Blocks whose statements are data (`text/html html;`, `default 0;`), not directives. */
const DATA_BLOCKS = new Set(['types', 'map', 'geo', 'split_clients', 'charset_map', 'match']);

export type RemovalReason = 'code' | 'unknown' | 'file-outside' | 'openssl-file' | 'engine-key';

export interface InertRemoval {
  line: number;
  directive: string;
  reason: RemovalReason;
  /** The file argument, for `file-outside`. */
  value?: string;
}

export interface InertStandIn {
  line: number;
  directive: string;
  /** The path as written in the config. */
  original: string;
}

export interface InertNginxContext {
  /** The sandbox directory nginx may write in. */
  dir: string;
  /** nginx's conf prefix for this run: the original main file's directory (relative file arguments resolve here). */
  configDir: string;
  /** Files inside the repository the caller copied into the sandbox: absolute original → copy. */
  copies: ReadonlyMap<string, string>;
  /** The throwaway certificate and key; unset when none could be made. */
  pair?: { cert: string; key: string };
  /** Index of the file in the sandbox, to keep generated names apart. */
  fileIndex: number;
  /** Serve mode (kb reproduce, the lab): files read while serving (`root`, `alias` …) are moved into the sandbox too. */
  serve?: boolean;
}

export interface InertNginxPlan {
  edits: Edit[];
  removals: InertRemoval[];
  /** Certificates and keys outside the repository that now point at the throwaway pair. */
  standIns: InertStandIn[];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Values nginx resolves at request time or that name no file. */
const notAFile = (value: string): boolean => value.includes('$') || value.startsWith('data:');

const LOG_SINKS = /^(?:off|stderr|syslog:|memory:)/;

export interface NginxFileNeed {
  /** Absolute path the config names; undefined for an `engine:` key (it needs the throwaway key). */
  original?: string;
  role: 'cert' | 'key' | 'read';
}

/** The files a run may copy in from the repository (certificates, keys, other read files), in source order. */
export function nginxFileArguments(statements: readonly Statement[], configDir: string, serve = false): NginxFileNeed[] {
  const out: NginxFileNeed[] = [];
  for (const statement of statements) {
    const role = fileRole(statement.name, serve);
    const arg = role && statement.args[role.arg];
    if (!role || !arg || (role.role !== 'cert' && role.role !== 'key' && role.role !== 'read') || notAFile(arg.value)) continue;
    out.push(arg.value.startsWith('engine:') ? { role: role.role } : { original: path.resolve(configDir, arg.value), role: role.role });
  }
  return out;
}

function fileRole(name: string, serve: boolean): NginxFileArgument | undefined {
  if (serve && Object.hasOwn(NGINX_SERVE_FILE_ARGUMENTS, name)) return NGINX_SERVE_FILE_ARGUMENTS[name];
  return Object.hasOwn(NGINX_FILE_ARGUMENTS, name) ? NGINX_FILE_ARGUMENTS[name] : undefined;
}

export function inertNginxEdits(text: string, statements: readonly Statement[], context: InertNginxContext): InertNginxPlan {
  const plan: InertNginxPlan = { edits: [], removals: [], standIns: [] };
  let counter = 0;
  const fresh = (stem: string): string => path.join(context.dir, `${stem}-${context.fileIndex}-${counter++}`);
  let removedUntil = -1;
  const remove = (statement: Statement, reason: RemovalReason, value?: string): void => {
    removedUntil = Math.max(removedUntil, statement.end);
    // A removed `set_*` directive (set_by_lua_block, set_escape_uri …) keeps its variable defined, so the rest
    // of the config still tests as the server sees it (nginx -t: unknown "…" variable otherwise).
    const variable = statement.args[0]?.value;
    const parent = statement.context[statement.context.length - 1];
    if (statement.name.startsWith('set_') && variable !== undefined && /^\$\w+$/.test(variable) && parent !== undefined && parent !== 'http') {
      const blanked = text.slice(statement.start, statement.end).replace(/[^\r\n]/g, ' ');
      plan.edits.push({ start: statement.start, end: statement.end, text: `set ${variable} "";${blanked.slice(Math.min(blanked.length, variable.length + 8))}`, keepLines: true });
    } else plan.edits.push({ start: statement.start, end: statement.end, text: '', blank: true });
    plan.removals.push({ line: lineAt(text, statement.start), directive: statement.name, reason, ...(value !== undefined ? { value } : {}) });
  };
  for (const statement of statements) {
    if (statement.start < removedUntil) continue; // inside a block already blanked
    const parent = statement.context[statement.context.length - 1];
    if (parent !== undefined && DATA_BLOCKS.has(parent) && statement.name !== 'include') continue;
    const kind = serveKind(statement.name, context.serve === true) ?? classifyNginxDirective(statement.name);
    if (kind === 'code') remove(statement, 'code');
    else if (kind === 'unknown') remove(statement, 'unknown');
    else if (kind === 'file') fileEdit(statement, fileRole(statement.name, context.serve === true)!, context, plan, fresh, remove, text);
    else if (statement.name === 'ssl_conf_command' && OPENSSL_FILE_COMMANDS.includes(statement.args[0]?.value.toLowerCase() ?? '')) remove(statement, 'openssl-file');
  }
  return plan;
}

function serveKind(name: string, serve: boolean): NginxDirectiveClass | undefined {
  return serve && Object.hasOwn(NGINX_SERVE_FILE_ARGUMENTS, name) ? 'file' : undefined;
}

function fileEdit(
  statement: Statement,
  role: NginxFileArgument,
  context: InertNginxContext,
  plan: InertNginxPlan,
  fresh: (stem: string) => string,
  remove: (statement: Statement, reason: RemovalReason, value?: string) => void,
  text: string,
): void {
  const arg = statement.args[role.arg];
  if (!arg) return; // nginx reports the missing argument itself
  const replace = (value: string): void => {
    plan.edits.push({ start: arg.start, end: arg.end, text: asToken(value) });
  };
  switch (role.role) {
    case 'write':
      if ((statement.name === 'error_log' || statement.name === 'access_log') && LOG_SINKS.test(arg.value)) return;
      replace(statement.name.endsWith('_log') ? `${fresh('log')}.log` : fresh(statement.name));
      return;
    case 'socket':
      if (arg.value.startsWith('unix:')) replace(`unix:${fresh('socket')}`);
      return;
    case 'www':
      replace(path.join(context.dir, 'www'));
      return;
    case 'cert':
    case 'key': {
      if (arg.value.startsWith('engine:')) {
        // `ssl_certificate_key engine:NAME:ID` loads an OpenSSL engine (a shared object) while nginx reads the config.
        if (!context.pair) return remove(statement, 'engine-key');
        replace(context.pair.key);
        plan.removals.push({ line: lineAt(text, statement.start), directive: statement.name, reason: 'engine-key' });
        return;
      }
      if (notAFile(arg.value)) return;
      const copy = context.copies.get(path.resolve(context.configDir, arg.value));
      if (copy) return replace(copy);
      if (!context.pair) return remove(statement, 'file-outside', arg.value);
      replace(role.role === 'key' ? context.pair.key : context.pair.cert);
      plan.standIns.push({ line: lineAt(text, arg.start), directive: statement.name, original: arg.value });
      return;
    }
    case 'read': {
      if (notAFile(arg.value)) return;
      const copy = context.copies.get(path.resolve(context.configDir, arg.value));
      if (copy) return replace(copy);
      remove(statement, 'file-outside', arg.value);
    }
  }
}

/** One factual sentence per removed directive (the nginx -t runner turns these into located notices). */
export function describeRemoval(removal: InertRemoval): string {
  const name = `"${removal.directive}"`;
  switch (removal.reason) {
    case 'code':
      return `nginx -t ran without ${name} on this line: it loads or runs code, which gatewatch never does for repository content; nothing else was changed`;
    case 'unknown':
      return `nginx -t ran without ${name} on this line: it is a third-party directive (not stock nginx), and only directives known to be inert are passed to nginx -t; the server needs its module`;
    case 'file-outside':
      return `nginx -t ran without ${name} on this line: it reads "${removal.value}", which is not a regular file inside the repository; commit the file to have it checked`;
    case 'openssl-file':
      return `nginx -t ran without ${name} on this line: this OpenSSL command reads a file, and nginx -t only reads files copied into its sandbox`;
    case 'engine-key':
      return `nginx -t ran ${name} on this line with a throwaway key: an "engine:" key loads an OpenSSL engine, which is code`;
  }
}

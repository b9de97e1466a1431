/**
 * Parses a main config and everything it includes into crossplane's payload. Includes resolve against the
 * main file's directory (nginx: `ngx_conf_full_name` with the conf prefix), globs are sorted, each file is
 * parsed once, and every hostile shape (missing file, directory, symlink loop, binary, huge, cycle,
 * too many files) becomes an error located at the include line or in the file itself.
 */
import path from 'node:path';
import type { FileStat, GlobOptions } from '../deps.js';
import { outsideRoot } from '../repo-file.js';
import { parseText } from './parser.js';
import { EXTERNALS, STAND_IN, UNTERMINATED, type ExternalInclude, type Unterminated, type NginxConfigFile, type NginxDirective, type NginxPayload } from './payload.js';
import { standInText } from './stand-ins.js';

export interface ParseIo {
  /** Relative paths resolve against this (Deps.cwd); defaults to the process cwd. */
  cwd?: string;
  readFile(filePath: string): Promise<Buffer>;
  stat(filePath: string): Promise<FileStat>;
  glob(patterns: readonly string[], options: GlobOptions): Promise<string[]>;
  /** Resolves symlinks; with `ParseOptions.root` set, files whose real path is outside it are never opened. */
  realpath?(filePath: string): Promise<string>;
}

export interface ParseLimits {
  /** Files in one payload, main included. */
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  /** Block nesting inside one file. */
  maxDepth: number;
}

export interface ParseOptions {
  single?: boolean;
  comments?: boolean;
  combine?: boolean;
  limits?: Partial<ParseLimits>;
  /** crossplane `--ignore`: directives (and their blocks) left out of the payload. */
  ignore?: readonly string[];
  /** crossplane `--strict`: a directive gatewatch does not know is an error. */
  strict?: boolean;
  /**
   * The conf dir relative includes resolve against (nginx's `--conf-path` directory); defaults to the main
   * file's directory. A snippet checked on its own resolves against the tree's nginx.conf directory.
   */
  prefix?: string;
  /**
   * When set, no file outside this directory is read: an include there is an external one (see
   * ExternalInclude), mapped back into the repository when the repo mirrors the server's conf dir.
   */
  repoRoot?: string;
  /** The repository root: an include or symlink that resolves outside it is reported, never read (SECURITY.md). */
  root?: string;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxFiles: 5000,
  maxFileBytes: 16 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxDepth: 100,
};

/* nginx hands any of `*?[` to glob(3) (ngx_conf_include). */
const GLOB_MAGIC = /[*?[]/;

/** Error text as nginx prints a failed open(): `open() "x" failed (2: No such file or directory)`. */
function describeFsError(filePath: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: '2: No such file or directory',
    EACCES: '13: Permission denied',
    ELOOP: '40: Too many levels of symbolic links',
    ENOTDIR: '20: Not a directory',
    EISDIR: '21: Is a directory',
  };
  if (code === 'ENOTREG') return `"${filePath}" is ${(error as { kind?: string }).kind ?? 'not a regular file'}, not a config file; it was not read`;
  const reason = (code && known[code]) ?? (error instanceof Error ? error.message : String(error));
  return `open() "${filePath}" failed (${reason})`;
}

/** Line (1-based) of a byte-free string offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/*
 * nginx hands the pattern to POSIX glob(3): `{}`/`()` are literal and `**` is just `*` (one path segment;
 * checked against `nginx -T`). picomatch would read them as braces, extglobs and a recursive globstar.
 */
function toPicomatch(pattern: string): string {
  return pattern.replace(/\*{2,}/g, '*').replace(/[{}()]/g, '\\$&');
}

interface Pending {
  file: string;
  /** Base name of the shipped file to use instead of reading `file`. */
  standIn?: string;
}

const outsideMessage = (shown: string, real: string): string =>
  `include "${shown}" resolves to "${real}", outside the repository, so it is not read; vendor the file into the repository to have it checked`;

export async function parseNginx(mainFile: string, io: ParseIo, options: ParseOptions = {}): Promise<NginxPayload> {
  const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
  const configDir = options.prefix ?? path.dirname(mainFile);
  const payload: NginxPayload = { status: 'ok', errors: [], config: [] };
  const externals: ExternalInclude[] = [];
  payload[EXTERNALS] = externals;
  const queue: Pending[] = [{ file: mainFile }];
  const absolute = (file: string): string => path.resolve(io.cwd ?? '', file);
  const indexOf = new Map<string, number>([[absolute(mainFile), 0]]);
  /* Edges for cycle detection: includer index → [included index, include statement]. */
  const edges: Array<Array<[number, NginxDirective]>> = [];
  let totalBytes = 0;

  const addError = (config: NginxConfigFile, error: string, line: number | null, unterminated?: Unterminated): void => {
    const text = line === null ? `${error} in ${config.file}` : `${error} in ${config.file}:${line}`;
    const hint = unterminated ? { [UNTERMINATED]: unterminated } : {};
    config.status = 'failed';
    config.errors.push({ error: text, line, ...hint });
    payload.status = 'failed';
    payload.errors.push({ file: config.file, error: text, line, ...hint });
  };

  for (let index = 0; index < queue.length; index++) {
    const { file, standIn } = queue[index]!;
    const config: NginxConfigFile = { file, status: 'ok', errors: [], parsed: [] };
    if (standIn !== undefined) config[STAND_IN] = standIn;
    payload.config.push(config);
    edges.push([]);
    const outside = standIn !== undefined ? undefined : await outsideRoot(file, io, options.root);
    if (outside !== undefined) {
      addError(config, `"${file}" resolves to "${outside}", outside the repository, so it is not read`, null);
      continue;
    }
    const text = standIn !== undefined ? standInText(standIn) : await readConfigText(file, io, limits, totalBytes, (error, line) => addError(config, error, line));
    if (text === undefined) continue;
    totalBytes += text.length;
    const result = parseText(text, {
      comments: options.comments ?? false,
      maxDepth: limits.maxDepth,
      ...(options.combine ? { file } : {}),
      ...(options.ignore ? { ignore: options.ignore } : {}),
      ...(options.strict ? { strict: true } : {}),
    });
    config.parsed = result.parsed;
    for (const error of result.errors) addError(config, error.error, error.line, error[UNTERMINATED]);
    if (options.single) continue;
    for (const statement of result.includes) {
      const resolved: BoundedResolution = options.repoRoot === undefined
        ? { targets: (await resolveInclude(statement, configDir, io, limits.maxFiles - queue.length + 1, options.root, (error) => addError(config, error, statement.line))).map((file) => ({ file })) }
        : await resolveBounded(statement, configDir, options.repoRoot, io, limits.maxFiles - queue.length + 1, (error) => addError(config, error, statement.line));
      if (resolved.external) externals.push({ kind: resolved.external, file: index, line: statement.line, arg: statement.args[0]! });
      statement.includes = [];
      for (const { file: target, standIn: shipped } of resolved.targets) {
        const key = absolute(target);
        let targetIndex = indexOf.get(key);
        if (targetIndex === undefined) {
          if (queue.length >= limits.maxFiles) {
            addError(config, `include "${statement.args[0]}" exceeds the limit of ${limits.maxFiles} files; the rest is not parsed`, statement.line);
            break;
          }
          targetIndex = queue.length;
          indexOf.set(key, targetIndex);
          queue.push(shipped === undefined ? { file: target } : { file: target, standIn: shipped });
        }
        statement.includes.push(targetIndex);
        edges[index]!.push([targetIndex, statement]);
      }
    }
  }
  reportCycles(payload, edges, addError);
  return options.combine ? combine(payload) : payload;
}

async function readConfigText(
  file: string,
  io: ParseIo,
  limits: ParseLimits,
  totalBytes: number,
  fail: (error: string, line: number | null) => void,
): Promise<string | undefined> {
  let stat: FileStat;
  try {
    stat = await io.stat(file);
  } catch (error) {
    fail(describeFsError(file, error), null);
    return undefined;
  }
  if (stat.isDirectory) {
    fail(`"${file}" is a directory, not a config file`, null);
    return undefined;
  }
  if (stat.size > limits.maxFileBytes) {
    fail(`"${file}" is ${stat.size} bytes, over the ${limits.maxFileBytes}-byte limit for one config file`, 1);
    return undefined;
  }
  if (totalBytes + stat.size > limits.maxTotalBytes) {
    fail(`"${file}" would take the parsed configs over ${limits.maxTotalBytes} bytes`, 1);
    return undefined;
  }
  let buffer: Buffer;
  try {
    buffer = await io.readFile(file);
  } catch (error) {
    fail(describeFsError(file, error), null);
    return undefined;
  }
  const nul = buffer.indexOf(0);
  // Invalid UTF-8 decodes to U+FFFD (Buffer#toString never throws); NUL bytes mean a binary file.
  const text = buffer.toString('utf8');
  if (nul !== -1) {
    fail(`"${file}" looks binary (NUL byte), not an nginx config`, lineAt(buffer.subarray(0, nul).toString('latin1'), nul));
    return undefined;
  }
  return text;
}

/** The files an include names: one explicit file (which must open) or the sorted matches of a glob. */
async function resolveInclude(
  statement: NginxDirective,
  configDir: string,
  io: ParseIo,
  room: number,
  root: string | undefined,
  fail: (error: string) => void,
): Promise<string[]> {
  const arg = statement.args[0];
  if (statement.args.length !== 1 || arg === undefined) {
    fail(`invalid number of arguments in "include" directive`);
    return [];
  }
  const pattern = path.isAbsolute(arg) ? arg : path.join(configDir, arg);
  if (!GLOB_MAGIC.test(pattern)) {
    const outside = await outsideRoot(pattern, io, root);
    if (outside !== undefined) {
      fail(outsideMessage(arg, outside));
      return [];
    }
    try {
      const stat = await io.stat(pattern);
      if (stat.isDirectory) {
        fail(`include "${arg}" names a directory; use a glob such as "${arg.replace(/\/?$/, '/*.conf')}"`);
        return [];
      }
    } catch (error) {
      fail(describeFsError(pattern, error));
      return [];
    }
    return [pattern];
  }
  // A glob outside the repository is not even listed; one inside may still match symlinks leading out (below).
  const lexical = path.relative(path.resolve(io.cwd ?? '', root ?? ''), path.resolve(io.cwd ?? '', pattern));
  if (root !== undefined && (lexical.startsWith('..') || path.isAbsolute(lexical))) {
    fail(outsideMessage(arg, path.resolve(io.cwd ?? '', pattern)));
    return [];
  }
  // One more than the room left, so an overflow is visible to the caller.
  const base = path.resolve(io.cwd ?? '', configDir);
  const found = await io.glob([toPicomatch(path.resolve(io.cwd ?? '', pattern))], { cwd: base, limit: Math.max(room, 0) + 1 });
  const matches: string[] = [];
  for (const match of found) {
    const outside = await outsideRoot(match, io, root);
    if (outside === undefined) matches.push(match);
    else fail(outsideMessage(match, outside));
  }
  return matches.map((match) => {
    const relative = path.relative(base, match);
    return path.isAbsolute(arg) || relative.startsWith('..') ? match : path.join(configDir, relative);
  });
}

/** Where nginx packages and images keep nginx.conf: an absolute include under one of them names a file next to the main config. */
const SERVER_CONF_DIRS = ['/etc/nginx', '/usr/local/nginx/conf', '/usr/local/etc/nginx', '/usr/local/openresty/nginx/conf', '/etc/openresty', '/opt/nginx/conf'];

const isInside = (root: string, file: string): boolean => {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * The in-repo path an absolute server path stands for, when the repository mirrors the server's conf dir:
 * `/etc/nginx/conf.d/x.conf` next to a main config kept anywhere, or `/config/nginx/ssl.conf` when the main
 * config lives in a folder ending in `/config/nginx` (the longest such suffix wins).
 */
function mapIntoRepo(arg: string, configDir: string, cwd: string): string | undefined {
  const dirs = [...SERVER_CONF_DIRS];
  const segments = path.resolve(cwd, configDir).split(path.sep).filter(Boolean);
  for (let take = segments.length; take >= 1; take--) dirs.push(`/${segments.slice(segments.length - take).join('/')}`);
  for (const dir of dirs) {
    if (arg.startsWith(`${dir}/`)) return path.join(configDir, arg.slice(dir.length + 1));
  }
  return undefined;
}

interface BoundedResolution {
  targets: Array<{ file: string; standIn?: string }>;
  external?: ExternalInclude['kind'];
}

/**
 * resolveInclude for a repository check: nothing outside `repoRoot` is read. A shipped file missing from
 * the repo (`mime.types`) becomes a stand-in; any other path outside the repo is an external include,
 * which the findings turn into a notice saying what the server must provide.
 */
async function resolveBounded(
  statement: NginxDirective,
  configDir: string,
  repoRoot: string,
  io: ParseIo,
  room: number,
  fail: (error: string) => void,
): Promise<BoundedResolution> {
  const arg = statement.args[0];
  if (statement.args.length !== 1 || arg === undefined) {
    fail(`invalid number of arguments in "include" directive`);
    return { targets: [] };
  }
  const cwd = io.cwd ?? '';
  const root = path.resolve(cwd, repoRoot);
  const glob = GLOB_MAGIC.test(arg);
  const shipped = standInText(path.basename(arg)) !== undefined && !glob ? path.basename(arg) : undefined;
  let target = path.isAbsolute(arg) ? arg : path.join(configDir, arg);
  if (!isInside(root, path.resolve(cwd, target))) {
    const mapped = path.isAbsolute(arg) ? mapIntoRepo(arg, configDir, cwd) : undefined;
    if (mapped === undefined || !isInside(root, path.resolve(cwd, mapped))) {
      if (shipped !== undefined) return { targets: [{ file: target, standIn: shipped }], external: 'stand-in' };
      return { targets: [], external: glob ? 'empty-glob' : 'outside' };
    }
    if (!glob && !(await io.stat(mapped).then(() => true, () => false))) {
      if (shipped !== undefined) return { targets: [{ file: target, standIn: shipped }], external: 'stand-in' };
      return { targets: [], external: 'outside' };
    }
    target = mapped;
  } else if (shipped !== undefined && path.basename(arg) === arg && !(await io.stat(target).then(() => true, () => false))) {
    // `include mime.types;` with no mime.types in the repo: the package's file is on every server.
    return { targets: [{ file: target, standIn: shipped }], external: 'stand-in' };
  }
  const rewritten: NginxDirective = { ...statement, args: [path.relative(path.resolve(cwd, configDir), path.resolve(cwd, target))] };
  const files = await resolveInclude(rewritten, configDir, io, room, root, fail);
  // A glob outside the repository that the repo mirrors but matches nothing here is fine, as in nginx.
  if (glob && files.length === 0 && path.isAbsolute(arg)) return { targets: [], external: 'empty-glob' };
  // Symlinks and `..` inside matches must not lead out of the repository either.
  return { targets: files.filter((file) => isInside(root, path.resolve(cwd, file))).map((file) => ({ file })) };
}

/** Depth-first over include edges; an edge back into the current chain is a cycle nginx would follow forever. */
function reportCycles(
  payload: NginxPayload,
  edges: Array<Array<[number, NginxDirective]>>,
  addError: (config: NginxConfigFile, error: string, line: number | null) => void,
): void {
  const state = new Uint8Array(edges.length); // 0 new, 1 on stack, 2 done
  const chain: number[] = [];
  const visit = (node: number): void => {
    state[node] = 1;
    chain.push(node);
    for (const [target, statement] of edges[node]!) {
      if (state[target] === 1) {
        const loop = [...chain.slice(chain.indexOf(target)), target].map((i) => payload.config[i]!.file);
        addError(payload.config[node]!, `include cycle ${loop.map((f) => `"${f}"`).join(' -> ')}`, statement.line);
      } else if (state[target] === 0) visit(target);
    }
    chain.pop();
    state[node] = 2;
  };
  for (let node = 0; node < edges.length; node++) if (state[node] === 0) visit(node);
}

/** crossplane `_combine_parsed_configs`: splice included statements in place of each include. */
function combine(payload: NginxPayload): NginxPayload {
  const configs = payload.config;
  const expand = (list: NginxDirective[], active: Set<number>): NginxDirective[] => {
    const out: NginxDirective[] = [];
    for (const statement of list) {
      if (statement.block) statement.block = expand(statement.block, active);
      if (!statement.includes) {
        out.push(statement);
        continue;
      }
      for (const index of statement.includes) {
        if (active.has(index)) continue; // a cycle, already reported as an error
        active.add(index);
        // A loop, not push(...spread): an included file may hold more statements than the call stack takes arguments.
        for (const spliced of expand(configs[index]!.parsed, active)) out.push(spliced);
        active.delete(index);
      }
    }
    return out;
  };
  const first = configs[0]!;
  const failed = configs.some((config) => config.status === 'failed');
  return {
    ...(payload[EXTERNALS] ? { [EXTERNALS]: payload[EXTERNALS] } : {}),
    status: payload.status,
    errors: payload.errors,
    config: [
      {
        file: first.file,
        status: failed ? 'failed' : 'ok',
        errors: configs.flatMap((config) => config.errors),
        parsed: expand(first.parsed, new Set([0])),
      },
    ],
  };
}

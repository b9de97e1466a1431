/**
 * The second wall (docs/design.md §11, SECURITY.md): every run of a gateway binary on repository content goes
 * through here. The binary gets an empty environment (PATH and LANG only, so HAProxy's `${VAR}` has no
 * secret to expand), an unprivileged user when gatewatch runs as root, its own network namespace with only
 * loopback where the kernel allows it, CPU-time, address-space and file-size limits, and a wall-time
 * limit that kills its whole process group by PID. Whatever cannot be had on this machine is reported as a
 * gap, once per run, by the caller (`isolationNotice`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, chownSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { ExecOptions, ExecResult } from '../deps.js';

/** The account a root gatewatch hands the gateway to: `nobody`/`nogroup` on Debian, and unmapped-safe everywhere. */
export const UNPRIVILEGED_ID = 65534;

export const DEFAULT_CPU_SECONDS = 20;
/* nginx -t and haproxy -c measured well under 100 MB of address space here; 1 GiB leaves room for big maps. */
export const DEFAULT_MEMORY_BYTES = 1024 * 1024 * 1024;
/* Logs and temp files the gateway may write into its sandbox. */
export const DEFAULT_FILE_BYTES = 64 * 1024 * 1024;
const OUTPUT_LIMIT = 4 * 1024 * 1024;

export type NetworkMode =
  /** A fresh network namespace with only loopback up: nothing outside is reachable, and nothing outside reaches in except through unix sockets in the sandbox dir. */
  | 'none'
  /** The runner's network (serve mode whose clients connect over TCP loopback). */
  | 'shared';

export interface IsolateOptions {
  /** Wall time; the whole process group is killed after it. */
  timeoutMs: number;
  cwd?: string;
  /** The run's own directory: handed to the unprivileged user so the gateway can write its logs/temp files there. */
  sandboxDir?: string;
  network?: NetworkMode;
  cpuSeconds?: number;
  memoryBytes?: number;
  fileBytes?: number;
  /** The process runner (tests inject a spy); defaults to a plain spawn. */
  exec?: (command: string, args: readonly string[], options: ExecOptions) => Promise<ExecResult>;
}

export type IsolationGap = 'network' | 'user' | 'limits';

export interface IsolationReport {
  network: 'own-namespace' | 'shared';
  user: 'dropped' | 'unprivileged' | 'root';
  limits: boolean;
  /** What this run lacks compared with full isolation; empty when every wall is up. */
  gaps: IsolationGap[];
}

export interface IsolatedExecResult extends ExecResult {
  isolation: IsolationReport;
}

export interface IsolatedProcess {
  pid: number;
  /** SIGTERM to the process group, SIGKILL after a grace period; resolves once the leader has exited. */
  stop(): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** stdout and stderr so far, interleaved, capped at 4 MiB. */
  output(): string;
  isolation: IsolationReport;
}

/** What this machine offers, probed once per process. */
export interface IsolationSupport {
  root: boolean;
  /** `unshare -n` works as we are (root with CAP_SYS_ADMIN). */
  netnsAsRoot: boolean;
  /** `unshare -r -n` works for the user the gateway will run as (unprivileged user namespaces). */
  netnsAsUser: boolean;
  setpriv: boolean;
  ip: boolean;
}

let support: IsolationSupport | undefined;

function runs(command: string, args: readonly string[], options: { uid?: number; gid?: number } = {}): boolean {
  try {
    return spawnSync(command, args, { stdio: 'ignore', timeout: 5000, env: cleanEnv(), ...options }).status === 0;
  } catch {
    return false;
  }
}

export function isolationSupport(): IsolationSupport {
  if (support) return support;
  const linux = process.platform === 'linux';
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const as = root ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : {};
  support = {
    root,
    netnsAsRoot: linux && root && runs('unshare', ['-n', 'true']),
    netnsAsUser: linux && runs('unshare', ['-r', '-n', 'true'], as),
    setpriv: linux && runs('setpriv', ['--version']),
    ip: linux && runs('ip', ['-V']),
  };
  return support;
}

/** Only what a binary needs to start: no token, no secret, nothing HAProxy's `${VAR}` or nginx's `env` could read. */
function cleanEnv(): Record<string, string> {
  return { PATH: process.env.PATH || '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C' };
}

/** The absolute path of `command` (a path, or a name PATH finds), or undefined when there is no such executable. */
export function resolveCommand(command: string, cwd: string = process.cwd()): string | undefined {
  const executable = (candidate: string): boolean => {
    try {
      accessSync(candidate, constants.X_OK);
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  };
  if (command.includes('/')) {
    const absolute = path.resolve(cwd, command);
    return executable(absolute) ? absolute : undefined;
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, command))) return path.join(dir, command);
  }
  return undefined;
}

/* The limits and loopback set-up run in a tiny sh between the namespace and the drop to the gateway's user. */
const PRELUDE = [
  // In its own namespace any port is harmless, so the unprivileged gateway may bind 80/443 as in production.
  '[ "$1" = lo ] && { ip link set lo up 2>/dev/null; echo 0 > /proc/sys/net/ipv4/ip_unprivileged_port_start; } 2>/dev/null',
  'ulimit -t "$2" && ulimit -v "$3" && ulimit -f "$4" || exit 125',
  'shift 4',
  'exec "$@"',
].join('; ');

export interface IsolatedCommand {
  command: string;
  args: string[];
  options: ExecOptions;
  isolation: IsolationReport;
}

/** The command line that runs `binary args` behind every wall this machine allows (pure given `have`). */
export function isolatedCommand(binary: string, args: readonly string[], opts: IsolateOptions, have: IsolationSupport): IsolatedCommand {
  const wantNetns = (opts.network ?? 'none') === 'none';
  const limits = [
    String(opts.cpuSeconds ?? DEFAULT_CPU_SECONDS),
    String(Math.ceil((opts.memoryBytes ?? DEFAULT_MEMORY_BYTES) / 1024)),
    String(Math.ceil((opts.fileBytes ?? DEFAULT_FILE_BYTES) / 512)),
  ];
  const options: ExecOptions = { timeoutMs: opts.timeoutMs, env: cleanEnv(), processGroup: true, ...(opts.cwd ? { cwd: opts.cwd } : {}) };
  const prelude = (lo: boolean, rest: string[]): string[] => ['sh', '-c', PRELUDE, 'gatewatch-isolate', lo ? 'lo' : '-', ...limits, ...rest];
  const gaps: IsolationGap[] = [];
  const report = (network: IsolationReport['network'], user: IsolationReport['user']): IsolationReport => {
    if (network === 'shared' && wantNetns) gaps.push('network');
    if (user === 'root') gaps.push('user');
    return { network, user, limits: true, gaps };
  };
  const drop = have.root ? ['setpriv', `--reuid=${UNPRIVILEGED_ID}`, `--regid=${UNPRIVILEGED_ID}`, '--clear-groups', '--no-new-privs', '--'] : [];
  if (wantNetns && have.root && have.netnsAsRoot && have.setpriv) {
    const [command, ...rest] = ['unshare', '-n', '--', ...prelude(have.ip, [...drop, binary, ...args])];
    return { command: command!, args: rest, options, isolation: report('own-namespace', 'dropped') };
  }
  if (wantNetns && have.netnsAsUser) {
    // Unprivileged: a user namespace where we are "root" only long enough to bring loopback up, then a nested
    // one mapping us back to our own id, so the gateway sees a non-root uid (nginx then skips `user` and chown).
    const id = have.root ? UNPRIVILEGED_ID : process.getuid!();
    const gid = have.root ? UNPRIVILEGED_ID : process.getgid!();
    const back = ['unshare', `--map-user=${id}`, `--map-group=${gid}`, '--'];
    const [command, ...rest] = ['unshare', '-r', '-n', '--', ...prelude(have.ip, [...back, binary, ...args])];
    const asUser = have.root ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : {};
    return { command: command!, args: rest, options: { ...options, ...asUser }, isolation: report('own-namespace', have.root ? 'dropped' : 'unprivileged') };
  }
  // No namespace to be had (or serve mode on the shared network): the user and the limits still hold.
  const [command, ...rest] = prelude(false, [binary, ...args]);
  const asUser = have.root ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : {};
  return { command: command!, args: rest, options: { ...options, ...asUser }, isolation: report('shared', have.root ? 'dropped' : 'unprivileged') };
}

/** Lets the unprivileged user write the sandbox dir (root-made mkdtemp dirs are 0700 root). */
function handOver(dir: string | undefined, have: IsolationSupport): void {
  if (dir && have.root) chownSync(dir, UNPRIVILEGED_ID, UNPRIVILEGED_ID);
}

/**
 * Why the dropped user cannot run `binary`, when it cannot: every directory up to it must be searchable and
 * the file executable by "other" (the Debian-13 wrapper scripts live in a world-readable cache for this).
 */
function unreachable(binary: string, have: IsolationSupport): string | undefined {
  if (!have.root) return undefined;
  let dir = path.dirname(binary);
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) return `"${dir}" is not searchable by other users`;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return (statSync(binary).mode & 0o005) === 0o005 ? undefined : `"${binary}" is not readable and executable by other users`;
}

function setupError(binary: string, have: IsolationSupport): ExecResult | undefined {
  const why = unreachable(binary, have);
  return why ? { code: null, stdout: '', stderr: '', spawnError: `the unprivileged user cannot run it: ${why}`, timedOut: false } : undefined;
}

/** Test mode (`nginx -t`, `haproxy -c`): runs to completion behind every wall and returns its output. */
export async function runIsolated(command: string, args: readonly string[], opts: IsolateOptions): Promise<IsolatedExecResult> {
  const have = isolationSupport();
  const binary = resolveCommand(command, opts.cwd);
  const planned = isolatedCommand(binary ?? command, args, opts, have);
  if (binary === undefined) return { code: null, stdout: '', stderr: '', spawnError: 'ENOENT', timedOut: false, isolation: planned.isolation };
  const refused = setupError(binary, have);
  if (refused) return { ...refused, isolation: planned.isolation };
  handOver(opts.sandboxDir, have);
  const exec = opts.exec ?? (await import('../deps.js')).nodeDeps().exec;
  const result = await exec(planned.command, planned.args, planned.options);
  return { ...result, isolation: planned.isolation };
}

const running = new Set<number>();
let exitHook = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Serve mode (`kb reproduce`, the lab): starts the gateway behind the same walls and hands back a handle.
 * `network` is required: 'none' keeps it in its own namespace, reachable only through unix sockets in the
 * sandbox dir; 'shared' lets TCP clients on loopback reach it (the caller says so in the run's notices).
 * The wall time bounds the whole life of the process; every process is also killed when gatewatch exits.
 */
export async function startIsolated(
  command: string,
  args: readonly string[],
  opts: IsolateOptions & { network: NetworkMode },
): Promise<IsolatedProcess> {
  const have = isolationSupport();
  const binary = resolveCommand(command, opts.cwd);
  if (binary === undefined) throw Object.assign(new Error(`"${command}" was not found`), { code: 'ENOENT' });
  const refused = setupError(binary, have);
  if (refused) throw Object.assign(new Error(`could not start "${command}": ${refused.spawnError}`), { code: 'EACCES' });
  handOver(opts.sandboxDir, have);
  const planned = isolatedCommand(binary, args, opts, have);
  const child = spawn(planned.command, planned.args, {
    cwd: planned.options.cwd,
    env: planned.options.env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...(planned.options.uid !== undefined ? { uid: planned.options.uid, gid: planned.options.gid! } : {}),
  });
  const spawned = await new Promise<number>((resolve, reject) => {
    child.once('spawn', () => resolve(child.pid!));
    child.once('error', reject);
  });
  running.add(spawned);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      for (const pid of running) killGroup(pid, 'SIGKILL');
    });
  }
  let output = '';
  const append = (chunk: Buffer): void => {
    if (output.length < OUTPUT_LIMIT) output += chunk.toString('utf8');
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(spawned);
      clearTimeout(wall);
      // Anything the leader left behind in its group (nginx workers) goes with it.
      killGroup(spawned, 'SIGKILL');
      resolve({ code, signal });
    });
  });
  const wall = setTimeout(() => killGroup(spawned, 'SIGKILL'), opts.timeoutMs);
  wall.unref();
  return {
    pid: spawned,
    exited,
    output: () => output,
    isolation: planned.isolation,
    stop: async () => {
      killGroup(spawned, 'SIGTERM');
      const grace = setTimeout(() => killGroup(spawned, 'SIGKILL'), 2000);
      await exited;
      clearTimeout(grace);
    },
  };
}

/** One notice for the whole run naming the walls this machine could not put up; undefined when all were up. */
export function isolationNotice(reports: readonly IsolationReport[]): string | undefined {
  const gaps = new Set(reports.flatMap((report) => report.gaps));
  if (gaps.size === 0) return undefined;
  const parts: string[] = [];
  if (gaps.has('network')) parts.push('without its own network namespace (unshare is unavailable or not permitted here)');
  if (gaps.has('user')) parts.push('as root (no way to switch to an unprivileged user)');
  if (gaps.has('limits')) parts.push('without CPU and memory limits');
  return `The gateway binary ran ${parts.join(' and ')}; the inert rewrite of the config still applied; allow unprivileged user namespaces on the runner for full isolation`;
}

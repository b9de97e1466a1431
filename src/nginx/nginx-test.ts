/**
 * Runs the real `nginx -t` on a sandbox copy (docs/design.md §5): throwaway prefix, absolute `-c`, `-e stderr`,
 * `-g "pid …;"` unless the config sets pid. nginx stops at the first [emerg], so an environment problem
 * (permissions, ports, certs, `user`) is fixed in the copy and the test re-run; the config's own errors
 * come back as `nginx/test` findings at the original file:line.
 */
import { pushAll } from '../collections.js';
import path from 'node:path';
import type { Deps } from '../deps.js';
import { toRepoPath } from '../deps.js';
import type { Finding } from '../finding.js';
import { isThirdPartyDirective, NEWER_STOCK_DIRECTIVES, parseNginxStderr, REMOVED_STOCK_DIRECTIVES, unknownDirective, type NginxMessage, type NginxProblem } from './nginx-test-output.js';
import type { NginxPayload } from './payload.js';
import { describeRemoval, nginxFileArguments } from '../gateway/inert-nginx.js';
import { isolationNotice, runIsolated, type IsolationReport } from '../gateway/isolate.js';
import { createSandbox, renderSandbox, type Sandbox } from '../gateway/nginx-sandbox.js';
import type { ConfigContext } from './entry-points.js';
import { externalIncludes, STAND_IN } from './payload.js';
import { standInText } from './stand-ins.js';
import { gapsOf } from '../gateway/nginx-sandbox.js';
import { NGINX_TEST_RULE } from './rules/test.js';
import { outsideRoot } from '../repo-file.js';
import { DEFAULT_PARSE_LIMITS } from './load.js';

export interface NginxTestSettings {
  mode: 'auto' | 'always' | 'never';
  binary: string;
  resolve: boolean;
  hosts: Record<string, string>;
  timeoutMs?: number;
}

export interface NginxTestTarget {
  payload: NginxPayload;
  /** Where the main file's top-level directives sit; a snippet is wrapped in that context. Unset: guessed by the sandbox. */
  context?: ConfigContext;
  /** Upstream block names (lower case), which are not host names and must not be stubbed. */
  upstreamNames: ReadonlySet<string>;
}

/** One re-run per environment problem nginx can report, a few runtime gaps, plus the first run. */
const MAX_RUNS = 12;

/** Gaps only the server fills; each is filled once per distinct cause, then the test re-runs (see fillGap). */
type Gap = 'module' | 'server-file' | 'ssl-missing' | 'variable';
const GAPS: ReadonlySet<NginxProblem> = new Set<NginxProblem>(['module', 'server-file', 'ssl-missing', 'variable']);

type EnvironmentProblem = Exclude<NginxProblem, 'config' | 'dns' | Gap>;

const ADVICE: Record<Exclude<EnvironmentProblem, 'version'>, string> = {
  log: 'log paths were moved into the sandbox',
  temp: 'temp paths were moved into the sandbox (cache directories too: the server must have them)',
  listen: 'listen addresses were moved to free loopback ports',
  cert: 'certificates were replaced by a throwaway self-signed pair',
  user: 'the "user" directive was pointed at root',
  pid: 'the pid file was moved into the sandbox',
};

function isFixable(problem: NginxProblem): problem is keyof typeof ADVICE {
  return Object.hasOwn(ADVICE, problem);
}

function finding(severity: Finding['severity'], message: string, location?: Finding['location'], nginxLog?: string): Finding {
  return {
    ruleId: NGINX_TEST_RULE.id,
    severity,
    message,
    ...(location ? { location } : {}),
    ...(nginxLog ? { signals: { nginxLog } } : {}),
  };
}

/**
 * Whether the binary runs at all; `auto` skips with a notice, `always` fails. When it runs, its version
 * (`nginx/1.22.1`, from `-v` on stderr) for messages that depend on it.
 */
async function probeBinary(settings: NginxTestSettings, deps: Deps): Promise<{ missing?: Finding; version?: string }> {
  const result = await deps.exec(settings.binary, ['-v'], { timeoutMs: 10_000 });
  if (result.spawnError === undefined && result.code === 0) {
    const version = /nginx\/\d+(?:\.\d+)*/.exec(`${result.stderr}\n${result.stdout}`)?.[0];
    return version ? { version } : {};
  }
  const why = result.spawnError ?? `exit ${result.code}`;
  const missing = settings.mode === 'always'
    ? finding('error', `nginx binary "${settings.binary}" could not run (${why}) and nginx.test is "always"; install nginx or set nginx.test to "auto"`)
    : finding('notice', `nginx -t skipped: nginx binary "${settings.binary}" not found (${why}); install nginx to have the config checked by nginx itself`);
  return { missing };
}

export async function runNginxTests(targets: readonly NginxTestTarget[], settings: NginxTestSettings, deps: Deps): Promise<Finding[]> {
  if (settings.mode === 'never' || targets.length === 0) return [];
  const { missing, version } = await probeBinary(settings, deps);
  if (missing) return [missing];
  const findings: Finding[] = [];
  const isolation: IsolationReport[] = [];
  for (const target of targets) pushAll(findings, await testOne(target, settings, deps, version, isolation));
  // One notice for the run, not one per file, when this machine could not put every wall up.
  const gap = isolationNotice(isolation);
  if (gap) findings.push(finding('notice', gap.replace('The gateway binary ran', 'nginx -t ran')));
  return findings;
}

/* Certificates, dhparams and other files a config names are copied in only from the repository, bounded. */
const MAX_COPIED_FILE_BYTES = 1024 * 1024;

/*
 * Files the parser refused (binary, over the size limits, nested past its depth limit): nginx/syntax already
 * reports them at their line. Nesting matters here: the sandbox scan keeps each statement's enclosing blocks,
 * so 100,000 levels (a 400 KB file) would take gigabytes.
 */
const REFUSED = /looks binary|-byte limit|would take the parsed configs over|blocks nested deeper than/;

async function testOne(target: NginxTestTarget, settings: NginxTestSettings, deps: Deps, version: string | undefined, isolation: IsolationReport[]): Promise<Finding[]> {
  if (target.payload.errors.some((error) => REFUSED.test(error.error))) return [];
  // A main file that could not be read at all (a directory, EACCES) has only line-less errors; its empty copy would make nginx say `no "events" section`.
  if (target.payload.config[0]?.errors.some((error) => error.line === null)) return [];
  const absolute = target.payload.config.map((config) => path.resolve(deps.cwd, config.file));
  const texts: string[] = [];
  for (const [index, file] of absolute.entries()) {
    // A shipped file missing from the repo (mime.types …) is tested with gatewatch's stand-in, never read.
    const shipped = target.payload.config[index]![STAND_IN];
    if (shipped !== undefined) {
      texts.push(standInText(shipped) ?? '');
      continue;
    }
    // Files the parser could not or would not read (outside the repository, special files) have an empty copy.
    const unread = target.payload.config[index]!.errors.some((error) => error.line === null) || (await outsideRoot(file, deps, deps.cwd)) !== undefined;
    texts.push(unread ? '' : await deps.readFile(file, DEFAULT_PARSE_LIMITS.maxFileBytes).then((buffer) => buffer.toString('utf8'), () => ''));
  }
  const dir = await deps.makeTempDir('gatewatch-nginx-');
  try {
    const sandbox = createSandbox(dir, target.payload, texts, absolute, { ...settings, repoRoot: deps.cwd, ...(target.context ? { context: target.context } : {}) });
    const prepared = await prepareFiles(sandbox, deps);
    if (prepared) return [prepared];
    return await runUntilSettled(sandbox, target, settings, deps, version, isolation);
  } finally {
    await deps.removeDir(dir);
  }
}

/**
 * Copies the repository files that file arguments name (certificates, keys, dhparams …) into the sandbox —
 * regular files inside the repository only, bounded — and makes the throwaway pair when any certificate or
 * key has no such copy. Returns a finding when the run cannot go on.
 */
async function prepareFiles(sandbox: Sandbox, deps: Deps): Promise<Finding | undefined> {
  const configDir = path.dirname(sandbox.sources[0]!.original);
  let needsPair = false;
  for (const source of sandbox.sources) {
    for (const need of nginxFileArguments(source.statements, configDir)) {
      const certLike = need.role !== 'read';
      const original = need.original;
      if (original !== undefined && !sandbox.copies.has(original) && (await outsideRoot(original, deps, deps.cwd)) === undefined) {
        const data = await deps.readFile(original, MAX_COPIED_FILE_BYTES).catch(() => undefined);
        if (data) {
          const copy = path.join(sandbox.dir, `file-${sandbox.copies.size}-${path.basename(original)}`);
          await deps.writeFile(copy, data);
          sandbox.copies.set(original, copy);
          if (certLike) sandbox.certFiles.add(original);
        }
      }
      if (certLike && (original === undefined || !sandbox.copies.has(original))) needsPair = true;
    }
  }
  if (needsPair && !(await makeDummyCert(sandbox, deps))) {
    return finding('notice', 'nginx -t needs a throwaway certificate for files outside the repository and none could be made (openssl missing); the config was not tested', { path: toRepoPath(deps.cwd, sandbox.sources[0]!.original), line: 1 });
  }
  return undefined;
}

async function runUntilSettled(sandbox: Sandbox, target: NginxTestTarget, settings: NginxTestSettings, deps: Deps, version: string | undefined, isolation: IsolationReport[]): Promise<Finding[]> {
  const notices: Finding[] = [];
  const mainPath = toRepoPath(deps.cwd, sandbox.sources[0]!.original);
  for (let run = 0; run < MAX_RUNS; run++) {
    for (const file of renderSandbox(sandbox, target.upstreamNames)) await deps.writeFile(file.path, file.text);
    const args = ['-t', '-q', '-p', `${sandbox.dir}/`, '-c', sandbox.main, '-e', 'stderr'];
    if (!sandbox.setsPid) args.push('-g', `pid ${path.join(sandbox.dir, 'nginx.pid')};`);
    const result = await runIsolated(settings.binary, args, { timeoutMs: settings.timeoutMs ?? 20_000, cwd: sandbox.dir, sandboxDir: sandbox.dir, exec: deps.exec });
    if (run === 0) isolation.push(result.isolation);
    if (result.spawnError) return [...notices, finding('error', `nginx -t could not start "${settings.binary}": ${result.spawnError}; check the nginx binary`, { path: mainPath, line: 1 })];
    if (result.timedOut) return [...notices, finding('error', `nginx -t did not finish within ${settings.timeoutMs ?? 20_000} ms; check the config for includes of huge or special files`, { path: mainPath, line: 1 })];
    const messages = parseNginxStderr(result.stderr);
    const fatal = messages.find((message) => message.level !== 'warn');
    if (fatal && GAPS.has(fatal.problem)) {
      const gap = await fillGap(fatal, sandbox, target, deps);
      if (gap !== undefined) {
        notices.push(finding('notice', gap, locate(fatal, sandbox, deps) ?? { path: mainPath, line: 1 }, scrub(fatal.message, sandbox, deps)));
        continue;
      }
      fatal.problem = 'config'; // not a gap the server fills: the config's own error
    }
    const fixable = fatal && isFixable(fatal.problem) && !sandbox.fixes.has(fatal.problem) ? fatal.problem : undefined;
    if (fatal && fixable) {
      if (fixable === 'cert' && !(await makeDummyCert(sandbox, deps))) {
        return [...notices, finding('notice', `nginx -t could not load a certificate (${scrub(fatal.message, sandbox, deps)}) and no throwaway certificate could be made (openssl missing); the rest of the config was not tested`, { path: mainPath, line: 1 })];
      }
      sandbox.fixes.add(fixable);
      notices.push(finding('notice', `nginx -t on this runner failed for an environment reason (${scrub(fatal.message, sandbox, deps)}); ${ADVICE[fixable]} and the test re-run`, locate(fatal, sandbox, deps) ?? { path: mainPath, line: 1 }, scrub(fatal.message, sandbox, deps)));
      continue;
    }
    return [...notices, ...inertNotices(sandbox, deps), ...dnsNotice(sandbox, settings, deps), ...standInNotices(sandbox, deps), ...report(messages, result.code, sandbox, settings, deps, mainPath, version)];
  }
  return [...notices, finding('notice', `nginx -t kept failing for environment reasons after ${MAX_RUNS} runs; the config itself was not verified`, { path: mainPath, line: 1 })];
}

/**
 * The runner is not the server: a module it lacks, a file only the server has, and what an include outside
 * the repository would define are filled in the copy, and the notice says what the server needs. Returns
 * undefined when the cause is the config's own (a typo'd directive, a missing file inside the repo, a
 * certificate or variable no external include could supply).
 */
async function fillGap(fatal: NginxMessage, sandbox: Sandbox, target: NginxTestTarget, deps: Deps): Promise<string | undefined> {
  const gaps = gapsOf(sandbox);
  const quoted = /"([^"]+)"/.exec(fatal.message)?.[1] ?? '';
  const external = sandbox.standIns.length > 0 || externalIncludes(target.payload).some((include) => include.kind === 'outside');
  switch (fatal.problem) {
    case 'module': {
      if (fatal.message.startsWith('dlopen()')) {
        if (gaps.loadModule) return undefined;
        gaps.loadModule = true;
        return `nginx -t on this runner cannot load the module "${quoted}"; the server's nginx must have it, and the test left "load_module" out`;
      }
      if (gaps.thirdParty) return undefined;
      gaps.thirdParty = true;
      return `nginx -t on this runner lacks the module behind "${quoted}" (a third-party directive); the server's nginx must have it, and the test left that module's directives out`;
    }
    case 'server-file': {
      const file = /BIO_new_file\("([^"]+)"\)/.exec(fatal.message)?.[1];
      if (file === undefined || gaps.files.has(file) || !toRepoPath(deps.cwd, file).startsWith('../')) return undefined;
      gaps.files.add(file);
      return `"${file}" is a file only the server has (outside the repository, missing on this runner); make sure every server has it, the test left the directive naming it out`;
    }
    case 'ssl-missing': {
      if (!external || gaps.sslStandIn) return undefined;
      if (!sandbox.dummyCert && !(await makeDummyCert(sandbox, deps))) return undefined;
      gaps.sslStandIn = true;
      return `"listen ... ssl" has no "ssl_certificate" in the repository, so it must come from an include outside it; make sure the server's copy sets "ssl_certificate" and "ssl_certificate_key" (the test used a throwaway certificate)`;
    }
    case 'variable': {
      const name = /^unknown "([^"]+)" variable/.exec(fatal.message)?.[1];
      if (name === undefined || gaps.variables.has(name) || (!external && !sandbox.wrapper)) return undefined;
      gaps.variables.add(name);
      return `nginx -t does not know "$${name}": it must be defined outside the repository (by the main config or an include the server has); make sure it is (the test defined it as empty)`;
    }
    default:
      return undefined;
  }
}

function report(messages: NginxMessage[], code: number | null, sandbox: Sandbox, settings: NginxTestSettings, deps: Deps, mainPath: string, version: string | undefined): Finding[] {
  const out: Finding[] = [];
  for (const message of messages) {
    const location = locate(message, sandbox, deps) ?? { path: mainPath, line: 1 };
    const text = scrub(message.message, sandbox, deps);
    const unknown = unknownDirective(message.message);
    if (message.problem === 'version' && unknown !== undefined) {
      // The runner is not the server: an older nginx than the config is written for. nginx stopped at this line.
      const since = NEWER_STOCK_DIRECTIVES.get(unknown)!;
      out.push(finding('notice', `nginx -t on this runner (${version ?? 'nginx'}) does not know "${unknown}", a stock directive since nginx ${since}, so it stopped here and the rest of the config was not tested; run gatewatch with nginx ${since} or newer to test it`, location, text));
    } else if (message.problem === 'dns' && !settings.resolve) {
      out.push(finding('notice', `nginx -t could not resolve a name this runner cannot see (${text}); pin it under nginx.hosts or set nginx.resolve: true`, location, text));
    } else if (message.level === 'warn') {
      if (message.problem === 'config' && !/makes sense only if the master process runs with super-user/.test(message.message)) out.push(finding('warning', `nginx -t warns: ${text}`, location, text));
    } else {
      const removed = unknown === undefined ? undefined : REMOVED_STOCK_DIRECTIVES.get(unknown);
      const why = removed ? ` ("${unknown}" was removed in nginx ${removed.removedIn}; use ${removed.instead} instead)` : '';
      out.push(finding('error', `nginx -t rejects the config: ${text}${why}; fix this line so nginx can load the config`, location, text));
    }
  }
  if (code !== 0 && !out.some((f) => f.severity === 'error') && !messages.some((m) => m.level !== 'warn')) {
    out.push(finding('error', `nginx -t failed with exit code ${code} and no message; run "nginx -t" locally to see why`, { path: mainPath, line: 1 }));
  }
  return out;
}

/** What the inert rewrite changed: one notice per removed directive, one for all certificate stand-ins. */
function inertNotices(sandbox: Sandbox, deps: Deps): Finding[] {
  const at = (file: number, line: number): Finding['location'] => ({ path: toRepoPath(deps.cwd, sandbox.sources[file]!.original), line });
  const out = sandbox.removals.map((removal) =>
    // A name neither stock nginx nor a known module has is a typo nginx -t would refuse (`proxy_passs`): an error.
    removal.reason === 'unknown' && !isThirdPartyDirective(removal.directive)
      ? finding('error', `unknown directive "${removal.directive}": neither stock nginx nor a known third-party module has it, so nginx would refuse to load the config; fix the name`, at(removal.file, removal.line))
      : finding('notice', describeRemoval(removal), at(removal.file, removal.line)),
  );
  const first = sandbox.certStandIns[0];
  if (first) {
    const names = [...new Set(sandbox.certStandIns.map((standIn) => `"${standIn.original}"`))].join(', ');
    out.push(finding('notice', `certificates were replaced by a throwaway self-signed pair for nginx -t: ${names} is not a regular file inside the repository; the rest of the config was tested`, at(first.file, first.line)));
  }
  return out;
}

function standInNotices(sandbox: Sandbox, deps: Deps): Finding[] {
  return sandbox.standIns.map((standIn) =>
    finding('notice', `nginx -t used an empty stand-in for "${standIn.original}", which is outside the repository and never read; the rest of the config was tested`, {
      path: toRepoPath(deps.cwd, sandbox.sources[standIn.file]!.original),
      line: standIn.line,
    }),
  );
}

/** One notice naming the host names `nginx -t` saw only as TEST-NET stubs. */
function dnsNotice(sandbox: Sandbox, settings: NginxTestSettings, deps: Deps): Finding[] {
  if (settings.resolve || sandbox.stubs.size === 0) return [];
  const stubs = [...sandbox.stubs.values()];
  const first = stubs[0]!;
  const names = stubs.map((stub) => `"${stub.name}"`).join(', ');
  return [
    finding('notice', `DNS for ${names} not verified: nginx -t ran with ${stubs.length === 1 ? 'it' : 'them'} replaced by TEST-NET addresses; pin names under nginx.hosts or set nginx.resolve: true to look them up`, {
      path: toRepoPath(deps.cwd, sandbox.sources[first.file]!.original),
      line: first.line,
    }),
  ];
}

/**
 * Maps nginx's `in <copy>:<line>` back to the original repo path (the sandbox keeps lines). Some errors
 * (certificates, log files) come after parsing and carry no line: find the directive naming the quoted path.
 */
function locate(message: NginxMessage, sandbox: Sandbox, deps: Deps): Finding['location'] | undefined {
  if (message.file !== undefined && message.line !== undefined) {
    const source = sandbox.sources.find((candidate) => candidate.copy === message.file);
    return source ? { path: toRepoPath(deps.cwd, source.original), line: message.line } : undefined;
  }
  const quoted = [...message.message.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
  for (const source of sandbox.sources) {
    const base = path.dirname(sandbox.sources[0]!.original);
    for (const statement of source.statements) {
      const arg = statement.args.find((candidate) => quoted.includes(candidate.value) || quoted.includes(path.resolve(base, candidate.value)));
      if (arg) return { path: toRepoPath(deps.cwd, source.original), line: lineAt(source.text, arg.start) };
    }
  }
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Messages name sandbox copies and absolute paths; show repo-relative originals instead. */
function scrub(text: string, sandbox: Sandbox, deps: Deps): string {
  let out = text;
  for (const source of sandbox.sources) out = out.split(source.copy).join(toRepoPath(deps.cwd, source.original));
  out = out.split(`${sandbox.missingDir}/`).join('');
  out = out.split(`${sandbox.dir}/`).join('<sandbox>/').split(sandbox.dir).join('<sandbox>');
  return out.split(`${deps.cwd}/`).join('');
}

/** A throwaway self-signed pair for configs whose certificates live only on the real servers. */
async function makeDummyCert(sandbox: Sandbox, deps: Deps): Promise<boolean> {
  const cert = path.join(sandbox.dir, 'dummy-cert.pem');
  const key = path.join(sandbox.dir, 'dummy-key.pem');
  const result = await deps.exec(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=gatewatch-sandbox', '-days', '1', '-keyout', key, '-out', cert],
    { timeoutMs: 20_000 },
  );
  if (result.code !== 0) return false;
  // openssl writes the key 0600; the unprivileged user nginx runs as must read it (it is throwaway).
  await import('node:fs/promises').then((fs) => fs.chmod(key, 0o644)).catch(() => undefined);
  sandbox.dummyCert = { cert, key };
  return true;
}

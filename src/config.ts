/** One typed `Options`, built from `gatewatch.yml` (validated by schemas/config.schema.json), then inputs or flags on top. */
import { toRepoPath, type Deps } from './deps.js';
import type { Gateway } from './failure-class.js';
import type { FailOn, Finding } from './finding.js';
import { DEFAULT_FAIL_ON } from './verdict.js';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export type ToolTestMode = 'auto' | 'always' | 'never';
export type CommentMode = 'auto' | 'always' | 'off';

export interface ProbeExpect {
  status?: number[];
  body?: string;
  bodyRegex?: string;
  maxMs?: number;
}

export interface ProbeSpec {
  name: string;
  url?: string;
  tcp?: string;
  via?: string;
  direct?: string;
  method?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  retries: number;
  expect: ProbeExpect;
  tls: { ca?: string; insecure?: boolean; servername?: string };
  /** Where the probe was declared (gatewatch.yml line, or the nginx directive it was derived from). */
  origin?: { path: string; line: number; column?: number };
}

export interface Options {
  cwd: string;
  /** Repo-relative path of the config file that was read, if any. */
  configPath?: string;
  failOn: FailOn;
  format: OutputFormat;
  output?: string;
  comment: CommentMode;
  onlyChanged: boolean;
  kb: {
    paths: string[];
    root: string;
    domains?: string[];
    categories?: string[];
    maxFileBytes: number;
  };
  nginx: {
    paths: string[];
    test: ToolTestMode;
    binary: string;
    /** Unset: assume an nginx older than 1.29.7 and say so where a default matters. */
    version?: string;
    resolve: boolean;
    hosts: Record<string, string>;
    probeUpstreams: boolean;
    healthPath: string;
  };
  haproxy: {
    paths: string[];
    test: ToolTestMode;
    binary: string;
    warningsAsErrors: boolean;
  };
  probe: {
    concurrency: number;
    budgetMs: number;
    /** Defaults for probes that do not set their own (configured ones and those derived from nginx). */
    timeoutMs: number;
    retries: number;
  };
  probes: ProbeSpec[];
  allow: string[];
  gatewayLog?: { path: string; format?: Gateway };
  limits: { maxFiles: number };
  /** Notices about gatewatch.yml itself found while loading it (trusted policy, ignored keys); run() reports them. */
  configFindings?: Finding[];
}

/** Bad flags, inputs or config: exit code 2 with a message naming the flag or the key and line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const DEFAULT_CONFIG_FILE = 'gatewatch.yml';
export const DEFAULT_KB_GLOB = 'seeds/**/*.md';

export function defaultOptions(cwd: string): Options {
  return {
    cwd,
    failOn: DEFAULT_FAIL_ON,
    format: 'text',
    comment: 'auto',
    onlyChanged: false,
    kb: { paths: [DEFAULT_KB_GLOB], root: 'seeds', maxFileBytes: 1024 * 1024 },
    nginx: {
      paths: [],
      test: 'auto',
      binary: 'nginx',
      resolve: false,
      hosts: {},
      probeUpstreams: false,
      healthPath: '/',
    },
    haproxy: { paths: [], test: 'auto', binary: 'haproxy', warningsAsErrors: false },
    probe: { concurrency: 16, budgetMs: 120_000, timeoutMs: 2000, retries: 1 },
    probes: [],
    allow: [],
    limits: { maxFiles: 20_000 },
  };
}

/* The raw shape of gatewatch.yml, as the schema allows it. */
export interface RawProbe {
  name: string;
  url?: string;
  tcp?: string;
  via?: string;
  direct?: string;
  method?: string;
  headers?: Record<string, string>;
  timeout_ms?: number;
  retries?: number;
  expect?: { status?: number[]; body?: string; body_regex?: string; max_ms?: number };
  tls?: { ca?: string; insecure?: boolean; servername?: string };
}

export interface RawConfig {
  fail_on?: FailOn;
  comment?: CommentMode;
  only_changed?: boolean;
  kb?: { paths?: string | string[]; root?: string; domains?: string[]; categories?: string[]; max_file_bytes?: number };
  nginx?: {
    paths?: string | string[];
    test?: ToolTestMode;
    binary?: string;
    version?: string;
    resolve?: boolean;
    hosts?: Record<string, string>;
    probe_upstreams?: boolean;
    health_path?: string;
  };
  haproxy?: { paths?: string | string[]; test?: ToolTestMode; binary?: string; warnings_as_errors?: boolean };
  probe?: { concurrency?: number; budget_ms?: number; timeout_ms?: number; retries?: number };
  probes?: RawProbe[];
  allow?: string[];
  gateway_log?: string | { path: string; format?: Gateway };
  limits?: { max_files?: number };
}

const asList = (value: string | string[] | undefined): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

export function toProbeSpec(raw: RawProbe, defaults: { timeoutMs: number; retries: number }): ProbeSpec {
  return {
    name: raw.name,
    ...(raw.url ? { url: raw.url } : {}),
    ...(raw.tcp ? { tcp: raw.tcp } : {}),
    ...(raw.via ? { via: raw.via } : {}),
    ...(raw.direct ? { direct: raw.direct } : {}),
    ...(raw.method ? { method: raw.method } : {}),
    ...(raw.headers ? { headers: raw.headers } : {}),
    timeoutMs: raw.timeout_ms ?? defaults.timeoutMs,
    retries: raw.retries ?? defaults.retries,
    expect: {
      ...(raw.expect?.status ? { status: raw.expect.status } : {}),
      ...(raw.expect?.body !== undefined ? { body: raw.expect.body } : {}),
      ...(raw.expect?.body_regex !== undefined ? { bodyRegex: raw.expect.body_regex } : {}),
      ...(raw.expect?.max_ms !== undefined ? { maxMs: raw.expect.max_ms } : {}),
    },
    tls: { ...raw.tls },
  };
}

/** Applies a validated config over the defaults. */
export function applyConfig(base: Options, raw: RawConfig, configPath?: string): Options {
  const probeDefaults = { timeoutMs: raw.probe?.timeout_ms ?? base.probe.timeoutMs, retries: raw.probe?.retries ?? base.probe.retries };
  const gatewayLog = typeof raw.gateway_log === 'string' ? { path: raw.gateway_log } : raw.gateway_log;
  return {
    ...base,
    ...(configPath ? { configPath } : {}),
    failOn: raw.fail_on ?? base.failOn,
    comment: raw.comment ?? base.comment,
    onlyChanged: raw.only_changed ?? base.onlyChanged,
    kb: {
      paths: asList(raw.kb?.paths) ?? base.kb.paths,
      root: raw.kb?.root ?? base.kb.root,
      ...(raw.kb?.domains ? { domains: raw.kb.domains } : {}),
      ...(raw.kb?.categories ? { categories: raw.kb.categories } : {}),
      maxFileBytes: raw.kb?.max_file_bytes ?? base.kb.maxFileBytes,
    },
    nginx: {
      paths: asList(raw.nginx?.paths) ?? base.nginx.paths,
      test: raw.nginx?.test ?? base.nginx.test,
      binary: raw.nginx?.binary ?? base.nginx.binary,
      ...(raw.nginx?.version ? { version: raw.nginx.version } : {}),
      resolve: raw.nginx?.resolve ?? base.nginx.resolve,
      hosts: raw.nginx?.hosts ?? base.nginx.hosts,
      probeUpstreams: raw.nginx?.probe_upstreams ?? base.nginx.probeUpstreams,
      healthPath: raw.nginx?.health_path ?? base.nginx.healthPath,
    },
    haproxy: {
      paths: asList(raw.haproxy?.paths) ?? base.haproxy.paths,
      test: raw.haproxy?.test ?? base.haproxy.test,
      binary: raw.haproxy?.binary ?? base.haproxy.binary,
      warningsAsErrors: raw.haproxy?.warnings_as_errors ?? base.haproxy.warningsAsErrors,
    },
    probe: {
      concurrency: raw.probe?.concurrency ?? base.probe.concurrency,
      budgetMs: raw.probe?.budget_ms ?? base.probe.budgetMs,
      ...probeDefaults,
    },
    probes: raw.probes ? raw.probes.map((probe) => toProbeSpec(probe, probeDefaults)) : base.probes,
    allow: raw.allow ?? base.allow,
    ...(gatewayLog ? { gatewayLog } : {}),
    limits: { maxFiles: raw.limits?.max_files ?? base.limits.maxFiles },
  };
}

/** Where the trusted policy comes from on a pull request: a revision whose gatewatch.yml decides (src/policy/). */
export interface PolicyRef {
  revision: string;
}

/**
 * Reads gatewatch.yml: an explicit path must exist; the default file is optional. Returns the
 * defaults with the file applied — except that `nginx.binary`/`haproxy.binary` are never taken from
 * it, and with `policy` the settings that decide the gate come from that revision's gatewatch.yml.
 */
export async function loadConfig(deps: Deps, explicitPath?: string, policy?: PolicyRef): Promise<Options> {
  const base = defaultOptions(deps.cwd);
  const configPath = explicitPath ?? DEFAULT_CONFIG_FILE;
  let text: string | undefined;
  try {
    text = (await deps.readFile(configPath)).toString('utf8');
  } catch (error) {
    if (explicitPath || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new UsageError(`cannot read config "${configPath}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  if (text === undefined && !policy) return base;
  // The YAML and schema machinery loads only when there is a file to read (a plain `check` stays light).
  const [{ parseConfigDocument, parseConfigText }, { withProbeOrigins }, { applyTrustedPolicy }, { configAtCommit }] = await Promise.all([
    import('./config-file.js'),
    import('./probe/origins.js'),
    import('./policy/trusted-policy.js'),
    import('./policy/config-at-commit.js'),
  ]);
  const doc = text === undefined ? undefined : parseConfigDocument(text, configPath);
  const repoPath = toRepoPath(deps.cwd, configPath);
  const outcome = applyTrustedPolicy({
    working: doc?.raw ?? {},
    configPath: repoPath,
    ...(doc ? { locate: doc.locate } : {}),
    source: policy ? await configAtCommit(deps, policy.revision, repoPath, parseConfigText) : { kind: 'working-tree' },
  });
  const options = applyConfig(base, outcome.raw, text === undefined ? undefined : configPath);
  // Probe findings point at the probe's entry in gatewatch.yml.
  const located = text === undefined ? options : withProbeOrigins(options, text, configPath);
  return outcome.findings.length > 0 ? { ...located, configFindings: outcome.findings } : located;
}

/**
 * The one table of CLI commands and their options. Argument parsing, `--help`, the usage overview and the
 * README's CLI section are all generated from it (test/cli/command-table.test.ts compares them), so a new
 * flag is one line here plus the code that reads it. Loads no command: `--help` stays instant.
 */
import type { Deps } from '../deps.js';
import { GATEWAYS, PROBE_CLASSES } from '../failure-class.js';
import type { Io } from './io.js';

export type Command = (argv: string[], deps: Deps, io: Io) => Promise<number>;

export interface OptionSpec {
  /** Long name without dashes: `kb-root`. */
  name: string;
  short?: string;
  /** `boolean` flags take no value. */
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** What the value is called in help: FILE, GLOB, DIR, N. Unset when `choices` names the values. */
  value?: string;
  choices?: readonly string[];
  /**
   * A path or glob relative to where the user typed the command; rebased when gatewatch.yml is found in a
   * parent directory and the run moves there (src/cli/workspace.ts).
   */
  path?: boolean;
  help: string;
}

export interface PositionalSpec {
  name: string;
  path?: boolean;
}

export interface CommandSpec {
  /** As typed: `check`, `kb parse`. */
  name: string;
  positionals: PositionalSpec[];
  summary: string;
  /** Paragraphs after the option list. */
  details: string;
  /** One line per exit code the command uses. */
  exit: Record<0 | 1 | 2 | 3, string>;
  options: OptionSpec[];
  /** Options that no longer exist, with the message that says what to use instead. */
  removed?: Record<string, string>;
  load: () => Promise<Command>;
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', type: 'boolean', help: 'print this help and exit' };
export const VERSION_OPTION: OptionSpec = { name: 'version', short: 'v', type: 'boolean', help: 'print the version and exit' };

const config: OptionSpec = {
  name: 'config',
  short: 'c',
  type: 'string',
  value: 'FILE',
  path: true,
  help: 'gatewatch.yml to read (default: gatewatch.yml here or in a parent, up to the repository root)',
};
const kb: OptionSpec = { name: 'kb', type: 'string', multiple: true, value: 'GLOB', path: true, help: 'KB entry files (default: kb.paths, else seeds/**/*.md)' };
const kbRoot: OptionSpec = {
  name: 'kb-root',
  type: 'string',
  value: 'DIR',
  path: true,
  help: 'folder that ids are paths under (default: kb.root, else the static part of the --kb glob)',
};
const allowEmpty: OptionSpec = { name: 'allow-empty', type: 'boolean', help: 'a glob that matches no file is a notice, not an error' };
const exitUsage = { 2: 'bad usage or config (the message names the flag, or the gatewatch.yml key and line)', 3: 'internal failure' } as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    positionals: [],
    summary: 'the gate: KB entries, nginx and HAProxy configs, probes',
    details:
      'Checks the KB (kb.paths, else seeds/**/*.md) plus every nginx/HAProxy config and probe that flags or\n' +
      'gatewatch.yml name. --fix rewrites what KB rules can fix mechanically (rates, version-table columns,\n' +
      'section order), lists each change on stderr, then checks the result.',
    exit: { 0: 'passed', 1: 'findings at or above --fail-on', ...exitUsage },
    options: [
      config,
      kb,
      kbRoot,
      { name: 'nginx', type: 'string', multiple: true, value: 'GLOB', path: true, help: 'nginx configs to parse, lint and test with nginx -t' },
      { name: 'haproxy', type: 'string', multiple: true, value: 'GLOB', path: true, help: 'HAProxy configs to test with haproxy -c' },
      { name: 'nginx-test', type: 'string', choices: ['auto', 'always', 'never'], help: 'run the real nginx -t on a sandbox copy' },
      { name: 'nginx-version', type: 'string', value: 'VERSION', help: 'nginx version whose defaults the rules assume (e.g. 1.24.0)' },
      { name: 'probes', type: 'string', value: 'FILE', path: true, help: "YAML list of probes (gatewatch.yml's probes: form); replaces the config's" },
      { name: 'format', short: 'f', type: 'string', choices: ['text', 'json', 'sarif', 'github'], help: 'output format (default text)' },
      { name: 'output', short: 'o', type: 'string', value: 'FILE', path: true, help: 'write the report to FILE instead of stdout' },
      { name: 'fail-on', type: 'string', choices: ['error', 'warning', 'notice', 'never'], help: 'lowest severity that fails the run (default error)' },
      { name: 'policy-from', type: 'string', value: 'REF', help: "on a pull request: read fail_on, comment, only_changed and allow from REF's gatewatch.yml (e.g. origin/main)" },
      { name: 'nginx-binary', type: 'string', value: 'PATH', help: 'the nginx program for nginx -t (default: nginx on PATH; never from gatewatch.yml)' },
      { name: 'haproxy-binary', type: 'string', value: 'PATH', help: 'the haproxy program for haproxy -c (default: haproxy on PATH; never from gatewatch.yml)' },
      { name: 'max-files', type: 'string', value: 'N', help: 'most files the globs may match (default limits.max_files, 20000)' },
      allowEmpty,
      { name: 'fix', type: 'boolean', help: 'rewrite mechanically fixable KB findings in place, then check' },
    ],
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'kb parse',
    positionals: [{ name: 'FILE', path: true }],
    summary: 'canonical JSON of one KB entry, with its findings',
    details: 'The rest of the KB is read too, so cross-file rules (related-exists, duplicate-id) judge FILE in context.',
    exit: { 0: 'no error in FILE', 1: 'FILE has errors', ...exitUsage },
    options: [config, kbRoot],
    load: async () => (await import('./kb-parse.js')).kbParseCommand,
  },
  {
    name: 'kb list',
    positionals: [],
    summary: 'the knowledge base as a table',
    details: 'Entries that do not validate are left out, with a count on stderr.',
    exit: { 0: 'listed', 1: '(not used)', ...exitUsage },
    options: [config, kb, { name: 'format', short: 'f', type: 'string', choices: ['markdown', 'json'], help: 'output format (default markdown)' }, allowEmpty],
    load: async () => (await import('./kb-list.js')).kbListCommand,
  },
  {
    name: 'kb new',
    positionals: [{ name: 'ID' }],
    summary: 'write a KB entry skeleton at <kb root>/<ID>.md',
    details:
      'ID is domain/slug, e.g. api/http-502-upstream-closed-early. The skeleton parses and validates; until\n' +
      'its placeholders are replaced, `gatewatch check` reports each one as a kb/placeholder error.',
    exit: { 0: 'written', 1: '(not used)', ...exitUsage },
    options: [config, kbRoot, { name: 'title', type: 'string', value: 'TEXT', help: 'the entry title (default: a placeholder)' }],
    load: async () => (await import('./kb-new.js')).kbNewCommand,
  },
  {
    name: 'nginx parse',
    positionals: [{ name: 'FILE', path: true }],
    summary: "crossplane-compatible JSON of an nginx config and its includes",
    details: 'Compact JSON like `crossplane parse`, unless --indent is given.',
    exit: { 0: 'parsed', 1: 'the payload has errors', ...exitUsage },
    options: [
      { name: 'combine', type: 'boolean', help: 'one config entry with every include inlined' },
      { name: 'include-comments', type: 'boolean', help: 'keep comments as # directives' },
      { name: 'single-file', type: 'boolean', help: 'do not follow includes' },
      { name: 'ignore', type: 'string', value: 'DIRECTIVES', help: 'comma-separated directives to leave out (as crossplane --ignore)' },
      { name: 'strict', type: 'boolean', help: 'an unknown directive is an error (as crossplane --strict)' },
      { name: 'indent', type: 'string', value: 'N', help: 'pretty-print with N spaces (0..10)' },
    ],
    load: async () => (await import('./nginx-parse.js')).nginxParseCommand,
  },
  {
    name: 'explain',
    positionals: [],
    summary: 'which KB entries match a symptom (status, log line, probe class)',
    details:
      'Ranks the KB entries that match a symptom: rule id > log line (the entry\'s nginx_log regexes) >\n' +
      'probe class > HTTP status, ties by fix rate. Give at least one symptom.',
    exit: { 0: 'some entry matches', 1: 'no entry matches', ...exitUsage },
    options: [
      { name: 'status', type: 'string', value: 'N', help: 'HTTP status the client saw, e.g. 502' },
      { name: 'log', type: 'string', value: 'TEXT', help: 'a gateway log line' },
      { name: 'probe', type: 'string', value: 'CLASS', choices: PROBE_CLASSES, help: 'probe failure class' },
      { name: 'haproxy-termination', type: 'string', value: 'CODE', help: 'HAProxy termination state, e.g. SC' },
      { name: 'rule', type: 'string', value: 'RULE_ID', help: 'a gatewatch rule id, e.g. nginx/all-servers-down' },
      { name: 'gateway', type: 'string', choices: GATEWAYS, help: 'the gateway that showed the symptom' },
      { name: 'format', short: 'f', type: 'string', choices: ['text', 'json'], help: 'output format (default text)' },
      config,
      kb,
      allowEmpty,
    ],
    load: async () => (await import('./explain.js')).explainCommand,
  },
  {
    name: 'logs',
    positionals: [{ name: 'FILE', path: true }],
    summary: 'failure classes in a gateway log, with the KB entries that explain them',
    details:
      'Reads an nginx error.log, HAProxy httplog/tcplog or AWS ALB access log (detected unless --log-format\n' +
      'is given) and prints each failure class with its count, first and last time, an example line and\n' +
      'the KB entries that explain it. Reads the file only; never calls AWS.',
    exit: { 0: 'no failures found', 1: 'failures found', ...exitUsage },
    options: [
      { name: 'log-format', type: 'string', choices: GATEWAYS, help: "the log's format (default: detected)" },
      { name: 'format', short: 'f', type: 'string', choices: ['text', 'json'], help: 'output format (default text)' },
      config,
      kb,
      allowEmpty,
    ],
    removed: { 'output-format': '--output-format is now --format (text|json); --log-format names the log\'s own format' },
    load: async () => (await import('./logs.js')).logsCommand,
  },
  {
    name: 'demo',
    positionals: [],
    summary: 'a self-contained run on the bundled KB, example config and three loopback upstreams',
    details: 'Needs nothing set up; nginx -t runs when nginx is installed.',
    exit: { 0: 'the demo ran', 1: '(not used)', ...exitUsage },
    options: [],
    load: async () => (await import('./demo.js')).demoCommand,
  },
];

export function commandSpec(name: string): CommandSpec {
  const spec = COMMANDS.find((command) => command.name === name);
  if (!spec) throw new Error(`no command "${name}" in the command table`);
  return spec;
}

/** `kb parse` is looked up as two words, `check` as one. */
export function findCommand(argv: readonly string[]): { spec: CommandSpec; rest: string[] } | undefined {
  const two = COMMANDS.find((command) => command.name === `${argv[0]} ${argv[1]}`);
  if (argv.length >= 2 && two) return { spec: two, rest: argv.slice(2) };
  const one = COMMANDS.find((command) => command.name === argv[0]);
  return one ? { spec: one, rest: argv.slice(1) } : undefined;
}

/**
 * Runs the real `haproxy -c -f FILE` and turns its `[ALERT]`/`[WARNING]` lines into located findings.
 * Never `-q`: measured on 2.6, `-c -q` prints nothing at all and only the exit status is left.
 */
import type { Deps } from '../deps.js';
import type { Finding, Location, Severity } from '../finding.js';
import { HAPROXY_TEST_RULE } from './rules/test.js';
import { describeHaproxyRemoval, haproxyFileArguments, inertHaproxy } from '../gateway/inert-haproxy.js';
import { runIsolated, type IsolationReport } from '../gateway/isolate.js';
import { readRepoFile } from '../repo-file.js';
import type { HaproxyConfig } from './config.js';
import { addressHost, isHostname, parseHaproxyConfig, serversOf } from './config.js';

export const HAPROXY_TEST_TIMEOUT_MS = 30_000;

/** Documentation address that never routes (RFC 5737 TEST-NET-1): stands in for hostnames in the sandbox copy. */
const SANDBOX_ADDRESS = '192.0.2.1';

export interface HaproxyMessage {
  level: 'ALERT' | 'WARNING';
  text: string;
}

/*
 * Output shape (docs/gateways.md §2.3): `[ALERT]    (PID) : config : parsing [FILE:LINE] : …`; WARNING blocks
 * continue on lines starting with `   | `. NOTICE lines (version, executable path) carry nothing.
 */
const MESSAGE = /^\[(ALERT|WARNING|NOTICE)\]\s+\(\d+\)\s*:\s*(?:config\s*:\s*)?(.*)$/;

/* Summary lines that only repeat that errors exist; the real messages are on their own lines. */
const SUMMARY =
  /^(?:Error\(s\) found in configuration file|Fatal errors found in configuration|Failed to initialize server\(s\) addr|Some warnings were found and 'zero-warning' is set)/;

export function parseHaproxyOutput(output: string): HaproxyMessage[] {
  const messages: HaproxyMessage[] = [];
  let last: HaproxyMessage | undefined;
  for (const raw of output.split(/\r?\n/)) {
    const continuation = /^\s+\|\s?(.*)$/.exec(raw);
    if (continuation && last) {
      last.text += ` ${continuation[1]!.trim()}`;
      continue;
    }
    const match = MESSAGE.exec(raw);
    if (!match || match[1] === 'NOTICE') {
      last = undefined;
      continue;
    }
    const text = match[2]!.trim();
    if (SUMMARY.test(text)) {
      last = undefined;
      continue;
    }
    last = { level: match[1] as 'ALERT' | 'WARNING', text };
    messages.push(last);
  }
  return messages;
}

interface Positioned {
  file: string;
  line: number;
  text: string;
}

/** The four file:line shapes of 2.6 (docs/gateways.md §2.3); undefined for the messages that carry no position. */
export function messagePosition(text: string): Positioned | undefined {
  const shapes = [
    /^parsing \[(.+?):(\d+)\]\s*:\s*(.*)$/,
    /^Parsing \[(.+?):(\d+)\]:\s*(.*)$/,
    /^\[(.+?):(\d+)\]\s*:\s*(.*)$/,
  ];
  for (const shape of shapes) {
    const match = shape.exec(text);
    if (match) return { file: match[1]!, line: Number(match[2]), text: match[3]! };
  }
  const inline = /\((\S+?):(\d+)\)/.exec(text);
  return inline ? { file: inline[1]!, line: Number(inline[2]), text } : undefined;
}

/** Locates a position-less message by the proxy and backend names it quotes. */
function locateByName(config: HaproxyConfig, text: string): number | undefined {
  const proxy = /(?:Proxy|proxy|backend|frontend|listen) '([^']+)'/.exec(text)?.[1];
  const section = proxy === undefined ? undefined : config.sections.find((candidate) => candidate.name === proxy && candidate.kind !== 'other');
  const switching = /(use_backend|default_backend): '([^']+)'/.exec(text);
  if (section && switching) {
    const directive = section.directives.find(
      (candidate) => candidate.keyword === switching[1] && candidate.args[0]?.value === switching[2],
    );
    if (directive) return directive.line;
  }
  const server = /server '([^']+)'/.exec(text)?.[1];
  if (section && server) {
    const line = serversOf(section).find((candidate) => candidate.name === server)?.directive.line;
    if (line) return line;
  }
  if (section) return section.line;
  // Last resort: the first line that contains a value the message quotes (`'ca-file' : unable to load certs/ca.pem.`).
  const quoted = [...text.matchAll(/'([^']{3,})'|(?:load|file) (\S{3,}?)\.?$/g)].map((match) => match[1] ?? match[2]!);
  for (const value of quoted) {
    const index = config.lines.findIndex((line) => line.includes(value) && !/^\s*#/.test(line));
    if (index >= 0 && !/^[a-z-]+$/.test(value)) return index + 1;
  }
  return undefined;
}

/*
 * Alerts that come from the machine running the check rather than the config: certificates, files
 * and users that exist only on the real host. Reported as warnings so a CI runner without them is not a red build.
 */
const ENVIRONMENT = /unable to (?:load|stat) SSL|No such file or directory|Permission denied|cannot bind|unable to find (?:user|group)|'(?:ca|crl|crt)-file' : unable to load/i;

export interface SandboxCopy {
  text: string;
  /** Hostnames replaced by a TEST-NET address, so `-c` resolves nothing (it calls getaddrinfo at parse time). */
  hosts: string[];
  /** The first `server` line naming each replaced host, to locate the "not verified" notice. */
  hostLines: Record<string, number>;
}

/**
 * HAProxy resolves every `server` hostname through libc while parsing (c06 in docs/gateways.md): on a CI
 * runner internal names fail and any lookup leaves the machine. The copy keeps every line number.
 */
export function sandboxConfig(config: HaproxyConfig): SandboxCopy {
  const lines = [...config.lines];
  const hosts = new Set<string>();
  const hostLines: Record<string, number> = {};
  for (const section of config.sections) {
    for (const server of serversOf(section)) {
      const address = server.address;
      const host = address ? addressHost(address.value) : undefined;
      if (!address || host === undefined || !isHostname(host) || host === 'localhost') continue;
      const lineIndex = server.directive.line - 1;
      const source = lines[lineIndex]!;
      const start = address.column - 1;
      const hostAt = source.indexOf(host, start);
      if (hostAt < 0) continue;
      lines[lineIndex] = source.slice(0, hostAt) + SANDBOX_ADDRESS + source.slice(hostAt + host.length);
      hosts.add(host);
      hostLines[host] ??= server.directive.line;
    }
  }
  return { text: lines.join('\n'), hosts: [...hosts].sort(), hostLines };
}

export interface HaproxyTestInput {
  config: HaproxyConfig;
  /** File passed to `-f` (the sandbox copy); its name in messages maps back to `config.path`. */
  checkedFile: string;
  output: string;
  warningsAsErrors: boolean;
}

/** Converts `haproxy -c` output for one file into findings at the original file's lines. */
export function haproxyTestFindings(input: HaproxyTestInput): Finding[] {
  const { config } = input;
  const findings: Finding[] = [];
  for (const message of parseHaproxyOutput(input.output)) {
    const position = messagePosition(message.text);
    const line = position?.line ?? locateByName(config, message.text) ?? 1;
    const text = position && position.text !== message.text ? position.text : message.text;
    const location: Location = { path: config.path, line };
    const environment = ENVIRONMENT.test(text);
    let severity: Severity = message.level === 'ALERT' ? 'error' : input.warningsAsErrors ? 'error' : 'warning';
    if (environment && severity === 'error') severity = 'warning';
    const cleaned = text.replace(/\s*\.+$/, '').split(input.checkedFile).join(config.path);
    const advice = environment
      ? 'this may only hold on the runner; check that the file or user exists on the real host'
      : message.level === 'WARNING'
        ? 'fix it so HAProxy starts without warnings'
        : 'fix the configuration so HAProxy accepts it';
    findings.push({
      ruleId: HAPROXY_TEST_RULE.id,
      severity,
      message: `haproxy -c ${message.level === 'ALERT' ? 'rejected' : 'warned'}: "${cleaned}"; ${advice}`,
      location,
    });
  }
  return findings;
}

export type HaproxyTestOutcome =
  | { kind: 'ran'; findings: Finding[]; hosts: string[]; hostLines: Record<string, number>; isolation: IsolationReport }
  | { kind: 'missing-binary'; detail: string }
  | { kind: 'failed'; detail: string };

export interface HaproxyTestSettings {
  binary: string;
  warningsAsErrors: boolean;
  cwd: string;
}

/* Certificates, maps, ACL lists and error files are copied in only from the repository, bounded. */
const MAX_COPIED_FILE_BYTES = 4 * 1024 * 1024;

/** A throwaway certificate and key (HAProxy's `crt` wants both in one PEM), readable by the unprivileged user. */
async function makePair(dir: string, deps: Deps): Promise<{ pem: string; cert: string } | undefined> {
  const cert = `${dir}/stand-in-cert.pem`;
  const key = `${dir}/stand-in-key.pem`;
  const made = await deps.exec('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=gatewatch-sandbox', '-days', '1', '-keyout', key, '-out', cert], { timeoutMs: 20_000 });
  if (made.code !== 0) return undefined;
  const pem = `${dir}/stand-in.pem`;
  await deps.writeFile(pem, Buffer.concat([await deps.readFile(cert), await deps.readFile(key)]));
  return { pem, cert };
}

/**
 * Writes the inert sandbox copy to a throwaway dir and runs `haproxy -c [-dW] -f COPY` behind the isolate
 * wall, from the sandbox dir: file arguments already point at copies there (HAProxy resolves relative paths
 * against its working directory, so the repository root is what they are resolved against when copying).
 */
export async function runHaproxyTest(config: HaproxyConfig, settings: HaproxyTestSettings, deps: Deps): Promise<HaproxyTestOutcome> {
  const sandbox = sandboxConfig(config);
  const dir = await deps.makeTempDir('gatewatch-haproxy-');
  try {
    const baseName = config.path.split('/').pop() || 'haproxy.cfg';
    const checkedFile = `${dir}/${baseName}`;
    const stubbed = parseHaproxyConfig(sandbox.text, config.path);
    const copies = new Map<string, string>();
    for (const original of haproxyFileArguments(stubbed, settings.cwd)) {
      const read = await readRepoFile(deps, original, MAX_COPIED_FILE_BYTES);
      if (!read.ok) continue;
      const copy = `${dir}/file-${copies.size}-${original.split('/').pop()}`;
      await deps.writeFile(copy, read.data);
      copies.set(original, copy);
    }
    const empty = `${dir}/empty`;
    await deps.writeFile(empty, '');
    const needsPair = /\b(?:crt|ca-file|ca-verify-file)\s/.test(sandbox.text);
    const pair = needsPair ? await makePair(dir, deps) : undefined;
    const inert = inertHaproxy(stubbed, { baseDir: settings.cwd, copies, ...(pair ? { pair } : {}), empty });
    await deps.writeFile(checkedFile, inert.lines.join('\n'));
    // `-dW` (zero-warning mode): warnings make `-c` exit 1, as HAProxy would refuse to start.
    const args = ['-c', ...(settings.warningsAsErrors ? ['-dW'] : []), '-f', checkedFile];
    const result = await runIsolated(settings.binary, args, { timeoutMs: HAPROXY_TEST_TIMEOUT_MS, cwd: dir, sandboxDir: dir, exec: deps.exec });
    if (result.spawnError === 'ENOENT') return { kind: 'missing-binary', detail: `"${settings.binary}" was not found` };
    if (result.spawnError) return { kind: 'failed', detail: `could not start "${settings.binary}": ${result.spawnError}` };
    if (result.timedOut) return { kind: 'failed', detail: `"${settings.binary} -c" did not finish within ${HAPROXY_TEST_TIMEOUT_MS / 1000} s` };
    const output = `${result.stdout}\n${result.stderr}`.split(`${dir}/`).join('<sandbox>/');
    const findings = haproxyTestFindings({ config, checkedFile: `<sandbox>/${baseName}`, output, warningsAsErrors: settings.warningsAsErrors });
    for (const standIn of inert.standIns) {
      findings.push({
        ruleId: HAPROXY_TEST_RULE.id,
        severity: 'warning',
        message: `haproxy -c used a stand-in for "${standIn.value}": it is not a regular file inside the repository; check that it exists on the real host`,
        location: { path: config.path, line: standIn.line },
      });
    }
    for (const removal of inert.removals) {
      findings.push({ ruleId: HAPROXY_TEST_RULE.id, severity: 'notice', message: describeHaproxyRemoval(removal), location: { path: config.path, line: removal.line } });
    }
    if (result.code !== 0 && findings.every((finding) => finding.severity === 'notice')) {
      // Exit 1 with no message we understood: still a rejection, located at the top of the file.
      // (When every message was an environment alert, those warnings already explain the exit status.)
      findings.push({
        ruleId: HAPROXY_TEST_RULE.id,
        severity: 'error',
        message: `haproxy -c exited with status ${result.code} and no recognised message: "${output.trim().split('\n').pop() ?? ''}"; run "haproxy -c -f ${config.path}" locally`,
        location: { path: config.path, line: 1 },
      });
    }
    return { kind: 'ran', findings, hosts: sandbox.hosts, hostLines: sandbox.hostLines, isolation: result.isolation };
  } finally {
    await deps.removeDir(dir);
  }
}

/**
 * A small line-based reader for haproxy.cfg: sections (global, defaults, frontend, backend, listen, …)
 * and their keyword lines with line/column, enough for the static rules. HAProxy itself is not
 * indentation-sensitive: a line whose first word is a section keyword opens a new section.
 */

export type SectionKind = 'global' | 'defaults' | 'frontend' | 'backend' | 'listen' | 'other';

export interface Word {
  value: string;
  /** 1-based column of the word's first character. */
  column: number;
}

export interface Directive {
  keyword: string;
  args: Word[];
  line: number;
  column: number;
}

export interface Section {
  kind: SectionKind;
  /** The keyword that opened it (`resolvers`, `peers` … for kind `other`). */
  keyword: string;
  name?: string;
  /** `from NAME` (HAProxy 2.4+ named defaults inheritance). */
  from?: string;
  line: number;
  column: number;
  directives: Directive[];
}

export interface HaproxyConfig {
  /** Repo-relative path. */
  path: string;
  sections: Section[];
  /** Source lines (index 0 = line 1), CRLF stripped. */
  lines: string[];
}

const PROXY_KINDS = new Set<SectionKind>(['defaults', 'frontend', 'backend', 'listen']);

/* Section keywords of HAProxy 2.6–3.x (configuration.txt §3–§12); anything else inside a section is a keyword line. */
const SECTION_KEYWORDS = new Set([
  'global',
  'defaults',
  'frontend',
  'backend',
  'listen',
  'resolvers',
  'peers',
  'userlist',
  'mailers',
  'program',
  'http-errors',
  'ring',
  'cache',
  'fcgi-app',
  'log-forward',
  'crt-store',
  'traces',
]);

/**
 * Splits one line into words the way HAProxy's parser does for the cases that matter here:
 * whitespace separates, `#` outside quotes starts a comment, single/double quotes group, `\` escapes.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index += 1;
    if (index >= text.length || text[index] === '#') break;
    const start = index;
    let value = '';
    let quote: string | undefined;
    while (index < text.length) {
      const char = text[index]!;
      if (quote) {
        if (char === quote) quote = undefined;
        else if (char === '\\' && quote === '"' && index + 1 < text.length) value += text[++index];
        else value += char;
      } else if (char === ' ' || char === '\t') break;
      else if (char === '#') break;
      else if (char === '"' || char === "'") quote = char;
      else if (char === '\\' && index + 1 < text.length) value += text[++index];
      else value += char;
      index += 1;
    }
    words.push({ value, column: start + 1 });
    if (text[index] === '#') break;
  }
  return words;
}

function sectionKind(keyword: string): SectionKind {
  return keyword === 'global' || PROXY_KINDS.has(keyword as SectionKind) ? (keyword as SectionKind) : 'other';
}

/** Parses config text; lines before the first section keyword are kept in an implicit `other` section. */
export function parseHaproxyConfig(text: string, path: string): HaproxyConfig {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const sections: Section[] = [];
  let current: Section | undefined;
  lines.forEach((source, index) => {
    const words = splitWords(source);
    if (words.length === 0) return;
    const first = words[0]!;
    const lineNumber = index + 1;
    if (SECTION_KEYWORDS.has(first.value)) {
      const kind = sectionKind(first.value);
      const fromIndex = words.findIndex((word, position) => position > 0 && word.value === 'from');
      const name = words[1] && words[1].value !== 'from' ? words[1].value : undefined;
      current = {
        kind,
        keyword: first.value,
        ...(name !== undefined ? { name } : {}),
        ...(fromIndex > 0 && words[fromIndex + 1] ? { from: words[fromIndex + 1]!.value } : {}),
        line: lineNumber,
        column: first.column,
        directives: [],
      };
      sections.push(current);
      return;
    }
    if (!current) {
      current = { kind: 'other', keyword: '', line: lineNumber, column: 1, directives: [] };
      sections.push(current);
    }
    current.directives.push({ keyword: first.value, args: words.slice(1), line: lineNumber, column: first.column });
  });
  return { path, sections, lines };
}

export function isProxy(section: Section): boolean {
  return section.kind === 'frontend' || section.kind === 'backend' || section.kind === 'listen';
}

/** Proxies that can hold servers (HAProxy's PR_CAP_BE). */
export function isBackendLike(section: Section): boolean {
  return section.kind === 'backend' || section.kind === 'listen';
}

/**
 * The defaults section a proxy inherits from: the named one in `from NAME`, else the last
 * `defaults` section above it (configuration.txt §4: a defaults section applies to the proxies
 * declared after it, until the next one).
 */
export function defaultsFor(config: HaproxyConfig, section: Section): Section | undefined {
  const before = config.sections.filter((candidate) => candidate.kind === 'defaults' && candidate.line < section.line);
  if (section.from !== undefined) return before.findLast((candidate) => candidate.name === section.from);
  // A defaults section starts from scratch unless it names another with `from` (2.4+ semantics).
  return section.kind === 'defaults' ? undefined : before.at(-1);
}

/** The proxy's own directives followed by its defaults chain (nearest first), for "first match wins" lookups. */
export function effectiveDirectives(config: HaproxyConfig, section: Section): Directive[] {
  const chain: Directive[] = [...section.directives];
  const seen = new Set<Section>([section]);
  let parent = defaultsFor(config, section);
  while (parent && !seen.has(parent)) {
    seen.add(parent);
    pushAll(chain, parent.directives);
    parent = defaultsFor(config, parent);
  }
  return chain;
}

export interface ServerLine {
  directive: Directive;
  name: string;
  /** The address word (`10.0.0.1:8080`, `api.internal:80`, `unix@/run/app.sock`). */
  address?: Word;
  /** Words after the address: the server options. */
  options: Word[];
}

export function serversOf(section: Section): ServerLine[] {
  return section.directives
    .filter((directive) => directive.keyword === 'server')
    .map((directive) => ({
      directive,
      name: directive.args[0]?.value ?? '',
      ...(directive.args[1] ? { address: directive.args[1] } : {}),
      options: directive.args.slice(2),
    }));
}

/** `default-server` options in effect for a proxy (own first, then inherited defaults). */
export function defaultServerOptions(config: HaproxyConfig, section: Section): Word[] {
  return effectiveDirectives(config, section)
    .filter((directive) => directive.keyword === 'default-server')
    .flatMap((directive) => directive.args);
}

/** The value after a server option keyword (`port 8080` → `8080`), searching own options first. */
export function optionValue(options: readonly Word[], keyword: string): Word | undefined {
  const index = options.findIndex((word) => word.value === keyword);
  return index >= 0 ? options[index + 1] : undefined;
}

export function hasOption(options: readonly Word[], keyword: string): boolean {
  return options.some((word) => word.value === keyword);
}

/** Host part of a server address; undefined for unix sockets, abstract namespaces and fd@ addresses. */
export function addressHost(address: string): string | undefined {
  let rest = address;
  const prefix = /^([a-z0-9+-]+)@/.exec(rest);
  if (prefix) {
    if (!['ipv4', 'ipv6', 'tcp', 'tcp4', 'tcp6', 'udp', 'udp4', 'udp6', 'quic4', 'quic6'].includes(prefix[1]!)) {
      return undefined;
    }
    rest = rest.slice(prefix[0].length);
  }
  if (rest.startsWith('/')) return undefined;
  if (rest.startsWith('[')) return rest.slice(1, rest.indexOf(']') > 0 ? rest.indexOf(']') : undefined);
  // More than one colon and no brackets: a bare IPv6 address (HAProxy takes the last colon as the port).
  if ((rest.match(/:/g) ?? []).length > 1) return rest.slice(0, rest.lastIndexOf(':'));
  const colon = rest.indexOf(':');
  return colon >= 0 ? rest.slice(0, colon) : rest;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** True when the host needs a DNS lookup (not an IP literal, not `*`, not an environment variable). */
export function isHostname(host: string): boolean {
  if (host === '' || host === '*' || IPV4.test(host) || host.includes(':')) return false;
  return !host.includes('$');
}import { pushAll } from '../collections.js';


/** Reads the addresses nginx connects to: `proxy_pass` URLs and upstream `server` arguments (ngx_parse_url rules). */
import ipaddr from 'ipaddr.js';

export interface ProxyUrl {
  scheme: string;
  /** Host as written (brackets stripped for IPv6); empty for unix sockets. */
  host: string;
  /** Explicit port, if written. */
  port?: number;
  unixPath?: string;
  /** The URI part (`/`, `/api/`), if any: nginx replaces the matched location prefix with it. */
  uri?: string;
  /** Any `$variable` in the URL: nginx then resolves the address per request. */
  hasVariable: boolean;
  /** A variable inside the host part: a runtime resolver is needed unless it names an upstream. */
  hostHasVariable: boolean;
}

export interface ServerAddress {
  host: string;
  port?: number;
  unixPath?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

export function isIpLiteral(host: string): boolean {
  // Cheap shape test first: ipaddr.isValid allocates, and rules ask this of every proxy_pass host.
  if (!/^[0-9.]+$/.test(host) && !host.includes(':')) return false;
  return ipaddr.isValid(host) && (ipaddr.IPv4.isValidFourPartDecimal(host) || host.includes(':'));
}

function splitHostPort(authority: string): { host: string; port?: number } {
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    const host = authority.slice(1, close === -1 ? undefined : close);
    const rest = close === -1 ? '' : authority.slice(close + 1);
    const port = rest.startsWith(':') ? Number(rest.slice(1)) : undefined;
    return port !== undefined && Number.isInteger(port) ? { host, port } : { host };
  }
  const colon = authority.lastIndexOf(':');
  if (colon === -1) return { host: authority };
  const port = Number(authority.slice(colon + 1));
  return Number.isInteger(port) && authority.slice(colon + 1) !== '' ? { host: authority.slice(0, colon), port } : { host: authority };
}

/** `http://backend:8080/api/` → {scheme, host, port, uri}; undefined when there is no `scheme://`. */
export function parseProxyUrl(url: string): ProxyUrl | undefined {
  const match = SCHEME.exec(url);
  if (!match) return undefined;
  const scheme = match[1]!.toLowerCase();
  const rest = url.slice(match[0].length);
  const hasVariable = url.includes('$');
  // nginx: `unix:/path/sock:/uri` — the socket path ends at the next colon.
  if (rest.startsWith('unix:')) {
    const body = rest.slice(5);
    const colon = body.indexOf(':');
    const unixPath = colon === -1 ? body : body.slice(0, colon);
    const uri = colon === -1 ? undefined : body.slice(colon + 1);
    return { scheme, host: '', unixPath, ...(uri ? { uri } : {}), hasVariable, hostHasVariable: unixPath.includes('$') };
  }
  const slash = rest.startsWith('[') ? rest.indexOf('/', rest.indexOf(']')) : rest.indexOf('/');
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const uri = slash === -1 ? undefined : rest.slice(slash);
  const { host, port } = splitHostPort(authority);
  return {
    scheme,
    host,
    ...(port !== undefined ? { port } : {}),
    ...(uri !== undefined ? { uri } : {}),
    hasVariable,
    hostHasVariable: authority.includes('$'),
  };
}

/** An upstream `server` address: `host[:port]`, `[v6]:port` or `unix:/path`. */
export function parseServerAddress(arg: string): ServerAddress {
  if (arg.startsWith('unix:')) return { host: '', unixPath: arg.slice(5) };
  return splitHostPort(arg);
}

export function defaultPort(scheme: string): number {
  return scheme === 'https' || scheme === 'grpcs' ? 443 : 80;
}

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

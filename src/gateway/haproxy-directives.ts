/**
 * What HAProxy keywords do at `haproxy -c` time, as data (SECURITY.md "inert"). HAProxy has no dynamic
 * module loader: code comes in only through Lua, external programs and OpenSSL engines/providers, so those
 * keywords are removed; so are keywords that touch the environment, the process (user, chroot, daemon)
 * or files outside the config. Keywords not listed are checked by HAProxy's own parser, which rejects
 * unknown ones without running anything, so a typo still reaches the user as `haproxy -c`'s error.
 */

export type HaproxyRemovalReason = 'code' | 'environment' | 'process' | 'file';

/** Keyword lines removed wherever they appear (first word, or first two words joined by a space). */
export const HAPROXY_REMOVED_KEYWORDS: Readonly<Record<string, HaproxyRemovalReason>> = {
  'lua-load': 'code',
  'lua-load-per-thread': 'code',
  'lua-prepend-path': 'code',
  'external-check': 'code',
  'option external-check': 'code',
  'insecure-fork-wanted': 'code',
  'insecure-setuid-wanted': 'code',
  'ssl-engine': 'code',
  'ssl-provider': 'code',
  'ssl-provider-path': 'code',
  'filter spoe': 'code',
  setenv: 'environment',
  presetenv: 'environment',
  resetenv: 'environment',
  unsetenv: 'environment',
  chroot: 'process',
  user: 'process',
  group: 'process',
  uid: 'process',
  gid: 'process',
  daemon: 'process',
  'master-worker': 'process',
  pidfile: 'process',
  'stats socket': 'file',
  'ca-base': 'file',
  'crt-base': 'file',
  'key-base': 'file',
  'server-state-file': 'file',
  'server-state-base': 'file',
  'load-server-state-from-file': 'file',
  'ssl-dh-param-file': 'file',
  'ssl-load-extra-files': 'file',
  'h1-case-adjust-file': 'file',
  '51degrees-data-file': 'file',
  'wurfl-data-file': 'file',
  'deviceatlas-json-file': 'file',
  'backing-file': 'file',
};

/** Sections whose whole body is removed: `program` runs a command under the master process. */
export const HAPROXY_REMOVED_SECTIONS: readonly string[] = ['program'];

/** Rule keywords whose Lua actions (`http-request lua.x`, `use-service lua.x`) need `lua-load`: removed with it. */
export const HAPROXY_RULE_KEYWORDS: readonly string[] = ['http-request', 'http-response', 'http-after-response', 'tcp-request', 'tcp-response', 'use-service'];

/*
 * Arguments on `bind`/`server`/`default-server` lines that name a file HAProxy reads while parsing.
 * `cert`: a repository copy, else the throwaway PEM (certificate and key together, as HAProxy loads it);
 * `ca`: a repository copy, else the throwaway certificate; `drop`: a repository copy, else the option is removed.
 */
export const HAPROXY_FILE_OPTIONS: Readonly<Record<string, 'cert' | 'ca' | 'drop'>> = {
  crt: 'cert',
  'ca-file': 'ca',
  'ca-verify-file': 'ca',
  'crl-file': 'drop',
  'crt-list': 'drop',
  'issuers-chain-path': 'drop',
};

/** Keywords whose argument at this position is a file read while parsing: a repository copy or an empty stand-in. */
export const HAPROXY_FILE_KEYWORDS: Readonly<Record<string, number>> = {
  errorfile: 1,
};

/**
 * Which matched files nginx would load as main configs, and in which context a file included nowhere runs.
 * `--nginx 'conf/**\/*.conf'` matches snippets too: checking each as its own root resolves its includes
 * against the wrong folder and misses the maps and upstreams its main config defines.
 */
import path from 'node:path';
import type { NginxDirective, NginxPayload } from './payload.js';

/** Where a file's top-level directives sit when nginx loads it. */
export type ConfigContext = 'main' | 'http' | 'server' | 'location';

/** Directives only the main context takes: a file with one of them at top level is a main config. */
const MAIN_ONLY = new Set([
  'http', 'events', 'stream', 'mail', 'user', 'pid', 'worker_processes', 'worker_rlimit_nofile', 'load_module',
  'daemon', 'master_process', 'worker_cpu_affinity', 'worker_priority', 'worker_shutdown_timeout', 'pcre_jit',
  'thread_pool', 'lock_file', 'working_directory', 'env', 'timer_resolution', 'ssl_engine', 'google_perftools_profiles',
]);

/** Directives of the http context that no server or location takes. */
const HTTP_ONLY = new Set([
  'server', 'upstream', 'map', 'geo', 'split_clients', 'proxy_cache_path', 'fastcgi_cache_path', 'uwsgi_cache_path',
  'scgi_cache_path', 'limit_req_zone', 'limit_conn_zone', 'log_format', 'variables_hash_max_size',
  'variables_hash_bucket_size', 'server_names_hash_max_size', 'server_names_hash_bucket_size', 'map_hash_max_size',
  'map_hash_bucket_size', 'proxy_headers_hash_max_size', 'geoip_country', 'geoip_city', 'perl_modules', 'perl_require',
  'js_import', 'js_path', 'lua_package_path', 'lua_package_cpath', 'lua_shared_dict', 'init_by_lua_block',
  'init_worker_by_lua_block', 'init_by_lua_file', 'init_worker_by_lua_file', 'keyval_zone', 'userid_domain',
]);

/** Directives only a server block takes (a file with them is a server-level snippet). */
const SERVER_ONLY = new Set(['listen', 'server_name', 'location', 'ssl_reject_handshake', 'server_name_in_redirect']);

/** Directives a location (or `if` in one) takes but a server does not. */
const LOCATION_ONLY = new Set([
  'proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass', 'memcached_pass', 'alias', 'limit_except',
  'internal', 'fastcgi_split_path_info', 'stub_status', 'mirror', 'empty_gif', 'flv', 'mp4', 'f4f', 'hls', 'api',
  'content_by_lua_block', 'content_by_lua_file', 'content_by_lua', 'js_content', 'perl', 'auth_request',
]);

/** Top-level directive names of a payload's first file, with includes followed (nginx splices them in place). */
function topLevelNames(payload: NginxPayload): Set<string> {
  const names = new Set<string>();
  const seen = new Set<number>();
  const visit = (list: readonly NginxDirective[]): void => {
    for (const statement of list) {
      if (statement.directive === '#') continue;
      if (statement.directive !== 'include') names.add(statement.directive);
      for (const target of statement.includes ?? []) {
        if (seen.has(target)) continue;
        seen.add(target);
        visit(payload.config[target]?.parsed ?? []);
      }
    }
  };
  seen.add(0);
  visit(payload.config[0]?.parsed ?? []);
  return names;
}

/** The context a file's content implies: the narrowest one that takes every top-level directive it holds. */
export function impliedContext(payload: NginxPayload): ConfigContext {
  const names = topLevelNames(payload);
  if (names.size === 0) return 'main';
  const has = (set: ReadonlySet<string>): boolean => [...names].some((name) => set.has(name));
  if (has(MAIN_ONLY)) return 'main';
  if (has(HTTP_ONLY)) return 'http';
  if (has(SERVER_ONLY)) return 'server';
  if (has(LOCATION_ONLY)) return 'location';
  return 'server';
}

/** nginx.conf by name: the file nginx itself opens first (`-c`), whatever it contains. */
export const isMainByName = (file: string): boolean => path.basename(file) === 'nginx.conf';

/**
 * The conf dir relative includes of `file` resolve against: the folder of the nearest nginx.conf among the
 * matched files that contains it (nginx resolves every include against the main config's prefix), else the
 * file's own folder.
 */
export function prefixFor(file: string, mains: readonly string[]): string {
  let best: string | undefined;
  for (const main of mains) {
    const dir = path.dirname(main);
    const relative = path.relative(dir, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    if (best === undefined || dir.length > best.length) best = dir;
  }
  return best ?? path.dirname(file);
}

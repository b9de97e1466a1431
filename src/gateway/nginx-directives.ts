/**
 * What each nginx directive does at `nginx -t` time, as data (SECURITY.md "inert"). A directive passes the
 * sandbox rewrite unchanged only if it is listed here as inert; code loaders are removed, file arguments
 * are pointed into the sandbox, and anything unlisted (a third-party module) is removed with a notice.
 * The stock names were taken from the real binary: every candidate string in Debian 12's nginx 1.22 was
 * tried as a directive and kept when nginx did not answer `unknown directive` (see test/gateway).
 */

/** Directives that load or run code while nginx reads its config (IngressNightmare's `ssl_engine`, `load_module`). */
export const NGINX_CODE_LOADING: readonly string[] = [
  'load_module',
  'ssl_engine',
  'perl',
  'perl_modules',
  'perl_require',
  'perl_set',
  'js_import',
  'js_include',
  'js_path',
  'js_preload_object',
  'js_set',
  'js_content',
  'js_access',
  'js_body_filter',
  'js_header_filter',
  'js_filter',
  'js_preread',
  'js_periodic',
  'js_var',
  'js_engine',
  'js_shared_dict_zone',
  'js_fetch_trusted_certificate',
  'xslt_stylesheet',
  'xml_entities',
];

/** Name shapes of code-loading module families (OpenResty's Lua, njs, Perl): every member is removed. */
export const NGINX_CODE_LOADING_PATTERNS: readonly RegExp[] = [/_by_lua/, /^lua_/, /^js_/, /^perl_/];

/*
 * How a file argument is made safe. `write`: moved to a fresh path in the sandbox (logs, pid, temp and cache
 * dirs nginx -t creates); `cert`/`key`: a copy of the repository's file when it is inside the repository,
 * else the throwaway pair; `read`: a copy when inside the repository, else the directive is dropped with a
 * notice; `socket`: unix-socket listeners are moved into the sandbox (nginx -t binds listeners).
 */
export type NginxFileRole = 'write' | 'cert' | 'key' | 'read' | 'socket';

export interface NginxFileArgument {
  role: NginxFileRole;
  /** Which argument holds the path (0-based); `listen` only when it starts with `unix:`. */
  arg: number;
}

const write = { role: 'write', arg: 0 } as const;
const cert = { role: 'cert', arg: 0 } as const;
const key = { role: 'key', arg: 0 } as const;
const read = { role: 'read', arg: 0 } as const;

export const NGINX_FILE_ARGUMENTS: Readonly<Record<string, NginxFileArgument>> = {
  error_log: write,
  access_log: write,
  pid: write,
  lock_file: write,
  working_directory: write,
  client_body_temp_path: write,
  proxy_temp_path: write,
  fastcgi_temp_path: write,
  uwsgi_temp_path: write,
  scgi_temp_path: write,
  proxy_cache_path: write,
  fastcgi_cache_path: write,
  uwsgi_cache_path: write,
  scgi_cache_path: write,
  ssl_certificate: cert,
  ssl_trusted_certificate: cert,
  ssl_client_certificate: cert,
  proxy_ssl_certificate: cert,
  proxy_ssl_trusted_certificate: cert,
  grpc_ssl_certificate: cert,
  grpc_ssl_trusted_certificate: cert,
  uwsgi_ssl_certificate: cert,
  uwsgi_ssl_trusted_certificate: cert,
  ssl_certificate_key: key,
  proxy_ssl_certificate_key: key,
  grpc_ssl_certificate_key: key,
  uwsgi_ssl_certificate_key: key,
  ssl_crl: read,
  proxy_ssl_crl: read,
  grpc_ssl_crl: read,
  uwsgi_ssl_crl: read,
  ssl_dhparam: read,
  ssl_password_file: read,
  proxy_ssl_password_file: read,
  grpc_ssl_password_file: read,
  uwsgi_ssl_password_file: read,
  ssl_session_ticket_key: read,
  ssl_stapling_file: read,
  quic_host_key: read,
  geoip_country: read,
  geoip_city: read,
  geoip_org: read,
  listen: { role: 'socket', arg: 0 },
};

/**
 * OpenSSL `SSL_CONF` commands that read a file: `ssl_conf_command Certificate /etc/…` would open it during
 * `nginx -t`, so such a line is removed; the other commands only set protocol options.
 */
export const OPENSSL_FILE_COMMANDS: readonly string[] = [
  'certificate',
  'privatekey',
  'chaincafile',
  'chaincapath',
  'verifycafile',
  'verifycapath',
  'requestcafile',
  'clientcafile',
  'serverinfofile',
  'dhparameters',
];

/**
 * Stock directives that read or write nothing outside the config at `nginx -t` time. `user` is here because
 * the isolate wall never lets nginx run as root, and nginx ignores `user` when it is not root.
 */
export const NGINX_INERT: readonly string[] = [];

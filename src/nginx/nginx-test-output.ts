/** Reads `nginx -t -e stderr` output: one record per `[level]` line, classified by what the runner can do about it. */

export type NginxLevel = 'emerg' | 'alert' | 'crit' | 'error' | 'warn';

export type NginxProblem =
  /** A real config problem: report it at nginx's file:line. */
  | 'config'
  /** The runner's machine, not the config: log/pid/temp permissions, listen ports, certs, the `user` account. */
  | 'log'
  | 'temp'
  | 'listen'
  | 'cert'
  | 'user'
  | 'pid'
  /** Name resolution at config load (`host not found in upstream`). */
  | 'dns'
  /** A third-party module directive (or its .so) the runner's nginx lacks: the server needs the module. */
  | 'module'
  /** A file outside the repository that only the server has (`ssl_dhparam /etc/letsencrypt/…`). */
  | 'server-file'
  /** `listen … ssl` whose certificate an include outside the repository would set: a config error unless such an include exists. */
  | 'ssl-missing'
  /** A variable nginx does not know: defined outside the repository when the config has external includes or is a snippet. */
  | 'variable'
  /** A stock directive of a newer nginx than the runner's (`unknown directive "http2"` from 1.22): the runner is older than the server. */
  | 'version';

export interface NginxMessage {
  level: NginxLevel;
  message: string;
  file?: string;
  line?: number;
  problem: NginxProblem;
}

// docs/design.md §5: either the `nginx: [emerg] …` prefix (before the log is open) or the timestamped error-log form.
const LINE = /^(?:nginx: |\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )\[(emerg|alert|crit|error|warn)\] (?:\d+#\d+: )?(.*?)(?: in (\S+):(\d+))?$/;

/**
 * Directives of modules nginx does not build in (OpenResty's Lua, headers-more, brotli, set-misc, echo, njs,
 * GeoIP2, VTS, ModSecurity…). When the runner's nginx reports one unknown, the server has the module and the
 * runner does not; any other unknown directive is a typo and stays a config error.
 */
const THIRD_PARTY = [
  /_by_lua(?:_block|_file)?$/, /^lua_/, /^more_(?:set|clear)_(?:input_)?headers$/, /^brotli/, /^echo(?:_|$)/,
  /^set_(?:escape_uri|unescape_uri|quote_\w+|md5|sha1|base32|decode_base32|encode_base32|encode_base64|decode_base64|hmac_sha1|random|secure_random_\w+|local_today|if_empty|formatted_\w+_time|hashed_upstream|misc_base32_padding|encode_hex|decode_hex)$/,
  /^js_/, /^geoip2/, /^vhost_traffic_status/, /^modsecurity/, /^pagespeed$/, /^nchan_/, /^push_stream_/, /^srcache_/,
  /^redis2?_/, /^memc_/, /^headers_more/, /^subs_filter/, /^sticky/, /^fancyindex/, /^dav_ext_/, /^upload_/, /^vod/,
  /^naxsi_/, /^security_headers/, /^testcookie/, /^replace_filter/, /^encrypted_session_/, /^form_input/, /^rds_/,
  /^array_/, /^xss_/, /^drizzle_/, /^postgres_/, /^iconv_/, /^ts_/, /^ssl_certificate_by_lua/, /^zstd/, /^auth_jwt/,
  /^otel_/, /^opentracing/, /^passenger_/, /^rtmp$/, /^njs_/, /^waf/, /^acme_/, /^perl(?:_|$)/, /^xslt_/, /^image_filter/,
  /^geoip_/, /^ndk_/, /^set_by_lua/,
];

export function isThirdPartyDirective(name: string): boolean {
  return THIRD_PARTY.some((pattern) => pattern.test(name));
}

/*
 * Stock directives an older runner rejects with `unknown directive`, and the nginx version that added each
 * (docs/gateway-versions.md: Debian 12's 1.22.1 rejects every one, Debian 13's 1.26.3 accepts it; versions
 * from the modules' documentation and the 1.25.x CHANGES). A Map, so a hostile name like "constructor" is
 * never looked up on a prototype.
 */
export const NEWER_STOCK_DIRECTIVES: ReadonlyMap<string, string> = new Map([
  ['http2', '1.25.1'],
  ['http3', '1.25.0'],
  ['http3_hq', '1.25.0'],
  ['http3_max_concurrent_streams', '1.25.0'],
  ['http3_stream_buffer_size', '1.25.0'],
  ['quic_active_connection_id_limit', '1.25.0'],
  ['quic_bpf', '1.25.0'],
  ['quic_gso', '1.25.0'],
  ['quic_host_key', '1.25.0'],
  ['quic_retry', '1.25.0'],
]);

/* Stock directives newer nginx removed: their `unknown directive` is a real error, so the message says what replaced them. */
export const REMOVED_STOCK_DIRECTIVES: ReadonlyMap<string, { removedIn: string; instead: string }> = new Map([
  ['ssl', { removedIn: '1.25.1', instead: 'the "ssl" parameter of "listen"' }],
]);

/** The directive name of nginx's `unknown directive "NAME"` message, if that is what it says. */
export function unknownDirective(message: string): string | undefined {
  return /^unknown directive "([^"]+)"$/.exec(message)?.[1];
}

export function classify(message: string): NginxProblem {
  const unknown = unknownDirective(message);
  if (unknown !== undefined && NEWER_STOCK_DIRECTIVES.has(unknown)) return 'version';
  if (unknown !== undefined && isThirdPartyDirective(unknown)) return 'module';
  if (/^dlopen\(\) ".*" failed/.test(message)) return 'module';
  if (/^no "ssl_certificate" is defined for the "listen \.\.\. ssl" directive/.test(message)) return 'ssl-missing';
  if (/^unknown "[^"]+" variable$/.test(message)) return 'variable';
  if (/BIO_new_file\("\/[^"]*"\) failed .*(?:No such file|\(2:)/.test(message) && !/certificate/.test(message)) return 'server-file';
  if (/^mkdir\(\) ".*" failed \(2:/.test(message)) return 'temp';
  if (/host not found in (?:upstream|resolver)|could not be resolved|host not found in ".*" of the "listen" directive/.test(message)) return 'dns';
  if (/^(?:getpwnam|getgrnam)\(/.test(message)) return 'user';
  if (/^bind\(\) to .* failed \((?:13|98|99):/.test(message)) return 'listen';
  if (/cannot load certificate|BIO_new_file|PEM_read_bio|SSL_CTX_use_PrivateKey|cannot load .*certificate/.test(message)) return 'cert';
  if (/^mkdir\(\) ".*" failed \(13:/.test(message)) return 'temp';
  if (/could not open error log file|open\(\) ".*\.log" failed \((?:2|13):/.test(message)) return 'log';
  if (/open\(\) ".*\.pid" failed \((?:2|13):/.test(message)) return 'pid';
  return 'config';
}

export function parseNginxStderr(stderr: string): NginxMessage[] {
  const out: NginxMessage[] = [];
  for (const raw of stderr.split('\n')) {
    const match = LINE.exec(raw.trimEnd());
    if (!match) continue;
    const [, level, message, file, line] = match;
    out.push({
      level: level as NginxLevel,
      message: message!,
      ...(file ? { file } : {}),
      ...(line ? { line: Number(line) } : {}),
      problem: classify(message!),
    });
  }
  return out;
}

export const id = 401;
export const ids = [401];
export const modules = {

/***/ 401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkNginx: () => (/* binding */ checkNginx)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/deps.ts + 6 modules
var src_deps = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/files.ts
var src_files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
;// CONCATENATED MODULE: ./src/nginx/entry-points.ts
/**
 * Which matched files nginx would load as main configs, and in which context a file included nowhere runs.
 * `--nginx 'conf/**\/*.conf'` matches snippets too: checking each as its own root resolves its includes
 * against the wrong folder and misses the maps and upstreams its main config defines.
 */

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
function topLevelNames(payload) {
    const names = new Set();
    const seen = new Set();
    const visit = (list) => {
        for (const statement of list) {
            if (statement.directive === '#')
                continue;
            if (statement.directive !== 'include')
                names.add(statement.directive);
            for (const target of statement.includes ?? []) {
                if (seen.has(target))
                    continue;
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
function impliedContext(payload) {
    const names = topLevelNames(payload);
    if (names.size === 0)
        return 'main';
    const has = (set) => [...names].some((name) => set.has(name));
    if (has(MAIN_ONLY))
        return 'main';
    if (has(HTTP_ONLY))
        return 'http';
    if (has(SERVER_ONLY))
        return 'server';
    if (has(LOCATION_ONLY))
        return 'location';
    return 'server';
}
/** nginx.conf by name: the file nginx itself opens first (`-c`), whatever it contains. */
const isMainByName = (file) => external_node_path_default().basename(file) === 'nginx.conf';
/**
 * The conf dir relative includes of `file` resolve against: the folder of the nearest nginx.conf among the
 * matched files that contains it (nginx resolves every include against the main config's prefix), else the
 * file's own folder.
 */
function prefixFor(file, mains) {
    let best;
    for (const main of mains) {
        const dir = external_node_path_default().dirname(main);
        const relative = external_node_path_default().relative(dir, file);
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
            continue;
        if (best === undefined || dir.length > best.length)
            best = dir;
    }
    return best ?? external_node_path_default().dirname(file);
}

// EXTERNAL MODULE: ./src/nginx/load.ts + 2 modules
var load = __webpack_require__(5185);
// EXTERNAL MODULE: ./src/collections.ts
var collections = __webpack_require__(2122);
;// CONCATENATED MODULE: ./src/nginx/nginx-test-output.ts
/** Reads `nginx -t -e stderr` output: one record per `[level]` line, classified by what the runner can do about it. */
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
function isThirdPartyDirective(name) {
    return THIRD_PARTY.some((pattern) => pattern.test(name));
}
/*
 * Stock directives an older runner rejects with `unknown directive`, and the nginx version that added each
 * (docs/gateway-versions.md: Debian 12's 1.22.1 rejects every one, Debian 13's 1.26.3 accepts it; versions
 * from the modules' documentation and the 1.25.x CHANGES). A Map, so a hostile name like "constructor" is
 * never looked up on a prototype.
 */
const NEWER_STOCK_DIRECTIVES = new Map([
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
const REMOVED_STOCK_DIRECTIVES = new Map([
    ['ssl', { removedIn: '1.25.1', instead: 'the "ssl" parameter of "listen"' }],
]);
/** The directive name of nginx's `unknown directive "NAME"` message, if that is what it says. */
function unknownDirective(message) {
    return /^unknown directive "([^"]+)"$/.exec(message)?.[1];
}
function classify(message) {
    const unknown = unknownDirective(message);
    if (unknown !== undefined && NEWER_STOCK_DIRECTIVES.has(unknown))
        return 'version';
    if (unknown !== undefined && isThirdPartyDirective(unknown))
        return 'module';
    if (/^dlopen\(\) ".*" failed/.test(message))
        return 'module';
    if (/^no "ssl_certificate" is defined for the "listen \.\.\. ssl" directive/.test(message))
        return 'ssl-missing';
    if (/^unknown "[^"]+" variable$/.test(message))
        return 'variable';
    if (/BIO_new_file\("\/[^"]*"\) failed .*(?:No such file|\(2:)/.test(message) && !/certificate/.test(message))
        return 'server-file';
    if (/^mkdir\(\) ".*" failed \(2:/.test(message))
        return 'temp';
    if (/host not found in (?:upstream|resolver)|could not be resolved|host not found in ".*" of the "listen" directive/.test(message))
        return 'dns';
    if (/^(?:getpwnam|getgrnam)\(/.test(message))
        return 'user';
    if (/^bind\(\) to .* failed \((?:13|98|99):/.test(message))
        return 'listen';
    if (/cannot load certificate|BIO_new_file|PEM_read_bio|SSL_CTX_use_PrivateKey|cannot load .*certificate/.test(message))
        return 'cert';
    if (/^mkdir\(\) ".*" failed \(13:/.test(message))
        return 'temp';
    if (/could not open error log file|open\(\) ".*\.log" failed \((?:2|13):/.test(message))
        return 'log';
    if (/open\(\) ".*\.pid" failed \((?:2|13):/.test(message))
        return 'pid';
    return 'config';
}
function parseNginxStderr(stderr) {
    const out = [];
    for (const raw of stderr.split('\n')) {
        const match = LINE.exec(raw.trimEnd());
        if (!match)
            continue;
        const [, level, message, file, line] = match;
        out.push({
            level: level,
            message: message,
            ...(file ? { file } : {}),
            ...(line ? { line: Number(line) } : {}),
            problem: classify(message),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/nginx/lexer.ts
var nginx_lexer = __webpack_require__(7686);
;// CONCATENATED MODULE: ./src/nginx/sandbox-edit.ts
/**
 * Rewrites arguments of a config's text in place for the `nginx -t` sandbox copy. Replacements never contain
 * a newline, so every directive stays on its line and nginx's `in file:line` maps straight back.
 */

/** Statements with argument offsets; tolerant of errors (the parser reports those). */
function scanStatements(text) {
    const lexer = new nginx_lexer/* Lexer */.J(text);
    const out = [];
    const context = [];
    /* The statements whose block is open, innermost last (undefined for a stray `{`), to set their end. */
    const open = [];
    let current;
    for (let tok = lexer.next(); tok !== nginx_lexer/* Tok */.x.Eof; tok = lexer.next()) {
        if (tok === nginx_lexer/* Tok */.x.Word) {
            if (current)
                current.args.push({ value: lexer.value, start: lexer.start, end: lexer.end });
            else
                current = { name: lexer.value, args: [], context: [...context], start: lexer.start, end: text.length };
            if (current.args.length === 0 && !lexer.quoted && lexer.value.endsWith('_by_lua_block')) {
                if (current.name === 'set_by_lua_block' && lexer.next() === nginx_lexer/* Tok */.x.Word)
                    current.args.push({ value: lexer.value, start: lexer.start, end: lexer.end });
                const brace = text.indexOf('{', lexer.end);
                const body = lexer.luaBlock();
                // Kept as a statement (with no args) so the inert rewrite can blank the whole block.
                current.end = body === undefined || brace < 0 ? text.length : brace + body.length + 2;
                out.push(current);
                current = undefined;
            }
        }
        else if (tok === nginx_lexer/* Tok */.x.Semicolon) {
            if (current) {
                current.end = lexer.end;
                out.push(current);
            }
            current = undefined;
        }
        else if (tok === nginx_lexer/* Tok */.x.OpenBrace) {
            if (current) {
                current.blockStart = lexer.end;
                out.push(current);
            }
            open.push(current);
            context.push(current?.name ?? '');
            current = undefined;
        }
        else if (tok === nginx_lexer/* Tok */.x.CloseBrace) {
            current = undefined;
            context.pop();
            const closed = open.pop();
            if (closed)
                closed.end = lexer.end;
        }
    }
    return out;
}
/** A token nginx reads back as `value`: quoted when it holds anything the lexer would split on. */
function asToken(value) {
    return /^[^\s;{}"'\\#$]+$/.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
}
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    const parts = [];
    let from = 0;
    for (const edit of sorted) {
        if (edit.start < from)
            continue; // overlapping edit: keep the first
        const replacement = edit.blank ? text.slice(edit.start, edit.end).replace(/[^\r\n]/g, ' ') : edit.keepLines ? edit.text : edit.text.replace(/[\r\n]/g, ' ');
        parts.push(text.slice(from, edit.start), replacement);
        from = edit.end;
    }
    parts.push(text.slice(from));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/gateway/nginx-directives.ts
/**
 * What each nginx directive does at `nginx -t` time, as data (SECURITY.md "inert"). A directive passes the
 * sandbox rewrite unchanged only if it is listed here as inert; code loaders are removed, file arguments
 * are pointed into the sandbox, and anything unlisted (a third-party module) is removed with a notice.
 * The stock names were taken from the real binary: every candidate string in Debian 12's nginx 1.22 was
 * tried as a directive and kept when nginx did not answer `unknown directive` (see test/gateway).
 */
/** Directives that load or run code while nginx reads its config (IngressNightmare's `ssl_engine`, `load_module`). */
const NGINX_CODE_LOADING = [
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
const NGINX_CODE_LOADING_PATTERNS = [/_by_lua/, /^lua_/, /^js_/, /^perl_/];
const write = { role: 'write', arg: 0 };
const cert = { role: 'cert', arg: 0 };
const key = { role: 'key', arg: 0 };
const read = { role: 'read', arg: 0 };
const NGINX_FILE_ARGUMENTS = {
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
 * Files nginx only opens while serving requests. `nginx -t` never reads them, but a served gateway (kb reproduce,
 * the lab) would: `root /;` would serve the runner's files, so in serve mode they point into the sandbox.
 */
const NGINX_SERVE_FILE_ARGUMENTS = {
    root: { role: 'www', arg: 0 },
    alias: { role: 'www', arg: 0 },
    auth_basic_user_file: read,
    client_body_temp_path: write,
};
/**
 * OpenSSL `SSL_CONF` commands that read a file: `ssl_conf_command Certificate /etc/…` would open it during
 * `nginx -t`, so such a line is removed; the other commands only set protocol options.
 */
const OPENSSL_FILE_COMMANDS = [
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
const NGINX_INERT = [
    // Known to Debian 12's nginx 1.22 (measured: not `unknown directive`).
    'absolute_redirect', 'accept_mutex', 'accept_mutex_delay', 'add_after_body', 'add_before_body',
    'add_header', 'add_trailer', 'addition_types', 'aio', 'aio_write', 'alias', 'allow', 'ancient_browser',
    'ancient_browser_value', 'auth_basic', 'auth_basic_user_file', 'auth_delay', 'auth_request',
    'auth_request_set', 'autoindex', 'autoindex_exact_size', 'autoindex_format', 'autoindex_localtime',
    'break', 'charset', 'charset_map', 'charset_types', 'chunked_transfer_encoding', 'client_body_buffer_size',
    'client_body_in_file_only', 'client_body_in_single_buffer', 'client_body_timeout',
    'client_header_buffer_size', 'client_header_timeout', 'client_max_body_size', 'connection_pool_size',
    'create_full_put_path', 'daemon', 'dav_access', 'dav_methods', 'debug_connection', 'debug_points',
    'default_type', 'deny', 'directio', 'directio_alignment', 'disable_symlinks', 'empty_gif', 'env',
    'epoll_events', 'error_page', 'etag', 'events', 'expires', 'fastcgi_bind', 'fastcgi_buffer_size',
    'fastcgi_buffering', 'fastcgi_buffers', 'fastcgi_busy_buffers_size', 'fastcgi_cache',
    'fastcgi_cache_background_update', 'fastcgi_cache_bypass', 'fastcgi_cache_key', 'fastcgi_cache_lock',
    'fastcgi_cache_lock_age', 'fastcgi_cache_lock_timeout', 'fastcgi_cache_max_range_offset',
    'fastcgi_cache_methods', 'fastcgi_cache_min_uses', 'fastcgi_cache_revalidate', 'fastcgi_cache_use_stale',
    'fastcgi_cache_valid', 'fastcgi_catch_stderr', 'fastcgi_connect_timeout', 'fastcgi_force_ranges',
    'fastcgi_hide_header', 'fastcgi_ignore_client_abort', 'fastcgi_ignore_headers', 'fastcgi_index',
    'fastcgi_intercept_errors', 'fastcgi_keep_conn', 'fastcgi_limit_rate', 'fastcgi_max_temp_file_size',
    'fastcgi_next_upstream', 'fastcgi_next_upstream_timeout', 'fastcgi_next_upstream_tries',
    'fastcgi_no_cache', 'fastcgi_param', 'fastcgi_pass', 'fastcgi_pass_header', 'fastcgi_pass_request_body',
    'fastcgi_pass_request_headers', 'fastcgi_read_timeout', 'fastcgi_request_buffering', 'fastcgi_send_lowat',
    'fastcgi_send_timeout', 'fastcgi_socket_keepalive', 'fastcgi_split_path_info', 'fastcgi_store',
    'fastcgi_store_access', 'fastcgi_temp_file_write_size', 'flv', 'geo', 'grpc_bind', 'grpc_buffer_size',
    'grpc_connect_timeout', 'grpc_hide_header', 'grpc_ignore_headers', 'grpc_intercept_errors',
    'grpc_next_upstream', 'grpc_next_upstream_timeout', 'grpc_next_upstream_tries', 'grpc_pass',
    'grpc_pass_header', 'grpc_read_timeout', 'grpc_send_timeout', 'grpc_set_header', 'grpc_socket_keepalive',
    'grpc_ssl_ciphers', 'grpc_ssl_conf_command', 'grpc_ssl_name', 'grpc_ssl_protocols', 'grpc_ssl_server_name',
    'grpc_ssl_session_reuse', 'grpc_ssl_verify', 'grpc_ssl_verify_depth', 'gunzip', 'gunzip_buffers', 'gzip',
    'gzip_buffers', 'gzip_comp_level', 'gzip_disable', 'gzip_hash', 'gzip_http_version', 'gzip_min_length',
    'gzip_no_buffer', 'gzip_proxied', 'gzip_static', 'gzip_types', 'gzip_vary', 'gzip_window', 'hash', 'http',
    'http2_body_preread_size', 'http2_chunk_size', 'http2_idle_timeout', 'http2_max_concurrent_pushes',
    'http2_max_concurrent_streams', 'http2_max_field_size', 'http2_max_header_size', 'http2_max_requests',
    'http2_pool_size', 'http2_push', 'http2_push_preload', 'http2_recv_buffer_size', 'http2_recv_timeout',
    'http2_streams_index_size', 'if', 'if_modified_since', 'ignore_invalid_headers', 'index', 'internal',
    'ip_hash', 'keepalive', 'keepalive_disable', 'keepalive_requests', 'keepalive_time', 'keepalive_timeout',
    'large_client_header_buffers', 'least_conn', 'limit_conn', 'limit_conn_dry_run', 'limit_conn_log_level',
    'limit_conn_status', 'limit_conn_zone', 'limit_except', 'limit_rate', 'limit_rate_after', 'limit_req',
    'limit_req_dry_run', 'limit_req_log_level', 'limit_req_status', 'limit_req_zone', 'lingering_close',
    'lingering_time', 'lingering_timeout', 'location', 'log_format', 'log_not_found', 'log_subrequest', 'map',
    'map_hash_bucket_size', 'map_hash_max_size', 'master_process', 'max_headers', 'max_ranges',
    'memcached_bind', 'memcached_buffer_size', 'memcached_connect_timeout', 'memcached_gzip_flag',
    'memcached_next_upstream', 'memcached_next_upstream_timeout', 'memcached_next_upstream_tries',
    'memcached_pass', 'memcached_read_timeout', 'memcached_send_timeout', 'memcached_socket_keepalive',
    'merge_slashes', 'min_delete_depth', 'mirror', 'mirror_request_body', 'modern_browser',
    'modern_browser_value', 'mp4', 'mp4_buffer_size', 'mp4_max_buffer_size', 'mp4_start_key_frame',
    'msie_padding', 'msie_refresh', 'multi_accept', 'open_file_cache', 'open_file_cache_errors',
    'open_file_cache_events', 'open_file_cache_min_uses', 'open_file_cache_valid', 'open_log_file_cache',
    'output_buffers', 'override_charset', 'pcre_jit', 'port_in_redirect', 'post_action', 'postpone_gzipping',
    'postpone_output', 'proxy_bind', 'proxy_buffer_size', 'proxy_buffering', 'proxy_buffers',
    'proxy_busy_buffers_size', 'proxy_cache', 'proxy_cache_background_update', 'proxy_cache_bypass',
    'proxy_cache_convert_head', 'proxy_cache_key', 'proxy_cache_lock', 'proxy_cache_lock_age',
    'proxy_cache_lock_timeout', 'proxy_cache_max_range_offset', 'proxy_cache_methods', 'proxy_cache_min_uses',
    'proxy_cache_revalidate', 'proxy_cache_use_stale', 'proxy_cache_valid', 'proxy_connect_timeout',
    'proxy_cookie_domain', 'proxy_cookie_flags', 'proxy_cookie_path', 'proxy_force_ranges',
    'proxy_headers_hash_bucket_size', 'proxy_headers_hash_max_size', 'proxy_hide_header', 'proxy_http_version',
    'proxy_ignore_client_abort', 'proxy_ignore_headers', 'proxy_intercept_errors', 'proxy_limit_rate',
    'proxy_max_temp_file_size', 'proxy_method', 'proxy_next_upstream', 'proxy_next_upstream_timeout',
    'proxy_next_upstream_tries', 'proxy_no_cache', 'proxy_pass', 'proxy_pass_header',
    'proxy_pass_request_body', 'proxy_pass_request_headers', 'proxy_read_timeout', 'proxy_redirect',
    'proxy_request_buffering', 'proxy_send_lowat', 'proxy_send_timeout', 'proxy_set_body', 'proxy_set_header',
    'proxy_socket_keepalive', 'proxy_ssl_ciphers', 'proxy_ssl_conf_command', 'proxy_ssl_name',
    'proxy_ssl_protocols', 'proxy_ssl_server_name', 'proxy_ssl_session_reuse', 'proxy_ssl_verify',
    'proxy_ssl_verify_depth', 'proxy_store', 'proxy_store_access', 'proxy_temp_file_write_size', 'random',
    'random_index', 'read_ahead', 'real_ip_header', 'real_ip_recursive', 'recursive_error_pages',
    'referer_hash_bucket_size', 'referer_hash_max_size', 'request_pool_size', 'reset_timedout_connection',
    'resolver', 'resolver_timeout', 'return', 'rewrite', 'rewrite_log', 'root', 'satisfy', 'scgi_bind',
    'scgi_buffer_size', 'scgi_buffering', 'scgi_buffers', 'scgi_busy_buffers_size', 'scgi_cache',
    'scgi_cache_background_update', 'scgi_cache_bypass', 'scgi_cache_key', 'scgi_cache_lock',
    'scgi_cache_lock_age', 'scgi_cache_lock_timeout', 'scgi_cache_max_range_offset', 'scgi_cache_methods',
    'scgi_cache_min_uses', 'scgi_cache_revalidate', 'scgi_cache_use_stale', 'scgi_cache_valid',
    'scgi_connect_timeout', 'scgi_force_ranges', 'scgi_hide_header', 'scgi_ignore_client_abort',
    'scgi_ignore_headers', 'scgi_intercept_errors', 'scgi_limit_rate', 'scgi_max_temp_file_size',
    'scgi_next_upstream', 'scgi_next_upstream_timeout', 'scgi_next_upstream_tries', 'scgi_no_cache',
    'scgi_param', 'scgi_pass', 'scgi_pass_header', 'scgi_pass_request_body', 'scgi_pass_request_headers',
    'scgi_read_timeout', 'scgi_request_buffering', 'scgi_send_timeout', 'scgi_socket_keepalive', 'scgi_store',
    'scgi_store_access', 'scgi_temp_file_write_size', 'secure_link', 'secure_link_md5', 'secure_link_secret',
    'send_lowat', 'send_timeout', 'sendfile', 'sendfile_max_chunk', 'server', 'server_name',
    'server_name_in_redirect', 'server_names_hash_bucket_size', 'server_names_hash_max_size', 'server_tokens',
    'set', 'set_real_ip_from', 'slice', 'source_charset', 'split_clients', 'ssi',
    'ssi_ignore_recycled_buffers', 'ssi_last_modified', 'ssi_min_file_chunk', 'ssi_silent_errors', 'ssi_types',
    'ssi_value_length', 'ssl', 'ssl_buffer_size', 'ssl_ciphers', 'ssl_conf_command', 'ssl_early_data',
    'ssl_ecdh_curve', 'ssl_ocsp', 'ssl_ocsp_cache', 'ssl_ocsp_responder', 'ssl_prefer_server_ciphers',
    'ssl_protocols', 'ssl_reject_handshake', 'ssl_session_cache', 'ssl_session_tickets', 'ssl_session_timeout',
    'ssl_stapling', 'ssl_stapling_responder', 'ssl_stapling_verify', 'ssl_verify_client', 'ssl_verify_depth',
    'stub_status', 'sub_filter', 'sub_filter_last_modified', 'sub_filter_once', 'sub_filter_types',
    'subrequest_output_buffer_size', 'tcp_nodelay', 'tcp_nopush', 'thread_pool', 'timer_resolution',
    'try_files', 'types', 'types_hash_bucket_size', 'types_hash_max_size', 'underscores_in_headers',
    'uninitialized_variable_warn', 'upstream', 'use', 'user', 'userid', 'userid_domain', 'userid_expires',
    'userid_flags', 'userid_mark', 'userid_name', 'userid_p3p', 'userid_path', 'userid_service', 'uwsgi_bind',
    'uwsgi_buffer_size', 'uwsgi_buffering', 'uwsgi_buffers', 'uwsgi_busy_buffers_size', 'uwsgi_cache',
    'uwsgi_cache_background_update', 'uwsgi_cache_bypass', 'uwsgi_cache_key', 'uwsgi_cache_lock',
    'uwsgi_cache_lock_age', 'uwsgi_cache_lock_timeout', 'uwsgi_cache_max_range_offset', 'uwsgi_cache_methods',
    'uwsgi_cache_min_uses', 'uwsgi_cache_revalidate', 'uwsgi_cache_use_stale', 'uwsgi_cache_valid',
    'uwsgi_connect_timeout', 'uwsgi_force_ranges', 'uwsgi_hide_header', 'uwsgi_ignore_client_abort',
    'uwsgi_ignore_headers', 'uwsgi_intercept_errors', 'uwsgi_limit_rate', 'uwsgi_max_temp_file_size',
    'uwsgi_modifier1', 'uwsgi_modifier2', 'uwsgi_next_upstream', 'uwsgi_next_upstream_timeout',
    'uwsgi_next_upstream_tries', 'uwsgi_no_cache', 'uwsgi_param', 'uwsgi_pass', 'uwsgi_pass_header',
    'uwsgi_pass_request_body', 'uwsgi_pass_request_headers', 'uwsgi_read_timeout', 'uwsgi_request_buffering',
    'uwsgi_send_timeout', 'uwsgi_socket_keepalive', 'uwsgi_ssl_ciphers', 'uwsgi_ssl_conf_command',
    'uwsgi_ssl_name', 'uwsgi_ssl_protocols', 'uwsgi_ssl_server_name', 'uwsgi_ssl_session_reuse',
    'uwsgi_ssl_verify', 'uwsgi_ssl_verify_depth', 'uwsgi_store', 'uwsgi_store_access', 'uwsgi_string',
    'uwsgi_temp_file_write_size', 'valid_referers', 'variables_hash_bucket_size', 'variables_hash_max_size',
    'worker_aio_requests', 'worker_connections', 'worker_cpu_affinity', 'worker_priority', 'worker_processes',
    'worker_rlimit_core', 'worker_rlimit_nofile', 'worker_shutdown_timeout', 'zone',
    // Not in that build: the stream and mail modules (dynamic in Debian), directives added up to 1.26 (Debian 13),
    // and the inert directives of Debian's other dynamic modules (image_filter, geoip, xslt).
    'auth_http', 'auth_http_header', 'auth_http_pass_client_cert', 'auth_http_timeout', 'geoip_proxy',
    'geoip_proxy_recursive', 'http2', 'http3', 'http3_hq', 'http3_max_concurrent_streams',
    'http3_stream_buffer_size', 'image_filter', 'image_filter_buffer', 'image_filter_interlace',
    'image_filter_jpeg_quality', 'image_filter_sharpen', 'image_filter_transparency',
    'image_filter_webp_quality', 'imap_auth', 'imap_capabilities', 'imap_client_buffer', 'mail', 'max_errors',
    'pass', 'pop3_auth', 'pop3_capabilities', 'preread_buffer_size', 'preread_timeout', 'protocol', 'proxy',
    'proxy_buffer', 'proxy_download_rate', 'proxy_half_close', 'proxy_pass_error_message',
    'proxy_protocol_timeout', 'proxy_requests', 'proxy_responses', 'proxy_session_drop', 'proxy_smtp_auth',
    'proxy_timeout', 'proxy_upload_rate', 'quic_active_connection_id_limit', 'quic_bpf', 'quic_gso',
    'quic_retry', 'smtp_auth', 'smtp_capabilities', 'smtp_client_buffer', 'smtp_greeting_delay', 'ssl_preread',
    'starttls', 'stream', 'timeout', 'xclient', 'xslt_last_modified', 'xslt_param', 'xslt_string_param',
    'xslt_types',
];

;// CONCATENATED MODULE: ./src/gateway/inert-nginx.ts
/**
 * The first wall for nginx (DESIGN §11, SECURITY.md): the sandbox copy is rewritten before nginx sees it.
 * Only directives known to be inert pass unchanged; code loaders and unknown directives are blanked (their
 * lines stay, as spaces, so nginx's `in file:line` still maps back); every file argument is moved into the
 * sandbox, replaced by a repository copy or a throwaway stand-in, or the directive is dropped.
 */



const INERT = new Set(NGINX_INERT);
const CODE = new Set(NGINX_CODE_LOADING);
function classifyNginxDirective(name) {
    if (name === 'include')
        return 'include';
    if (CODE.has(name) || NGINX_CODE_LOADING_PATTERNS.some((pattern) => pattern.test(name)))
        return 'code';
    if (Object.hasOwn(NGINX_FILE_ARGUMENTS, name))
        return 'file';
    return INERT.has(name) ? 'inert' : 'unknown';
}
/* Blocks whose statements are data (`text/html html;`, `default 0;`), not directives. */
const DATA_BLOCKS = new Set(['types', 'map', 'geo', 'split_clients', 'charset_map', 'match']);
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Values nginx resolves at request time or that name no file. */
const notAFile = (value) => value.includes('$') || value.startsWith('data:');
const LOG_SINKS = /^(?:off|stderr|syslog:|memory:)/;
/** The files a run may copy in from the repository (certificates, keys, other read files), in source order. */
function nginxFileArguments(statements, configDir, serve = false) {
    const out = [];
    for (const statement of statements) {
        const role = fileRole(statement.name, serve);
        const arg = role && statement.args[role.arg];
        if (!role || !arg || (role.role !== 'cert' && role.role !== 'key' && role.role !== 'read') || notAFile(arg.value))
            continue;
        out.push(arg.value.startsWith('engine:') ? { role: role.role } : { original: external_node_path_default().resolve(configDir, arg.value), role: role.role });
    }
    return out;
}
function fileRole(name, serve) {
    if (serve && Object.hasOwn(NGINX_SERVE_FILE_ARGUMENTS, name))
        return NGINX_SERVE_FILE_ARGUMENTS[name];
    return Object.hasOwn(NGINX_FILE_ARGUMENTS, name) ? NGINX_FILE_ARGUMENTS[name] : undefined;
}
function inertNginxEdits(text, statements, context) {
    const plan = { edits: [], removals: [], standIns: [] };
    let counter = 0;
    const fresh = (stem) => external_node_path_default().join(context.dir, `${stem}-${context.fileIndex}-${counter++}`);
    let removedUntil = -1;
    const remove = (statement, reason, value) => {
        removedUntil = Math.max(removedUntil, statement.end);
        // A removed `set_*` directive (set_by_lua_block, set_escape_uri …) keeps its variable defined, so the rest
        // of the config still tests as the server sees it (nginx -t: unknown "…" variable otherwise).
        const variable = statement.args[0]?.value;
        const parent = statement.context[statement.context.length - 1];
        if (statement.name.startsWith('set_') && variable !== undefined && /^\$\w+$/.test(variable) && parent !== undefined && parent !== 'http') {
            const blanked = text.slice(statement.start, statement.end).replace(/[^\r\n]/g, ' ');
            plan.edits.push({ start: statement.start, end: statement.end, text: `set ${variable} "";${blanked.slice(Math.min(blanked.length, variable.length + 8))}`, keepLines: true });
        }
        else
            plan.edits.push({ start: statement.start, end: statement.end, text: '', blank: true });
        plan.removals.push({ line: lineAt(text, statement.start), directive: statement.name, reason, ...(value !== undefined ? { value } : {}) });
    };
    for (const statement of statements) {
        if (statement.start < removedUntil)
            continue; // inside a block already blanked
        const parent = statement.context[statement.context.length - 1];
        if (parent !== undefined && DATA_BLOCKS.has(parent) && statement.name !== 'include')
            continue;
        const kind = serveKind(statement.name, context.serve === true) ?? classifyNginxDirective(statement.name);
        if (kind === 'code')
            remove(statement, 'code');
        else if (kind === 'unknown')
            remove(statement, 'unknown');
        else if (kind === 'file')
            fileEdit(statement, fileRole(statement.name, context.serve === true), context, plan, fresh, remove, text);
        else if (statement.name === 'ssl_conf_command' && OPENSSL_FILE_COMMANDS.includes(statement.args[0]?.value.toLowerCase() ?? ''))
            remove(statement, 'openssl-file');
    }
    return plan;
}
function serveKind(name, serve) {
    return serve && Object.hasOwn(NGINX_SERVE_FILE_ARGUMENTS, name) ? 'file' : undefined;
}
function fileEdit(statement, role, context, plan, fresh, remove, text) {
    const arg = statement.args[role.arg];
    if (!arg)
        return; // nginx reports the missing argument itself
    const replace = (value) => {
        plan.edits.push({ start: arg.start, end: arg.end, text: asToken(value) });
    };
    switch (role.role) {
        case 'write':
            if ((statement.name === 'error_log' || statement.name === 'access_log') && LOG_SINKS.test(arg.value))
                return;
            replace(statement.name.endsWith('_log') ? `${fresh('log')}.log` : fresh(statement.name));
            return;
        case 'socket':
            if (arg.value.startsWith('unix:'))
                replace(`unix:${fresh('socket')}`);
            return;
        case 'www':
            replace(external_node_path_default().join(context.dir, 'www'));
            return;
        case 'cert':
        case 'key': {
            if (arg.value.startsWith('engine:')) {
                // `ssl_certificate_key engine:NAME:ID` loads an OpenSSL engine (a shared object) while nginx reads the config.
                if (!context.pair)
                    return remove(statement, 'engine-key');
                replace(context.pair.key);
                plan.removals.push({ line: lineAt(text, statement.start), directive: statement.name, reason: 'engine-key' });
                return;
            }
            if (notAFile(arg.value))
                return;
            const copy = context.copies.get(external_node_path_default().resolve(context.configDir, arg.value));
            if (copy)
                return replace(copy);
            if (!context.pair)
                return remove(statement, 'file-outside', arg.value);
            replace(role.role === 'key' ? context.pair.key : context.pair.cert);
            plan.standIns.push({ line: lineAt(text, arg.start), directive: statement.name, original: arg.value });
            return;
        }
        case 'read': {
            if (notAFile(arg.value))
                return;
            const copy = context.copies.get(external_node_path_default().resolve(context.configDir, arg.value));
            if (copy)
                return replace(copy);
            remove(statement, 'file-outside', arg.value);
        }
    }
}
/** One factual sentence per removed directive (the nginx -t runner turns these into located notices). */
function describeRemoval(removal) {
    const name = `"${removal.directive}"`;
    switch (removal.reason) {
        case 'code':
            return `nginx -t ran without ${name} on this line: it loads or runs code, which gatewatch never does for repository content; nothing else was changed`;
        case 'unknown':
            return `nginx -t ran without ${name} on this line: it is a third-party directive (not stock nginx), and only directives known to be inert are passed to nginx -t; the server needs its module`;
        case 'file-outside':
            return `nginx -t ran without ${name} on this line: it reads "${removal.value}", which is not a regular file inside the repository; commit the file to have it checked`;
        case 'openssl-file':
            return `nginx -t ran without ${name} on this line: this OpenSSL command reads a file, and nginx -t only reads files copied into its sandbox`;
        case 'engine-key':
            return `nginx -t ran ${name} on this line with a throwaway key: an "engine:" key loads an OpenSSL engine, which is code`;
    }
}

// EXTERNAL MODULE: ./src/gateway/isolate.ts
var isolate = __webpack_require__(2647);
// EXTERNAL MODULE: ./src/nginx/address.ts
var nginx_address = __webpack_require__(2576);
;// CONCATENATED MODULE: ./src/gateway/nginx-sandbox.ts
/**
 * The throwaway copy `nginx -t` runs on. Every file of a parsed config is copied flat into one temp dir with
 * includes pointed at the copies, made inert before the first run (inert-nginx.ts: code loaders and unknown
 * directives blanked, logs, pid, temp and cache paths, sockets and certificates moved into the sandbox),
 * upstream host names replaced by TEST-NET addresses (192.0.2.x, RFC 5737) unless `nginx.resolve` is on,
 * and — only after nginx complained — listen addresses and `user` moved out of the runner's way.
 * Every edit stays on its line.
 */






function gapsOf(sandbox) {
    sandbox.gaps ??= { thirdParty: false, loadModule: false, files: new Set(), sslStandIn: false, variables: new Set() };
    return sandbox.gaps;
}
/** A statement left out of the copy on its lines; a `set_*` module directive keeps its variable defined. */
function gapEdit(sandbox, source, statement) {
    const gaps = sandbox.gaps;
    if (!gaps)
        return undefined;
    const base = external_node_path_default().dirname(sandbox.sources[0].original);
    const drop = (gaps.thirdParty && isThirdPartyDirective(statement.name)) ||
        (gaps.loadModule && statement.name === 'load_module') ||
        (gaps.files.size > 0 && statement.name !== 'include' && statement.args.some((arg) => gaps.files.has(arg.value) || gaps.files.has(external_node_path_default().resolve(base, arg.value))));
    if (!drop)
        return undefined;
    const original = source.text.slice(statement.start, statement.end);
    const variable = statement.args[0]?.value;
    const inBlock = statement.context.length > 0 && statement.context[statement.context.length - 1] !== 'http';
    const keep = statement.name.startsWith('set_') && variable?.startsWith('$') && inBlock ? `set ${variable} "";` : '';
    return { start: statement.start, end: statement.end, text: `${keep} ${original.replace(/[^\n]/g, ' ')}`, keepLines: true };
}
function standInContent(sandbox, standIn) {
    const where = standIn.context?.[standIn.context.length - 1];
    if (!sandbox.gaps?.sslStandIn || !sandbox.dummyCert || (where !== 'server' && where !== 'http'))
        return '';
    return `ssl_certificate ${asToken(sandbox.dummyCert.cert)};\nssl_certificate_key ${asToken(sandbox.dummyCert.key)};\n`;
}
function variableMaps(sandbox) {
    return [...(sandbox.gaps?.variables ?? [])].map((name) => `map $host $${name} { default ""; }`).join(' ');
}
const PASS_DIRECTIVES = new Set(['grpc_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'memcached_pass']);
const TEMP_PATHS = ['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'];
/* Top-level directives that only a main config has; anything else is a snippet wrapped for `nginx -t`. */
const nginx_sandbox_MAIN_ONLY = new Set(['http', 'events', 'stream', 'mail', 'user', 'pid', 'worker_processes', 'load_module']);
/** Top-level directive names with includes followed, as nginx would see the main context. */
function nginx_sandbox_topLevelNames(payload, index = 0, seen = new Set()) {
    const names = new Set();
    seen.add(index);
    for (const statement of payload.config[index]?.parsed ?? []) {
        if (statement.directive !== 'include')
            names.add(statement.directive);
        for (const target of statement.includes ?? []) {
            if (!seen.has(target))
                for (const name of nginx_sandbox_topLevelNames(payload, target, seen))
                    names.add(name);
        }
    }
    return names;
}
function includeStatements(list, out = []) {
    for (const statement of list) {
        if (statement.directive === 'include')
            out.push(statement);
        if (statement.block)
            includeStatements(statement.block, out);
    }
    return out;
}
function createSandbox(dir, payload, texts, absolute, settings) {
    const sources = payload.config.map((config, index) => {
        const text = texts[index] ?? '';
        return {
            original: absolute[index],
            copy: external_node_path_default().join(dir, `${index}-${external_node_path_default().basename(config.file)}`),
            text,
            statements: scanStatements(text),
            includeTargets: includeStatements(config.parsed).map((statement) => statement.includes ?? []),
        };
    });
    const top = nginx_sandbox_topLevelNames(payload);
    const isMain = settings.context ? settings.context === 'main' : top.size === 0 || [...top].some((name) => nginx_sandbox_MAIN_ONLY.has(name));
    const sandbox = {
        dir,
        sources,
        main: sources[0].copy,
        // Logs, temp dirs and the pid file always live in the sandbox now (inert rewrite), not only after a failure.
        fixes: new Set(['log', 'temp', 'pid']),
        stubs: new Map(),
        hosts: settings.hosts,
        resolve: settings.resolve,
        // Free-port guesses for the listen fix: spread by the random temp-dir suffix so parallel runs rarely collide.
        listenBase: 20000 + (Number.parseInt(external_node_path_default().basename(dir).replace(/\W/g, '').slice(-4), 36) % 20000 || 0),
        setsPid: sources[0].statements.some((statement) => statement.name === 'pid' && statement.context.length === 0),
        repoRoot: settings.repoRoot,
        standIns: [],
        copies: new Map(),
        certFiles: new Set(),
        removals: [],
        certStandIns: [],
        missingDir: external_node_path_default().join(dir, 'missing'),
    };
    if (!isMain) {
        // A snippet (e.g. a sites-enabled file) is checked inside the context it is normally included in.
        const serverLevel = !top.has('server') && !top.has('upstream') && !top.has('map');
        const inner = `include ${asToken(sources[0].copy)};`;
        sandbox.wrapper = external_node_path_default().join(dir, 'gatewatch-wrapper.conf');
        sandbox.main = sandbox.wrapper;
        // precision: the checker passes the context the file's content implies (entry-points.ts), location included.
        const context = settings.context ?? (serverLevel ? 'server' : 'http');
        sandbox.wrapperText =
            context === 'location'
                ? `events {}\nhttp {\nserver {\nlisten 127.0.0.1:${sandbox.listenBase};\nlocation / {\n${inner}\n}\n}\n}\n`
                : context === 'server'
                    ? `events {}\nhttp {\nserver {\nlisten 127.0.0.1:${sandbox.listenBase};\n${inner}\n}\n}\n`
                    : `events {}\nhttp {\n${inner}\n}\n`;
    }
    return sandbox;
}
/** The next TEST-NET-1 address for a name (stable per name within one sandbox). */
function stubFor(sandbox, name, file, line) {
    const pinned = sandbox.hosts[name];
    if (pinned !== undefined)
        return pinned;
    const known = sandbox.stubs.get(name);
    if (known)
        return known.ip;
    const ip = `192.0.2.${(sandbox.stubs.size % 254) + 1}`;
    sandbox.stubs.set(name, { name, ip, file, line });
    return ip;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/* `localhost` comes from /etc/hosts and never leaves the machine, so nginx may resolve it as in production. */
const needsStub = (host, upstreamNames) => host !== '' && !host.includes('$') && host !== '*' && host.toLowerCase() !== 'localhost' && !(0,nginx_address/* isIpLiteral */.tP)(host) && !upstreamNames.has(host.toLowerCase()) && !/^\d+$/.test(host);
function hostPortEdit(arg, host, replacement) {
    // Replace the host inside the token's value and re-quote the whole token.
    const at = arg.value.indexOf(host);
    return { start: arg.start, end: arg.end, text: asToken(arg.value.slice(0, at) + replacement + arg.value.slice(at + host.length)) };
}
/** Edits for one file: includes, DNS stubs and pid always; environment fixes once switched on. */
function editsFor(sandbox, index, upstreamNames) {
    const source = sandbox.sources[index];
    const edits = [];
    const dir = sandbox.dir;
    let includeIndex = 0;
    const stub = (arg, host, listen = false) => {
        if (sandbox.resolve && !listen)
            return;
        const replacement = listen ? '127.0.0.1' : stubFor(sandbox, host, index, lineOf(source.text, arg.start));
        edits.push(hostPortEdit(arg, host, replacement.includes(':') ? `[${replacement}]` : replacement));
    };
    for (const statement of source.statements) {
        const gap = gapEdit(sandbox, source, statement);
        if (gap) {
            edits.push(gap);
            continue;
        }
        const first = statement.args[0];
        const parent = statement.context[statement.context.length - 1];
        if (statement.name === 'include' && first) {
            const targets = source.includeTargets[includeIndex++] ?? [];
            const copies = targets.map((target) => asToken(sandbox.sources[target].copy));
            const original = external_node_path_default().resolve(external_node_path_default().dirname(sandbox.sources[0].original), first.value);
            let text;
            if (copies.length > 0)
                text = copies.join('; include ');
            else if (/[*?[]/.test(first.value))
                text = asToken(external_node_path_default().join(dir, 'no-match', '*.conf'));
            else if (external_node_path_default().relative(sandbox.repoRoot, original).startsWith('..') || external_node_path_default().isAbsolute(external_node_path_default().relative(sandbox.repoRoot, original))) {
                // Files outside the repository (/etc/nginx/mime.types, `../x`) are never opened: test the rest with an empty stand-in.
                const copy = external_node_path_default().join(dir, `stand-in-${sandbox.standIns.length}.conf`);
                sandbox.standIns.push({ original, copy, file: index, line: lineOf(source.text, first.start), context: statement.context });
                text = asToken(copy);
            }
            else {
                // Missing (or refused) inside the repository: nginx reports the open() failure at this line, on a path that
                // cannot lead outside the sandbox (a symlink in the repository is never followed by nginx either).
                text = asToken(external_node_path_default().join(sandbox.missingDir, external_node_path_default().relative(sandbox.repoRoot, original)));
            }
            edits.push({ start: first.start, end: first.end, text });
            continue;
        }
        if (!first)
            continue;
        if (statement.name === 'proxy_pass' || PASS_DIRECTIVES.has(statement.name)) {
            const url = (0,nginx_address/* parseProxyUrl */.Pr)(first.value);
            const host = url ? url.host : first.value.startsWith('unix:') ? '' : (0,nginx_address/* parseServerAddress */.RA)(first.value).host;
            if (needsStub(host, upstreamNames))
                stub(first, host);
        }
        else if (statement.name === 'server' && parent === 'upstream') {
            const host = (0,nginx_address/* parseServerAddress */.RA)(first.value).host;
            if (needsStub(host, upstreamNames))
                stub(first, host);
        }
        else if (statement.name === 'resolver') {
            for (const arg of statement.args)
                if (!arg.value.includes('=') && needsStub((0,nginx_address/* parseServerAddress */.RA)(arg.value).host, upstreamNames))
                    stub(arg, (0,nginx_address/* parseServerAddress */.RA)(arg.value).host);
        }
        else if (statement.name === 'listen') {
            const address = (0,nginx_address/* parseServerAddress */.RA)(first.value);
            if (sandbox.fixes.has('listen') && !first.value.startsWith('unix:')) {
                const port = sandbox.listenBase + ((address.port ?? (/^\d+$/.test(address.host) ? Number(address.host) : 80)) % 1000);
                edits.push({ start: first.start, end: first.end, text: address.host.includes(':') ? `[::1]:${port}` : `127.0.0.1:${port}` });
            }
            else if (address.port !== undefined && needsStub(address.host, new Set()))
                stub(first, address.host, true);
        }
        else if (sandbox.fixes.has('user') && statement.name === 'user' && statement.context.length === 0) {
            edits.push({ start: first.start, end: statement.args[statement.args.length - 1].end, text: 'root' });
        }
    }
    (0,collections/* pushAll */.i)(edits, httpInsertions(sandbox, source));
    // Inert edits first: where one blanks a statement, edits inside it are dropped by applyEdits.
    return [...inertFor(sandbox, index), ...edits];
}
function inertFor(sandbox, index) {
    const source = sandbox.sources[index];
    const certReplaced = sandbox.fixes.has('cert');
    const copies = certReplaced ? new Map([...sandbox.copies].filter(([original]) => !sandbox.certFiles.has(original))) : sandbox.copies;
    const plan = inertNginxEdits(source.text, source.statements, {
        dir: sandbox.dir,
        configDir: external_node_path_default().dirname(sandbox.sources[0].original),
        copies,
        ...(sandbox.dummyCert ? { pair: sandbox.dummyCert } : {}),
        fileIndex: index,
    });
    for (const removal of plan.removals)
        sandbox.removals.push({ ...removal, file: index });
    for (const standIn of plan.standIns)
        sandbox.certStandIns.push({ ...standIn, file: index });
    return plan.edits;
}
/** Compiled-in defaults (Debian: /var/log/nginx, /var/lib/nginx) have no directive to rewrite: add one after `http {`. */
function httpInsertions(sandbox, source) {
    const http = source.statements.find((statement) => statement.name === 'http' && statement.context.length === 0 && statement.blockStart !== undefined);
    if (!http)
        return [];
    const atHttp = new Set(source.statements.filter((statement) => statement.context.length === 1 && statement.context[0] === 'http').map((statement) => statement.name));
    const added = [];
    if (sandbox.gaps && sandbox.gaps.variables.size > 0)
        added.push(variableMaps(sandbox));
    if (sandbox.fixes.has('log') && !atHttp.has('access_log'))
        added.push(`access_log ${asToken(external_node_path_default().join(sandbox.dir, 'access.log'))};`);
    if (sandbox.fixes.has('temp')) {
        for (const name of TEMP_PATHS)
            if (!atHttp.has(name))
                added.push(`${name} ${asToken(external_node_path_default().join(sandbox.dir, name))};`);
    }
    return added.length === 0 ? [] : [{ start: http.blockStart, end: http.blockStart, text: ` ${added.join(' ')}` }];
}
/**
 * The wrapper around a snippet is the http block nginx -t sees: its default access log and temp paths
 * (compiled in, under /var) must point into the sandbox too, or the unprivileged test fails on them.
 * access_log may repeat; a temp path the snippet sets itself is left to the snippet (no duplicate).
 */
function wrapperPaths(sandbox) {
    const named = new Set(sandbox.sources.flatMap((source) => source.statements.map((statement) => statement.name)));
    const lines = [`access_log ${asToken(external_node_path_default().join(sandbox.dir, 'access.log'))};`];
    for (const name of TEMP_PATHS)
        if (!named.has(name))
            lines.push(`${name} ${asToken(external_node_path_default().join(sandbox.dir, name))};`);
    return lines.join(' ');
}
/** The files to write for the next `nginx -t` run. */
function renderSandbox(sandbox, upstreamNames) {
    sandbox.stubs.clear();
    sandbox.standIns = [];
    sandbox.removals = [];
    sandbox.certStandIns = [];
    const files = sandbox.sources.map((source, index) => ({ path: source.copy, text: applyEdits(source.text, editsFor(sandbox, index, upstreamNames)) }));
    if (sandbox.wrapper && sandbox.wrapperText)
        files.push({ path: sandbox.wrapper, text: sandbox.wrapperText.replace('http {\n', `http {\n${variableMaps(sandbox)}\n${wrapperPaths(sandbox)}\n`) });
    for (const standIn of sandbox.standIns)
        files.push({ path: standIn.copy, text: standInContent(sandbox, standIn) });
    return files;
}

// EXTERNAL MODULE: ./src/nginx/payload.ts
var payload = __webpack_require__(5906);
// EXTERNAL MODULE: ./src/nginx/stand-ins.ts
var stand_ins = __webpack_require__(3181);
// EXTERNAL MODULE: ./src/nginx/rules/test.ts
var test = __webpack_require__(6746);
// EXTERNAL MODULE: ./src/repo-file.ts
var repo_file = __webpack_require__(8894);
;// CONCATENATED MODULE: ./src/nginx/nginx-test.ts
/**
 * Runs the real `nginx -t` on a sandbox copy (docs/design.md §5): throwaway prefix, absolute `-c`, `-e stderr`,
 * `-g "pid …;"` unless the config sets pid. nginx stops at the first [emerg], so an environment problem
 * (permissions, ports, certs, `user`) is fixed in the copy and the test re-run; the config's own errors
 * come back as `nginx/test` findings at the original file:line.
 */













/** One re-run per environment problem nginx can report, a few runtime gaps, plus the first run. */
const MAX_RUNS = 12;
const GAPS = new Set(['module', 'server-file', 'ssl-missing', 'variable']);
const ADVICE = {
    log: 'log paths were moved into the sandbox',
    temp: 'temp paths were moved into the sandbox (cache directories too: the server must have them)',
    listen: 'listen addresses were moved to free loopback ports',
    cert: 'certificates were replaced by a throwaway self-signed pair',
    user: 'the "user" directive was pointed at root',
    pid: 'the pid file was moved into the sandbox',
};
function isFixable(problem) {
    return Object.hasOwn(ADVICE, problem);
}
function nginx_test_finding(severity, message, location, nginxLog) {
    return {
        ruleId: test/* NGINX_TEST_RULE */.N.id,
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
async function probeBinary(settings, deps) {
    const result = await deps.exec(settings.binary, ['-v'], { timeoutMs: 10_000 });
    if (result.spawnError === undefined && result.code === 0) {
        const version = /nginx\/\d+(?:\.\d+)*/.exec(`${result.stderr}\n${result.stdout}`)?.[0];
        return version ? { version } : {};
    }
    const why = result.spawnError ?? `exit ${result.code}`;
    const missing = settings.mode === 'always'
        ? nginx_test_finding('error', `nginx binary "${settings.binary}" could not run (${why}) and nginx.test is "always"; install nginx or set nginx.test to "auto"`)
        : nginx_test_finding('notice', `nginx -t skipped: nginx binary "${settings.binary}" not found (${why}); install nginx to have the config checked by nginx itself`);
    return { missing };
}
async function runNginxTests(targets, settings, deps) {
    if (settings.mode === 'never' || targets.length === 0)
        return [];
    const { missing, version } = await probeBinary(settings, deps);
    if (missing)
        return [missing];
    const findings = [];
    const isolation = [];
    for (const target of targets)
        (0,collections/* pushAll */.i)(findings, await testOne(target, settings, deps, version, isolation));
    // One notice for the run, not one per file, when this machine could not put every wall up.
    const gap = (0,isolate/* isolationNotice */.Xc)(isolation);
    if (gap)
        findings.push(nginx_test_finding('notice', gap.replace('The gateway binary ran', 'nginx -t ran')));
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
async function testOne(target, settings, deps, version, isolation) {
    if (target.payload.errors.some((error) => REFUSED.test(error.error)))
        return [];
    // A main file that could not be read at all (a directory, EACCES) has only line-less errors; its empty copy would make nginx say `no "events" section`.
    if (target.payload.config[0]?.errors.some((error) => error.line === null))
        return [];
    const absolute = target.payload.config.map((config) => external_node_path_default().resolve(deps.cwd, config.file));
    const texts = [];
    for (const [index, file] of absolute.entries()) {
        // A shipped file missing from the repo (mime.types …) is tested with gatewatch's stand-in, never read.
        const shipped = target.payload.config[index][payload/* STAND_IN */.vs];
        if (shipped !== undefined) {
            texts.push((0,stand_ins/* standInText */.j)(shipped) ?? '');
            continue;
        }
        // Files the parser could not or would not read (outside the repository, special files) have an empty copy.
        const unread = target.payload.config[index].errors.some((error) => error.line === null) || (await (0,repo_file/* outsideRoot */.K)(file, deps, deps.cwd)) !== undefined;
        texts.push(unread ? '' : await deps.readFile(file, load/* DEFAULT_PARSE_LIMITS */.t.maxFileBytes).then((buffer) => buffer.toString('utf8'), () => ''));
    }
    const dir = await deps.makeTempDir('gatewatch-nginx-');
    try {
        const sandbox = createSandbox(dir, target.payload, texts, absolute, { ...settings, repoRoot: deps.cwd, ...(target.context ? { context: target.context } : {}) });
        const prepared = await prepareFiles(sandbox, deps);
        if (prepared)
            return [prepared];
        return await runUntilSettled(sandbox, target, settings, deps, version, isolation);
    }
    finally {
        await deps.removeDir(dir);
    }
}
/**
 * Copies the repository files that file arguments name (certificates, keys, dhparams …) into the sandbox —
 * regular files inside the repository only, bounded — and makes the throwaway pair when any certificate or
 * key has no such copy. Returns a finding when the run cannot go on.
 */
async function prepareFiles(sandbox, deps) {
    const configDir = external_node_path_default().dirname(sandbox.sources[0].original);
    let needsPair = false;
    for (const source of sandbox.sources) {
        for (const need of nginxFileArguments(source.statements, configDir)) {
            const certLike = need.role !== 'read';
            const original = need.original;
            if (original !== undefined && !sandbox.copies.has(original) && (await (0,repo_file/* outsideRoot */.K)(original, deps, deps.cwd)) === undefined) {
                const data = await deps.readFile(original, MAX_COPIED_FILE_BYTES).catch(() => undefined);
                if (data) {
                    const copy = external_node_path_default().join(sandbox.dir, `file-${sandbox.copies.size}-${external_node_path_default().basename(original)}`);
                    await deps.writeFile(copy, data);
                    sandbox.copies.set(original, copy);
                    if (certLike)
                        sandbox.certFiles.add(original);
                }
            }
            if (certLike && (original === undefined || !sandbox.copies.has(original)))
                needsPair = true;
        }
    }
    if (needsPair && !(await makeDummyCert(sandbox, deps))) {
        return nginx_test_finding('notice', 'nginx -t needs a throwaway certificate for files outside the repository and none could be made (openssl missing); the config was not tested', { path: (0,src_deps.toRepoPath)(deps.cwd, sandbox.sources[0].original), line: 1 });
    }
    return undefined;
}
async function runUntilSettled(sandbox, target, settings, deps, version, isolation) {
    const notices = [];
    const mainPath = (0,src_deps.toRepoPath)(deps.cwd, sandbox.sources[0].original);
    for (let run = 0; run < MAX_RUNS; run++) {
        for (const file of renderSandbox(sandbox, target.upstreamNames))
            await deps.writeFile(file.path, file.text);
        const args = ['-t', '-q', '-p', `${sandbox.dir}/`, '-c', sandbox.main, '-e', 'stderr'];
        if (!sandbox.setsPid)
            args.push('-g', `pid ${external_node_path_default().join(sandbox.dir, 'nginx.pid')};`);
        const result = await (0,isolate/* runIsolated */.Tr)(settings.binary, args, { timeoutMs: settings.timeoutMs ?? 20_000, cwd: sandbox.dir, sandboxDir: sandbox.dir, exec: deps.exec });
        if (run === 0)
            isolation.push(result.isolation);
        if (result.spawnError)
            return [...notices, nginx_test_finding('error', `nginx -t could not start "${settings.binary}": ${result.spawnError}; check the nginx binary`, { path: mainPath, line: 1 })];
        if (result.timedOut)
            return [...notices, nginx_test_finding('error', `nginx -t did not finish within ${settings.timeoutMs ?? 20_000} ms; check the config for includes of huge or special files`, { path: mainPath, line: 1 })];
        const messages = parseNginxStderr(result.stderr);
        const fatal = messages.find((message) => message.level !== 'warn');
        if (fatal && GAPS.has(fatal.problem)) {
            const gap = await fillGap(fatal, sandbox, target, deps);
            if (gap !== undefined) {
                notices.push(nginx_test_finding('notice', gap, locate(fatal, sandbox, deps) ?? { path: mainPath, line: 1 }, scrub(fatal.message, sandbox, deps)));
                continue;
            }
            fatal.problem = 'config'; // not a gap the server fills: the config's own error
        }
        const fixable = fatal && isFixable(fatal.problem) && !sandbox.fixes.has(fatal.problem) ? fatal.problem : undefined;
        if (fatal && fixable) {
            if (fixable === 'cert' && !(await makeDummyCert(sandbox, deps))) {
                return [...notices, nginx_test_finding('notice', `nginx -t could not load a certificate (${scrub(fatal.message, sandbox, deps)}) and no throwaway certificate could be made (openssl missing); the rest of the config was not tested`, { path: mainPath, line: 1 })];
            }
            sandbox.fixes.add(fixable);
            notices.push(nginx_test_finding('notice', `nginx -t on this runner failed for an environment reason (${scrub(fatal.message, sandbox, deps)}); ${ADVICE[fixable]} and the test re-run`, locate(fatal, sandbox, deps) ?? { path: mainPath, line: 1 }, scrub(fatal.message, sandbox, deps)));
            continue;
        }
        return [...notices, ...inertNotices(sandbox, deps), ...dnsNotice(sandbox, settings, deps), ...standInNotices(sandbox, deps), ...report(messages, result.code, sandbox, settings, deps, mainPath, version)];
    }
    return [...notices, nginx_test_finding('notice', `nginx -t kept failing for environment reasons after ${MAX_RUNS} runs; the config itself was not verified`, { path: mainPath, line: 1 })];
}
/**
 * The runner is not the server: a module it lacks, a file only the server has, and what an include outside
 * the repository would define are filled in the copy, and the notice says what the server needs. Returns
 * undefined when the cause is the config's own (a typo'd directive, a missing file inside the repo, a
 * certificate or variable no external include could supply).
 */
async function fillGap(fatal, sandbox, target, deps) {
    const gaps = gapsOf(sandbox);
    const quoted = /"([^"]+)"/.exec(fatal.message)?.[1] ?? '';
    const external = sandbox.standIns.length > 0 || (0,payload/* externalIncludes */.DU)(target.payload).some((include) => include.kind === 'outside');
    switch (fatal.problem) {
        case 'module': {
            if (fatal.message.startsWith('dlopen()')) {
                if (gaps.loadModule)
                    return undefined;
                gaps.loadModule = true;
                return `nginx -t on this runner cannot load the module "${quoted}"; the server's nginx must have it, and the test left "load_module" out`;
            }
            if (gaps.thirdParty)
                return undefined;
            gaps.thirdParty = true;
            return `nginx -t on this runner lacks the module behind "${quoted}" (a third-party directive); the server's nginx must have it, and the test left that module's directives out`;
        }
        case 'server-file': {
            const file = /BIO_new_file\("([^"]+)"\)/.exec(fatal.message)?.[1];
            if (file === undefined || gaps.files.has(file) || !(0,src_deps.toRepoPath)(deps.cwd, file).startsWith('../'))
                return undefined;
            gaps.files.add(file);
            return `"${file}" is a file only the server has (outside the repository, missing on this runner); make sure every server has it, the test left the directive naming it out`;
        }
        case 'ssl-missing': {
            if (!external || gaps.sslStandIn)
                return undefined;
            if (!sandbox.dummyCert && !(await makeDummyCert(sandbox, deps)))
                return undefined;
            gaps.sslStandIn = true;
            return `"listen ... ssl" has no "ssl_certificate" in the repository, so it must come from an include outside it; make sure the server's copy sets "ssl_certificate" and "ssl_certificate_key" (the test used a throwaway certificate)`;
        }
        case 'variable': {
            const name = /^unknown "([^"]+)" variable/.exec(fatal.message)?.[1];
            if (name === undefined || gaps.variables.has(name) || (!external && !sandbox.wrapper))
                return undefined;
            gaps.variables.add(name);
            return `nginx -t does not know "$${name}": it must be defined outside the repository (by the main config or an include the server has); make sure it is (the test defined it as empty)`;
        }
        default:
            return undefined;
    }
}
function report(messages, code, sandbox, settings, deps, mainPath, version) {
    const out = [];
    for (const message of messages) {
        const location = locate(message, sandbox, deps) ?? { path: mainPath, line: 1 };
        const text = scrub(message.message, sandbox, deps);
        const unknown = unknownDirective(message.message);
        if (message.problem === 'version' && unknown !== undefined) {
            // The runner is not the server: an older nginx than the config is written for. nginx stopped at this line.
            const since = NEWER_STOCK_DIRECTIVES.get(unknown);
            out.push(nginx_test_finding('notice', `nginx -t on this runner (${version ?? 'nginx'}) does not know "${unknown}", a stock directive since nginx ${since}, so it stopped here and the rest of the config was not tested; run gatewatch with nginx ${since} or newer to test it`, location, text));
        }
        else if (message.problem === 'dns' && !settings.resolve) {
            out.push(nginx_test_finding('notice', `nginx -t could not resolve a name this runner cannot see (${text}); pin it under nginx.hosts or set nginx.resolve: true`, location, text));
        }
        else if (message.level === 'warn') {
            if (message.problem === 'config' && !/makes sense only if the master process runs with super-user/.test(message.message))
                out.push(nginx_test_finding('warning', `nginx -t warns: ${text}`, location, text));
        }
        else {
            const removed = unknown === undefined ? undefined : REMOVED_STOCK_DIRECTIVES.get(unknown);
            const why = removed ? ` ("${unknown}" was removed in nginx ${removed.removedIn}; use ${removed.instead} instead)` : '';
            out.push(nginx_test_finding('error', `nginx -t rejects the config: ${text}${why}; fix this line so nginx can load the config`, location, text));
        }
    }
    if (code !== 0 && !out.some((f) => f.severity === 'error') && !messages.some((m) => m.level !== 'warn')) {
        out.push(nginx_test_finding('error', `nginx -t failed with exit code ${code} and no message; run "nginx -t" locally to see why`, { path: mainPath, line: 1 }));
    }
    return out;
}
/** What the inert rewrite changed: one notice per removed directive, one for all certificate stand-ins. */
function inertNotices(sandbox, deps) {
    const at = (file, line) => ({ path: (0,src_deps.toRepoPath)(deps.cwd, sandbox.sources[file].original), line });
    const out = sandbox.removals.map((removal) => 
    // A name neither stock nginx nor a known module has is a typo nginx -t would refuse (`proxy_passs`): an error.
    removal.reason === 'unknown' && !isThirdPartyDirective(removal.directive)
        ? nginx_test_finding('error', `unknown directive "${removal.directive}": neither stock nginx nor a known third-party module has it, so nginx would refuse to load the config; fix the name`, at(removal.file, removal.line))
        : nginx_test_finding('notice', describeRemoval(removal), at(removal.file, removal.line)));
    const first = sandbox.certStandIns[0];
    if (first) {
        const names = [...new Set(sandbox.certStandIns.map((standIn) => `"${standIn.original}"`))].join(', ');
        out.push(nginx_test_finding('notice', `certificates were replaced by a throwaway self-signed pair for nginx -t: ${names} is not a regular file inside the repository; the rest of the config was tested`, at(first.file, first.line)));
    }
    return out;
}
function standInNotices(sandbox, deps) {
    return sandbox.standIns.map((standIn) => nginx_test_finding('notice', `nginx -t used an empty stand-in for "${standIn.original}", which is outside the repository and never read; the rest of the config was tested`, {
        path: (0,src_deps.toRepoPath)(deps.cwd, sandbox.sources[standIn.file].original),
        line: standIn.line,
    }));
}
/** One notice naming the host names `nginx -t` saw only as TEST-NET stubs. */
function dnsNotice(sandbox, settings, deps) {
    if (settings.resolve || sandbox.stubs.size === 0)
        return [];
    const stubs = [...sandbox.stubs.values()];
    const first = stubs[0];
    const names = stubs.map((stub) => `"${stub.name}"`).join(', ');
    return [
        nginx_test_finding('notice', `DNS for ${names} not verified: nginx -t ran with ${stubs.length === 1 ? 'it' : 'them'} replaced by TEST-NET addresses; pin names under nginx.hosts or set nginx.resolve: true to look them up`, {
            path: (0,src_deps.toRepoPath)(deps.cwd, sandbox.sources[first.file].original),
            line: first.line,
        }),
    ];
}
/**
 * Maps nginx's `in <copy>:<line>` back to the original repo path (the sandbox keeps lines). Some errors
 * (certificates, log files) come after parsing and carry no line: find the directive naming the quoted path.
 */
function locate(message, sandbox, deps) {
    if (message.file !== undefined && message.line !== undefined) {
        const source = sandbox.sources.find((candidate) => candidate.copy === message.file);
        return source ? { path: (0,src_deps.toRepoPath)(deps.cwd, source.original), line: message.line } : undefined;
    }
    const quoted = [...message.message.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
    for (const source of sandbox.sources) {
        const base = external_node_path_default().dirname(sandbox.sources[0].original);
        for (const statement of source.statements) {
            const arg = statement.args.find((candidate) => quoted.includes(candidate.value) || quoted.includes(external_node_path_default().resolve(base, candidate.value)));
            if (arg)
                return { path: (0,src_deps.toRepoPath)(deps.cwd, source.original), line: nginx_test_lineAt(source.text, arg.start) };
        }
    }
    return undefined;
}
function nginx_test_lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Messages name sandbox copies and absolute paths; show repo-relative originals instead. */
function scrub(text, sandbox, deps) {
    let out = text;
    for (const source of sandbox.sources)
        out = out.split(source.copy).join((0,src_deps.toRepoPath)(deps.cwd, source.original));
    out = out.split(`${sandbox.missingDir}/`).join('');
    out = out.split(`${sandbox.dir}/`).join('<sandbox>/').split(sandbox.dir).join('<sandbox>');
    return out.split(`${deps.cwd}/`).join('');
}
/** A throwaway self-signed pair for configs whose certificates live only on the real servers. */
async function makeDummyCert(sandbox, deps) {
    const cert = external_node_path_default().join(sandbox.dir, 'dummy-cert.pem');
    const key = external_node_path_default().join(sandbox.dir, 'dummy-key.pem');
    const result = await deps.exec('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=gatewatch-sandbox', '-days', '1', '-keyout', key, '-out', cert], { timeoutMs: 20_000 });
    if (result.code !== 0)
        return false;
    // openssl writes the key 0600; the unprivileged user nginx runs as must read it (it is throwaway).
    await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23)).then((fs) => fs.chmod(key, 0o644)).catch(() => undefined);
    sandbox.dummyCert = { cert, key };
    return true;
}

// EXTERNAL MODULE: ./src/nginx/rule-context.ts
var rule_context = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/nginx/rules/index.ts + 18 modules
var rules = __webpack_require__(2746);
// EXTERNAL MODULE: ./src/nginx/tree.ts
var nginx_tree = __webpack_require__(1854);
;// CONCATENATED MODULE: ./src/nginx/check.ts
/**
 * The nginx checker: find configs, parse each main config with its includes, run the static rules over the
 * include-expanded tree, then the real `nginx -t` in a sandbox. Files included by another matched file are
 * checked through that file only, so a conf.d snippet is seen in the context nginx loads it in.
 */











function findingKey(finding) {
    const at = finding.location;
    return `${finding.ruleId}\u0000${at?.path}\u0000${at?.line}\u0000${at?.column}\u0000${finding.message}`;
}
/**
 * One root cause, one finding: nginx -t stops at the first [emerg], so once the parser reported a syntax or
 * include error in a file, nginx's own report at or after that line (`unexpected "}"` for a missing `;`,
 * `open() failed` for the same include) is the same cause; so is its notice about an include's stand-in.
 */
function explainedByStaticFindings(findings) {
    const atLine = new Set();
    const firstError = new Map();
    for (const finding of findings) {
        if (finding.ruleId !== 'nginx/syntax' && finding.ruleId !== 'nginx/include-missing')
            continue;
        const at = finding.location;
        if (!at)
            continue;
        atLine.add(`${at.path}:${at.line}`);
        if (finding.severity === 'error')
            firstError.set(at.path, Math.min(firstError.get(at.path) ?? Infinity, at.line ?? 1));
    }
    return (finding) => {
        const at = finding.location;
        if (!at)
            return false;
        if (atLine.has(`${at.path}:${at.line}`))
            return true;
        const first = firstError.get(at.path);
        return finding.severity === 'error' && first !== undefined && (at.line ?? 1) >= first;
    };
}
async function checkNginx(options, deps) {
    const patterns = options.nginx.paths;
    if (patterns.length === 0)
        return { findings: [], files: 0, configs: [] };
    const expanded = await (0,src_files/* expandGlobs */.G)(patterns, deps, 'nginx', options.limits.maxFiles, options.emptyGlob);
    const findings = [...expanded.findings];
    const matched = expanded.paths;
    // Entry points: every nginx.conf, and every matched file no other matched file includes. Each file is parsed
    // once, with includes resolved against the conf dir nginx would use (the nearest nginx.conf's folder).
    const mains = matched.filter(isMainByName);
    const payloads = new Map();
    for (const file of matched) {
        payloads.set(file, await (0,load/* parseNginx */.S)(file, deps, { prefix: prefixFor(file, mains), repoRoot: options.cwd, root: deps.cwd }));
    }
    const included = new Set();
    for (const payload of payloads.values()) {
        for (const config of payload.config.slice(1))
            included.add((0,src_deps.toRepoPath)(options.cwd, config.file));
    }
    let roots = matched.filter((file) => isMainByName(file) || !included.has(file));
    if (roots.length === 0)
        roots = matched; // every file includes another: a cycle, reported by the parser
    const seen = new Set();
    const files = new Set();
    const targets = [];
    const configs = [];
    for (const root of roots) {
        const payload = payloads.get(root);
        configs.push(payload);
        for (const config of payload.config)
            files.add(external_node_path_default().resolve(options.cwd, config.file));
        const toPath = (file) => (0,src_deps.toRepoPath)(options.cwd, file);
        const tree = (0,nginx_tree/* buildTree */.H6)(payload, toPath);
        const ruleContext = { payload, tree, toPath, ...(options.nginx.version ? { version: options.nginx.version } : {}) };
        for (const finding of (0,rule/* runRules */.xG)(rules/* nginxRules */.i, ruleContext, { path: root, line: 1 }).map(rule/* toFinding */.N6)) {
            const key = findingKey(finding);
            if (seen.has(key))
                continue; // a snippet shared by two mains reports once
            seen.add(key);
            findings.push(finding);
        }
        const context = isMainByName(root) ? 'main' : impliedContext(payload);
        targets.push({ payload, context, upstreamNames: new Set((0,rule_context/* upstreamBlocks */._L)(tree).map((block) => (block.args[0] ?? '').toLowerCase())) });
    }
    const tested = await runNginxTests(targets, { mode: options.nginx.test, binary: options.nginx.binary, resolve: options.nginx.resolve, hosts: options.nginx.hosts }, deps);
    const explained = explainedByStaticFindings(findings);
    for (const finding of tested) {
        if (explained(finding))
            continue;
        const key = findingKey(finding);
        if (!seen.has(key)) {
            seen.add(key);
            findings.push(finding);
        }
    }
    return { findings: (0,finding/* sortFindings */.Tc)(findings), files: files.size, configs };
}


/***/ })

};

export const id = 185;
export const ids = [185];
export const modules = {

/***/ 7686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ Lexer),
/* harmony export */   x: () => (/* binding */ Tok)
/* harmony export */ });
/**
 * nginx config tokenizer, following `ngx_conf_read_token` (src/core/ngx_conf_file.c) where crossplane differs:
 * `${uri} x` is two words, `}` inside a word is part of it, a quote opens a string only at a token start,
 * and escapes are decoded as nginx decodes them. Scans char codes; slices the source instead of concatenating.
 */
var Tok;
(function (Tok) {
    Tok[Tok["Eof"] = 0] = "Eof";
    Tok[Tok["Word"] = 1] = "Word";
    Tok[Tok["Semicolon"] = 2] = "Semicolon";
    Tok[Tok["OpenBrace"] = 3] = "OpenBrace";
    Tok[Tok["CloseBrace"] = 4] = "CloseBrace";
    Tok[Tok["Comment"] = 5] = "Comment";
    Tok[Tok["Error"] = 6] = "Error";
})(Tok || (Tok = {}));
const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const HASH = 35;
const DQUOTE = 34;
const SQUOTE = 39;
const DOLLAR = 36;
const BACKSLASH = 92;
const SEMI = 59;
const LBRACE = 123;
const RBRACE = 125;
const RPAREN = 41;
const LBRACKET = 91;
const DASH = 45;
const EQUALS = 61;
/** Level of a Lua long bracket opening at `i` (`[[` is 0, `[==[` is 2), or -1 when there is none. */
function longBracketLevel(text, i) {
    let at = i + 1;
    while (text.charCodeAt(at) === EQUALS)
        at++;
    return text.charCodeAt(at) === LBRACKET ? at - i - 1 : -1;
}
/** Offset just past the long bracket's matching close (`]]`, `]==]`), or the text's end when unclosed. */
function longBracketEnd(text, i, level) {
    const close = `]${'='.repeat(level)}]`;
    const at = text.indexOf(close, i + level + 2);
    return at === -1 ? text.length : at + close.length;
}
const isSpace = (code) => code === SPACE || code === LF || code === TAB || code === CR;
/** nginx keeps `\x` verbatim except `\"`, `\'`, `\\` (the char) and `\t`, `\r`, `\n` (control chars). */
function unescape(raw) {
    const parts = [];
    let from = 0;
    for (let i = raw.indexOf('\\'); i !== -1 && i < raw.length - 1; i = raw.indexOf('\\', i)) {
        const next = raw.charCodeAt(i + 1);
        let replacement;
        if (next === DQUOTE || next === SQUOTE || next === BACKSLASH)
            replacement = raw[i + 1];
        else if (next === 116)
            replacement = '\t';
        else if (next === 114)
            replacement = '\r';
        else if (next === 110)
            replacement = '\n';
        if (replacement === undefined) {
            i += 2;
            continue;
        }
        parts.push(raw.slice(from, i), replacement);
        i += 2;
        from = i;
    }
    if (from === 0)
        return raw;
    parts.push(raw.slice(from));
    return parts.join('');
}
class Lexer {
    text;
    /** Current token: its value (decoded), 1-based line and column, source offsets, and whether it was quoted. */
    value = '';
    line = 1;
    column = 1;
    start = 0;
    end = 0;
    quoted = false;
    /** Line counter at the scan position (nginx reports errors at end of file on this line). */
    cursorLine = 1;
    pos = 0;
    lineStart = 0;
    length;
    constructor(text) {
        this.text = text;
        this.length = text.length;
    }
    next() {
        const text = this.text;
        const length = this.length;
        let i = this.pos;
        // Skip whitespace, counting lines.
        while (i < length) {
            const code = text.charCodeAt(i);
            if (code === LF) {
                this.cursorLine++;
                this.lineStart = i + 1;
            }
            else if (code !== SPACE && code !== TAB && code !== CR)
                break;
            i++;
        }
        this.quoted = false;
        if (i >= length) {
            this.pos = i;
            this.line = this.cursorLine;
            return Tok.Eof;
        }
        this.line = this.cursorLine;
        this.column = i - this.lineStart + 1;
        this.start = i;
        const code = text.charCodeAt(i);
        if (code === SEMI || code === LBRACE || code === RBRACE) {
            this.pos = i + 1;
            this.end = i + 1;
            return code === SEMI ? Tok.Semicolon : code === LBRACE ? Tok.OpenBrace : Tok.CloseBrace;
        }
        if (code === HASH)
            return this.comment(i);
        if (code === DQUOTE || code === SQUOTE)
            return this.quotedString(i, code);
        return this.word(i);
    }
    /** `#` at a token start runs to the end of the line (nginx `sharp_comment`). */
    comment(i) {
        let end = this.text.indexOf('\n', i);
        if (end === -1)
            end = this.length;
        this.pos = end;
        this.end = end;
        const stop = end > i + 1 && this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
        this.value = this.text.slice(i + 1, stop);
        return Tok.Comment;
    }
    word(i) {
        const text = this.text;
        const length = this.length;
        const begin = i;
        let escaped = false;
        let variable = false;
        while (i < length) {
            const code = text.charCodeAt(i);
            // `${` keeps the word open (nginx: `ch == '{' && variable`), so `${uri}` is one word.
            if (code === LBRACE && variable) {
                i++;
                continue;
            }
            variable = false;
            if (code === BACKSLASH) {
                escaped = true;
                if (i + 1 < length && text.charCodeAt(i + 1) === LF) {
                    this.cursorLine++;
                    this.lineStart = i + 2;
                }
                i += 2;
                continue;
            }
            if (code === DOLLAR)
                variable = true;
            else if (isSpace(code) || code === SEMI || code === LBRACE)
                break;
            i++;
        }
        if (i > length)
            i = length;
        const raw = text.slice(begin, i);
        this.value = escaped ? unescape(raw) : raw;
        this.pos = i;
        this.end = i;
        return Tok.Word;
    }
    /** A quoted string may span lines; after the closing quote nginx requires a space, `;`, `{` or `)`. */
    quotedString(i, quote) {
        const text = this.text;
        const length = this.length;
        const begin = i + 1;
        let escaped = false;
        i = begin;
        while (i < length) {
            const code = text.charCodeAt(i);
            if (code === quote)
                break;
            if (code === LF) {
                this.cursorLine++;
                this.lineStart = i + 1;
            }
            else if (code === BACKSLASH) {
                escaped = true;
                if (i + 1 < length && text.charCodeAt(i + 1) === LF) {
                    this.cursorLine++;
                    this.lineStart = i + 2;
                }
                i += 2;
                continue;
            }
            i++;
        }
        if (i >= length) {
            this.pos = length;
            this.end = length;
            this.value = 'unexpected end of file, expecting ";" or "}"';
            this.line = this.cursorLine;
            return Tok.Error;
        }
        const raw = text.slice(begin, i);
        this.value = escaped ? unescape(raw) : raw;
        this.quoted = true;
        this.end = i + 1;
        this.pos = i + 1;
        if (this.pos < length) {
            const after = text.charCodeAt(this.pos);
            if (!isSpace(after) && after !== SEMI && after !== LBRACE && after !== RPAREN) {
                // nginx: `unexpected "x"` and stop; we report, skip the char and keep lexing.
                this.pos++;
                this.value = `unexpected "${String.fromCodePoint(text.codePointAt(this.pos - 1) ?? after)}"`;
                this.line = this.cursorLine;
                return Tok.Error;
            }
        }
        return Tok.Word;
    }
    /**
     * Reads a `*_by_lua_block { … }` body as one raw argument, lexing it as Lua the way crossplane's Lua
     * extension does: braces inside `--` comments, quoted strings and long brackets (`[[ ]]`, `[==[ ]==]`,
     * `--[[ ]]`) do not count. Returns undefined (with `value` = error) when unbalanced.
     */
    luaBlock() {
        const text = this.text;
        const length = this.length;
        let i = this.pos;
        while (i < length && isSpace(text.charCodeAt(i))) {
            if (text.charCodeAt(i) === LF) {
                this.cursorLine++;
                this.lineStart = i + 1;
            }
            i++;
        }
        if (i >= length || text.charCodeAt(i) !== LBRACE) {
            this.pos = i;
            this.value = 'expected "{" to start Lua block';
            return undefined;
        }
        const begin = i + 1;
        let depth = 1;
        i = begin;
        /** Moves the scan to `until`, counting the lines it crosses. */
        const skipTo = (until) => {
            for (let at = text.indexOf('\n', i); at !== -1 && at < until; at = text.indexOf('\n', at + 1)) {
                this.cursorLine++;
                this.lineStart = at + 1;
            }
            i = until;
        };
        while (i < length) {
            const code = text.charCodeAt(i);
            if (code === LF) {
                this.cursorLine++;
                this.lineStart = i + 1;
            }
            else if (code === LBRACE)
                depth++;
            else if (code === RBRACE) {
                depth--;
                if (depth === 0)
                    break;
            }
            else if (code === DQUOTE || code === SQUOTE) {
                let at = i + 1;
                while (at < length && text.charCodeAt(at) !== code && text.charCodeAt(at) !== LF)
                    at += text.charCodeAt(at) === BACKSLASH ? 2 : 1;
                skipTo(Math.min(at, length));
                if (text.charCodeAt(i) !== code)
                    continue; // an unclosed string ends at its line, as Lua reports it
            }
            else if (code === LBRACKET && longBracketLevel(text, i) >= 0) {
                skipTo(longBracketEnd(text, i, longBracketLevel(text, i)));
                continue;
            }
            else if (code === DASH && text.charCodeAt(i + 1) === DASH) {
                const level = text.charCodeAt(i + 2) === LBRACKET ? longBracketLevel(text, i + 2) : -1;
                if (level >= 0)
                    skipTo(longBracketEnd(text, i + 2, level));
                else {
                    const eol = text.indexOf('\n', i);
                    skipTo(eol === -1 ? length : eol);
                }
                continue;
            }
            i++;
        }
        if (i >= length) {
            this.pos = length;
            this.value = 'unexpected end of file, expecting "}"';
            return undefined;
        }
        this.pos = i + 1;
        this.end = i + 1;
        return text.slice(begin, i);
    }
}


/***/ }),

/***/ 5185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ DEFAULT_PARSE_LIMITS),
  S: () => (/* binding */ parseNginx)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/repo-file.ts
var repo_file = __webpack_require__(8894);
// EXTERNAL MODULE: ./src/nginx/lexer.ts
var nginx_lexer = __webpack_require__(7686);
;// CONCATENATED MODULE: ./src/nginx/directives.ts
/**
 * What gatewatch knows about nginx's own directives: argument counts of the core ones (nginx and crossplane
 * reject `user;` as `invalid number of arguments in "user" directive`) and the names `--strict` accepts.
 * Counts follow each directive's documented syntax (nginx.org/en/docs); unknown names are not checked.
 */
const MANY = Number.POSITIVE_INFINITY;
/** name → [fewest, most] arguments. */
const COUNTS = {
    // main and events
    user: [1, 2], worker_processes: [1, 1], worker_rlimit_nofile: [1, 1], pid: [1, 1], daemon: [1, 1],
    master_process: [1, 1], load_module: [1, 1], include: [1, 1], error_log: [1, MANY], pcre_jit: [1, 1],
    worker_connections: [1, 1], multi_accept: [1, 1], accept_mutex: [1, 1], use: [1, 1], env: [1, 1],
    events: [0, 0], http: [0, 0], stream: [0, 0], mail: [0, 0], types: [0, 0],
    // http core
    listen: [1, MANY], server_name: [1, MANY], root: [1, 1], alias: [1, 1], index: [1, MANY], try_files: [2, MANY],
    location: [1, 2], upstream: [1, 1], map: [2, 2], split_clients: [2, 2], geo: [1, 2], limit_except: [1, MANY], if: [1, MANY],
    return: [1, 2], rewrite: [2, 3], set: [2, 2], break: [0, 0], internal: [0, 0], default_type: [1, 1],
    client_max_body_size: [1, 1], keepalive_timeout: [1, 2], keepalive_requests: [1, 1], sendfile: [1, 1],
    server_tokens: [1, 1], resolver: [1, MANY], resolver_timeout: [1, 1], error_page: [2, MANY], expires: [1, 2],
    access_log: [1, MANY], log_format: [2, MANY], add_header: [2, 3], charset: [1, 1], gzip: [1, 1],
    // upstream and proxying
    keepalive: [1, 1], proxy_pass: [1, 1], fastcgi_pass: [1, 1], uwsgi_pass: [1, 1], scgi_pass: [1, 1], grpc_pass: [1, 1],
    proxy_set_header: [2, 2], proxy_http_version: [1, 1], proxy_connect_timeout: [1, 1], proxy_read_timeout: [1, 1],
    proxy_send_timeout: [1, 1], proxy_buffering: [1, 1], proxy_next_upstream: [1, MANY], proxy_next_upstream_tries: [1, 1],
    proxy_next_upstream_timeout: [1, 1], proxy_cache_path: [2, MANY], proxy_cache: [1, 1], proxy_redirect: [1, 2],
    fastcgi_param: [2, 3], uwsgi_param: [2, 3], scgi_param: [2, 3], fastcgi_index: [1, 1],
    // TLS
    ssl_certificate: [1, 1], ssl_certificate_key: [1, 1], ssl_protocols: [1, MANY], ssl_ciphers: [1, 1], ssl_dhparam: [1, 1],
    // rate limits
    limit_req_zone: [3, 4], limit_req: [1, 3], limit_conn_zone: [2, 2], limit_conn: [2, 2],
};
function argumentCountError(name, count) {
    const range = COUNTS[name];
    if (!range || (count >= range[0] && count <= range[1]))
        return undefined;
    return `invalid number of arguments in "${name}" directive`;
}
/*
 * Names of the modules an nginx build ships (core, events, http, stream, mail and their standard modules),
 * grouped by prefix so the list stays readable; suffixes shared by proxy/fastcgi/uwsgi/scgi/grpc are listed once.
 */
const UPSTREAM_MODULE_PREFIXES = ['proxy', 'fastcgi', 'uwsgi', 'scgi', 'grpc', 'memcached'];
const UPSTREAM_MODULE_SUFFIXES = `pass bind buffer_size buffering buffers busy_buffers_size cache cache_background_update cache_bypass
cache_key cache_lock cache_lock_age cache_lock_timeout cache_max_range_offset cache_methods cache_min_uses cache_path
cache_revalidate cache_use_stale cache_valid connect_timeout force_ranges hide_header ignore_client_abort ignore_headers
intercept_errors limit_rate max_temp_file_size next_upstream next_upstream_timeout next_upstream_tries no_cache pass_header
pass_request_body pass_request_headers read_timeout request_buffering send_lowat send_timeout socket_keepalive store
store_access temp_file_write_size temp_path param index split_path_info catch_stderr keep_conn modifier string
ssl_certificate ssl_certificate_key ssl_ciphers ssl_conf_command ssl_crl ssl_name ssl_password_file ssl_protocols
ssl_server_name ssl_session_reuse ssl_trusted_certificate ssl_verify ssl_verify_depth set_header set_body redirect
cookie_domain cookie_path cookie_flags http_version method headers_hash_bucket_size headers_hash_max_size
pass_trailers gzip_flag buffer protocol responses download_rate upload_rate half_close requests timeout ssl
ssl_key_log next_upstream_tries allow_upstream`;
const NAMES = `absolute_redirect accept_mutex accept_mutex_delay access_log add_after_body add_before_body add_header add_trailer
addition_types aio aio_write alias allow ancient_browser ancient_browser_value auth_basic auth_basic_user_file auth_delay
auth_http auth_http_header auth_http_pass_client_cert auth_http_timeout auth_request auth_request_set autoindex
autoindex_exact_size autoindex_format autoindex_localtime break charset charset_map charset_types chunked_transfer_encoding
client_body_buffer_size client_body_in_file_only client_body_in_single_buffer client_body_temp_path client_body_timeout
client_header_buffer_size client_header_timeout client_max_body_size connection_pool_size create_full_put_path daemon
dav_access dav_methods debug_connection debug_points default_type deny directio directio_alignment disable_symlinks
empty_gif env error_log error_page etag events expires f4f f4f_buffer_size flv geo geoip_city geoip_country geoip_org
geoip_proxy geoip_proxy_recursive gunzip gunzip_buffers gzip gzip_buffers gzip_comp_level gzip_disable gzip_http_version
gzip_min_length gzip_proxied gzip_static gzip_types gzip_vary hash hls hls_buffers hls_forward_args hls_fragment
hls_mp4_buffer_size hls_mp4_max_buffer_size http http2 http2_body_preread_size http2_chunk_size http2_idle_timeout
http2_max_concurrent_pushes http2_max_concurrent_streams http2_max_field_size http2_max_header_size http2_max_requests
http2_push http2_push_preload http2_recv_buffer_size http2_recv_timeout http3 http3_hq http3_max_concurrent_streams
http3_stream_buffer_size if if_modified_since ignore_invalid_headers image_filter image_filter_buffer
image_filter_interlace image_filter_jpeg_quality image_filter_sharpen image_filter_transparency image_filter_webp_quality
imap_auth imap_capabilities imap_client_buffer include index internal ip_hash js_access js_body_filter js_content
js_fetch_buffer_size js_fetch_ciphers js_fetch_max_response_buffer_size js_fetch_protocols js_fetch_timeout
js_fetch_trusted_certificate js_fetch_verify js_fetch_verify_depth js_filter js_header_filter js_import js_include
js_path js_preload_object js_preread js_set js_shared_dict_zone js_var keepalive keepalive_disable keepalive_requests
keepalive_time keepalive_timeout large_client_header_buffers least_conn limit_conn limit_conn_dry_run
limit_conn_log_level limit_conn_status limit_conn_zone limit_except limit_rate limit_rate_after limit_req
limit_req_dry_run limit_req_log_level limit_req_status limit_req_zone lingering_close lingering_time lingering_timeout
listen load_module location lock_file log_format log_not_found log_subrequest mail map map_hash_bucket_size
map_hash_max_size master_process max_errors max_ranges merge_slashes min_delete_depth mirror mirror_request_body mp4
mp4_buffer_size mp4_limit_rate mp4_limit_rate_after mp4_max_buffer_size mp4_start_key_frame msie_padding msie_refresh
multi_accept open_file_cache open_file_cache_errors open_file_cache_min_uses open_file_cache_valid open_log_file_cache
output_buffers override_charset pcre_jit perl perl_modules perl_require perl_set pid pop3_auth pop3_capabilities
port_in_redirect postpone_output preread_buffer_size preread_timeout protocol quic_active_connection_id_limit quic_bpf
quic_gso quic_host_key quic_retry random random_index read_ahead real_ip_header real_ip_recursive recursive_error_pages
referer_hash_bucket_size referer_hash_max_size request_pool_size reset_timedout_connection resolver resolver_timeout
return rewrite rewrite_log root satisfy secure_link secure_link_md5 secure_link_secret send_lowat send_timeout sendfile
sendfile_max_chunk server server_name server_name_in_redirect server_names_hash_bucket_size server_names_hash_max_size
server_tokens set set_real_ip_from slice smtp_auth smtp_capabilities smtp_client_buffer smtp_greeting_delay source_charset
split_clients ssi ssi_last_modified ssi_min_file_chunk ssi_silent_errors ssi_types ssi_value_length ssl ssl_alpn
ssl_buffer_size ssl_certificate ssl_certificate_key ssl_ciphers ssl_client_certificate ssl_conf_command ssl_crl
ssl_dhparam ssl_early_data ssl_ecdh_curve ssl_engine ssl_handshake_timeout ssl_key_log ssl_ocsp ssl_ocsp_cache
ssl_ocsp_responder ssl_password_file ssl_prefer_server_ciphers ssl_preread ssl_protocols ssl_reject_handshake
ssl_session_cache ssl_session_ticket_key ssl_session_tickets ssl_session_timeout ssl_stapling ssl_stapling_file
ssl_stapling_responder ssl_stapling_verify ssl_trusted_certificate ssl_verify_client ssl_verify_depth starttls
stream stub_status sub_filter sub_filter_last_modified sub_filter_once sub_filter_types subrequest_output_buffer_size
tcp_nodelay tcp_nopush thread_pool timeout timer_resolution try_files types types_hash_bucket_size types_hash_max_size
underscores_in_headers uninitialized_variable_warn upstream use user userid userid_domain userid_expires userid_flags
userid_mark userid_name userid_p3p userid_path userid_service valid_referers variables_hash_bucket_size
variables_hash_max_size worker_aio_requests worker_connections worker_cpu_affinity worker_priority worker_processes
worker_rlimit_core worker_rlimit_nofile worker_shutdown_timeout working_directory xclient xml_entities xslt_last_modified
xslt_param xslt_string_param xslt_stylesheet xslt_types zone server_name_in_redirect ssl_verify mirror return
uwsgi_modifier1 uwsgi_modifier2 proxy_protocol proxy_protocol_timeout proxy_timeout proxy_responses proxy_requests
proxy_download_rate proxy_upload_rate proxy_half_close set_real_ip_from health_check ntlm sticky queue state`;
const KNOWN = new Set([
    ...NAMES.split(/\s+/).filter(Boolean),
    ...UPSTREAM_MODULE_PREFIXES.flatMap((prefix) => UPSTREAM_MODULE_SUFFIXES.split(/\s+/).filter(Boolean).map((suffix) => `${prefix}_${suffix}`)),
]);
/** Whether `--strict` accepts the name: an nginx directive, a `#` comment, or a Lua block (parsed on its own). */
function isKnownDirective(name) {
    return name === '#' || KNOWN.has(name) || Object.hasOwn(COUNTS, name);
}

// EXTERNAL MODULE: ./src/nginx/payload.ts
var nginx_payload = __webpack_require__(5906);
;// CONCATENATED MODULE: ./src/nginx/parser.ts
/** One file's tokens → crossplane `parsed` statements, with nginx's own syntax errors collected instead of stopping. */



/* Token kinds as locals: in the bundle, each `Tok.X` in the token loop would call a cross-module export getter. */
const { Eof, Comment, Error: Failed, Word, Semicolon, OpenBrace, CloseBrace } = nginx_lexer/* Tok */.x;
/**
 * Directives that only exist as blocks: ending one with `;` is the error nginx reports as
 * `directive "x" has no opening "{"` (crossplane's analyzer reports the same).
 */
const BLOCK_ONLY = new Set([
    'events', 'http', 'stream', 'mail', 'location', 'upstream', 'if', 'map', 'geo', 'types', 'limit_except',
    'split_clients',
]);
/** Blocks whose entries are key/value data rather than directives. */
const LITERAL_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match', 'upstream']);
/** crossplane `_prepare_if_args`: `if ($a = b)` → args `["$a", "=", "b"]`. */
function prepareIfArgs(args) {
    if (args.length === 0)
        return;
    const first = args[0];
    const last = args[args.length - 1];
    if (!first.startsWith('(') || !last.endsWith(')'))
        return;
    args[0] = first.slice(1).trimStart();
    args[args.length - 1] = args[args.length - 1].slice(0, -1).trimEnd();
    if (args[args.length - 1] === '')
        args.pop();
    if (args.length > 0 && args[0] === '')
        args.shift();
}
function parseText(text, options) {
    const lexer = new nginx_lexer/* Lexer */.J(text);
    const errors = [];
    const includes = [];
    const root = [];
    const stack = [root];
    /** The statement owning each open block (undefined for a throwaway list), to trim its block when it closes. */
    const owners = [undefined];
    /* Blocks opened without a directive (`{` alone) or beyond maxDepth are parsed into a throwaway list. */
    let current;
    let tooDeep = false;
    const fail = (error, line, unterminated) => {
        errors.push(unterminated ? { error, line, [nginx_payload/* UNTERMINATED */.b]: unterminated } : { error, line });
    };
    const ignore = options.ignore && options.ignore.length > 0 ? new Set(options.ignore) : undefined;
    /** Line of the open statement's last word: where its `;` belongs when a `}` or the end of file cuts it off. */
    let lastWordLine = 0;
    /** crossplane keeps comments met between a statement's arguments and emits them right after it. */
    const argComments = [];
    const flushComments = (list, line) => {
        for (const comment of argComments) {
            const statement = options.file === undefined ? { directive: '#', line, args: [], comment } : { file: options.file, directive: '#', line, args: [], comment };
            statement[nginx_payload/* COLUMN */.vW] = 1;
            list.push(statement);
        }
        argComments.length = 0;
    };
    /** Statements crossplane's analyzer rejects (wrong argument count, unknown under --strict) are reported and left out. */
    /** Errors already reported while the open statement was read (a bad quote): its count is then not checked. */
    let errorsAtStatement = 0;
    const rejected = (statement) => {
        if (errors.length > errorsAtStatement)
            return false;
        // Entries of map/types/geo/… blocks are data, not directives.
        if (LITERAL_BLOCKS.has(owners[owners.length - 1]?.directive ?? ''))
            return false;
        const count = argumentCountError(statement.directive, statement.args.length);
        if (count !== undefined) {
            fail(count, statement.line);
            return true;
        }
        if (options.strict && !isKnownDirective(statement.directive)) {
            fail(`unknown directive "${statement.directive}"`, statement.line);
            return true;
        }
        return false;
    };
    /*
     * Short words (directive names, "on", "30s") repeat thousands of times and each slice of them is a fresh
     * copy, while longer slices are views into the file text; one shared copy per short word keeps the payload
     * of a 50,000-line config ~1.4 MB smaller, which spares a full GC during the rules.
     */
    const interned = new Map();
    const intern = (value) => {
        if (value.length > 12)
            return value;
        const known = interned.get(value);
        if (known !== undefined)
            return known;
        interned.set(value, value);
        return value;
    };
    /*
     * Arguments collect in one reused array and each statement gets an exact-size copy: an array grown by
     * push reserves 16 slots, and every statement of a 200,000-line config stays alive until the run ends.
     */
    const pendingArgs = [];
    const finish = (statement) => {
        if (pendingArgs.length > 0) {
            statement.args = pendingArgs.slice();
            pendingArgs.length = 0;
        }
        if (statement.directive === 'if')
            prepareIfArgs(statement.args);
        return statement;
    };
    const newStatement = (directive) => {
        // The column goes in the literal: added afterwards it would cost every statement a separate property store.
        return options.file === undefined
            ? { directive, line: lexer.line, args: [], [nginx_payload/* COLUMN */.vW]: lexer.column }
            : { file: options.file, directive, line: lexer.line, args: [], [nginx_payload/* COLUMN */.vW]: lexer.column };
    };
    for (;;) {
        const tok = lexer.next();
        if (tok === Eof)
            break;
        const list = stack[stack.length - 1];
        switch (tok) {
            case Comment:
                // At statement start a comment becomes `#`; between arguments crossplane emits it after the statement.
                if (!options.comments)
                    break;
                if (current === undefined) {
                    const statement = newStatement('#');
                    statement.comment = lexer.value;
                    list.push(statement);
                }
                else
                    argComments.push(lexer.value);
                break;
            case Failed:
                fail(lexer.value, lexer.line);
                break;
            case Word:
                lastWordLine = lexer.line;
                if (current !== undefined) {
                    pendingArgs.push(intern(lexer.value));
                    break;
                }
                current = newStatement(intern(lexer.value));
                errorsAtStatement = errors.length;
                if (!lexer.quoted && lexer.value.endsWith('_by_lua_block')) {
                    current = luaStatement(lexer, current, ignore?.has(current.directive) ? [] : list, fail);
                }
                break;
            case Semicolon:
                if (current === undefined) {
                    fail('unexpected ";"', lexer.line);
                    break;
                }
                finish(current);
                if (ignore?.has(current.directive) || rejected(current)) {
                    argComments.length = 0;
                    current = undefined;
                    break;
                }
                if (BLOCK_ONLY.has(current.directive))
                    fail(`directive "${current.directive}" has no opening "{"`, current.line);
                if (current.directive === 'include')
                    includes.push(current);
                list.push(current);
                flushComments(list, current.line);
                current = undefined;
                break;
            case OpenBrace: {
                if (current === undefined) {
                    fail('unexpected "{"', lexer.line);
                    stack.push([]);
                    owners.push(undefined);
                    break;
                }
                finish(current);
                const block = [];
                current.block = block;
                const dropped = ignore?.has(current.directive) === true || rejected(current);
                if (dropped)
                    argComments.length = 0;
                else {
                    list.push(current);
                    flushComments(list, current.line);
                }
                if (dropped) {
                    // Parsed into a throwaway list, as crossplane consumes an ignored block.
                    stack.push([]);
                    owners.push(undefined);
                }
                else if (stack.length > options.maxDepth) {
                    if (!tooDeep)
                        fail(`blocks nested deeper than ${options.maxDepth} levels`, lexer.line);
                    tooDeep = true;
                    stack.push([]);
                    owners.push(undefined);
                }
                else {
                    stack.push(block);
                    owners.push(current);
                }
                current = undefined;
                break;
            }
            case CloseBrace:
                if (current !== undefined) {
                    fail('unexpected "}"', lexer.line, { directive: current.directive, line: lastWordLine });
                    current = undefined;
                    pendingArgs.length = 0;
                    argComments.length = 0;
                }
                if (stack.length === 1)
                    fail('unexpected "}"', lexer.line);
                else {
                    // An exact-size copy, as with args: a block grown by push keeps up to half its slots empty.
                    const closed = stack.pop();
                    const owner = owners.pop();
                    if (owner !== undefined && closed.length > 0)
                        owner.block = closed.slice();
                }
                break;
        }
    }
    if (current !== undefined)
        fail('unexpected end of file, expecting ";" or "}"', lexer.cursorLine, { directive: current.directive, line: lastWordLine });
    else if (stack.length > 1)
        fail('unexpected end of file, expecting "}"', lexer.cursorLine);
    return { parsed: root, errors, includes };
}
/** `set_by_lua_block $x { … }` keeps its one argument; the body becomes the last argument, the statement ends. */
function luaStatement(lexer, statement, list, fail) {
    if (statement.directive === 'set_by_lua_block') {
        if (lexer.next() !== Word) {
            fail(`invalid number of arguments in "${statement.directive}" directive`, statement.line);
            return undefined;
        }
        statement.args.push(lexer.value);
    }
    const body = lexer.luaBlock();
    if (body === undefined) {
        fail(lexer.value, lexer.cursorLine);
        return undefined;
    }
    statement.args.push(body);
    list.push(statement);
    return undefined;
}

// EXTERNAL MODULE: ./src/nginx/stand-ins.ts
var stand_ins = __webpack_require__(3181);
;// CONCATENATED MODULE: ./src/nginx/load.ts
/**
 * Parses a main config and everything it includes into crossplane's payload. Includes resolve against the
 * main file's directory (nginx: `ngx_conf_full_name` with the conf prefix), globs are sorted, each file is
 * parsed once, and every hostile shape (missing file, directory, symlink loop, binary, huge, cycle,
 * too many files) becomes an error located at the include line or in the file itself.
 */





const DEFAULT_PARSE_LIMITS = {
    maxFiles: 5000,
    maxFileBytes: 16 * 1024 * 1024,
    maxTotalBytes: 128 * 1024 * 1024,
    maxDepth: 100,
};
/* nginx hands any of `*?[` to glob(3) (ngx_conf_include). */
const GLOB_MAGIC = /[*?[]/;
/** Error text as nginx prints a failed open(): `open() "x" failed (2: No such file or directory)`. */
function describeFsError(filePath, error) {
    const code = error.code;
    const known = {
        ENOENT: '2: No such file or directory',
        EACCES: '13: Permission denied',
        ELOOP: '40: Too many levels of symbolic links',
        ENOTDIR: '20: Not a directory',
        EISDIR: '21: Is a directory',
    };
    if (code === 'ENOTREG')
        return `"${filePath}" is ${error.kind ?? 'not a regular file'}, not a config file; it was not read`;
    const reason = (code && known[code]) ?? (error instanceof Error ? error.message : String(error));
    return `open() "${filePath}" failed (${reason})`;
}
/** Line (1-based) of a byte-free string offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/*
 * nginx hands the pattern to POSIX glob(3): `{}`/`()` are literal and `**` is just `*` (one path segment;
 * checked against `nginx -T`). picomatch would read them as braces, extglobs and a recursive globstar.
 */
function toPicomatch(pattern) {
    return pattern.replace(/\*{2,}/g, '*').replace(/[{}()]/g, '\\$&');
}
const outsideMessage = (shown, real) => `include "${shown}" resolves to "${real}", outside the repository, so it is not read; vendor the file into the repository to have it checked`;
async function parseNginx(mainFile, io, options = {}) {
    const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
    const configDir = options.prefix ?? external_node_path_default().dirname(mainFile);
    const payload = { status: 'ok', errors: [], config: [] };
    const externals = [];
    payload[nginx_payload/* EXTERNALS */.jC] = externals;
    const queue = [{ file: mainFile }];
    const absolute = (file) => external_node_path_default().resolve(io.cwd ?? '', file);
    const indexOf = new Map([[absolute(mainFile), 0]]);
    /* Edges for cycle detection: includer index → [included index, include statement]. */
    const edges = [];
    let totalBytes = 0;
    const addError = (config, error, line, unterminated) => {
        const text = line === null ? `${error} in ${config.file}` : `${error} in ${config.file}:${line}`;
        const hint = unterminated ? { [nginx_payload/* UNTERMINATED */.b]: unterminated } : {};
        config.status = 'failed';
        config.errors.push({ error: text, line, ...hint });
        payload.status = 'failed';
        payload.errors.push({ file: config.file, error: text, line, ...hint });
    };
    for (let index = 0; index < queue.length; index++) {
        const { file, standIn } = queue[index];
        const config = { file, status: 'ok', errors: [], parsed: [] };
        if (standIn !== undefined)
            config[nginx_payload/* STAND_IN */.vs] = standIn;
        payload.config.push(config);
        edges.push([]);
        const outside = standIn !== undefined ? undefined : await (0,repo_file/* outsideRoot */.K)(file, io, options.root);
        if (outside !== undefined) {
            addError(config, `"${file}" resolves to "${outside}", outside the repository, so it is not read`, null);
            continue;
        }
        const text = standIn !== undefined ? (0,stand_ins/* standInText */.j)(standIn) : await readConfigText(file, io, limits, totalBytes, (error, line) => addError(config, error, line));
        if (text === undefined)
            continue;
        totalBytes += text.length;
        const result = parseText(text, {
            comments: options.comments ?? false,
            maxDepth: limits.maxDepth,
            ...(options.combine ? { file } : {}),
            ...(options.ignore ? { ignore: options.ignore } : {}),
            ...(options.strict ? { strict: true } : {}),
        });
        config.parsed = result.parsed;
        for (const error of result.errors)
            addError(config, error.error, error.line, error[nginx_payload/* UNTERMINATED */.b]);
        if (options.single)
            continue;
        for (const statement of result.includes) {
            const resolved = options.repoRoot === undefined
                ? { targets: (await resolveInclude(statement, configDir, io, limits.maxFiles - queue.length + 1, options.root, (error) => addError(config, error, statement.line))).map((file) => ({ file })) }
                : await resolveBounded(statement, configDir, options.repoRoot, io, limits.maxFiles - queue.length + 1, (error) => addError(config, error, statement.line));
            if (resolved.external)
                externals.push({ kind: resolved.external, file: index, line: statement.line, arg: statement.args[0] });
            statement.includes = [];
            for (const { file: target, standIn: shipped } of resolved.targets) {
                const key = absolute(target);
                let targetIndex = indexOf.get(key);
                if (targetIndex === undefined) {
                    if (queue.length >= limits.maxFiles) {
                        addError(config, `include "${statement.args[0]}" exceeds the limit of ${limits.maxFiles} files; the rest is not parsed`, statement.line);
                        break;
                    }
                    targetIndex = queue.length;
                    indexOf.set(key, targetIndex);
                    queue.push(shipped === undefined ? { file: target } : { file: target, standIn: shipped });
                }
                statement.includes.push(targetIndex);
                edges[index].push([targetIndex, statement]);
            }
        }
    }
    reportCycles(payload, edges, addError);
    return options.combine ? combine(payload) : payload;
}
async function readConfigText(file, io, limits, totalBytes, fail) {
    let stat;
    try {
        stat = await io.stat(file);
    }
    catch (error) {
        fail(describeFsError(file, error), null);
        return undefined;
    }
    if (stat.isDirectory) {
        fail(`"${file}" is a directory, not a config file`, null);
        return undefined;
    }
    if (stat.size > limits.maxFileBytes) {
        fail(`"${file}" is ${stat.size} bytes, over the ${limits.maxFileBytes}-byte limit for one config file`, 1);
        return undefined;
    }
    if (totalBytes + stat.size > limits.maxTotalBytes) {
        fail(`"${file}" would take the parsed configs over ${limits.maxTotalBytes} bytes`, 1);
        return undefined;
    }
    let buffer;
    try {
        buffer = await io.readFile(file);
    }
    catch (error) {
        fail(describeFsError(file, error), null);
        return undefined;
    }
    const nul = buffer.indexOf(0);
    // Invalid UTF-8 decodes to U+FFFD (Buffer#toString never throws); NUL bytes mean a binary file.
    const text = buffer.toString('utf8');
    if (nul !== -1) {
        fail(`"${file}" looks binary (NUL byte), not an nginx config`, lineAt(buffer.subarray(0, nul).toString('latin1'), nul));
        return undefined;
    }
    return text;
}
/** The files an include names: one explicit file (which must open) or the sorted matches of a glob. */
async function resolveInclude(statement, configDir, io, room, root, fail) {
    const arg = statement.args[0];
    if (statement.args.length !== 1 || arg === undefined) {
        fail(`invalid number of arguments in "include" directive`);
        return [];
    }
    const pattern = external_node_path_default().isAbsolute(arg) ? arg : external_node_path_default().join(configDir, arg);
    if (!GLOB_MAGIC.test(pattern)) {
        const outside = await (0,repo_file/* outsideRoot */.K)(pattern, io, root);
        if (outside !== undefined) {
            fail(outsideMessage(arg, outside));
            return [];
        }
        try {
            const stat = await io.stat(pattern);
            if (stat.isDirectory) {
                fail(`include "${arg}" names a directory; use a glob such as "${arg.replace(/\/?$/, '/*.conf')}"`);
                return [];
            }
        }
        catch (error) {
            fail(describeFsError(pattern, error));
            return [];
        }
        return [pattern];
    }
    // A glob outside the repository is not even listed; one inside may still match symlinks leading out (below).
    const lexical = external_node_path_default().relative(external_node_path_default().resolve(io.cwd ?? '', root ?? ''), external_node_path_default().resolve(io.cwd ?? '', pattern));
    if (root !== undefined && (lexical.startsWith('..') || external_node_path_default().isAbsolute(lexical))) {
        fail(outsideMessage(arg, external_node_path_default().resolve(io.cwd ?? '', pattern)));
        return [];
    }
    // One more than the room left, so an overflow is visible to the caller.
    const base = external_node_path_default().resolve(io.cwd ?? '', configDir);
    const found = await io.glob([toPicomatch(external_node_path_default().resolve(io.cwd ?? '', pattern))], { cwd: base, limit: Math.max(room, 0) + 1 });
    const matches = [];
    for (const match of found) {
        const outside = await (0,repo_file/* outsideRoot */.K)(match, io, root);
        if (outside === undefined)
            matches.push(match);
        else
            fail(outsideMessage(match, outside));
    }
    return matches.map((match) => {
        const relative = external_node_path_default().relative(base, match);
        return external_node_path_default().isAbsolute(arg) || relative.startsWith('..') ? match : external_node_path_default().join(configDir, relative);
    });
}
/** Where nginx packages and images keep nginx.conf: an absolute include under one of them names a file next to the main config. */
const SERVER_CONF_DIRS = ['/etc/nginx', '/usr/local/nginx/conf', '/usr/local/etc/nginx', '/usr/local/openresty/nginx/conf', '/etc/openresty', '/opt/nginx/conf'];
const isInside = (root, file) => {
    const relative = external_node_path_default().relative(root, file);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
};
/**
 * The in-repo path an absolute server path stands for, when the repository mirrors the server's conf dir:
 * `/etc/nginx/conf.d/x.conf` next to a main config kept anywhere, or `/config/nginx/ssl.conf` when the main
 * config lives in a folder ending in `/config/nginx` (the longest such suffix wins).
 */
function mapIntoRepo(arg, configDir, cwd) {
    const dirs = [...SERVER_CONF_DIRS];
    const segments = external_node_path_default().resolve(cwd, configDir).split((external_node_path_default()).sep).filter(Boolean);
    for (let take = segments.length; take >= 1; take--)
        dirs.push(`/${segments.slice(segments.length - take).join('/')}`);
    for (const dir of dirs) {
        if (arg.startsWith(`${dir}/`))
            return external_node_path_default().join(configDir, arg.slice(dir.length + 1));
    }
    return undefined;
}
/**
 * resolveInclude for a repository check: nothing outside `repoRoot` is read. A shipped file missing from
 * the repo (`mime.types`) becomes a stand-in; any other path outside the repo is an external include,
 * which the findings turn into a notice saying what the server must provide.
 */
async function resolveBounded(statement, configDir, repoRoot, io, room, fail) {
    const arg = statement.args[0];
    if (statement.args.length !== 1 || arg === undefined) {
        fail(`invalid number of arguments in "include" directive`);
        return { targets: [] };
    }
    const cwd = io.cwd ?? '';
    const root = external_node_path_default().resolve(cwd, repoRoot);
    const glob = GLOB_MAGIC.test(arg);
    const shipped = (0,stand_ins/* standInText */.j)(external_node_path_default().basename(arg)) !== undefined && !glob ? external_node_path_default().basename(arg) : undefined;
    let target = external_node_path_default().isAbsolute(arg) ? arg : external_node_path_default().join(configDir, arg);
    if (!isInside(root, external_node_path_default().resolve(cwd, target))) {
        const mapped = external_node_path_default().isAbsolute(arg) ? mapIntoRepo(arg, configDir, cwd) : undefined;
        if (mapped === undefined || !isInside(root, external_node_path_default().resolve(cwd, mapped))) {
            if (shipped !== undefined)
                return { targets: [{ file: target, standIn: shipped }], external: 'stand-in' };
            return { targets: [], external: glob ? 'empty-glob' : 'outside' };
        }
        if (!glob && !(await io.stat(mapped).then(() => true, () => false))) {
            if (shipped !== undefined)
                return { targets: [{ file: target, standIn: shipped }], external: 'stand-in' };
            return { targets: [], external: 'outside' };
        }
        target = mapped;
    }
    else if (shipped !== undefined && external_node_path_default().basename(arg) === arg && !(await io.stat(target).then(() => true, () => false))) {
        // `include mime.types;` with no mime.types in the repo: the package's file is on every server.
        return { targets: [{ file: target, standIn: shipped }], external: 'stand-in' };
    }
    const rewritten = { ...statement, args: [external_node_path_default().relative(external_node_path_default().resolve(cwd, configDir), external_node_path_default().resolve(cwd, target))] };
    const files = await resolveInclude(rewritten, configDir, io, room, root, fail);
    // A glob outside the repository that the repo mirrors but matches nothing here is fine, as in nginx.
    if (glob && files.length === 0 && external_node_path_default().isAbsolute(arg))
        return { targets: [], external: 'empty-glob' };
    // Symlinks and `..` inside matches must not lead out of the repository either.
    return { targets: files.filter((file) => isInside(root, external_node_path_default().resolve(cwd, file))).map((file) => ({ file })) };
}
/** Depth-first over include edges; an edge back into the current chain is a cycle nginx would follow forever. */
function reportCycles(payload, edges, addError) {
    const state = new Uint8Array(edges.length); // 0 new, 1 on stack, 2 done
    const chain = [];
    const visit = (node) => {
        state[node] = 1;
        chain.push(node);
        for (const [target, statement] of edges[node]) {
            if (state[target] === 1) {
                const loop = [...chain.slice(chain.indexOf(target)), target].map((i) => payload.config[i].file);
                addError(payload.config[node], `include cycle ${loop.map((f) => `"${f}"`).join(' -> ')}`, statement.line);
            }
            else if (state[target] === 0)
                visit(target);
        }
        chain.pop();
        state[node] = 2;
    };
    for (let node = 0; node < edges.length; node++)
        if (state[node] === 0)
            visit(node);
}
/** crossplane `_combine_parsed_configs`: splice included statements in place of each include. */
function combine(payload) {
    const configs = payload.config;
    const expand = (list, active) => {
        const out = [];
        for (const statement of list) {
            if (statement.block)
                statement.block = expand(statement.block, active);
            if (!statement.includes) {
                out.push(statement);
                continue;
            }
            for (const index of statement.includes) {
                if (active.has(index))
                    continue; // a cycle, already reported as an error
                active.add(index);
                // A loop, not push(...spread): an included file may hold more statements than the call stack takes arguments.
                for (const spliced of expand(configs[index].parsed, active))
                    out.push(spliced);
                active.delete(index);
            }
        }
        return out;
    };
    const first = configs[0];
    const failed = configs.some((config) => config.status === 'failed');
    return {
        ...(payload[nginx_payload/* EXTERNALS */.jC] ? { [nginx_payload/* EXTERNALS */.jC]: payload[nginx_payload/* EXTERNALS */.jC] } : {}),
        status: payload.status,
        errors: payload.errors,
        config: [
            {
                file: first.file,
                status: failed ? 'failed' : 'ok',
                errors: configs.flatMap((config) => config.errors),
                parsed: expand(first.parsed, new Set([0])),
            },
        ],
    };
}


/***/ }),

/***/ 3181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ standInText)
/* harmony export */ });
/* unused harmony export STAND_IN_NAMES */
/**
 * Stand-ins for the files every nginx package installs next to nginx.conf. A repository rarely vendors
 * them, yet `include mime.types;` is in nearly every config: they belong to the runtime, not to the repo.
 * The content is written for gatewatch (same directives and meaning, not nginx's text), and the charset
 * maps are generated from the platform's own decoders.
 */
/** What the runtime file defines, so `nginx -t` and the rules see the same names as on a server. */
const MIME_TYPES = [
    ['text/html', 'html htm shtml'],
    ['text/css', 'css'],
    ['text/xml', 'xml'],
    ['text/plain', 'txt'],
    ['text/markdown', 'md'],
    ['text/csv', 'csv'],
    ['text/javascript', 'js mjs'],
    ['application/json', 'json map'],
    ['application/manifest+json', 'webmanifest'],
    ['application/ld+json', 'jsonld'],
    ['application/atom+xml', 'atom'],
    ['application/rss+xml', 'rss'],
    ['application/pdf', 'pdf'],
    ['application/zip', 'zip'],
    ['application/gzip', 'gz'],
    ['application/x-tar', 'tar'],
    ['application/wasm', 'wasm'],
    ['application/octet-stream', 'bin exe dll iso img dmg msi deb'],
    ['application/msword', 'doc'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['application/vnd.ms-excel', 'xls'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    ['application/xhtml+xml', 'xhtml'],
    ['image/png', 'png'],
    ['image/jpeg', 'jpeg jpg'],
    ['image/gif', 'gif'],
    ['image/webp', 'webp'],
    ['image/avif', 'avif'],
    ['image/svg+xml', 'svg svgz'],
    ['image/x-icon', 'ico'],
    ['image/bmp', 'bmp'],
    ['image/tiff', 'tif tiff'],
    ['font/woff', 'woff'],
    ['font/woff2', 'woff2'],
    ['font/ttf', 'ttf'],
    ['font/otf', 'otf'],
    ['audio/mpeg', 'mp3'],
    ['audio/ogg', 'ogg oga'],
    ['audio/wav', 'wav'],
    ['video/mp4', 'mp4 m4v'],
    ['video/webm', 'webm'],
    ['video/ogg', 'ogv'],
    ['video/mp2t', 'ts'],
    ['application/vnd.apple.mpegurl', 'm3u8'],
];
/** CGI meta-variables (RFC 3875 §4.1) every FastCGI/SCGI/uWSGI app expects, as nginx variables. */
const CGI_VARIABLES = [
    ['QUERY_STRING', '$query_string'],
    ['REQUEST_METHOD', '$request_method'],
    ['CONTENT_TYPE', '$content_type'],
    ['CONTENT_LENGTH', '$content_length'],
    ['SCRIPT_NAME', '$fastcgi_script_name'],
    ['REQUEST_URI', '$request_uri'],
    ['DOCUMENT_URI', '$document_uri'],
    ['DOCUMENT_ROOT', '$document_root'],
    ['SERVER_PROTOCOL', '$server_protocol'],
    ['REQUEST_SCHEME', '$scheme'],
    ['HTTPS', '$https if_not_empty'],
    ['GATEWAY_INTERFACE', 'CGI/1.1'],
    ['SERVER_SOFTWARE', 'nginx/$nginx_version'],
    ['REMOTE_ADDR', '$remote_addr'],
    ['REMOTE_PORT', '$remote_port'],
    ['REMOTE_USER', '$remote_user'],
    ['SERVER_ADDR', '$server_addr'],
    ['SERVER_PORT', '$server_port'],
    ['SERVER_NAME', '$server_name'],
    ['REDIRECT_STATUS', '200'],
];
function params(directive, scriptName) {
    return CGI_VARIABLES.map(([name, value]) => {
        const shown = name === 'SCRIPT_NAME' ? scriptName : value;
        return `${directive} ${name.padEnd(18)} ${shown};`;
    }).join('\n');
}
/** `charset_map from to { byte mapped; … }` for the upper half of a one-byte charset. */
function charsetMap(from, to, target) {
    const lines = [];
    for (let byte = 0x80; byte <= 0xff; byte++) {
        const mapped = target(byte);
        if (mapped !== undefined)
            lines.push(`    ${hex(byte)} ${mapped};`);
    }
    return `charset_map ${from} ${to} {\n${lines.join('\n')}\n}\n`;
}
const hex = (byte) => byte.toString(16).toUpperCase().padStart(2, '0');
function decoded(charset, byte) {
    const char = new TextDecoder(charset, { fatal: true, ignoreBOM: true });
    try {
        const text = char.decode(Uint8Array.of(byte));
        return text.length > 0 && text !== '\uFFFD' ? text : undefined;
    }
    catch {
        return undefined;
    }
}
function utf8Hex(byte, charset) {
    const text = decoded(charset, byte);
    return text === undefined ? undefined : [...Buffer.from(text, 'utf8')].map(hex).join('');
}
/** koi8-r byte → the windows-1251 byte of the same letter, where one exists. */
function koiToWin(byte) {
    const text = decoded('koi8-r', byte);
    if (text === undefined)
        return undefined;
    for (let candidate = 0x80; candidate <= 0xff; candidate++)
        if (decoded('windows-1251', candidate) === text)
            return hex(candidate);
    return undefined;
}
const GENERATORS = {
    'mime.types': () => `types {\n${MIME_TYPES.map(([type, extensions]) => `    ${type.padEnd(40)} ${extensions};`).join('\n')}\n}\n`,
    fastcgi_params: () => `${params('fastcgi_param', '$fastcgi_script_name')}\n`,
    'fastcgi.conf': () => `fastcgi_param  SCRIPT_FILENAME    $document_root$fastcgi_script_name;\n${params('fastcgi_param', '$fastcgi_script_name')}\n`,
    scgi_params: () => `${params('scgi_param', '$uri')}\n`,
    uwsgi_params: () => `${params('uwsgi_param', '$uri')}\n`,
    'koi-utf': () => charsetMap('koi8-r', 'utf-8', (byte) => utf8Hex(byte, 'koi8-r')),
    'win-utf': () => charsetMap('windows-1251', 'utf-8', (byte) => utf8Hex(byte, 'windows-1251')),
    'koi-win': () => charsetMap('koi8-r', 'windows-1251', koiToWin),
};
/** Base names of the files nginx packages ship next to nginx.conf. */
const STAND_IN_NAMES = Object.keys(GENERATORS);
const cache = new Map();
/** The stand-in text for a shipped file's base name, or undefined when nginx ships no such file. */
function standInText(name) {
    const generate = GENERATORS[name];
    if (!generate)
        return undefined;
    let text = cache.get(name);
    if (text === undefined) {
        text = generate();
        cache.set(name, text);
    }
    return text;
}


/***/ })

};

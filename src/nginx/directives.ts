/**
 * What gatewatch knows about nginx's own directives: argument counts of the core ones (nginx and crossplane
 * reject `user;` as `invalid number of arguments in "user" directive`) and the names `--strict` accepts.
 * Counts follow each directive's documented syntax (nginx.org/en/docs); unknown names are not checked.
 */

const MANY = Number.POSITIVE_INFINITY;

/** name → [fewest, most] arguments. */
const COUNTS: Record<string, readonly [number, number]> = {
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

export function argumentCountError(name: string, count: number): string | undefined {
  const range = COUNTS[name];
  if (!range || (count >= range[0] && count <= range[1])) return undefined;
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

const KNOWN = new Set<string>([
  ...NAMES.split(/\s+/).filter(Boolean),
  ...UPSTREAM_MODULE_PREFIXES.flatMap((prefix) => UPSTREAM_MODULE_SUFFIXES.split(/\s+/).filter(Boolean).map((suffix) => `${prefix}_${suffix}`)),
]);

/** Whether `--strict` accepts the name: an nginx directive, a `#` comment, or a Lua block (parsed on its own). */
export function isKnownDirective(name: string): boolean {
  return name === '#' || KNOWN.has(name) || Object.hasOwn(COUNTS, name);
}

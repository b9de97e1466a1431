export const id = 828;
export const ids = [828];
export const modules = {

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nginxProbeSpecs: () => (/* binding */ nginxProbeSpecs),
  targetToSpec: () => (/* binding */ targetToSpec)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/nginx/address.ts
var nginx_address = __webpack_require__(2576);
// EXTERNAL MODULE: ./src/nginx/rule-context.ts
var rule_context = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/nginx/tree.ts
var nginx_tree = __webpack_require__(1854);
;// CONCATENATED MODULE: ./src/nginx/upstream-targets.ts
/** Every address an nginx config sends traffic to, for `nginx.probe_upstreams` (DESIGN §6). Pure over the payload. */




/**
 * Upstream `server` entries and literal `proxy_pass` addresses; a proxy_pass that names an upstream block,
 * or whose host comes from a variable, contributes nothing of its own. `cwd` makes paths repo-relative.
 */
function listUpstreamTargets(payload, cwd) {
    const toPath = (file) => (cwd ? external_node_path_default().relative(cwd, external_node_path_default().resolve(cwd, file)) : file).split((external_node_path_default()).sep).join('/');
    const tree = (0,nginx_tree/* buildTree */.H6)(payload, toPath);
    const upstreams = (0,rule_context/* httpUpstreamNames */.s1)(tree);
    const schemes = new Map();
    const targets = [];
    const at = (node) => ({ path: node.path, line: node.line, column: node.column });
    for (const { node, url } of (0,rule_context/* proxyPasses */.c4)(tree)) {
        if (upstreams.has(url.host)) {
            if (!schemes.has(url.host))
                schemes.set(url.host, url.scheme);
            continue;
        }
        if (url.hostHasVariable)
            continue;
        if (url.unixPath !== undefined) {
            targets.push({ host: '', port: 0, scheme: 'unix', unixPath: url.unixPath, location: at(node) });
        }
        else if (url.host !== '') {
            targets.push({ host: url.host, port: url.port ?? (0,nginx_address/* defaultPort */.L5)(url.scheme), scheme: url.scheme, location: at(node) });
        }
    }
    for (const { block, module, servers, addresses } of (0,rule_context/* upstreamPools */.tl)(tree)) {
        const scheme = module === 'stream' ? 'tcp' : (schemes.get(block.args[0] ?? '') ?? 'http');
        for (const [index, server] of servers.entries()) {
            const address = addresses[index];
            if (address.unixPath !== undefined) {
                targets.push({ host: '', port: 0, scheme: 'unix', unixPath: address.unixPath, location: at(server) });
                continue;
            }
            if (address.host.includes('$'))
                continue;
            targets.push({ host: address.host, port: address.port ?? (0,nginx_address/* defaultPort */.L5)(scheme), scheme, location: at(server) });
        }
    }
    return targets.sort((a, b) => (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : a.location.line - b.location.line || a.location.column - b.location.column));
}

;// CONCATENATED MODULE: ./src/probe/nginx-targets.ts

function hostForUrl(host) {
    return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
/** The spec for one target; undefined for unix sockets (probes speak TCP only). */
function targetToSpec(target, healthPath, defaults) {
    if (target.scheme === 'unix')
        return undefined;
    const address = `${hostForUrl(target.host)}:${target.port}`;
    const origin = { path: target.location.path, line: target.location.line, column: target.location.column };
    // probe.timeout_ms / probe.retries, not nginx's proxy_connect_timeout (60 s, far too long for CI).
    const base = { timeoutMs: defaults.timeoutMs, retries: defaults.retries, expect: {}, tls: {}, origin };
    if (target.scheme === 'tcp')
        return { name: `upstream ${address}`, tcp: address, ...base };
    // nginx does not verify upstream certificates unless proxy_ssl_verify is on; neither does this probe.
    const tls = target.scheme === 'https' ? { insecure: true } : {};
    return { name: `upstream ${address}`, url: `${target.scheme}://${address}${healthPath}`, ...base, tls };
}
/** Probe specs for every upstream the configs declare, first declaration of each address wins. */
function nginxProbeSpecs(payloads, options) {
    if (!options.nginx.probeUpstreams)
        return [];
    const seen = new Set();
    const specs = [];
    for (const payload of payloads) {
        for (const target of listUpstreamTargets(payload, options.cwd)) {
            const spec = targetToSpec(target, options.nginx.healthPath, options.probe);
            const key = spec?.url ?? spec?.tcp;
            if (!spec || key === undefined || seen.has(key))
                continue;
            seen.add(key);
            specs.push(spec);
        }
    }
    return specs;
}


/***/ })

};

/**
 * Stand-ins for the files every nginx package installs next to nginx.conf. A repository rarely vendors
 * them, yet `include mime.types;` is in nearly every config: they belong to the runtime, not to the repo.
 * The content is written for gatewatch (same directives and meaning, not nginx's text), and the charset
 * maps are generated from the platform's own decoders.
 */

/** What the runtime file defines, so `nginx -t` and the rules see the same names as on a server. */
const MIME_TYPES: ReadonlyArray<[string, string]> = [
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
const CGI_VARIABLES: ReadonlyArray<[string, string]> = [
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

function params(directive: string, scriptName: string): string {
  return CGI_VARIABLES.map(([name, value]) => {
    const shown = name === 'SCRIPT_NAME' ? scriptName : value;
    return `${directive} ${name.padEnd(18)} ${shown};`;
  }).join('\n');
}

/** `charset_map from to { byte mapped; … }` for the upper half of a one-byte charset. */
function charsetMap(from: string, to: string, target: (byte: number) => string | undefined): string {
  const lines: string[] = [];
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const mapped = target(byte);
    if (mapped !== undefined) lines.push(`    ${hex(byte)} ${mapped};`);
  }
  return `charset_map ${from} ${to} {\n${lines.join('\n')}\n}\n`;
}

const hex = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, '0');

function decoded(charset: string, byte: number): string | undefined {
  const char = new TextDecoder(charset, { fatal: true, ignoreBOM: true });
  try {
    const text = char.decode(Uint8Array.of(byte));
    return text.length > 0 && text !== '\uFFFD' ? text : undefined;
  } catch {
    return undefined;
  }
}

function utf8Hex(byte: number, charset: string): string | undefined {
  const text = decoded(charset, byte);
  return text === undefined ? undefined : [...Buffer.from(text, 'utf8')].map(hex).join('');
}

/** koi8-r byte → the windows-1251 byte of the same letter, where one exists. */
function koiToWin(byte: number): string | undefined {
  const text = decoded('koi8-r', byte);
  if (text === undefined) return undefined;
  for (let candidate = 0x80; candidate <= 0xff; candidate++) if (decoded('windows-1251', candidate) === text) return hex(candidate);
  return undefined;
}

const GENERATORS: Record<string, () => string> = {
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
export const STAND_IN_NAMES: readonly string[] = Object.keys(GENERATORS);

const cache = new Map<string, string>();

/** The stand-in text for a shipped file's base name, or undefined when nginx ships no such file. */
export function standInText(name: string): string | undefined {
  const generate = GENERATORS[name];
  if (!generate) return undefined;
  let text = cache.get(name);
  if (text === undefined) {
    text = generate();
    cache.set(name, text);
  }
  return text;
}

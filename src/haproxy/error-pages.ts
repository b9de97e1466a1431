/**
 * Recognises the default error pages of HAProxy and AWS ALB, so a probe can tell a gateway-generated
 * 5xx (bodyOrigin "gateway") from the upstream's own 5xx passed through (bodyOrigin "upstream").
 */
import type { Gateway } from '../failure-class.js';

export type HeaderBag = Record<string, string | string[] | undefined>;

export interface ErrorPageMatcher {
  gateway: Exclude<Gateway, 'nginx'>;
  /** True when the body (and, if given, the headers) is this gateway's built-in error page. */
  test(body: string, headers?: HeaderBag): boolean;
}

/*
 * HAProxy 2.6 built-in pages (read from the binary, GATEWAYS.md §2.4):
 * `<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n`.
 * All codes share this template; an `errorfile` replaces it, and then the page is the operator's.
 */
const HAPROXY_PAGE = /^<html><body><h1>\d{3} [^<]*<\/h1>\r?\n[^<]*\r?\n<\/body><\/html>\r?\n?$/;

/*
 * ALB pages (GATEWAYS.md §1.4): `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n
 * <center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n`, served with `Server: awselb/2.0`.
 * nginx's page has the same head but an extra `<hr><center>nginx…</center>` line, which this pattern excludes.
 */
const ALB_PAGE =
  /^<html>\r?\n<head><title>(\d{3}) [^<]*<\/title><\/head>\r?\n<body(?: bgcolor="white")?>\r?\n<center><h1>\1 [^<]*<\/h1><\/center>\r?\n<\/body>\r?\n<\/html>\r?\n?$/;

function header(headers: HeaderBag | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value.join(', ') : value;
}

export const HAPROXY_ERROR_PAGE: ErrorPageMatcher = {
  gateway: 'haproxy',
  test: (body) => HAPROXY_PAGE.test(body),
};

export const ALB_ERROR_PAGE: ErrorPageMatcher = {
  gateway: 'alb',
  // The ALB sends `Server: awselb/2.0` on the responses it generates; a target's response keeps the target's own header.
  test: (body, headers) => /^awselb\//i.test(header(headers, 'server') ?? '') || ALB_PAGE.test(body),
};

export const GATEWAY_ERROR_PAGES: readonly ErrorPageMatcher[] = [HAPROXY_ERROR_PAGE, ALB_ERROR_PAGE];

/** Which gateway generated this error body, if any of the known default pages matches. */
export function errorPageGateway(body: string, headers?: HeaderBag): ErrorPageMatcher['gateway'] | undefined {
  return GATEWAY_ERROR_PAGES.find((matcher) => matcher.test(body, headers))?.gateway;
}

/** Every static nginx rule, in one explicit list (ncc bundles statically: no filesystem discovery). */
import type { Rule, RuleMeta } from '../../rule.js';
import { NGINX_TEST_RULE } from './test.js';
import type { NginxRuleContext } from '../rule-context.js';
import { allServersDown } from './all-servers-down.js';
import { duplicateUpstream } from './duplicate-upstream.js';
import { emptyUpstream } from './empty-upstream.js';
import { implicitPort80 } from './implicit-port-80.js';
import { includeMissing } from './include-missing.js';
import { keepaliveWithoutHttp11 } from './keepalive-without-http11.js';
import { localhostUpstream } from './localhost-upstream.js';
import { maxFailsZero } from './max-fails-zero.js';
import { nextUpstreamOff } from './next-upstream-off.js';
import { nonIdempotentRetry } from './non-idempotent-retry.js';
import { proxyPassUriInRegexLocation } from './proxy-pass-uri-in-regex-location.js';
import { proxySetHeaderInheritance } from './proxy-set-header-inheritance.js';
import { syntax } from './syntax.js';
import { undefinedUpstream } from './undefined-upstream.js';
import { unixSocketInTmp } from './unix-socket-in-tmp.js';
import { variableProxyPassWithoutResolver } from './variable-proxy-pass-without-resolver.js';
import { workerRlimitNofile } from './worker-rlimit-nofile.js';

export const nginxRules: readonly Rule<NginxRuleContext>[] = [
  syntax,
  includeMissing,
  undefinedUpstream,
  emptyUpstream,
  allServersDown,
  variableProxyPassWithoutResolver,
  localhostUpstream,
  keepaliveWithoutHttp11,
  proxySetHeaderInheritance,
  nextUpstreamOff,
  maxFailsZero,
  nonIdempotentRetry,
  implicitPort80,
  unixSocketInTmp,
  duplicateUpstream,
  proxyPassUriInRegexLocation,
  workerRlimitNofile,
];

/** Metadata of every nginx ruleId a report can contain (the static rules plus `nginx/test`). */
export const NGINX_RULE_METAS: readonly RuleMeta[] = [
  ...nginxRules.map(({ id, severity, description, kb }): RuleMeta => ({ id, severity, description, ...(kb ? { kb } : {}) })),
  NGINX_TEST_RULE,
];

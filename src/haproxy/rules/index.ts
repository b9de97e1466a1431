/** The explicit registry of static HAProxy rules (ncc bundles statically: no filesystem discovery). */
import type { Rule, RuleMeta } from '../../rule.js';
import { allServersDisabled } from './all-servers-disabled.js';
import { checkPortOutOfRange } from './check-port-out-of-range.js';
import type { HaproxyRuleContext } from './context.js';
import { initAddrNoneWithoutResolvers } from './init-addr-none-without-resolvers.js';
import { missingTimeout } from './missing-timeout.js';
import { serverWithoutCheck } from './server-without-check.js';
import { HAPROXY_TEST_RULE } from './test.js';
import { unknownBackend } from './unknown-backend.js';
import { HAPROXY_READ_RULE } from './unreadable.js';

export type { HaproxyRuleContext } from './context.js';

export const HAPROXY_RULES: readonly Rule<HaproxyRuleContext>[] = [
  allServersDisabled,
  checkPortOutOfRange,
  initAddrNoneWithoutResolvers,
  missingTimeout,
  serverWithoutCheck,
  unknownBackend,
];

/** Every rule id this checker can emit (the static rules plus `haproxy -c` and unreadable files). */
export const HAPROXY_RULE_METAS: readonly RuleMeta[] = [HAPROXY_TEST_RULE, HAPROXY_READ_RULE, ...HAPROXY_RULES];

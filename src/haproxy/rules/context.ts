/** What every HAProxy rule sees: one parsed config file. */
import type { Location } from '../../finding.js';
import type { HaproxyConfig } from '../config.js';

export interface HaproxyRuleContext {
  config: HaproxyConfig;
}

export function at(config: HaproxyConfig, line: number, column: number, length?: number): Location {
  return {
    path: config.path,
    line,
    column,
    ...(length !== undefined && length > 0 ? { endLine: line, endColumn: column + length } : {}),
  };
}

export const describeProxy = (kind: string, name: string | undefined): string => `${kind} "${name ?? ''}"`;

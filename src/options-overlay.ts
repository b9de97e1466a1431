/**
 * The one place flags (CLI) and inputs (action) are laid over gatewatch.yml. Both entry points read their
 * own syntax into `OptionOverrides` and call `overlayOptions`, so `--nginx X` and `nginx: X` mean the same
 * run: the KB is still checked (kb.paths, else the default glob) unless kb paths are given too.
 */
import type { CommentMode, EmptyGlobPolicy, Options, OutputFormat, ProbeSpec, ToolTestMode } from './config.js';
import { staticGlobBase } from './files.js';
import type { FailOn } from './finding.js';

export interface OptionOverrides {
  failOn?: FailOn;
  format?: OutputFormat;
  output?: string;
  comment?: CommentMode;
  onlyChanged?: boolean;
  emptyGlob?: EmptyGlobPolicy;
  kbPaths?: string[];
  kbRoot?: string;
  nginxPaths?: string[];
  nginxTest?: ToolTestMode;
  nginxVersion?: string;
  /** From flags and workflow inputs only: gatewatch.yml never decides which program runs. */
  nginxBinary?: string;
  haproxyBinary?: string;
  haproxyPaths?: string[];
  probes?: ProbeSpec[];
  maxFiles?: number;
}

/** Unset and empty overrides leave the config's value; a list override replaces the config's list. */
export function overlayOptions(options: Options, overrides: OptionOverrides): Options {
  const set = <T>(value: T | undefined): value is T => value !== undefined;
  const kbPaths = overrides.kbPaths && overrides.kbPaths.length > 0 ? overrides.kbPaths : options.kb.paths;
  // With no kb.root written anywhere, ids are paths under the glob's static base: `--kb 'docs/kb/**/*.md'`
  // makes kb/id-path check docs/kb/<id>.md instead of silently checking nothing outside seeds/.
  const root = overrides.kbRoot ?? (options.kb.rootExplicit ? options.kb.root : (staticGlobBase(kbPaths, options.cwd) ?? options.kb.root));
  return {
    ...options,
    ...(set(overrides.failOn) ? { failOn: overrides.failOn } : {}),
    ...(set(overrides.format) ? { format: overrides.format } : {}),
    ...(set(overrides.output) ? { output: overrides.output } : {}),
    ...(set(overrides.comment) ? { comment: overrides.comment } : {}),
    ...(set(overrides.onlyChanged) ? { onlyChanged: overrides.onlyChanged } : {}),
    ...(set(overrides.emptyGlob) ? { emptyGlob: overrides.emptyGlob } : {}),
    kb: { ...options.kb, paths: kbPaths, root, ...(set(overrides.kbRoot) ? { rootExplicit: true } : {}) },
    nginx: {
      ...options.nginx,
      ...(overrides.nginxPaths && overrides.nginxPaths.length > 0 ? { paths: overrides.nginxPaths } : {}),
      ...(set(overrides.nginxTest) ? { test: overrides.nginxTest } : {}),
      ...(set(overrides.nginxVersion) ? { version: overrides.nginxVersion } : {}),
      ...(set(overrides.nginxBinary) ? { binary: overrides.nginxBinary } : {}),
    },
    haproxy: {
      ...options.haproxy,
      ...(overrides.haproxyPaths && overrides.haproxyPaths.length > 0 ? { paths: overrides.haproxyPaths } : {}),
      ...(set(overrides.haproxyBinary) ? { binary: overrides.haproxyBinary } : {}),
    },
    ...(set(overrides.probes) ? { probes: overrides.probes } : {}),
    limits: { ...options.limits, ...(set(overrides.maxFiles) ? { maxFiles: overrides.maxFiles } : {}) },
  };
}

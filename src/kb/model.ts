/** The canonical KB entry (DESIGN §4): one shape for both source forms, snake_case as in the schema. */
import type { SourceRange } from '../yaml-locate.js';

export const VERIFICATION_LEVELS = ['ai_generated', 'human_reviewed', 'community_verified', 'reproduced'] as const;
export const VERSION_STATUSES = ['active', 'deprecated', 'removed', 'unknown'] as const;

export interface CodeBlock {
  lang: string;
  value: string;
}

export interface Workaround {
  title: string;
  success_rate: number;
  code?: CodeBlock[];
}

export interface DeadEnd {
  title: string;
  reason: string;
  fail_rate: number;
}

export interface VersionRow {
  name: string;
  status: string;
  introduced: string | null;
  deprecated: string | null;
}

export interface EntrySignals {
  http_status?: number[];
  probe?: string[];
  /** Regexes over one gateway's log lines (cite/log-signal.ts says how they are matched). */
  nginx_log?: string[];
  haproxy_log?: string[];
  alb_log?: string[];
  haproxy_termination?: string[];
  /** Rule ids (`nginx/undefined-upstream`) whose findings this entry explains. */
  rule?: string[];
}

export interface Reference {
  url: string;
  title?: string;
}

export interface KbEntry {
  id: string;
  title: string;
  domain: string;
  category: string;
  verification: string;
  fix_rate: number;
  root_cause: string;
  versions: VersionRow[];
  workarounds: Workaround[];
  dead_ends: DeadEnd[];
  signals?: EntrySignals;
  references?: Reference[];
  related?: string[];
}

/** A KB file after parsing: the canonical object (possibly incomplete) plus what rules need to locate findings. */
export interface ParsedKbFile {
  /** Repo-relative path. */
  path: string;
  form: 'seed' | 'front-matter';
  /** Canonical fields found; schema validation decides whether it is a complete KbEntry. */
  entry: Partial<KbEntry> & Record<string, unknown>;
  /** JSON pointer -> where the value came from. */
  ranges: Map<string, SourceRange>;
  /** Source lines after BOM strip and CRLF normalisation (index 0 = line 1). */
  lines: string[];
  sections: SectionHeading[];
  metadata: MetadataBullet[];
  versionTable?: TableInfo;
  /** Every fenced block of the body (```log examples included). */
  fences: { lang: string; value: string; line: number }[];
  /** Fenced blocks inside workarounds, with the workaround they belong to. */
  codeBlocks: LocatedCodeBlock[];
  /** Fields the front matter set, with the value and range, for `kb/field-conflict`. */
  frontMatter?: Map<string, { value: unknown; range: SourceRange }>;
  /** Values the body set for fields the front matter may also set. */
  bodyFields: Map<string, { value: unknown; range: SourceRange }>;
  /** Raw percent texts (`85%`, `0.85`) with their pointer, for `kb/percent-format`. */
  percents: PercentText[];
  /** Exact position of a pointer inside the front matter, when the file has one. */
  locateFrontMatter?: (pointer: string) => SourceRange | undefined;
  /** True when parsing failed so badly that content rules should not run. */
  unparseable: boolean;
}

export interface SectionHeading {
  name: string;
  level: number;
  line: number;
  column: number;
}

export interface MetadataBullet {
  label: string;
  value: string;
  line: number;
  column: number;
  valueColumn: number;
}

export interface TableInfo {
  line: number;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export interface LocatedCodeBlock {
  workaround: number;
  lang: string;
  value: string;
  line: number;
}

export interface PercentText {
  pointer: string;
  text: string;
  range: SourceRange;
  /** Front matter writes a bare integer (`fix_rate: 85`), the body writes `85%`. */
  source: 'body' | 'front-matter';
}

/** Rendered KB knowledge that cite/ and the reports use; complete entries only. */
export interface KbRecord {
  path: string;
  entry: KbEntry;
}

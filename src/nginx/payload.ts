/** crossplane's JSON payload shape (`crossplane parse`), which `gatewatch nginx parse` prints byte-compatible. */

export interface NginxDirective {
  /** Present only in `--combine` payloads, where statements from many files share one list. */
  file?: string;
  directive: string;
  line: number;
  args: string[];
  /** Indexes into `NginxPayload.config` of the files an `include` pulled in. */
  includes?: number[];
  block?: NginxDirective[];
  /** `--include-comments`: the text after `#`, directive is then `#`. */
  comment?: string;
  /** 1-based column of the directive name; a symbol key so JSON output stays crossplane's. */
  [COLUMN]?: number;
}

export interface NginxFileError {
  error: string;
  line: number | null;
}

export interface NginxPayloadError {
  file: string;
  error: string;
  line: number | null;
}

export interface NginxConfigFile {
  file: string;
  status: 'ok' | 'failed';
  errors: NginxFileError[];
  parsed: NginxDirective[];
}

export interface NginxPayload {
  status: 'ok' | 'failed';
  errors: NginxPayloadError[];
  config: NginxConfigFile[];
}

/** Symbol-keyed so `JSON.stringify` skips it: crossplane has no columns, findings want them. */
export const COLUMN: unique symbol = Symbol('column');

export function columnOf(directive: NginxDirective): number {
  return directive[COLUMN] ?? 1;
}

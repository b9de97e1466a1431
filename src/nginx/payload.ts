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
  /** A statement left open at a `}` or at the end of the file: where its `;` is missing. */
  [UNTERMINATED]?: Unterminated;
}

export interface NginxPayloadError {
  file: string;
  error: string;
  line: number | null;
  [UNTERMINATED]?: Unterminated;
}

export interface Unterminated {
  directive: string;
  /** Line of the statement's last word, where the `;` belongs. */
  line: number;
}

export interface NginxConfigFile {
  file: string;
  status: 'ok' | 'failed';
  errors: NginxFileError[];
  parsed: NginxDirective[];
  /** Base name of the shipped file this entry stands in for (see stand-ins.ts); the file itself was not read. */
  [STAND_IN]?: string;
}

export interface NginxPayload {
  status: 'ok' | 'failed';
  errors: NginxPayloadError[];
  config: NginxConfigFile[];
  /** Includes the loader did not follow because they name files the server has and the repository does not. */
  [EXTERNALS]?: ExternalInclude[];
}

/**
 * An include of a file that belongs to the server, not the repository: `stand-in` for a file every nginx
 * package ships (replaced by gatewatch's own), `outside` for any other path outside the repository
 * (not read), `empty-glob` for a glob outside the repository that matched nothing here.
 */
export interface ExternalInclude {
  kind: 'stand-in' | 'outside' | 'empty-glob';
  /** Index in `config` of the file holding the include. */
  file: number;
  line: number;
  /** The include argument as written. */
  arg: string;
}

/** Symbol-keyed so `JSON.stringify` skips it: crossplane has no columns, findings want them. */
export const COLUMN: unique symbol = Symbol('column');
/** Symbol-keyed for the same reason: gatewatch's notes on a payload that crossplane's shape has no room for. */
export const STAND_IN: unique symbol = Symbol('stand-in');
export const EXTERNALS: unique symbol = Symbol('externals');
export const UNTERMINATED: unique symbol = Symbol('unterminated');

export function externalIncludes(payload: NginxPayload): readonly ExternalInclude[] {
  return payload[EXTERNALS] ?? [];
}

export function columnOf(directive: NginxDirective): number {
  return directive[COLUMN] ?? 1;
}

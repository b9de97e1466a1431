/** One configured Ajv for every JSON Schema gatewatch validates (KB entries, gatewatch.yml). */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

/**
 * Compiles on first use: modules call this at import time, and three eager compiles cost ~110 ms of CLI
 * start-up (measured), which every command paid even when it validates nothing (e.g. `nginx parse`).
 * Callers only call the function and read `.errors`, which the wrapper mirrors.
 */
export function compileSchema(schema: object): ValidateFunction {
  let compiled: ValidateFunction | undefined;
  const validate = ((data: unknown) => {
    if (!compiled) {
      const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
      addFormats(ajv);
      compiled = ajv.compile(schema);
    }
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  }) as ValidateFunction;
  return validate;
}

/** The pointer an error is about: the missing or extra key itself when ajv names one. */
export function errorPointer(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const key = params.missingProperty ?? params.additionalProperty;
  return key === undefined ? error.instancePath : `${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** A readable one-line message naming the offending value. */
export function describeError(error: ErrorObject, data: unknown): string {
  const params = error.params as Record<string, unknown>;
  const where = error.instancePath === '' ? 'entry' : `"${error.instancePath}"`;
  switch (error.keyword) {
    case 'required':
      return `Missing required field "${String(params.missingProperty)}" in ${where}`;
    case 'additionalProperties':
      return `Unknown field "${String(params.additionalProperty)}" in ${where}`;
    case 'enum':
      return `Value ${JSON.stringify(valueAt(data, error.instancePath))} of ${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `Value ${truncate(JSON.stringify(valueAt(data, error.instancePath)))} of ${where} ${error.message ?? 'is invalid'}`;
  }
}

function truncate(text: string | undefined): string {
  if (text === undefined) return 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/**
 * The official OASIS SARIF 2.1.0 JSON schema, as shipped in @microsoft/sarif-multitool-linux 5.7.0
 * (`sarif-2.1.0.json`, copied to test/fixtures/sarif/; the package itself is not a dependency).
 * That copy declares JSON Schema 2020-12, so it is compiled with Ajv2020 and ajv-formats.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const formatsExport = addFormatsModule as unknown as { default?: (ajv: Ajv2020) => void };
const addFormats = formatsExport.default ?? (addFormatsModule as unknown as (ajv: Ajv2020) => void);

const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-2.1.0.json', 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

export const validateSarif = ajv.compile(schema);

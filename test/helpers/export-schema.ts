import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { PROJECT_ROOT } from './paths.ts';

const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/export.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addSchema(schema);

/** Validators for the whole export and for one JSONL line, compiled from the committed schema. */
export const validateExport = ajv.getSchema('urn:kroniek:schema:export:1')!;
export const validateExportLine = ajv.getSchema('urn:kroniek:schema:export:1#/$defs/line')!;

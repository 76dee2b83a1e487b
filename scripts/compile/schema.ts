// The dataset's JSON Schema, compiled once with ajv: validates whole datasets (write.ts) and single facts (corrections.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';

export const SCHEMA_PATH = fileURLToPath(new URL('../../data/dataset.schema.json', import.meta.url));

interface Validators {
  ajv: InstanceType<typeof Ajv2020>;
  id: string;
  dataset: ValidateFunction;
}

let compiled: Validators | null = null;

function validators(): Validators {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { $id: string };
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addSchema(schema);
    compiled = { ajv, id: schema.$id, dataset: ajv.getSchema(schema.$id) as ValidateFunction };
  }
  return compiled;
}

export function loadSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

/** Problems with `value` as a whole dataset, as "path: message" lines; empty when it is valid. */
export function datasetSchemaErrors(value: unknown): string[] {
  const { dataset } = validators();
  return dataset(value) ? [] : formatErrors(dataset.errors);
}

/** Problems with `value` as one definition of the schema ("Measure", "Person", …); empty when it is valid. */
export function definitionSchemaErrors(definition: string, value: unknown): string[] {
  const { ajv, id } = validators();
  const validate = ajv.getSchema(`${id}#/$defs/${definition}`);
  if (!validate) return [`the schema has no definition "${definition}"`];
  return validate(value) ? [] : formatErrors(validate.errors);
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 20).map((error) => {
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : '';
    return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${extra}`;
  });
}

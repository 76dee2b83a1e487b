// Writing: Dataset → JSON text with a fixed key order, checked against the schema, written atomically.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Dataset } from '../../src/lib/dataset.ts';
import { datasetSchemaErrors, loadSchema } from './schema.ts';

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[] };

export class DatasetInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`the compiled dataset does not match data/dataset.schema.json:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * The dataset as JSON. Object keys follow the order of the schema's `properties` (then code-point order for any
 * others), so the bytes do not depend on the order in which code happened to build an object. No timestamps.
 */
export function serializeDataset(dataset: Dataset): string {
  const schema = loadSchema() as SchemaNode & { $defs: Record<string, SchemaNode> };
  return `${JSON.stringify(orderKeys(dataset, schema, schema.$defs), null, 2)}\n`;
}

function orderKeys(value: unknown, node: SchemaNode | undefined, defs: Record<string, SchemaNode>): unknown {
  const resolved = resolve(node, defs, value);
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, resolved?.items, defs));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const known = Object.keys(resolved?.properties ?? {}).filter((key) => key in record);
  const others = Object.keys(record).filter((key) => !known.includes(key)).sort();
  const ordered: Record<string, unknown> = {};
  for (const key of [...known, ...others]) ordered[key] = orderKeys(record[key], resolved?.properties?.[key], defs);
  return ordered;
}

/** Follows $ref, and picks the object branch of an anyOf for object values. */
function resolve(node: SchemaNode | undefined, defs: Record<string, SchemaNode>, value: unknown): SchemaNode | undefined {
  let current = node;
  for (let depth = 0; current && depth < 10; depth += 1) {
    if (current.$ref) current = defs[current.$ref.replace('#/$defs/', '')];
    else if (current.anyOf && typeof value === 'object' && value !== null) current = current.anyOf.find((branch) => branch.$ref || branch.properties);
    else break;
  }
  return current;
}

/** Throws DatasetInvalidError when the dataset breaks the schema or an evidence quote is not its article's text. */
export function assertValidDataset(dataset: Dataset): void {
  const problems = [...datasetSchemaErrors(dataset), ...evidenceSpanErrors(dataset)];
  if (problems.length > 0) throw new DatasetInvalidError(problems);
}

/** Every evidence object anywhere in the dataset must quote its article exactly: `quote === text.slice(start, end)`. */
export function evidenceSpanErrors(dataset: Dataset): string[] {
  const texts = new Map(dataset.articles.map((article) => [article.id, article.text]));
  const problems: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${path}/${index}`));
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (path.endsWith('/evidence') || /\/evidence\/\d+$/.test(path)) {
      if ('quote' in record && 'articleId' in record) {
        const text = texts.get(String(record.articleId));
        if (text === undefined) problems.push(`${path}: unknown article "${String(record.articleId)}"`);
        else if (text.slice(Number(record.start), Number(record.end)) !== record.quote) {
          problems.push(`${path}: quote is not text.slice(${String(record.start)}, ${String(record.end)}) of ${String(record.articleId)}`);
        }
        return;
      }
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'text' && key !== 'sentences') visit(child, `${path}/${key}`);
    }
  };
  visit(dataset, '');
  return problems.slice(0, 50);
}

/**
 * Validates, then writes `file.<pid>.tmp` and renames it over `file`: a rename is atomic on one file system, so a build
 * reading the dataset while this one writes sees the old file or the new one, never half of one.
 */
export function writeDataset(dataset: Dataset, file: string): string {
  assertValidDataset(dataset);
  const json = serializeDataset(dataset);
  mkdirSync(dirname(file), { recursive: true });
  // The process id keeps two builds running at once from writing the same temporary file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, json);
  renameSync(temporary, file);
  return json;
}

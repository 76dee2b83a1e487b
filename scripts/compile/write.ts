// Writing: Dataset → JSON text with a fixed key order, checked against the schema, written atomically.
import { writeSync } from 'node:fs';
import type { Dataset } from '../../src/lib/dataset.ts';
import { replaceFile, type ReplaceFileOptions } from './replace-file.ts';
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
 * Objects and arrays of plain values (evidence, spans, dates) sit on one line: the file stays readable and diffable,
 * and is a third of the size of fully indented JSON.
 */
export function serializeDataset(dataset: Dataset): string {
  const chunks: string[] = [];
  writeJson(dataset, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/** Streams the serialised dataset to `emit` in pieces, so a large dataset never becomes one huge string. */
export function writeJson(dataset: Dataset, emit: (chunk: string) => void): void {
  const schema = loadSchema() as SchemaNode & { $defs: Record<string, SchemaNode> };
  emitValue(dataset, schema, schema.$defs, '', emit);
  emit('\n');
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

const schemaKeys = new WeakMap<SchemaNode, string[]>();

function orderedEntries(
  record: Record<string, unknown>,
  node: SchemaNode | undefined,
): [string, unknown, SchemaNode | undefined][] {
  let keys = node ? schemaKeys.get(node) : undefined;
  if (node && !keys) schemaKeys.set(node, (keys = Object.keys(node.properties ?? {})));
  const entries: [string, unknown, SchemaNode | undefined][] = [];
  for (const key of keys ?? []) {
    if (record[key] !== undefined) entries.push([key, record[key], node?.properties?.[key]]);
  }
  if (entries.length < Object.keys(record).length) {
    const known = new Set(keys);
    for (const key of Object.keys(record).sort()) {
      if (!known.has(key) && record[key] !== undefined) entries.push([key, record[key], undefined]);
    }
  }
  return entries;
}

function emitValue(
  value: unknown,
  node: SchemaNode | undefined,
  defs: Record<string, SchemaNode>,
  indent: string,
  emit: (chunk: string) => void,
): void {
  if (isPlain(value)) {
    emit(JSON.stringify(value));
    return;
  }
  const resolved = resolve(node, defs, value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit('[]');
    if (value.every(isPlain)) return emit(`[${value.map((item) => JSON.stringify(item)).join(', ')}]`);
    emit('[\n');
    value.forEach((item, index) => {
      emit(inner);
      emitValue(item, resolved?.items, defs, inner, emit);
      emit(index < value.length - 1 ? ',\n' : '\n');
    });
    emit(`${indent}]`);
    return;
  }
  const entries = orderedEntries(value as Record<string, unknown>, resolved);
  if (entries.length === 0) return emit('{}');
  if (entries.every(([, child]) => isPlain(child))) {
    emit(`{${entries.map(([key, child]) => `${JSON.stringify(key)}: ${JSON.stringify(child)}`).join(', ')}}`);
    return;
  }
  emit('{\n');
  entries.forEach(([key, child, childNode], index) => {
    emit(`${inner}${JSON.stringify(key)}: `);
    emitValue(child, childNode, defs, inner, emit);
    emit(index < entries.length - 1 ? ',\n' : '\n');
  });
  emit(`${indent}}`);
}

/** Follows $ref, and picks the object branch of an anyOf for object values. */
function resolve(
  node: SchemaNode | undefined,
  defs: Record<string, SchemaNode>,
  value: unknown,
): SchemaNode | undefined {
  let current = node;
  for (let depth = 0; current && depth < 10; depth += 1) {
    if (current.$ref) current = defs[current.$ref.replace('#/$defs/', '')];
    else if (current.anyOf && typeof value === 'object' && value !== null)
      current = current.anyOf.find((branch) => branch.$ref || branch.properties);
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
          problems.push(
            `${path}: quote is not text.slice(${String(record.start)}, ${String(record.end)}) of ${String(record.articleId)}`,
          );
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
 * Validates, then writes the file through a temporary file renamed over it (replace-file.ts: a build reading the
 * dataset while this one writes sees the old file or the new one, never half of one; nothing but a regular file is
 * replaced). Throws DatasetInvalidError, or OutputFileError with the reason the file cannot be written.
 */
export function writeDataset(dataset: Dataset, file: string, options: ReplaceFileOptions = {}): { bytes: number } {
  assertValidDataset(dataset);
  let bytes = 0;
  replaceFile(
    file,
    (descriptor) => {
      let pending: string[] = [];
      let pendingLength = 0;
      const flush = (): void => {
        const buffer = Buffer.from(pending.join(''), 'utf8');
        writeAll(descriptor, buffer);
        bytes += buffer.length;
        pending = [];
        pendingLength = 0;
      };
      writeJson(dataset, (chunk) => {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength > 1 << 20) flush();
      });
      flush();
    },
    options,
  );
  return { bytes };
}

/** writeSync may write part of a buffer (a full disk, a signal): the rest is written until none is left. */
function writeAll(descriptor: number, buffer: Buffer): void {
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(descriptor, buffer, offset, buffer.length - offset);
}

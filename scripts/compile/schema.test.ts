// Keeps data/dataset.schema.json in step with the Dataset type in src/lib/dataset.ts, by reading the TypeScript source.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { datasetSchemaErrors, loadSchema } from './schema.ts';

interface SchemaNode {
  $ref?: string;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  type?: string | string[];
}

const schema = loadSchema() as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
const source = ts.createSourceFile(
  'dataset.ts',
  readFileSync('src/lib/dataset.ts', 'utf8'),
  ts.ScriptTarget.Latest,
  true,
);
const interfaces = new Map<string, ts.InterfaceDeclaration>();
const aliases = new Map<string, ts.TypeAliasDeclaration>();
source.forEachChild((node) => {
  if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node);
});

/** The schema node, with $refs followed; for `anyOf` (nullable types) the branches that are not `null`. */
function branches(node: SchemaNode | undefined): SchemaNode[] {
  if (!node) return [];
  if (node.$ref) return branches(schema.$defs[node.$ref.replace('#/$defs/', '')]);
  if (node.anyOf) return node.anyOf.flatMap(branches);
  return [node];
}

/** Literal values a schema node allows (enum/const, and null when a branch allows it), or null when it is not an enum. */
function schemaLiterals(node: SchemaNode | undefined): unknown[] | null {
  const all = branches(node);
  const values: unknown[] = [];
  let literal = false;
  for (const branch of all) {
    if (branch.enum) {
      literal = true;
      values.push(...branch.enum);
    } else if ('const' in branch) {
      literal = true;
      values.push(branch.const);
    } else if (branch.type === 'null') values.push(null);
    else return null;
  }
  return literal ? values.sort() : null;
}

/** Type without `| null`, and whether null was part of it. */
function withoutNull(type: ts.TypeNode): ts.TypeNode[] {
  if (ts.isUnionTypeNode(type))
    return type.types.filter(
      (part) => !(ts.isLiteralTypeNode(part) && part.literal.kind === ts.SyntaxKind.NullKeyword),
    );
  return [type];
}

/** Literal values of a type made only of literals (through aliases), or null. */
function typeLiterals(type: ts.TypeNode): unknown[] | null {
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const alias = aliases.get(type.typeName.text);
    return alias ? typeLiterals(alias.type) : null;
  }
  if (ts.isUnionTypeNode(type)) {
    const parts = type.types.map(typeLiterals);
    return parts.every((part) => part !== null) ? parts.flat().sort() : null;
  }
  if (ts.isLiteralTypeNode(type)) {
    if (ts.isStringLiteral(type.literal)) return [type.literal.text];
    if (ts.isNumericLiteral(type.literal)) return [Number(type.literal.text)];
    if (type.literal.kind === ts.SyntaxKind.NullKeyword) return [null];
  }
  return null;
}

/** Property signatures of an object type: interface (with what it extends), type literal, intersection. */
function membersOf(type: ts.TypeNode | ts.InterfaceDeclaration): ts.PropertySignature[] | null {
  if (ts.isInterfaceDeclaration(type)) {
    const inherited = (type.heritageClauses ?? []).flatMap((clause) =>
      clause.types.flatMap((base) =>
        ts.isIdentifier(base.expression) ? (membersOf(interfaces.get(base.expression.text)!) ?? []) : [],
      ),
    );
    return [...inherited, ...type.members.filter(ts.isPropertySignature)];
  }
  if (ts.isTypeLiteralNode(type)) return type.members.filter(ts.isPropertySignature);
  if (ts.isIntersectionTypeNode(type)) {
    const parts = type.types.map(membersOf);
    return parts.every((part) => part !== null) ? parts.flat() : null;
  }
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const declaration = interfaces.get(type.typeName.text);
    if (declaration) return membersOf(declaration);
    const alias = aliases.get(type.typeName.text);
    return alias ? membersOf(alias.type) : null;
  }
  return null;
}

/** Every difference between a TypeScript object type and a schema node, as readable lines. */
function differences(members: ts.PropertySignature[], node: SchemaNode | undefined, path: string): string[] {
  const objectBranch = branches(node).find((branch) => branch.properties);
  if (!objectBranch?.properties) return [`${path}: the schema has no object here`];
  const problems: string[] = [];
  const tsNames = members.map((member) => member.name.getText(source));
  const schemaNames = Object.keys(objectBranch.properties);
  for (const name of tsNames)
    if (!schemaNames.includes(name)) problems.push(`${path}.${name}: in the type, missing from the schema`);
  for (const name of schemaNames)
    if (!tsNames.includes(name)) problems.push(`${path}.${name}: in the schema, missing from the type`);
  const required = new Set(objectBranch.required ?? []);
  for (const member of members) {
    const name = member.name.getText(source);
    const child = objectBranch.properties[name];
    if (!child || !member.type) continue;
    if (!member.questionToken && !required.has(name))
      problems.push(`${path}.${name}: required in the type, optional in the schema`);
    const literals = typeLiterals(member.type);
    if (literals) {
      const allowed = schemaLiterals(child);
      if (JSON.stringify(allowed) !== JSON.stringify(literals))
        problems.push(`${path}.${name}: type allows ${JSON.stringify(literals)}, schema ${JSON.stringify(allowed)}`);
      continue;
    }
    for (const part of withoutNull(member.type)) {
      if (ts.isArrayTypeNode(part)) {
        const element = ts.isParenthesizedTypeNode(part.elementType) ? part.elementType.type : part.elementType;
        const elementMembers = membersOf(element);
        const items = branches(child).find((branch) => branch.items)?.items;
        if (elementMembers) problems.push(...differences(elementMembers, items, `${path}.${name}[]`));
      } else {
        const nested = membersOf(part);
        if (nested) problems.push(...differences(nested, child, `${path}.${name}`));
      }
    }
  }
  return problems;
}

describe('data/dataset.schema.json and src/lib/dataset.ts', () => {
  it('name the same properties, require the same ones and allow the same literal values, all the way down', () => {
    const dataset = interfaces.get('Dataset');
    expect(dataset).toBeDefined();
    expect(differences(membersOf(dataset!) ?? [], schema, 'Dataset')).toEqual([]);
  });

  it('the comparison itself notices a property the schema lacks', () => {
    const article = interfaces.get('Article')!;
    const trimmed = { ...schema.$defs.Article, properties: { ...schema.$defs.Article?.properties } };
    delete trimmed.properties.url;
    expect(differences(membersOf(article) ?? [], trimmed, 'Article')).toContain(
      'Article.url: in the type, missing from the schema',
    );
  });

  it('refuses a dataset with an extra property or a bad date value', () => {
    const minimal = {
      schemaVersion: 1,
      articles: [],
      measures: [],
      people: [],
      places: [],
      meetings: [],
      events: [],
      trip: { traveller: null, title: '', stops: [] },
      conflicts: [],
      countries: [],
      report: { skipped: [], warnings: [], unresolvedDates: [], corrections: [] },
      credits: [],
    };
    expect(datasetSchemaErrors(minimal)).toEqual([]);
    expect(datasetSchemaErrors({ ...minimal, extra: 1 })).toEqual(['/: must NOT have additional properties (extra)']);
    const event = {
      id: 'e',
      provenance: 'extracted',
      evidence: [],
      articleCount: 0,
      date: { value: 'Oct 2025', precision: 'month' },
      title: 't',
      category: 'meeting',
      relatedIds: [],
    };
    expect(datasetSchemaErrors({ ...minimal, events: [event] })).toContain(
      '/events/0/date/value: must match pattern "^\\d{4}(-\\d{2}(-\\d{2})?)?$"',
    );
  });
});

/**
 * The editors' field reference, read from the schema sources themselves: every field's name,
 * type, whether it is required, and the JSDoc line above it. Generated at build time, so the
 * documentation cannot drift from the schemas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { COLLECTIONS, REGISTRY } from './collections';

export interface FieldDoc {
  /** Dotted path, e.g. "appliesTo.valueOverNok"; list items are shown as "documentation[].when". */
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface CollectionDoc {
  collection: string;
  folder: string;
  schemaFile: string;
  /** Field sets of a discriminated union are listed as variants keyed by their literal. */
  fields: FieldDoc[];
}

const SCHEMA_DIR = path.resolve('src/schemas');
const REGISTRY_FILE = path.resolve('src/lib/collections.ts');

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf-8'), ts.ScriptTarget.Latest, true);
}

function jsDocOf(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  return docs
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Top-level `const NAME = ...` declarations of a file, plus those imported from siblings. */
function declarations(file: string, seen = new Map<string, Map<string, ts.Expression>>()) {
  const cached = seen.get(file);
  if (cached) return cached;
  const map = new Map<string, ts.Expression>();
  seen.set(file, map);
  const source = parse(file);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && decl.initializer)
          map.set(decl.name.text, decl.initializer);
      }
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const spec = statement.moduleSpecifier.text;
      if (!spec.startsWith('./')) continue;
      const imported = declarations(path.join(path.dirname(file), `${spec}.ts`), seen);
      for (const [name, value] of imported) if (!map.has(name)) map.set(name, value);
    }
  }
  return map;
}

type Decls = Map<string, ts.Expression>;

/** Peels `x.optional()`, `.default()`, `.refine()`, `as const` and friends off an expression. */
function unwrap(expr: ts.Expression): { core: ts.Expression; optional: boolean } {
  let optional = false;
  let node = expr;
  for (;;) {
    if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) {
      node = node.expression;
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      [
        'optional',
        'default',
        'refine',
        'superRefine',
        'transform',
        'min',
        'max',
        'int',
        'positive',
        'nonnegative',
        'regex',
        'describe',
      ].includes(node.expression.name.text) &&
      !(ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'z')
    ) {
      if (['optional', 'default'].includes(node.expression.name.text)) optional = true;
      node = node.expression.expression;
    } else {
      return { core: node, optional };
    }
  }
}

function stringValues(expr: ts.Expression | undefined, decls: Decls): string[] {
  if (!expr) return [];
  const { core } = unwrap(expr);
  if (ts.isIdentifier(core)) return stringValues(decls.get(core.text), decls);
  if (ts.isArrayLiteralExpression(core)) {
    return core.elements.filter(ts.isStringLiteral).map((el) => el.text);
  }
  return [];
}

const zCall = (node: ts.Expression) =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  ts.isIdentifier(node.expression.expression) &&
  node.expression.expression.text === 'z'
    ? { method: node.expression.name.text, args: node.arguments }
    : undefined;

const NAMED_TYPES: Record<string, string> = {
  calendarDate: 'dato (ÅÅÅÅ-MM-DD)',
  osloDateTime: 'dato og klokkeslett, Oslo-tid («ÅÅÅÅ-MM-DDTTT:MM»)',
  nok: 'beløp i kroner (helt tall, 0 eller mer)',
  audience: 'målgruppe: leverandor, innkjoper eller kursdeltaker',
  sourceLink: 'kilde',
};

interface Described {
  type: string;
  /** Sub-fields of an object (or of the objects in a list). */
  fields?: ts.ObjectLiteralExpression | undefined;
  list?: boolean;
}

function describe(expr: ts.Expression, decls: Decls): Described {
  const { core } = unwrap(expr);
  if (ts.isIdentifier(core)) {
    const named = NAMED_TYPES[core.text];
    const value = decls.get(core.text);
    if (named) return { type: named, fields: value ? objectFields(value) : undefined };
    if (value) return describe(value, decls);
    return { type: core.text };
  }
  if (
    ts.isCallExpression(core) &&
    ts.isIdentifier(core.expression) &&
    core.expression.text === 'reference'
  ) {
    const target = core.arguments[0];
    return {
      type: `henvisning til ${target && ts.isStringLiteral(target) ? target.text : '?'} (id)`,
    };
  }
  const call = zCall(core);
  if (!call) return { type: core.getText() };
  const [first] = call.args;
  switch (call.method) {
    case 'string':
      return { type: 'tekst' };
    case 'number':
      return { type: 'tall' };
    case 'boolean':
      return { type: 'true eller false' };
    case 'url':
      return { type: 'nettadresse (https://…)' };
    case 'email':
      return { type: 'e-postadresse' };
    case 'literal':
      return { type: `«${first && ts.isStringLiteral(first) ? first.text : first?.getText()}»` };
    case 'enum':
      return { type: `en av: ${stringValues(first, decls).join(', ')}` };
    case 'coerce':
      return { type: 'dato' };
    case 'object': {
      // z.object({ … }) or z.object(someFields), a shared object of fields declared elsewhere.
      const literal = first && ts.isIdentifier(first) ? decls.get(first.text) : first;
      return {
        type: 'gruppe',
        fields: literal && ts.isObjectLiteralExpression(literal) ? literal : undefined,
      };
    }
    case 'array': {
      const inner = first ? describe(first, decls) : { type: '?' };
      return { type: `liste av ${inner.type}`, fields: inner.fields, list: true };
    }
    case 'union':
      return {
        type:
          first && ts.isArrayLiteralExpression(first)
            ? first.elements.map((el) => describe(el, decls).type).join(' eller ')
            : 'ett av flere alternativer',
      };
    default:
      return { type: call.method };
  }
}

function objectFields(expr: ts.Expression): ts.ObjectLiteralExpression | undefined {
  const { core } = unwrap(expr);
  if (ts.isObjectLiteralExpression(core)) return core;
  const call = zCall(core);
  const first = call?.args[0];
  if (call?.method === 'object' && first && ts.isObjectLiteralExpression(first)) return first;
  return undefined;
}

function collectFields(
  object: ts.ObjectLiteralExpression,
  decls: Decls,
  prefix: string,
): FieldDoc[] {
  const fields: FieldDoc[] = [];
  for (const prop of object.properties) {
    if (ts.isSpreadAssignment(prop)) {
      const spread = ts.isIdentifier(prop.expression) ? decls.get(prop.expression.text) : undefined;
      const inner = spread && objectFields(spread);
      if (inner) fields.push(...collectFields(inner, decls, prefix));
      continue;
    }
    if (!ts.isPropertyAssignment(prop)) continue;
    const name = prefix + prop.name.getText().replace(/['"]/g, '');
    // A field written after a spread replaces the spread's field of that name, as in JavaScript.
    const replaced = (f: FieldDoc) =>
      f.name === name || f.name.startsWith(`${name}.`) || f.name.startsWith(`${name}[].`);
    for (let i = fields.length - 1; i >= 0; i--) if (replaced(fields[i]!)) fields.splice(i, 1);
    const { optional } = unwrap(prop.initializer);
    const described = describe(prop.initializer, decls);
    fields.push({ name, type: described.type, required: !optional, description: jsDocOf(prop) });
    if (described.fields) {
      fields.push(
        ...collectFields(described.fields, decls, `${name}${described.list ? '[]' : ''}.`),
      );
    }
  }
  return fields;
}

/** All fields of a schema expression: an object, or the union of a discriminated union's variants. */
function schemaFields(expr: ts.Expression, decls: Decls): FieldDoc[] {
  const { core } = unwrap(expr);
  const call = zCall(core);
  if (call?.method === 'discriminatedUnion') {
    const variants = call.args[1];
    const byName = new Map<string, FieldDoc>();
    if (variants && ts.isArrayLiteralExpression(variants)) {
      for (const variant of variants.elements) {
        const object = objectFields(variant);
        for (const field of object ? collectFields(object, decls, '') : []) {
          const known = byName.get(field.name);
          if (!known) byName.set(field.name, field);
          else if (field.type.startsWith('«') && known.type !== field.type) {
            known.type = `${known.type} | ${field.type}`;
            known.description ||= field.description;
          }
        }
      }
    }
    return [...byName.values()];
  }
  const object = objectFields(core);
  return object ? collectFields(object, decls, '') : [];
}

/** One entry per collection, in the registry's order (src/lib/collections.ts). */
export function fieldReference(): CollectionDoc[] {
  const registry = parse(REGISTRY_FILE);
  const schemaFileOf = new Map<string, string>();
  const schemaNameOf = new Map<string, string>();
  for (const statement of registry.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text.startsWith('../schemas/')
    ) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          schemaFileOf.set(
            element.name.text,
            path.join(SCHEMA_DIR, `${path.basename(statement.moduleSpecifier.text)}.ts`),
          );
        }
      }
    }
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === 'info'
    ) {
      const [config] = node.initializer.arguments;
      const schema =
        config &&
        ts.isObjectLiteralExpression(config) &&
        config.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && p.name.getText() === 'schema',
        );
      if (schema && ts.isIdentifier(schema.initializer))
        schemaNameOf.set(node.name.getText(), schema.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(registry);
  return COLLECTIONS.map((collection) => {
    const schemaName = schemaNameOf.get(collection);
    const schemaFile = schemaName && schemaFileOf.get(schemaName);
    if (!schemaName || !schemaFile) throw new Error(`No schema import found for ${collection}`);
    const decls = declarations(schemaFile);
    const expr = decls.get(schemaName);
    if (!expr) throw new Error(`${schemaName} is not declared in ${schemaFile}`);
    return {
      collection,
      folder: REGISTRY[collection].folder,
      schemaFile: path.relative(process.cwd(), schemaFile),
      fields: schemaFields(expr, decls),
    };
  });
}

/** The same reference as Markdown, for the README or a terminal. */
export function fieldReferenceMarkdown(docs = fieldReference()): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return docs
    .map((doc) =>
      [
        `## ${doc.collection} (\`content/${doc.folder}/\`)`,
        '',
        '| Felt | Type | Påkrevd | Betydning |',
        '| --- | --- | --- | --- |',
        ...doc.fields.map(
          (f) =>
            `| \`${f.name}\` | ${escape(f.type)} | ${f.required ? 'ja' : 'nei'} | ${escape(f.description)} |`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

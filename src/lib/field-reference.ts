/**
 * The editors' field reference, read from the schema sources themselves: every field's name,
 * type, whether it is required, and the JSDoc line above it. Generated at build time, so the
 * documentation cannot drift from the schemas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import {
  COLLECTIONS,
  REGISTRY,
  TRANSLATED,
  translationFolder,
  translationSchema,
} from './collections';
import { textFieldNames, textFields } from './translations';

// Required, not imported: as an ES import, Node first scans the whole 9 MB compiler to detect its
// module format and named exports, which cost half a second of every build (bench profile).
const ts = createRequire(import.meta.url)('typescript') as typeof TS;

/**
 * What kind of value a field holds, read from the same source as `type`, for tools that need
 * more than a sentence (the web editor's configuration, src/lib/cms/config.ts).
 */
export type FieldShape =
  | { kind: 'text'; pattern?: { regex: string; message: string }; min?: number }
  /** positive: more than 0 (min is then inclusive only for whole numbers). */
  | { kind: 'number'; integer: boolean; min?: number; max?: number; positive?: boolean }
  | { kind: 'boolean' }
  | { kind: 'url' }
  | { kind: 'email' }
  | { kind: 'date' }
  | { kind: 'datetime'; pattern?: { regex: string; message: string } }
  | { kind: 'literal'; value: string }
  | { kind: 'enum'; values: string[] }
  | { kind: 'reference'; collection: string }
  /** Sub-fields follow as "name.sub"; a discriminated union lists every variant's fields. */
  | { kind: 'object'; discriminator?: string }
  /** Items of objects follow as "name[].sub". */
  | { kind: 'list'; of: FieldShape; min?: number }
  | { kind: 'union'; of: FieldShape[]; message?: string }
  | { kind: 'unknown'; source: string };

export interface FieldDoc {
  /** Dotted path, e.g. "appliesTo.valueOverNok"; list items are shown as "documentation[].when". */
  name: string;
  type: string;
  required: boolean;
  description: string;
  shape: FieldShape;
  /** The value the schema fills in when the field is left out (literals only). */
  default?: unknown;
  /** A field of some variants of a discriminated union only: their discriminator values. */
  onlyIn?: string[];
  /** A check across fields (.refine) the field's own shape cannot say. */
  refined?: boolean;
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

function parse(file: string): TS.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf-8'), ts.ScriptTarget.Latest, true);
}

function jsDocOf(node: TS.Node): string {
  const docs = (node as { jsDoc?: TS.JSDoc[] }).jsDoc ?? [];
  return docs
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Top-level `const NAME = ...` declarations of a file, plus those imported from siblings. */
function declarations(file: string, seen = new Map<string, Map<string, TS.Expression>>()) {
  const cached = seen.get(file);
  if (cached) return cached;
  const map = new Map<string, TS.Expression>();
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

type Decls = Map<string, TS.Expression>;

interface Unwrapped {
  core: TS.Expression;
  optional: boolean;
  /** The calls peeled off, outermost first: name and arguments. */
  checks: { method: string; args: readonly TS.Expression[] }[];
}

/** Peels `x.optional()`, `.default()`, `.refine()`, `as const` and friends off an expression. */
function unwrap(expr: TS.Expression): Unwrapped {
  let optional = false;
  const checks: Unwrapped['checks'] = [];
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
        'pipe',
      ].includes(node.expression.name.text) &&
      !(ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'z')
    ) {
      if (['optional', 'default'].includes(node.expression.name.text)) optional = true;
      checks.push({ method: node.expression.name.text, args: node.arguments });
      node = node.expression.expression;
    } else {
      return { core: node, optional, checks };
    }
  }
}

function stringValues(expr: TS.Expression | undefined, decls: Decls): string[] {
  if (!expr) return [];
  const { core } = unwrap(expr);
  if (ts.isIdentifier(core)) return stringValues(decls.get(core.text), decls);
  if (ts.isArrayLiteralExpression(core)) {
    return core.elements.filter(ts.isStringLiteral).map((el) => el.text);
  }
  return [];
}

const zCall = (node: TS.Expression) =>
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
/** Named field helpers whose kind is more than their zod type says. */
const NAMED_KINDS: Record<string, 'date' | 'datetime'> = {
  calendarDate: 'date',
  osloDateTime: 'datetime',
};

interface Described {
  type: string;
  shape: FieldShape;
  /** Sub-fields of an object (or of the objects in a list), under a name prefix. */
  sub?: ((prefix: string) => FieldDoc[]) | undefined;
  list?: boolean;
  refined?: boolean | undefined;
}

const literalValue = (node: TS.Expression | undefined): unknown => {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isArrayLiteralExpression(node) && node.elements.length === 0) return [];
  if (
    ts.isPrefixUnaryExpression(node) &&
    node.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(node.operand)
  ) {
    return -Number(node.operand.text);
  }
  return undefined;
};

/** The `error` text of a check's options ({ error: '…' }), the words the build uses. */
function errorText(options: TS.Expression | undefined): string | undefined {
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  for (const prop of options.properties) {
    if (ts.isPropertyAssignment(prop) && prop.name.getText() === 'error') {
      const value = literalValue(prop.initializer);
      if (typeof value === 'string') return value;
    }
  }
  return undefined;
}

/** Narrows a shape by the checks peeled off it (.regex, .min, .max, .int, .positive …). */
function applyChecks(shape: FieldShape, checks: Unwrapped['checks']): FieldShape {
  const out = { ...shape };
  // Checks are peeled outermost first; apply them in the order they were written.
  for (const { method, args } of checks.toReversed()) {
    const [first, second] = args;
    const value = literalValue(first);
    if (out.kind === 'number') {
      if (method === 'int') out.integer = true;
      if (method === 'positive') {
        out.min = Math.max(out.min ?? -Infinity, out.integer ? 1 : 0);
        out.positive = true;
      }
      if (method === 'nonnegative') out.min = Math.max(out.min ?? -Infinity, 0);
      if (method === 'min' && typeof value === 'number') out.min = value;
      if (method === 'max' && typeof value === 'number') out.max = value;
    } else if ((out.kind === 'text' || out.kind === 'datetime') && method === 'regex') {
      if (first && ts.isRegularExpressionLiteral(first)) {
        const source = first.text.slice(1, first.text.lastIndexOf('/'));
        out.pattern = { regex: source, message: errorText(second) ?? `tekst som passer ${source}` };
      }
    } else if ((out.kind === 'text' || out.kind === 'list') && method === 'min') {
      if (typeof value === 'number') out.min = value;
    }
  }
  return out;
}

function describe(expr: TS.Expression, decls: Decls): Described {
  const { core, checks } = unwrap(expr);
  const refined = checks.some((check) => ['refine', 'superRefine'].includes(check.method));
  const described = describeCore(core, decls);
  return {
    ...described,
    shape: applyChecks(described.shape, checks),
    refined: refined || described.refined,
  };
}

function describeCore(core: TS.Expression, decls: Decls): Described {
  if (ts.isIdentifier(core)) {
    const named = NAMED_TYPES[core.text];
    const value = decls.get(core.text);
    const inner = value ? describe(value, decls) : undefined;
    const kind = NAMED_KINDS[core.text];
    const shape: FieldShape = kind
      ? inner?.shape.kind === 'text' && inner.shape.pattern
        ? { kind, pattern: inner.shape.pattern }
        : { kind }
      : (inner?.shape ?? { kind: 'unknown', source: core.text });
    if (named) return { ...inner, type: named, shape };
    if (inner) return inner;
    return { type: core.text, shape };
  }
  if (
    ts.isCallExpression(core) &&
    ts.isIdentifier(core.expression) &&
    core.expression.text === 'reference'
  ) {
    const target = core.arguments[0];
    const collection = target && ts.isStringLiteral(target) ? target.text : '?';
    return { type: `henvisning til ${collection} (id)`, shape: { kind: 'reference', collection } };
  }
  const call = zCall(core);
  if (!call) return { type: core.getText(), shape: { kind: 'unknown', source: core.getText() } };
  const [first] = call.args;
  switch (call.method) {
    case 'string':
      return { type: 'tekst', shape: { kind: 'text' } };
    case 'number':
      return { type: 'tall', shape: { kind: 'number', integer: false } };
    case 'boolean':
      return { type: 'true eller false', shape: { kind: 'boolean' } };
    case 'url':
      return { type: 'nettadresse (https://…)', shape: { kind: 'url' } };
    case 'email':
      return { type: 'e-postadresse', shape: { kind: 'email' } };
    case 'literal': {
      const value = first && ts.isStringLiteral(first) ? first.text : (first?.getText() ?? '');
      return { type: `«${value}»`, shape: { kind: 'literal', value } };
    }
    case 'enum': {
      const values = stringValues(first, decls);
      return { type: `en av: ${values.join(', ')}`, shape: { kind: 'enum', values } };
    }
    case 'coerce':
      return { type: 'dato', shape: { kind: 'date' } };
    case 'object': {
      // z.object({ … }) or z.object(someFields), a shared object of fields declared elsewhere.
      const literal = first && ts.isIdentifier(first) ? decls.get(first.text) : first;
      const fields = literal && ts.isObjectLiteralExpression(literal) ? literal : undefined;
      return {
        type: 'gruppe',
        shape: { kind: 'object' },
        sub: fields && ((prefix) => collectFields(fields, decls, prefix)),
      };
    }
    case 'discriminatedUnion': {
      const [key, variants] = call.args;
      const discriminator = key && ts.isStringLiteral(key) ? key.text : 'kind';
      return {
        type: `gruppe i én av flere former (etter ${discriminator})`,
        shape: { kind: 'object', discriminator },
        sub: (prefix) => variantFields(variants, decls, prefix),
      };
    }
    case 'array': {
      const inner = first ? describe(first, decls) : { type: '?', shape: { kind: 'unknown' } };
      return {
        type: `liste av ${inner.type}`,
        shape: { kind: 'list', of: inner.shape as FieldShape },
        sub: 'sub' in inner ? inner.sub : undefined,
        list: true,
        refined: 'refined' in inner ? inner.refined : false,
      };
    }
    case 'union': {
      const options =
        first && ts.isArrayLiteralExpression(first)
          ? first.elements.map((el) => describe(el, decls))
          : [];
      return {
        type:
          options.length > 0
            ? options.map((option) => option.type).join(' eller ')
            : 'ett av flere alternativer',
        shape: {
          kind: 'union',
          of: options.map((option) => option.shape),
          ...(errorText(call.args[1]) ? { message: errorText(call.args[1]) ?? '' } : {}),
        },
      };
    }
    default:
      return { type: call.method, shape: { kind: 'unknown', source: call.method } };
  }
}

function objectFields(expr: TS.Expression): TS.ObjectLiteralExpression | undefined {
  const { core } = unwrap(expr);
  if (ts.isObjectLiteralExpression(core)) return core;
  const call = zCall(core);
  const first = call?.args[0];
  if (call?.method === 'object' && first && ts.isObjectLiteralExpression(first)) return first;
  return undefined;
}

function collectFields(
  object: TS.ObjectLiteralExpression,
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
    // `location,` is `location: location`: a field declared as a constant above the schema.
    if (!ts.isPropertyAssignment(prop) && !ts.isShorthandPropertyAssignment(prop)) continue;
    const initializer = ts.isPropertyAssignment(prop) ? prop.initializer : prop.name;
    const name = prefix + prop.name.getText().replace(/['"]/g, '');
    // A field written after a spread replaces the spread's field of that name, as in JavaScript.
    const replaced = (f: FieldDoc) =>
      f.name === name || f.name.startsWith(`${name}.`) || f.name.startsWith(`${name}[].`);
    for (let i = fields.length - 1; i >= 0; i--) if (replaced(fields[i]!)) fields.splice(i, 1);
    const { optional, checks } = unwrap(initializer);
    const fallback = checks.find((check) => check.method === 'default');
    const described = describe(initializer, decls);
    const field: FieldDoc = {
      name,
      type: described.type,
      required: !optional,
      description: jsDocOf(prop),
      shape: described.shape,
    };
    if (fallback) field.default = literalValue(fallback.args[0]);
    if (described.refined) field.refined = true;
    fields.push(field);
    if (described.sub) fields.push(...described.sub(`${name}${described.list ? '[]' : ''}.`));
  }
  return fields;
}

/**
 * The fields of a discriminated union's variants, merged by name: a field some variants lack
 * names the variants it belongs to (onlyIn); the discriminator lists every variant's value.
 */
function variantFields(
  variants: TS.Expression | undefined,
  decls: Decls,
  prefix: string,
): FieldDoc[] {
  const byName = new Map<string, FieldDoc>();
  const owners = new Map<string, string[]>();
  const tags: string[] = [];
  if (variants && ts.isArrayLiteralExpression(variants)) {
    for (const variant of variants.elements) {
      const object = objectFields(variant);
      const fields = object ? collectFields(object, decls, prefix) : [];
      const tag = fields.find((field) => field.shape.kind === 'literal')?.shape;
      const tagValue = tag?.kind === 'literal' ? tag.value : '?';
      tags.push(tagValue);
      for (const field of fields) {
        owners.set(field.name, [...(owners.get(field.name) ?? []), tagValue]);
        const known = byName.get(field.name);
        if (!known) byName.set(field.name, { ...field });
        else if (field.type.startsWith('«') && known.type !== field.type) {
          known.type = `${known.type} | ${field.type}`;
          // Each variant may say what its value means («fysisk» for …, «digitalt» for …).
          if (field.description && !known.description.includes(field.description)) {
            known.description = `${known.description} ${field.description}`.trim();
          }
        }
      }
    }
  }
  for (const field of byName.values()) {
    if (field.shape.kind === 'literal') field.shape = { kind: 'enum', values: tags };
    const owner = owners.get(field.name) ?? [];
    if (owner.length < tags.length) field.onlyIn = owner;
  }
  return [...byName.values()];
}

/** All fields of a schema expression: an object, or the union of a discriminated union's variants. */
function schemaFields(expr: TS.Expression, decls: Decls): FieldDoc[] {
  const { core, checks } = unwrap(expr);
  const call = zCall(core);
  const fields =
    call?.method === 'discriminatedUnion'
      ? variantFields(call.args[1], decls, '')
      : (() => {
          const object = objectFields(core);
          return object ? collectFields(object, decls, '') : [];
        })();
  // A check across fields (meetings: end after start) names the field it reports on.
  for (const check of checks.filter((c) => ['refine', 'superRefine'].includes(c.method))) {
    const options = check.args[1];
    const pathProp =
      options && ts.isObjectLiteralExpression(options)
        ? options.properties.find(
            (p): p is TS.PropertyAssignment =>
              ts.isPropertyAssignment(p) && p.name.getText() === 'path',
          )
        : undefined;
    const first =
      pathProp && ts.isArrayLiteralExpression(pathProp.initializer)
        ? literalValue(pathProp.initializer.elements[0])
        : undefined;
    const field = fields.find((f) => f.name === first);
    if (field) field.refined = true;
  }
  return fields;
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
  const visit = (node: TS.Node) => {
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
          (p): p is TS.PropertyAssignment =>
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
  return docs
    .map((doc) => fieldTable(`## ${doc.collection} (\`content/${doc.folder}/\`)`, doc.fields))
    .join('\n\n');
}

/** One collection's fields as a Markdown table under a heading. */
function fieldTable(heading: string, fields: readonly FieldDoc[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    heading,
    '',
    '| Felt | Type | Påkrevd | Betydning |',
    '| --- | --- | --- | --- |',
    ...fields.map(
      (f) =>
        `| \`${f.name}\` | ${escape(f.type)} | ${f.required ? 'ja' : 'nei'} | ${escape(f.description)} |`,
    ),
  ].join('\n');
}

export interface TranslationDoc {
  collection: string;
  /** Where the translations live: content/en/<folder>/. */
  folder: string;
  /** The Norwegian folder they pair with. */
  norwegianFolder: string;
  /** The text fields, documented as in the Norwegian schema, then sourceUpdated and draft. */
  fields: FieldDoc[];
}

/**
 * The fields of an English translation, per translated collection: the text fields its schema
 * picks from the Norwegian one (src/schemas/translation.ts), with the Norwegian documentation,
 * and the fields every translation has.
 */
export function translationReference(docs = fieldReference()): TranslationDoc[] {
  const file = path.join(SCHEMA_DIR, 'translation.ts');
  const decls = declarations(file);
  const metaObject = decls.get('translationFields');
  const meta =
    metaObject && ts.isObjectLiteralExpression(metaObject)
      ? collectFields(metaObject, decls, '')
      : [];
  return TRANSLATED.map((collection) => {
    const norwegian = docs.find((doc) => doc.collection === collection)?.fields ?? [];
    const names = textFieldNames(textFields(translationSchema(collection)));
    return {
      collection,
      folder: translationFolder(collection),
      norwegianFolder: REGISTRY[collection].folder,
      fields: [
        ...names.map((name) => {
          const field = norwegian.find((f) => f.name === name);
          if (!field) throw new Error(`${collection}: ${name} is not a Norwegian field`);
          return field;
        }),
        ...meta,
      ],
    };
  });
}

/** The translations' reference as Markdown, after the Norwegian one (`npm run docs:fields`). */
export function translationReferenceMarkdown(docs = translationReference()): string {
  const intro = [
    '## Engelske oversettelser',
    '',
    'En oversettelse ligger i `content/en/<mappe>/` med samme filnavn som den norske oppføringen',
    '(`content/requirements/sosial-dialog.mdx` → `content/en/requirements/sosial-dialog.mdx`). Den har',
    'bare tekstfeltene under, med de samme navnene som på norsk, og brødteksten. Alt annet (kode, versjon,',
    'terskler, datoer, kategorier, henvisninger, kilder, merket «Fiktivt eksempel») hentes fra den norske',
    'oppføringen og står aldri i oversettelsen. Lister av grupper (som `documentation`) oversettes punkt for',
    'punkt i samme rekkefølge og med like mange punkter. `sourceUpdated` er datoen i den norske `updated` da',
    'oversettelsen ble laget; endres den norske senere, er oversettelsen utdatert.',
  ].join('\n');
  const tables = docs.map((doc) =>
    fieldTable(
      `### ${doc.collection} (\`content/${doc.folder}/\`, oversetter \`content/${doc.norwegianFolder}/\`)`,
      doc.fields,
    ),
  );
  return [intro, ...tables].join('\n\n');
}

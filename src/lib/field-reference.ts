/**
 * The editors' field reference, read from the collection schemas themselves (the registry,
 * src/lib/collections.ts): every field's name, type, whether it is required, and its
 * `.describe('…')` text. Walks the zod schema objects at build time, so the documentation cannot
 * drift from the schemas; what zod's types do not say (a type's name, a reference's collection,
 * a date with a time) comes from the schemas' `.meta()` (src/schemas/fields.ts).
 */
import { z } from 'astro/zod';
import {
  COLLECTIONS,
  REGISTRY,
  TRANSLATED,
  translationFolder,
  translationSchema,
} from './collections';
import { TRANSLATION_META, textFieldNames, textFields } from './translations';

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
  /** The value the schema fills in when the field is left out (`.default()`). */
  default?: unknown;
  /** A field of some variants of a discriminated union only: their discriminator values. */
  onlyIn?: string[];
  /** A check across fields (.refine) the field's own shape cannot say. */
  refined?: boolean;
}

export interface CollectionDoc {
  collection: string;
  folder: string;
  /** Field sets of a discriminated union are listed as variants keyed by their literal. */
  fields: FieldDoc[];
}

type Schema = z.core.$ZodType;

/** The schema's metadata (`.meta()`, `.describe()`), inherited by the copies `.min()` and friends make. */
const metaOf = (schema: Schema) => z.globalRegistry.get(schema);

/** The words a check fails with, as its `{ error }` option wrote them (zod keeps it as a function). */
function errorText(
  error: z.core.$ZodErrorMap<never> | undefined,
  issue: Record<string, unknown>,
): string | undefined {
  const result = (error as ((issue: unknown) => unknown) | undefined)?.(issue);
  if (typeof result === 'string') return result;
  const message = (result as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** A refinement (.refine, .superRefine): a check zod runs as a function, named "custom". */
const refinementsOf = (schema: Schema) =>
  (schema._zod.def.checks ?? []).filter((check) => check._zod.def.check === 'custom');

/** The key a refinement of an object reports on (its `path` option), if it names one. */
const reportsOn = (check: z.core.$ZodCheck<never>) =>
  (check._zod.def as { path?: PropertyKey[] }).path?.[0];

/**
 * A z.preprocess: a pipe from a bare transform, which takes any input and hands it on, so its
 * output schema says what the editor writes (as zod's own JSON Schema reads it).
 */
function readsAnything(schema: Schema): boolean {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  return def.type === 'pipe' && def.in._zod.def.type === 'transform';
}

/**
 * Whether a key may be left out: .optional() and .default() may. zod marks a z.preprocess as
 * taking a missing key too, so it runs; what it hands on to decides (as in zod's JSON Schema).
 */
function mayBeLeftOut(schema: Schema): boolean {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  if (def.type === 'pipe' && readsAnything(schema)) return mayBeLeftOut(def.out);
  return schema._zod.optin !== undefined;
}

/** The field written around the value: whether it may be left out, its default, its text. */
interface Peeled {
  core: Schema;
  description: string;
  default?: unknown;
}

/**
 * Peels `.optional()`, `.default()` and pipes (`.transform()`, `.pipe()`: the editor writes the
 * input) off a field; a description anywhere in the chain counts, the outermost first.
 */
function peel(schema: Schema): Peeled {
  let description: string | undefined;
  let fallback: { value: unknown } | undefined;
  let node = schema;
  for (;;) {
    description ??= metaOf(node)?.description;
    if (metaOf(node)?.references) break;
    const def = (node as z.core.$ZodTypes)._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly') {
      node = def.innerType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      fallback ??= { value: def.defaultValue };
      node = def.innerType;
    } else if (def.type === 'pipe') {
      node = readsAnything(node) ? def.out : def.in;
    } else {
      break;
    }
  }
  return {
    core: node,
    description: description ?? '',
    ...(fallback ? { default: fallback.value } : {}),
  };
}

interface Described {
  type: string;
  shape: FieldShape;
  /** Sub-fields of an object (or of the objects in a list), under a name prefix. */
  sub?: ((prefix: string) => FieldDoc[]) | undefined;
  list?: boolean;
  refined?: boolean | undefined;
}

/** A text's pattern and least length, from its checks in the order they were written. */
function textChecks(schema: Schema): {
  pattern?: { regex: string; message: string };
  min?: number;
} {
  const out: { pattern?: { regex: string; message: string }; min?: number } = {};
  for (const check of schema._zod.def.checks ?? []) {
    const def = (check as z.core.$ZodChecks)._zod.def;
    if (def.check === 'min_length') out.min = def.minimum;
    if (def.check === 'string_format' && def.format === 'regex' && def.pattern) {
      const regex = def.pattern.source;
      const issue = { code: 'invalid_format', format: 'regex', pattern: regex, input: '' };
      out.pattern = { regex, message: errorText(def.error, issue) ?? `tekst som passer ${regex}` };
    }
  }
  return out;
}

/** A number's bounds: .int(), .min(), .max(), .positive() (more than 0), .nonnegative(). */
function numberShape(schema: Schema): Extract<FieldShape, { kind: 'number' }> {
  const checks = (schema._zod.def.checks ?? []).map(
    (check) => (check as z.core.$ZodChecks)._zod.def,
  );
  // z.int() is an integer by itself; .int() adds the same format as a check.
  const own = schema._zod.def as { format?: string };
  const formats = [own.format, ...checks.map((def) => def.check === 'number_format' && def.format)];
  const integer = formats.some((format) => format === 'safeint' || format === 'int32');
  const out: Extract<FieldShape, { kind: 'number' }> = { kind: 'number', integer };
  for (const def of checks) {
    if (def.check === 'greater_than') {
      const value = Number(def.value);
      if (def.inclusive) out.min = value;
      else {
        out.min = integer ? value + 1 : value;
        if (value === 0) out.positive = true;
      }
    }
    if (def.check === 'less_than' && def.inclusive) out.max = Number(def.value);
  }
  return out;
}

function describe(schema: Schema): Described {
  const { core } = peel(schema);
  const meta = metaOf(core);
  const described = describeCore(core);
  return meta?.title ? { ...described, type: meta.title } : described;
}

function describeCore(core: Schema): Described {
  const meta = metaOf(core);
  if (meta?.references) {
    const collection = meta.references;
    return { type: `henvisning til ${collection} (id)`, shape: { kind: 'reference', collection } };
  }
  const refined = refinementsOf(core).length > 0;
  const def = (core as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'string': {
      const format = (def as { format?: string }).format;
      if (format === 'url') return { type: 'nettadresse (https://…)', shape: { kind: 'url' } };
      if (format === 'email') return { type: 'e-postadresse', shape: { kind: 'email' } };
      const { pattern, min } = textChecks(core);
      if (meta?.dateTime) {
        return { type: 'tekst', shape: { kind: 'datetime', ...(pattern ? { pattern } : {}) } };
      }
      return {
        type: 'tekst',
        shape: {
          kind: 'text',
          ...(pattern ? { pattern } : {}),
          ...(min !== undefined ? { min } : {}),
        },
        refined,
      };
    }
    case 'number':
      return { type: 'tall', shape: numberShape(core), refined };
    case 'boolean':
      return { type: 'true eller false', shape: { kind: 'boolean' } };
    case 'date':
      return { type: 'dato', shape: { kind: 'date' } };
    case 'literal': {
      const value = String(def.values[0]);
      return { type: `«${value}»`, shape: { kind: 'literal', value } };
    }
    case 'enum': {
      const values = Object.values(def.entries).map(String);
      return { type: `en av: ${values.join(', ')}`, shape: { kind: 'enum', values } };
    }
    case 'object': {
      // A check across the group's fields (meetings: end after start; a quiz question: the
      // answer is one of the options) marks the field it reports on; one without a path, the group.
      const checks = refinementsOf(core);
      return {
        type: 'gruppe',
        shape: { kind: 'object' },
        sub: (prefix) => {
          const fields = collectFields(def.shape, prefix);
          for (const key of checks.map(reportsOn)) {
            const field = fields.find((f) => key !== undefined && f.name === prefix + String(key));
            if (field) field.refined = true;
          }
          return fields;
        },
        refined: checks.some((check) => reportsOn(check) === undefined),
      };
    }
    case 'union': {
      const discriminator = (def as { discriminator?: string }).discriminator;
      if (discriminator) {
        return {
          type: `gruppe i én av flere former (etter ${discriminator})`,
          shape: { kind: 'object', discriminator },
          sub: (prefix) => variantFields(def.options, discriminator, prefix),
        };
      }
      const options = def.options.map(describe);
      const message = errorText(def.error, { code: 'invalid_union', errors: [], input: undefined });
      return {
        type:
          options.length > 0
            ? options.map((option) => option.type).join(' eller ')
            : 'ett av flere alternativer',
        shape: {
          kind: 'union',
          of: options.map((option) => option.shape),
          ...(message ? { message } : {}),
        },
      };
    }
    case 'array': {
      const inner = describe(def.element);
      const { min } = textChecks(core);
      return {
        type: `liste av ${inner.type}`,
        shape: { kind: 'list', of: inner.shape, ...(min !== undefined ? { min } : {}) },
        sub: inner.sub,
        list: true,
        refined: inner.refined,
      };
    }
    default:
      return { type: def.type, shape: { kind: 'unknown', source: def.type } };
  }
}

/** The fields of an object's shape under a name prefix, each followed by its sub-fields. */
function collectFields(shape: Record<string, Schema>, prefix: string): FieldDoc[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const name = prefix + key;
    const peeled = peel(schema);
    const described = describe(schema);
    const field: FieldDoc = {
      name,
      type: described.type,
      required: !mayBeLeftOut(schema),
      description: peeled.description,
      shape: described.shape,
    };
    if ('default' in peeled) field.default = peeled.default;
    if (described.refined) field.refined = true;
    const sub = described.sub?.(`${name}${described.list ? '[]' : ''}.`) ?? [];
    return [field, ...sub];
  });
}

/**
 * The fields of a discriminated union's variants, merged by name: a field some variants lack
 * names the variants it belongs to (onlyIn); the discriminator lists every variant's value.
 */
function variantFields(
  variants: readonly Schema[],
  discriminator: string,
  prefix: string,
): FieldDoc[] {
  const byName = new Map<string, FieldDoc>();
  const owners = new Map<string, string[]>();
  const tags: string[] = [];
  const tagName = prefix + discriminator;
  for (const variant of variants) {
    const shape = (variant as z.core.$ZodObject)._zod.def.shape;
    const fields = collectFields(shape, prefix);
    const tag = fields.find((field) => field.name === tagName)?.shape;
    const tagValue = tag?.kind === 'literal' ? tag.value : '?';
    tags.push(tagValue);
    for (const field of fields) {
      owners.set(field.name, [...(owners.get(field.name) ?? []), tagValue]);
      const known = byName.get(field.name);
      if (!known) byName.set(field.name, { ...field });
      else if (field.name === tagName && known.type !== field.type) {
        known.type = `${known.type} | ${field.type}`;
        // Each variant may say what its value means («fysisk» for …, «digitalt» for …).
        if (field.description && !known.description.includes(field.description)) {
          known.description = `${known.description} ${field.description}`.trim();
        }
      }
    }
  }
  for (const field of byName.values()) {
    if (field.name === tagName) field.shape = { kind: 'enum', values: tags };
    const owner = owners.get(field.name) ?? [];
    if (owner.length < tags.length) field.onlyIn = owner;
  }
  return [...byName.values()];
}

/** All fields of a schema: an object, or the union of a discriminated union's variants. */
const schemaFields = (schema: Schema): FieldDoc[] => describe(schema).sub?.('') ?? [];

/** One entry per collection, in the registry's order (src/lib/collections.ts). */
export function fieldReference(): CollectionDoc[] {
  return COLLECTIONS.map((collection) => ({
    collection,
    folder: REGISTRY[collection].folder,
    fields: schemaFields(REGISTRY[collection].schema),
  }));
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
  return TRANSLATED.map((collection) => {
    const schema = translationSchema(collection);
    const norwegian = docs.find((doc) => doc.collection === collection)?.fields ?? [];
    const names = textFieldNames(textFields(schema));
    const meta = schemaFields(schema).filter((field) =>
      (TRANSLATION_META as readonly string[]).includes(field.name),
    );
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

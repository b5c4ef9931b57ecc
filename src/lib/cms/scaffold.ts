/**
 * `npm run new -- <collection> <slug>`: a new entry as a file, for editors who prefer files
 * to the web editor. Every required field gets a value the schema accepts and every field
 * its documentation line as a YAML comment; optional fields are written commented out. The
 * entry starts as a draft (draft: true), so it is checked like every entry but never
 * published until the editor has filled it in and removed the line.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, REGISTRY, collectionLabel, type CollectionName } from '../collections';
import type { CollectionDoc, FieldDoc, FieldShape } from '../field-reference';
import { sharedNames } from './config';

/** What the scaffold needs to know about the content already there. */
export interface ExistingContent {
  /** Entry ids of a collection, e.g. ["fixturanskaffelse"] (lessons: "course/01-x"). */
  ids(collection: CollectionName): string[];
  /** The values a field has in a collection's entries (top-level fields only). */
  values(collection: CollectionName, field: string): unknown[];
}

export interface Scaffold {
  /** Path under the content folder, e.g. "meetings/nytt-mote.md". */
  file: string;
  text: string;
}

const TODO = 'FYLL UT';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** «Examples» in a doc line ("for eksempel «EH-K1»"), the ones a pattern accepts. */
function examples(field: FieldDoc, pattern: string): string[] {
  const regex = new RegExp(pattern);
  return [...field.description.matchAll(/«([^»]+)»/g)]
    .map((m) => m[1] ?? '')
    .filter((example) => regex.test(example));
}

/** The first example (or a numbered variant of it) no entry uses yet. */
function unusedExample(candidates: string[], used: Set<string>): string | undefined {
  for (const example of candidates) {
    if (!used.has(example)) return example;
    for (let n = 2; n < 100; n++) {
      const variant = example.replace(/\d+(?!.*\d)/, String(n));
      if (variant !== example && !used.has(variant)) return variant;
    }
  }
  return undefined;
}

interface Context {
  doc: CollectionDoc;
  docs: CollectionDoc[];
  collection: CollectionName;
  existing: ExistingContent;
  today: Date;
  /** The discriminator value chosen for each group of variants, by the group's path. */
  variants: Map<string, string>;
  /** The lesson's course: it decides the folder and the order. */
  course?: string;
}

/** A value the schema accepts for a required field of this shape. */
function placeholder(field: FieldDoc, shape: FieldShape, ctx: Context): unknown {
  const own = field.name.split('.').pop() ?? field.name;
  switch (shape.kind) {
    case 'text': {
      if (!shape.pattern) return `${TODO}: ${field.description}`;
      const used = new Set(ctx.existing.values(ctx.collection, field.name).map(String));
      // The field's own examples, then those of fields with the same pattern («2.0» for a version).
      const regex = shape.pattern.regex;
      const alike = ctx.docs
        .flatMap((doc) => doc.fields)
        .filter((other) => other.shape.kind === 'text' && other.shape.pattern?.regex === regex);
      const value = unusedExample(
        [field, ...alike].flatMap((source) => examples(source, regex)),
        used,
      );
      if (value === undefined) {
        throw new Error(`${ctx.collection}.${field.name}: finner ikke et eksempel å fylle inn`);
      }
      return value;
    }
    case 'number': {
      if (own === 'order') {
        // Lessons are numbered 1, 2, 3 … within their course: the next number.
        const prefix = `${ctx.course ?? ''}/`;
        return ctx.existing.ids(ctx.collection).filter((id) => id.startsWith(prefix)).length + 1;
      }
      return shape.positive ? Math.max(shape.min ?? 1, 1) : (shape.min ?? 0);
    }
    case 'boolean':
      return false;
    case 'url':
      return 'https://www.oslo.kommune.no/';
    case 'email':
      return 'postmottak@uke.oslo.kommune.no';
    case 'date':
      return own === 'reviewBy'
        ? isoDate(new Date(ctx.today.getTime() + 365 * 24 * 3600 * 1000))
        : isoDate(ctx.today);
    case 'datetime':
      // Start before end (the meeting schema checks it): 09:00 and 10:00 tomorrow.
      return `${isoDate(new Date(ctx.today.getTime() + 24 * 3600 * 1000))}T${own === 'end' ? '10' : '09'}:00`;
    case 'literal':
      return shape.value;
    case 'enum':
      return ctx.variants.get(field.name) ?? shape.values[0];
    case 'reference': {
      if (shape.collection === 'courses' && ctx.course) return ctx.course;
      const target = shape.collection as CollectionName;
      const id = ctx.existing.ids(target)[0];
      if (!id)
        throw new Error(`${ctx.collection}.${field.name}: ${target} har ingen oppføringer ennå`);
      return id;
    }
    case 'object':
      return group(`${field.name}.`, ctx);
    case 'list': {
      const count = shape.min ?? 0;
      const item =
        shape.of.kind === 'object'
          ? () => group(`${field.name}[].`, ctx)
          : () => placeholder(field, shape.of, ctx);
      return Array.from({ length: count }, item);
    }
    case 'union': {
      const literal = shape.of.find((option) => option.kind === 'literal');
      return literal ? placeholder(field, literal, ctx) : placeholder(field, shape.of[0]!, ctx);
    }
    case 'unknown':
      return `${TODO}: ${field.description}`;
  }
}

/** The required fields directly under `prefix`, with their values. */
function group(prefix: string, ctx: Context): Record<string, unknown> {
  const direct = ctx.doc.fields.filter(
    (f) => f.name.startsWith(prefix) && !f.name.slice(prefix.length).includes('.'),
  );
  // A group of variants (location: fysisk, digitalt, hybrid) takes its first variant.
  const tag = direct.find((f) => f.shape.kind === 'enum' && direct.some((o) => o.onlyIn));
  if (tag && tag.shape.kind === 'enum' && !ctx.variants.has(tag.name)) {
    ctx.variants.set(tag.name, tag.shape.values[0] ?? '');
  }
  const chosen = tag ? ctx.variants.get(tag.name) : undefined;
  const out: Record<string, unknown> = {};
  for (const field of direct) {
    if (!field.required) continue;
    if (field.onlyIn && !(chosen !== undefined && field.onlyIn.includes(chosen))) continue;
    out[field.name.slice(prefix.length)] = placeholder(field, field.shape, ctx);
  }
  return out;
}

/** A YAML scalar: quoted when YAML would read it as something else. */
function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  // Calendar dates stay plain (YAML dates, as in every entry); everything else that YAML
  // could take for a number, a date-time or syntax is quoted.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return /^[\p{L}][^:#\n"]*$/u.test(text) && !/^(true|false|null|yes|no)$/i.test(text)
    ? text
    : JSON.stringify(text);
}

function yaml(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [' []'];
    return value.flatMap((item) => {
      if (item && typeof item === 'object') {
        const [first = '', ...rest] = yamlObject(item as Record<string, unknown>, `${indent}  `);
        return [`\n${indent}- ${first.trimStart()}`, ...rest.map((line) => `\n${line}`)];
      }
      return [`\n${indent}- ${scalar(item)}`];
    });
  }
  if (value && typeof value === 'object') {
    return yamlObject(value as Record<string, unknown>, `${indent}  `).map((line) => `\n${line}`);
  }
  return [` ${scalar(value)}`];
}

function yamlObject(object: Record<string, unknown>, indent: string): string[] {
  return Object.entries(object).map(
    ([key, value]) => `${indent}${key}:${yaml(value, indent).join('')}`,
  );
}

const comment = (text: string, indent = '') =>
  text
    .split(/(?<=\.)\s+/)
    .filter(Boolean)
    .map((line) => `${indent}# ${line}`);

export function scaffold(
  collection: string,
  slug: string,
  docs: CollectionDoc[],
  existing: ExistingContent,
  today: Date,
): Scaffold {
  if (!(COLLECTIONS as string[]).includes(collection)) {
    throw new Error(`«${collection}» er ingen samling. Velg en av: ${COLLECTIONS.join(', ')}`);
  }
  const name = collection as CollectionName;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(
      `«${slug}» kan ikke brukes som filnavn: bruk små bokstaver a–z, sifre og bindestrek, for eksempel «nytt-mote-2027»`,
    );
  }
  const doc = docs.find((d) => d.collection === name);
  if (!doc) throw new Error(`Ingen feltbeskrivelse for ${name}`);
  const course = name === 'lessons' ? existing.ids('courses')[0] : undefined;
  if (name === 'lessons' && !course) throw new Error('lessons: det finnes ingen kurs ennå');
  const id = course ? `${course}/${slug}` : slug;
  if (existing.ids(name).includes(id)) {
    throw new Error(`${name} har allerede en oppføring som heter «${slug}»`);
  }
  const ctx: Context = { doc, docs, collection: name, existing, today, variants: new Map() };
  if (course) ctx.course = course;
  const values = group('', ctx);
  values['draft'] = true;

  const lines = [
    '---',
    ...comment(
      `Ny oppføring i «${collectionLabel(name)}», laget med npm run new. Den er et utkast (draft: true): den sjekkes som alle andre oppføringer, men publiseres ikke.`,
    ),
    ...comment(
      `Erstatt verdiene (${TODO} …), fyll ut feltene du trenger blant dem som står kommentert ut, og fjern draft: true når oppføringen er klar. En publisert oppføring må ha minst én kilde (sources) eller være merket som fiktivt eksempel (example: true).`,
    ),
  ];
  // draft first, then the collection's own required fields, the shared ones (updated,
  // reviewBy), and the optional ones, commented out.
  const shared = sharedNames(docs);
  const top = doc.fields.filter((f) => !f.name.includes('.'));
  const rank = (field: FieldDoc) =>
    field.name === 'draft' ? 0 : !(field.name in values) ? 3 : shared.has(field.name) ? 2 : 1;
  const order = top.toSorted((a, b) => rank(a) - rank(b) || top.indexOf(a) - top.indexOf(b));
  for (const field of order) {
    lines.push('');
    lines.push(...comment(field.description));
    if (field.name in values) {
      lines.push(`${field.name}:${yaml(values[field.name], '').join('')}`);
    } else {
      lines.push(`# ${field.name}: (${field.type})`);
    }
  }
  lines.push('---', '', `${TODO}: teksten på siden, i Markdown.`, '');
  const folder = REGISTRY[name].folder;
  return {
    file: path.posix.join(folder, course ? `${course}/${slug}.md` : `${slug}.md`),
    text: lines.join('\n'),
  };
}

/** The content already in a content folder, read from the files' names and frontmatter. */
export function existingContent(
  contentDir: string,
  parse: (front: string) => unknown,
): ExistingContent {
  const cache = new Map<CollectionName, { id: string; data: Record<string, unknown> }[]>();
  const entries = (collection: CollectionName) => {
    let list = cache.get(collection);
    if (!list) {
      const folder = path.join(contentDir, REGISTRY[collection].folder);
      // A collection without a folder yet has no entries.
      const files = existsSync(folder) ? readdirSync(folder, { recursive: true }).map(String) : [];
      list = files
        .filter(
          (file) =>
            /\.mdx?$/.test(file) &&
            !file.startsWith('files') &&
            !path.basename(file).startsWith('_'),
        )
        .sort()
        .map((file) => {
          const text = readFileSync(path.join(folder, file), 'utf-8');
          const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
          return {
            id: file
              .replace(/\.mdx?$/, '')
              .split(path.sep)
              .join('/'),
            data: (parse(front) ?? {}) as Record<string, unknown>,
          };
        });
      cache.set(collection, list);
    }
    return list;
  };
  return {
    ids: (collection) => entries(collection).map((entry) => entry.id),
    values: (collection, field) => entries(collection).map((entry) => entry.data[field]),
  };
}

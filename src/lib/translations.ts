/**
 * English translations beside the Norwegian entries: which text fields a translation holds,
 * how it pairs with its Norwegian entry (same folder, same id), whether it is current or
 * outdated, and what an editor did wrong. Pure, so it is unit-tested without a build; the data
 * layer (src/lib/content/translations.ts and site.ts) feeds it the loaded entries.
 */
import { z } from 'astro/zod';
import { describeValue, type Problem } from './editor-errors';

export type TranslationState = 'missing' | 'current' | 'outdated';

/** The shape of the text in a translation: what each field is, so it can be paired with the Norwegian. */
export type TextTree = { [field: string]: TextNode };
export type TextNode =
  /** One text. */
  | { kind: 'text' }
  /** A list of texts (products, lessons): translated as a whole, any length. */
  | { kind: 'texts' }
  /** A list of objects (documentation, agenda): item by item, the same length and order. */
  | { kind: 'list'; item: TextTree }
  /** A group of fields (contact, registration). */
  | { kind: 'group'; fields: TextTree };

/** Fields every translation has that are not text. */
export const TRANSLATION_META = ['sourceUpdated', 'draft'] as const;

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodDefault
    ? unwrap(schema.unwrap() as z.ZodType)
    : schema;

function nodeOf(schema: z.ZodType): TextNode {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as z.ZodType);
    return element instanceof z.ZodObject
      ? { kind: 'list', item: treeOf(element) }
      : { kind: 'texts' };
  }
  if (inner instanceof z.ZodObject) return { kind: 'group', fields: treeOf(inner) };
  return { kind: 'text' };
}

/** The text fields of a translation schema (src/schemas/translation.ts), as a tree. */
export function textFields(schema: z.ZodType): TextTree {
  const tree = treeOf(unwrap(schema) as z.ZodObject);
  for (const meta of TRANSLATION_META) delete tree[meta];
  return tree;
}

function treeOf(object: z.ZodObject): TextTree {
  return Object.fromEntries(
    Object.entries(object.shape).map(([name, field]) => [name, nodeOf(field as z.ZodType)]),
  );
}

/** Field names as the field reference writes them: "documentation[].what", "contact.name". */
export function textFieldNames(tree: TextTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([name, node]) => {
    const here = `${prefix}${name}`;
    if (node.kind === 'list') return [here, ...textFieldNames(node.item, `${here}[].`)];
    if (node.kind === 'group') return [here, ...textFieldNames(node.fields, `${here}.`)];
    return [here];
  });
}

/** What a translation or a Norwegian entry looks like to this module. */
export interface PairedEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: Record<string, unknown> & { draft: boolean };
}
type Norwegian = PairedEntry & { data: { updated: Date } };
type Translation = PairedEntry & { data: { sourceUpdated: Date } };

const day = (date: Date) => date.toISOString().slice(0, 10);
const fileOf = (entry: PairedEntry, folder: string) => entry.filePath ?? `${folder}/${entry.id}`;

/** Current when it translates the Norwegian entry's latest revision, outdated when the Norwegian changed since. */
export function translationState(
  norwegian: Norwegian,
  translation?: Translation,
): TranslationState {
  if (!translation) return 'missing';
  return norwegian.data.updated.getTime() > translation.data.sourceUpdated.getTime()
    ? 'outdated'
    : 'current';
}

const hasText = (value: unknown) =>
  value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

const items = (count: number) => `en liste med ${count} element${count === 1 ? '' : 'er'}`;

/** Where the text of a translation does not match its Norwegian entry's, field by field. */
function shapeProblems(
  tree: TextTree,
  norwegian: Record<string, unknown> | undefined,
  translation: Record<string, unknown> | undefined,
  original: string,
  prefix = '',
): Problem[] {
  return Object.entries(tree).flatMap(([name, node]): Problem[] => {
    const field = `${prefix}${name}`;
    const nb = norwegian?.[name];
    const en = translation?.[name];
    if (node.kind === 'list') {
      const nbItems = Array.isArray(nb) ? (nb as Record<string, unknown>[]) : [];
      const enItems = Array.isArray(en) ? (en as Record<string, unknown>[]) : [];
      if (nbItems.length !== enItems.length) {
        return [
          {
            field,
            found: items(enItems.length),
            expected: `${items(nbItems.length)}, ett for hvert i ${original} og i samme rekkefølge (eller draft: true til oversettelsen er oppdatert)`,
          },
        ];
      }
      return nbItems.flatMap((item, i) =>
        shapeProblems(node.item, item, enItems[i], original, `${field}[${i}].`),
      );
    }
    if (node.kind === 'group' && (hasText(nb) || !hasText(en))) {
      return shapeProblems(
        node.fields,
        nb as Record<string, unknown> | undefined,
        en as Record<string, unknown> | undefined,
        original,
        `${field}.`,
      );
    }
    if (hasText(nb) && !hasText(en)) {
      return [
        {
          field,
          found: describeValue(undefined),
          expected: `en oversettelse av «${field}» i ${original}`,
        },
      ];
    }
    if (!hasText(nb) && hasText(en)) {
      return [
        {
          field,
          found: describeValue(en),
          expected: `ingenting: ${original} har ikke dette feltet`,
        },
      ];
    }
    return [];
  });
}

/**
 * Checks one collection's translations against its Norwegian entries (drafts included);
 * returns problems per translation file. A translation must have a Norwegian entry of its id
 * and must not translate a revision later than the Norwegian one; a published translation
 * must also hold the same text fields as its Norwegian entry, lists of the same length, and a
 * body when the Norwegian has one.
 */
export function translationProblems(
  tree: TextTree,
  norwegian: readonly Norwegian[],
  translations: readonly Translation[],
  folders: { norwegian: string; english: string },
): Map<string, Problem[]> {
  const byId = new Map(norwegian.map((entry) => [entry.id, entry]));
  const problems = new Map<string, Problem[]>();
  for (const translation of translations) {
    const file = fileOf(translation, folders.english);
    const original = byId.get(translation.id);
    const found: Problem[] = [];
    if (!original) {
      const known = [...byId.keys()].sort();
      found.push({
        field: '(filnavnet)',
        found: `id-en «${translation.id}», som ingen oppføring i ${folders.norwegian}/ har`,
        expected: `samme filnavn som den norske oppføringen den oversetter${known.length > 0 && known.length <= 30 ? ` (${known.join(', ')})` : ''}`,
      });
    } else {
      const originalFile = fileOf(original, folders.norwegian);
      const { updated } = original.data;
      const { sourceUpdated } = translation.data;
      if (sourceUpdated.getTime() > updated.getTime()) {
        found.push({
          field: 'sourceUpdated',
          found: `«${day(sourceUpdated)}»`,
          expected: `datoen i «updated» i ${originalFile} da oversettelsen ble laget, ikke senere enn «${day(updated)}»`,
        });
      }
      if (!translation.data.draft) {
        found.push(...shapeProblems(tree, original.data, translation.data, originalFile));
        if ((original.body ?? '').trim() !== '' && (translation.body ?? '').trim() === '') {
          found.push({
            field: '(brødteksten)',
            found: 'ingen tekst under frontmatter',
            expected: `en oversettelse av brødteksten i ${originalFile}`,
          });
        }
      }
    }
    if (found.length > 0) problems.set(file, found);
  }
  return problems;
}

export interface TranslationStatus<N extends Norwegian, T extends Translation> {
  /** The Norwegian entry. */
  entry: N;
  /** Its published English translation, if any. */
  translation: T | undefined;
  state: TranslationState;
  /** The Norwegian entry's last change («updated»): the date an outdated translation lags behind. */
  norwegianUpdated: Date;
}

/** Each Norwegian entry with its translation and their state, in the order given. */
export function pairTranslations<N extends Norwegian, T extends Translation>(
  norwegian: readonly N[],
  translations: readonly T[],
): TranslationStatus<N, T>[] {
  const byId = new Map(translations.map((translation) => [translation.id, translation]));
  return norwegian.map((entry) => {
    const translation = byId.get(entry.id);
    return {
      entry,
      translation,
      state: translationState(entry, translation),
      norwegianUpdated: entry.data.updated,
    };
  });
}

/**
 * The build's report for editors: how many English translations are current, outdated and
 * missing, and each outdated one with the date of the Norwegian change.
 */
export function translationReport(
  statuses: readonly { status: TranslationStatus<Norwegian, Translation>; file: string }[],
  limit = 20,
): string {
  const count = (state: TranslationState) =>
    statuses.filter(({ status }) => status.state === state).length;
  const outdated = statuses.filter(({ status }) => status.state === 'outdated');
  const lines = [
    `Engelske oversettelser: ${count('current')} oppdatert, ${count('outdated')} utdatert, ${count('missing')} mangler.`,
    ...outdated
      .slice(0, limit)
      .map(
        ({ status, file }) =>
          `  utdatert: ${file} oversetter ${day(status.translation?.data.sourceUpdated ?? status.norwegianUpdated)}, den norske er endret ${day(status.norwegianUpdated)}`,
      ),
  ];
  if (outdated.length > limit) lines.push(`  … og ${outdated.length - limit} til`);
  return lines.join('\n');
}

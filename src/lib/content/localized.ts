/**
 * Entries in the reader's language. An English entry is the Norwegian entry with the text of its
 * published translation laid over it, field by field (lists item by item), and the translation's
 * body: every fact (code, version, thresholds, dates, categories, references, sources, example
 * marks) stays the Norwegian entry's, so the languages cannot drift. An entry without a published
 * translation stays Norwegian, and English links to it go to its Norwegian page.
 */
import {
  REGISTRY,
  TRANSLATED,
  translationSchema,
  type CollectionName,
  type TranslatedName,
} from '../collections';
import {
  counterpartPath,
  entryIdOf,
  languageAlternates,
  routesIn,
  translatedBy,
  type Counterpart,
  type Locale,
  type RouteName,
} from '../routes';
import { textFields, type TextTree } from '../translations';
import { translationOf, type Translated } from './translations';
import { site, siteTranslations, type TranslationEntry } from './site';
import { once } from '../once';

export type { Locale };

const isTranslated = (name: string): name is TranslatedName =>
  (TRANSLATED as readonly string[]).includes(name);

/** Lays the translation's text over the Norwegian data, following the translation's text fields. */
export function overlayText(
  tree: TextTree,
  norwegian: Record<string, unknown>,
  english: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...norwegian };
  for (const [field, node] of Object.entries(tree)) {
    const nb = norwegian[field];
    const en = english[field];
    if (en === undefined) continue;
    if (node.kind === 'list' && Array.isArray(nb) && Array.isArray(en)) {
      merged[field] = nb.map((item, i) =>
        overlayText(
          node.item,
          item as Record<string, unknown>,
          (en[i] ?? {}) as Record<string, unknown>,
        ),
      );
    } else if (node.kind === 'group' && nb && typeof nb === 'object') {
      merged[field] = overlayText(
        node.fields,
        nb as Record<string, unknown>,
        en as Record<string, unknown>,
      );
    } else {
      merged[field] = en;
    }
  }
  return merged;
}

const trees = new Map<TranslatedName, TextTree>();
const treeOf = (name: TranslatedName) => {
  let tree = trees.get(name);
  if (!tree) trees.set(name, (tree = textFields(translationSchema(name))));
  return tree;
};

/** What localising adds to an entry. */
export interface LocalizedExtras {
  /** The language its text is in: 'nb' for an untranslated entry on an English page. */
  lang: Locale;
  /** The English entry whose body is rendered instead of the Norwegian one. */
  translation?: TranslationEntry<TranslatedName> | undefined;
}

/** An entry as a page in one language shows it. */
export type Localized<E> = E & LocalizedExtras;

type AnyEntryLike = { collection: CollectionName; id: string; data: unknown };

/** The entry merged with its translation (pure: the pairing is given). */
export function mergeTranslation<E extends AnyEntryLike>(
  entry: E,
  translation: TranslationEntry<TranslatedName>,
): Localized<E> {
  const data = overlayText(
    treeOf(entry.collection as TranslatedName),
    entry.data as Record<string, unknown>,
    translation.data,
  );
  return {
    ...entry,
    data,
    body: translation.body,
    rendered: translation.rendered,
    lang: 'en',
    translation,
  } as unknown as Localized<E>;
}

/** An entry as it is, on a Norwegian page (or untranslated on an English one). */
export const asNorwegian = <E extends AnyEntryLike>(entry: E): Localized<E> => ({
  ...entry,
  lang: 'nb',
});

/** Published translations by collection and id, once per build. */
const published = once(async () => {
  await site();
  const pairs = await Promise.all(
    TRANSLATED.map(async (name) => {
      const list = (await siteTranslations(name)) as TranslationEntry<TranslatedName>[];
      return [name, new Map(list.map((translation) => [translation.id, translation]))] as const;
    }),
  );
  return new Map<TranslatedName, Map<string, TranslationEntry<TranslatedName>>>(pairs);
});

/** Whether an entry has a published English page. */
export async function englishExists(): Promise<(collection: string, id: string) => boolean> {
  const index = await published();
  return (collection, id) =>
    isTranslated(collection) && (index.get(collection)?.has(id) ?? false);
}

/** Whether a page's counterpart is built: an English entry page only with its translation. */
export async function counterpartBuilt(): Promise<(counterpart: Counterpart) => boolean> {
  const exists = await englishExists();
  return ({ needs }) => needs === undefined || exists(needs.collection, needs.id);
}

/** Localises entries for one language: in Norwegian they are returned as they are. */
export async function localizer(locale: Locale) {
  // Norwegian needs no translations (and so no build: page models stay testable without one).
  type Index = Awaited<ReturnType<typeof published>>;
  const index: Index = locale === 'nb' ? (new Map() as Index) : await published();
  return <E extends AnyEntryLike>(entry: E): Localized<E> => {
    const translation =
      locale === 'en' && isTranslated(entry.collection)
        ? index.get(entry.collection)?.get(entry.id)
        : undefined;
    return translation ? mergeTranslation(entry, translation) : asNorwegian(entry);
  };
}

/**
 * Addresses for links on a page in `locale`: like `routesIn(locale)`, but an English link to an
 * entry without a published translation goes to its Norwegian page.
 */
export async function localRoutes(locale: Locale): Promise<ReturnType<typeof routesIn>> {
  const local = routesIn(locale);
  if (locale === 'nb') return local;
  const exists = await englishExists();
  const norwegian = routesIn('nb');
  return Object.fromEntries(
    (Object.keys(local) as RouteName[]).map((name) => {
      const collection = translatedBy(name);
      const build: (...params: string[]) => string = local[name];
      const fallback: (...params: string[]) => string = norwegian[name];
      return [
        name,
        collection
          ? (...params: string[]) =>
              exists(collection, entryIdOf(name, params)) ? build(...params) : fallback(...params)
          : build,
      ];
    }),
  ) as ReturnType<typeof routesIn>;
}

/** The page of an entry in a language (its Norwegian page when it has no English one). */
export async function localEntryUrl(
  entry: { collection: CollectionName; id: string; data: unknown },
  locale: Locale,
): Promise<string> {
  const url = REGISTRY[entry.collection].url as (e: typeof entry) => string;
  const nbUrl = url(entry);
  if (locale === 'nb') return nbUrl;
  return counterpartPath(nbUrl, await counterpartBuilt())?.path ?? nbUrl;
}

/** The same page in the other language, if it is built, and the page's hreflang alternates. */
export async function languageLinks(pathname: string) {
  const isBuilt = await counterpartBuilt();
  return {
    counterpart: counterpartPath(pathname, isBuilt),
    alternates: languageAlternates(pathname, isBuilt),
  };
}

/** A Norwegian entry's translation state, for the notice on an outdated English page. */
export async function translationStatus<C extends TranslatedName>(
  collection: C,
  id: string,
): Promise<Translated<C> | undefined> {
  return translationOf(collection, id);
}

/** The entries of a list that have a published English page, for an English route's paths. */
export async function withEnglish<E extends { collection: string; id: string }>(
  list: Promise<readonly E[]> | readonly E[],
): Promise<E[]> {
  const [entries, exists] = await Promise.all([list, englishExists()]);
  return entries.filter((entry) => exists(entry.collection, entry.id));
}

/** Views over an entry (meetings, procurements) whose entry has a published English page. */
export async function withEnglishEntry<M extends { entry: { collection: string; id: string } }>(
  list: Promise<readonly M[]>,
): Promise<M[]> {
  const [items, exists] = await Promise.all([list, englishExists()]);
  return items.filter(({ entry }) => exists(entry.collection, entry.id));
}

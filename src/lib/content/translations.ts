/**
 * English translations as the pages will need them: for each published Norwegian entry of a
 * translated collection, its published translation and whether that is current, outdated
 * (the Norwegian changed after the revision it translates: `norwegianUpdated` says when) or
 * missing. Drafts of either language are gone already (site.ts).
 */
import { TRANSLATED, type TranslatedName } from '../collections';
import { pairTranslations, type TranslationStatus } from '../translations';
import { site, siteTranslations, type Entry, type TranslationEntry } from './site';

export { TRANSLATED, type TranslatedName };
export type Translated<C extends TranslatedName> = TranslationStatus<Entry<C>, TranslationEntry<C>>;

/** Every published Norwegian entry of the collection with its English translation and state. */
export async function translationsOf<C extends TranslatedName>(
  collection: C,
): Promise<Translated<C>[]> {
  const norwegian = (await site())[collection] as Entry<C>[];
  return pairTranslations(norwegian, await siteTranslations(collection));
}

const indexes = new Map<TranslatedName, Promise<Map<string, Translated<TranslatedName>>>>();

/** One entry's translation and state; `undefined` when the entry is not published. */
export async function translationOf<C extends TranslatedName>(
  collection: C,
  id: string,
): Promise<Translated<C> | undefined> {
  // One index per collection and build: a page per entry must not scan the whole collection.
  let index = indexes.get(collection);
  if (!index) {
    index = translationsOf(collection).then(
      (list) => new Map(list.map((status) => [status.entry.id, status])),
    );
    indexes.set(collection, index);
  }
  return (await index).get(id) as Translated<C> | undefined;
}

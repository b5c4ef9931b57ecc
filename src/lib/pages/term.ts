/** What a glossary term's page shows besides the shared entry shell, in either language. */
import { strings, type Locale } from '../../i18n';
import { termUses, type Term } from '../content/glossary';
import { localEntryUrl, localizer, localRoutes } from '../content/localized';
import { resolve } from '../content/site';

/** `norwegian` is the Norwegian term; in English its text comes from the translation. */
export async function termPage(norwegian: Term, locale: Locale = 'nb') {
  const { dict } = strings(locale);
  const [localize, routes, uses] = await Promise.all([
    localizer(locale),
    localRoutes(locale),
    termUses(),
  ]);
  const term = localize(norwegian);
  const { aliases } = term.data;
  return {
    entry: term,
    /** «Også kalt»: the other names, joined; undefined when there are none. */
    aliases: aliases.length > 0 ? aliases.join(', ') : undefined,
    /** Entries that link the term, by title, with their collection's name. */
    usedIn: await Promise.all(
      (uses.get(term.id) ?? []).map(async (use) => {
        const entry = localize(await resolve({ collection: use.collection, id: use.id }));
        return {
          title: entry.data.title,
          url: await localEntryUrl(entry, locale),
          kind: dict.collectionNames[use.collection],
          lang: entry.lang === locale ? undefined : entry.lang,
        };
      }),
    ),
    allTerms: routes.termAnchor(term.id),
  };
}

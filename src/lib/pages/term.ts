/** What a glossary term's page shows besides the shared entry shell. */
import { termUses, type Term } from '../content/glossary';
import { collectionLabel } from '../collections';
import { routes } from '../routes';

export async function termPage(term: Term) {
  const { aliases } = term.data;
  return {
    /** «Også kalt»: the other names, joined; undefined when there are none. */
    aliases: aliases.length > 0 ? aliases.join(', ') : undefined,
    /** Entries that link the term, by title, with their collection's name. */
    usedIn: ((await termUses()).get(term.id) ?? []).map((use) => ({
      title: use.title,
      url: use.url,
      kind: collectionLabel(use.collection),
    })),
    allTerms: routes.termAnchor(term.id),
  };
}

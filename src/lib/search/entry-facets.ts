/** Search facets for a published entry, with related entries looked up in the checked site. */
import { site } from '../content/site';
import {
  relatedFrom,
  searchFacets,
  type AnyEntry,
  type Related,
  type SearchFacets,
} from './facets';

let related: Promise<Related> | undefined;

export async function facetsOf(entry: AnyEntry): Promise<SearchFacets> {
  related ??= site().then(relatedFrom);
  return searchFacets(entry, await related);
}

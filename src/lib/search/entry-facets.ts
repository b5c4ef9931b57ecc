/** Search facets for a published entry, with related entries looked up in the checked site. */
import { site } from '../content/site';
import { once } from '../once';
import {
  relatedFrom,
  searchFacets,
  type AnyEntry,
  type Related,
  type SearchFacets,
} from './facets';

const related = once(async (): Promise<Related> => relatedFrom(await site()));

export async function facetsOf(entry: AnyEntry): Promise<SearchFacets> {
  return searchFacets(entry, await related());
}

/**
 * The search page's state and how it travels: in the address (`/sok/?q=…&type=krav`) so a
 * search can be linked, and as options for Pagefind. Pure, so the browser code stays thin.
 */
import { FILTER_KEYS } from './types';

export type SortOrder = 'relevans' | 'dato';

export interface SearchState {
  /** What the reader typed. */
  q: string;
  /** Checked filter values, by filter. */
  types: string[];
  categories: string[];
  audiences: string[];
  sort: SortOrder;
}

/** Parameter names in the address: ASCII, so links survive being copied anywhere. */
export const PARAMS = {
  q: 'q',
  types: 'type',
  categories: 'kategori',
  audiences: 'malgruppe',
  sort: 'sort',
} as const;

const FILTER_PARAMS = ['types', 'categories', 'audiences'] as const;

export const emptyState = (): SearchState => ({
  q: '',
  types: [],
  categories: [],
  audiences: [],
  sort: 'relevans',
});

const clean = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** State from a query string (`?q=sosial+dialog&type=krav`). Unknown parameters are ignored. */
export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    q: (params.get(PARAMS.q) ?? '').trim(),
    types: clean(params.getAll(PARAMS.types)),
    categories: clean(params.getAll(PARAMS.categories)),
    audiences: clean(params.getAll(PARAMS.audiences)),
    sort: params.get(PARAMS.sort) === 'dato' ? 'dato' : 'relevans',
  };
}

/** The query string for a state, without empty parts; "" for the empty state. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(PARAMS.q, state.q.trim());
  for (const key of FILTER_PARAMS)
    for (const value of state[key]) params.append(PARAMS[key], value);
  if (state.sort === 'dato') params.set(PARAMS.sort, 'dato');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const hasFilters = (state: SearchState) =>
  FILTER_PARAMS.some((key) => state[key].length > 0);

/** Nothing to search for: no words and no filters. */
export const isEmpty = (state: SearchState) => !state.q.trim() && !hasFilters(state);

export interface PagefindOptions {
  filters: Record<string, { any: string[] }>;
}

/**
 * Pagefind's search options. Values checked in one group widen the search (krav OR mal);
 * groups narrow it (krav AND arbeidsklær). A plain array would mean all values at once.
 * The date order is not Pagefind's: the page sorts the hits itself (date-order.ts).
 */
export function pagefindOptions(state: SearchState): PagefindOptions {
  const filters: Record<string, { any: string[] }> = {};
  if (state.types.length) filters[FILTER_KEYS.type] = { any: state.types };
  if (state.categories.length) filters[FILTER_KEYS.category] = { any: state.categories };
  if (state.audiences.length) filters[FILTER_KEYS.audience] = { any: state.audiences };
  return { filters };
}

/** Pagefind's term: null lists everything the filters allow. */
export const pagefindTerm = (state: SearchState): string | null => state.q.trim() || null;

/**
 * Letters the last word needs before its index chunks are fetched ahead of the search, as the
 * reader types: the chunk a first letter or two falls in is large and seldom the one searched
 * («a»: 167.7 kB at 10 000 entries). A search after a pause fetches it as before.
 */
export const PRELOAD_FROM_LETTERS = 3;

/** Whether to fetch the words' index chunks while the reader is still typing `q`. */
export const worthPreloading = (q: string): boolean =>
  [...(q.trim().split(/\s+/).at(-1) ?? '')].length >= PRELOAD_FROM_LETTERS;

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
 * Letters the last word needs before the page searches, or fetches its index chunks ahead,
 * while the reader is still typing: the chunk a first letter or two falls in is large and seldom
 * the one searched («a»: 167.7 kB at 10 000 entries). Submitting searches whatever was typed.
 */
export const PRELOAD_FROM_LETTERS = 3;

/** Letters and digits of the last word: quotes and hyphens do not make a word longer. */
const lastWordLength = (q: string): number => {
  const word = q.trim().split(/\s+/).at(-1) ?? '';
  return word.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
};

/** Ends with a quoted phrase the reader has closed («"FN"», «"sosial dialog"»). */
const endsWithClosedQuote = (q: string): boolean => {
  const text = q.trim();
  return text.endsWith('"') && (text.match(/"/g)?.length ?? 0) % 2 === 0;
};

/** Whether to fetch the words' index chunks while the reader is still typing `q`. */
export const worthPreloading = (q: string): boolean =>
  lastWordLength(q) >= PRELOAD_FROM_LETTERS || endsWithClosedQuote(q);

/**
 * Whether to search while the reader is still typing `q` (a pause in typing), rather than wait
 * for Enter or the button. A reader mid-word expects the results of what they typed before to
 * stay: «sosial d» keeps those of «sosial» until the last word has three letters, since
 * searching «d» fetches the large chunk of every word in d. A quoted phrase the reader has
 * closed is finished, however short («"EU"»). An emptied field searches at once: the list
 * clears, or shows everything the filters allow. Short words like «EU» search on submit.
 */
export const searchWhileTyping = (q: string): boolean => !q.trim() || worthPreloading(q);

/**
 * What the search page shows: a result as the reader sees it and the sentence the live region
 * announces. Pure, with the words passed in from src/i18n/nb.ts when the page is built.
 */
import { formatMessage, type MessageLocale, type MessageValues } from '../../i18n/format';
import { formatDate } from '../dates';
import type { PagefindData } from './engine';
import { FILTER_KEYS, SEARCH_TYPES, type SearchType } from './types';

/** The UI strings the page script needs, chosen from nb.ts at build time. */
export interface SearchMessages {
  /** The page's language, for plurals and numbers. */
  locale: MessageLocale;
  count: string;
  countFor: string;
  none: string;
  noneFor: string;
  respelled: string;
  shown: string;
  updated: string;
  meetingDate: string;
  /** "Erstattet av {title}", on a superseded requirement version. */
  superseded: string;
  loading: string;
  example: string;
  /** "Med kilde, men noen opplysninger er fiktive": a sourced requirement with invented facts. */
  partlyFictional: string;
  /** Where the example label links: the page that explains what is an illustration. */
  exampleHref: string;
  types: Record<SearchType, string>;
}

/** A message with its placeholders and plurals filled in, in the page's language. */
const fill = (template: string, values: MessageValues, messages: SearchMessages) =>
  formatMessage(template, values, messages.locale);

export interface Hit {
  url: string;
  title: string;
  summary: string;
  /** "Krav", "Markedsdialogmøte" …; undefined for a page without a known type. */
  type: string | undefined;
  /** Invented example data, shown with the "Fiktivt eksempel" label. */
  example: boolean;
  /** Sourced, but some facts invented: shown with the "noen opplysninger er fiktive" label. */
  partlyFictional: boolean;
  /** "Oppdatert 25. november 2026", or the meeting's date for meetings. */
  date: string | undefined;
  /** "Erstattet av EH-KO2 …" on a superseded requirement version; undefined for current ones. */
  superseded: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateText = (iso: string | undefined, locale: MessageLocale) =>
  iso && ISO_DATE.test(iso) ? formatDate(new Date(`${iso}T00:00:00Z`), locale) : undefined;

const isSearchType = (value: string | undefined): value is SearchType =>
  (SEARCH_TYPES as readonly (string | undefined)[]).includes(value);

export function toHit(data: PagefindData, messages: SearchMessages): Hit {
  const type = data.filters[FILTER_KEYS.type]?.[0];
  const meeting = dateText(data.meta['meetingDate'], messages.locale);
  const updated = dateText(data.meta['updated'], messages.locale);
  const replacedBy = data.meta['supersededBy'];
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    summary: data.meta['summary'] ?? '',
    type: isSearchType(type) ? messages.types[type] : undefined,
    example: data.meta['example'] === 'true',
    partlyFictional: data.meta['partlyFictional'] === 'true',
    date: meeting
      ? fill(messages.meetingDate, { date: meeting }, messages)
      : updated && fill(messages.updated, { date: updated }, messages),
    superseded: replacedBy ? fill(messages.superseded, { title: replacedBy }, messages) : undefined,
  };
}

/** "12 treff på «sosial dialog»", "Ingen treff på «…»", or the count for a query read with æ, ø, å. */
export function statusText(
  count: number,
  query: string,
  messages: SearchMessages,
  respelled?: string,
): string {
  if (respelled) return fill(messages.respelled, { count, query, respelled }, messages);
  if (count === 0) return query ? fill(messages.noneFor, { query }, messages) : messages.none;
  return query
    ? fill(messages.countFor, { count, query }, messages)
    : fill(messages.count, { count }, messages);
}

/**
 * The words the search page's script needs, from the dictionary of the page's language. Kept
 * apart from results.ts, which the browser bundles: the dictionaries stay on the server.
 */
import { strings, type Locale } from '../../i18n';
import type { SearchMessages } from './results';

export function searchMessages(locale: Locale, exampleHref: string): SearchMessages {
  const { t, dict } = strings(locale);
  return {
    locale,
    count: t('search.count'),
    countFor: t('search.countFor'),
    none: t('search.none'),
    noneFor: t('search.noneFor'),
    respelled: t('search.respelled'),
    shown: t('search.shown'),
    updated: t('search.updated'),
    meetingDate: t('search.meetingDate'),
    superseded: t('search.superseded'),
    loading: t('search.loading'),
    example: t('common.example'),
    partlyFictional: dict.provenanceStatuses['partly-illustrative'],
    exampleHref,
    types: dict.searchType,
  };
}

/**
 * RSS items for the change list (src/lib/changes.ts). The identifier (guid) is the change's
 * key, which is made of the entry id, kind, date and version: two builds of the same content
 * give the same items, and a new change gives a new item.
 */
import { strings, type Locale } from '../../i18n';
import type { SiteChange } from '../changes';
import { escapeHtml } from '../html';
import { UID_DOMAIN } from '../meetings/ics';

export interface ChangeFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  /** The guid, written as customData: @astrojs/rss would otherwise use the link, which repeats. */
  customData: string;
  categories: string[];
}

/** The feed item's id; not a link (isPermaLink="false"), and the same on every build. */
export const changeGuid = (change: Pick<SiteChange, 'key'>) => `${change.key}@${UID_DOMAIN}`;

/** "Krav, ny versjon 2.0", "Anskaffelse, oppdatert". */
export function changeLabel(
  change: Pick<SiteChange, 'collection' | 'kind' | 'version'>,
  locale: Locale = 'nb',
): string {
  const { format, dict } = strings(locale);
  const kind = dict.changeKinds[change.kind];
  return format('changes.itemTitle', {
    collection: dict.collectionNames[change.collection],
    kind:
      change.kind === 'version' && change.version
        ? format('changes.kindVersion', { kind, version: change.version })
        : kind,
  });
}

/** An illustration says so first, as everywhere else on the site. */
export function changeTitle(change: SiteChange, locale: Locale = 'nb'): string {
  const { format } = strings(locale);
  const title = format('changes.feedTitle', {
    label: changeLabel(change, locale),
    title: change.title,
  });
  return change.example ? format('common.exampleTitle', { title }) : title;
}

export function changeFeedItem(change: SiteChange, locale: Locale = 'nb'): ChangeFeedItem {
  const { t, format, dict } = strings(locale);
  return {
    title: changeTitle(change, locale),
    link: change.url,
    pubDate: change.date,
    description: change.example
      ? format('common.exampleLead', { note: `${t('common.exampleNote')} ${change.note}` })
      : change.inventedNote
        ? `${change.inventedNote} ${change.note}`
        : change.note,
    customData: `<guid isPermaLink="false">${escapeHtml(changeGuid(change))}</guid>`,
    categories: [
      dict.collectionNames[change.collection],
      ...(change.example ? [t('common.example')] : []),
    ],
  };
}

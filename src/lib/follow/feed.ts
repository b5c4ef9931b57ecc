/**
 * RSS items for the change list (src/lib/changes.ts). The identifier (guid) is the change's
 * key, which is made of the entry id, kind, date and version: two builds of the same content
 * give the same items, and a new change gives a new item.
 */
import { nb, t, tf } from '../../i18n/nb';
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
export function changeLabel(change: Pick<SiteChange, 'collection' | 'kind' | 'version'>): string {
  const kind = nb.changeKinds[change.kind];
  return tf('changes.itemTitle', {
    collection: nb.collectionNames[change.collection],
    kind: change.kind === 'version' && change.version ? `${kind} ${change.version}` : kind,
  });
}

/** An illustration says so first, as everywhere else on the site. */
export function changeTitle(change: SiteChange): string {
  return `${change.example ? `${t('common.example')}: ` : ''}${changeLabel(change)}: ${change.title}`;
}

export function changeFeedItem(change: SiteChange): ChangeFeedItem {
  return {
    title: changeTitle(change),
    link: change.url,
    pubDate: change.date,
    description: change.example
      ? `${t('common.example')}. ${t('common.exampleNote')} ${change.note}`
      : change.inventedNote
        ? `${change.inventedNote} ${change.note}`
        : change.note,
    customData: `<guid isPermaLink="false">${escapeHtml(changeGuid(change))}</guid>`,
    categories: [
      nb.collectionNames[change.collection],
      ...(change.example ? [t('common.example')] : []),
    ],
  };
}

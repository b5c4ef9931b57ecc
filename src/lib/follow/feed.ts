/**
 * RSS items for the change list (src/lib/changes.ts). The identifier (guid) is the change's
 * key, which is made of the entry id, kind, date and version: two builds of the same content
 * give the same items, and a new change gives a new item.
 */
import { getRssString, type RSSOptions } from '@astrojs/rss';
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

const CHANNEL_END = '</channel></rss>';
const ITEM_END = '</item>';

/** The `<item>` elements of a feed @astrojs/rss wrote, in order; `count` of them. */
function itemsIn(feed: string, count: number): string[] {
  const start = feed.indexOf('<item>');
  const body = start < 0 ? '' : feed.slice(start, feed.length - CHANNEL_END.length);
  const items = body
    .split(ITEM_END)
    .slice(0, -1)
    .map((item) => item + ITEM_END);
  if (items.length !== count || !feed.endsWith(CHANNEL_END))
    throw new Error(`@astrojs/rss wrote ${items.length} items instead of ${count}`);
  return items;
}

// A change is in the feed of every category it concerns (10 000 entries: 19 319 items in the
// category feeds, 3 357 distinct), and @astrojs/rss validates every item it is given and parses
// its customData (the guid) with an XML parser: each distinct item is written once per thread.
const written = new Map<string, string>();

/**
 * The RSS feed of `channel` holding `items`, written by @astrojs/rss: the channel as a feed of no
 * items, each item not written before cut out of one feed the package writes of the new ones.
 */
export async function changeFeed(
  channel: Omit<RSSOptions, 'items'>,
  items: readonly ChangeFeedItem[],
): Promise<string> {
  const base = `${String(channel.site)} ${channel.trailingSlash ?? true} `;
  const keys = items.map((item) => base + JSON.stringify(item));
  const unknown = new Map<string, ChangeFeedItem>();
  keys.forEach((key, i) => {
    if (!written.has(key)) unknown.set(key, items[i] as ChangeFeedItem);
  });
  if (unknown.size > 0) {
    const feed = await getRssString({ ...channel, items: [...unknown.values()] });
    const made = itemsIn(feed, unknown.size);
    [...unknown.keys()].forEach((key, i) => written.set(key, made[i] as string));
  }
  const empty = await getRssString({ ...channel, items: [] });
  if (!empty.endsWith(CHANNEL_END)) throw new Error('@astrojs/rss ended a feed unexpectedly');
  return (
    empty.slice(0, -CHANNEL_END.length) + keys.map((key) => written.get(key)).join('') + CHANNEL_END
  );
}

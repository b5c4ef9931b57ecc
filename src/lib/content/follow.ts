/**
 * What a reader can follow per risk category: the RSS items (changes to its requirements, its
 * procurements and meetings) and the calendar (its procurement milestones and upcoming meetings).
 * Both read the one change list and the one applicability rule, so the feed, the calendar and
 * the category page agree on what belongs to a category.
 */
import { strings, type Locale } from '../../i18n';
import { changesInCategory, concerns } from '../changes';
import { categoryCalendar, procurementEvents, type CalendarProcurement } from '../follow/calendar';
import { changeFeedItem, type ChangeFeedItem } from '../follow/feed';
import { allChanges, meetingScopes } from './changes';
import { listKey } from './cache-key';
import { allProcurements, type Procurement } from './procurements';
import { calendarMeeting, meetingSchedule } from './meetings';
import { allCategories, categoryFacts, type RiskCategory } from './risk-categories';
import { once } from '../once';

/** The category's feed items, newest first. */
export async function categoryFeedItems(category: RiskCategory): Promise<ChangeFeedItem[]> {
  return changesInCategory(await allChanges(), categoryFacts(category)).map((change) => changeFeedItem(change));
}

export function calendarProcurement(p: Procurement, site: URL): CalendarProcurement {
  return {
    id: p.id,
    title: p.data.title,
    summary: p.data.summary,
    plannedAnnouncement: p.data.plannedAnnouncement,
    planned: p.data.status === 'planlagt',
    deadlines: p.data.deadlines,
    example: p.data.example,
    updated: p.data.updated,
    url: new URL(p.url, site).href,
  };
}

/** The category's procurements and coming meetings (not cancelled), as the calendar writer needs them. */
async function calendarParts(category: RiskCategory, site: URL) {
  const procurements = (await allProcurements()).filter((p) => p.category.id === category.id);
  const { upcoming } = await meetingSchedule();
  const scopes = await meetingScopes();
  const facts = categoryFacts(category);
  const meetings = upcoming
    .filter((m) => {
      const scope = scopes.get(m.id);
      return m.phase !== 'avlyst' && scope !== undefined && concerns({ scope }, facts);
    })
    .map((m) => calendarMeeting(m, site));
  return { procurements: procurements.map((p) => calendarProcurement(p, site)), meetings };
}

/** The category's calendar file; `site` is the site's base URL. */
export async function categoryCalendarFile(
  category: RiskCategory,
  site: URL,
  locale: Locale = 'nb',
): Promise<string> {
  const { procurements, meetings } = await calendarParts(category, site);
  return categoryCalendar(
    strings(locale).format('follow.calendarName', { category: category.data.title }),
    procurements,
    meetings,
  );
}

/**
 * Which feeds each category has. A feed is published only when it has something in it: RFC 5545
 * requires at least one event in a calendar, and the quality gate wants items in every feed.
 */
export const categoryFeeds = once(async (): Promise<Map<string, { rss: boolean; ics: boolean }>> => {
  const site = new URL('https://site.invalid/');
  const result = new Map<string, { rss: boolean; ics: boolean }>();
  for (const category of await allCategories()) {
    const { procurements, meetings } = await calendarParts(category, site);
    result.set(category.id, {
      rss: (await categoryFeedItems(category)).length > 0,
      ics: meetings.length > 0 || procurements.some((p) => procurementEvents(p).length > 0),
    });
  }
  return result;
});

/** The categories with a feed of the given kind. */
export async function categoriesWithFeed(kind: 'rss' | 'ics'): Promise<RiskCategory[]> {
  const feeds = await categoryFeeds();
  return (await allCategories()).filter((c) => feeds.get(c.id)?.[kind]);
}

/**
 * `getStaticPaths` for one kind of category feed: a path per category that has one. A feed or
 * calendar shows the changes' and events' titles, dates, summaries and change notes, never a
 * requirement's text or a body: the site digest alone is its key (listKey).
 */
export async function categoryFeedPaths(kind: 'rss' | 'ics') {
  const cacheKey = await listKey();
  return (await categoriesWithFeed(kind)).map((category) => ({
    params: { id: category.id },
    props: { category },
    cacheKey,
  }));
}

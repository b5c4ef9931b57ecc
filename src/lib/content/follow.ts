/**
 * What a reader can follow per risk category: the RSS items (changes to its requirements, its
 * procurements and meetings) and the calendar (its procurement milestones and upcoming meetings).
 * Both read the one change list and the one applicability rule, so the feed, the calendar and
 * the category page agree on what belongs to a category.
 */
import { tf } from '../../i18n/nb';
import { changesInCategory, concerns } from '../changes';
import { categoryCalendar, type CalendarProcurement } from '../follow/calendar';
import { changeFeedItem, type ChangeFeedItem } from '../follow/feed';
import { allChanges, meetingScopes } from './changes';
import { allProcurements, type Procurement } from './procurements';
import { calendarMeeting, meetingSchedule } from './meetings';
import { categoryFacts, type RiskCategory } from './risk-categories';

/** The category's feed items, newest first. */
export async function categoryFeedItems(category: RiskCategory): Promise<ChangeFeedItem[]> {
  return changesInCategory(await allChanges(), categoryFacts(category)).map(changeFeedItem);
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

/** The category's calendar file; `site` is the site's base URL. */
export async function categoryCalendarFile(category: RiskCategory, site: URL): Promise<string> {
  const procurements = (await allProcurements()).filter((p) => p.category.id === category.id);
  const { upcoming } = await meetingSchedule();
  const scopes = await meetingScopes();
  const facts = categoryFacts(category);
  const meetings = upcoming
    .filter((m) => {
      const scope = scopes.get(m.id);
      return scope !== undefined && concerns({ scope }, facts);
    })
    .map((m) => calendarMeeting(m, site));
  return categoryCalendar(
    tf('follow.calendarName', { category: category.data.title }),
    procurements.map((p) => calendarProcurement(p, site)),
    meetings,
  );
}

/** One meeting as a calendar file, in English: the translation's text, the Norwegian facts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../lib/content/cache-key';
import { withEnglishEntry } from '../../../lib/content/localized';
import {
  allMeetings,
  calendarMeeting,
  meetingIn,
  type Meeting,
} from '../../../lib/content/meetings';
import { meetingCalendar } from '../../../lib/meetings/ics';
import { entryPaths } from '../../../lib/pages/trail';

export const getStaticPaths = (() =>
  entryPaths(withEnglishEntry(allMeetings()), (meeting) =>
    cacheKey(meeting.entry),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Meeting }> = async ({ props, site }) => {
  if (!site)
    throw new Error('astro.config.mjs must set `site`: calendar events need absolute URLs');
  const body = meetingCalendar({
    ...calendarMeeting(await meetingIn(props.entry, 'en'), site),
    locale: 'en',
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

/** One meeting as a calendar file; cancelled meetings keep theirs, saying STATUS:CANCELLED. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../lib/content/cache-key';
import { allMeetings, calendarMeeting, type Meeting } from '../../lib/content/meetings';
import { meetingCalendar } from '../../lib/meetings/ics';
import { entryPaths } from '../../lib/pages/trail';

export const getStaticPaths = (() =>
  entryPaths(allMeetings(), (meeting) => cacheKey(meeting.entry))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Meeting }> = ({ props, site }) => {
  if (!site)
    throw new Error('astro.config.mjs must set `site`: calendar events need absolute URLs');
  const body = meetingCalendar(calendarMeeting(props.entry, site));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

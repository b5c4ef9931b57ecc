/** The feed of every upcoming meeting, for calendar subscriptions. */
import type { APIRoute } from 'astro';
import { calendarMeeting, meetingSchedule } from '../../lib/content/meetings';
import { meetingFeed } from '../../lib/meetings/ics';

export const GET: APIRoute = async ({ site }) => {
  if (!site)
    throw new Error('astro.config.mjs must set `site`: calendar events need absolute URLs');
  const { upcoming } = await meetingSchedule();
  const body = meetingFeed(upcoming.map((meeting) => calendarMeeting(meeting, site)));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

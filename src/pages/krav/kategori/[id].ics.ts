/** A category's calendar: planned announcements, deadlines and upcoming meetings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { categoryFeedPaths, categoryCalendarFile } from '../../../lib/content/follow';
import type { RiskCategory } from '../../../lib/content/risk-categories';

export const getStaticPaths = (() => categoryFeedPaths('ics')) satisfies GetStaticPaths;

export const GET: APIRoute<{ category: RiskCategory }> = async ({ props: { category }, site }) => {
  if (!site)
    throw new Error('astro.config.mjs must set `site`: calendar events need absolute URLs');
  const body = await categoryCalendarFile(category, site);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

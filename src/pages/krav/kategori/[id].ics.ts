/** A category's calendar: planned announcements, deadlines and upcoming meetings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { categoriesWithFeed, categoryCalendarFile } from '../../../lib/content/follow';
import type { RiskCategory } from '../../../lib/content/risk-categories';

export const getStaticPaths = (async () =>
  (await categoriesWithFeed('ics')).map((category) => ({
    params: { id: category.id },
    props: { category },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ category: RiskCategory }> = async ({ props: { category }, site }) => {
  if (!site)
    throw new Error('astro.config.mjs must set `site`: calendar events need absolute URLs');
  const body = await categoryCalendarFile(category, site);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

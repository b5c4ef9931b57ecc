/** A category's RSS feed: changes to its requirements, and its new and changed procurements and meetings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { strings } from '../../../i18n';
import { categoryFeedPaths, categoryFeedItems } from '../../../lib/content/follow';
import { changeFeed } from '../../../lib/follow/feed';
import type { RiskCategory } from '../../../lib/content/risk-categories';

// The Norwegian category feed.
const { format } = strings('nb');

export const getStaticPaths = (() => categoryFeedPaths('rss')) satisfies GetStaticPaths;

export const GET: APIRoute<{ category: RiskCategory }> = async ({ props: { category }, site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: the feed needs absolute links');
  const name = category.data.title;
  const body = await changeFeed(
    {
      title: format('follow.feedTitle', { category: name }),
      description: format('follow.feedDescription', { category: name }),
      site,
      trailingSlash: true,
      customData: '<language>nb</language>',
    },
    await categoryFeedItems(category),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};

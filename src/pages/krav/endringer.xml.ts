import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { strings } from '../../i18n';
import { allRequirements } from '../../lib/content/requirements';
import { changeLog, feedItemContent, feedItemTitle } from '../../lib/requirements/feed';
import { inventedFacts } from '../../lib/provenance';
import { routes } from '../../lib/routes';

// The Norwegian feed of requirement changes.
const { t, dict } = strings('nb');

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: the feed needs absolute links');
  const changes = changeLog(await allRequirements());
  return rss({
    title: t('req.feedTitle'),
    description: t('req.changesLead'),
    site,
    trailingSlash: true,
    customData: '<language>nb</language>',
    items: changes.map((change) => {
      const d = change.requirement.data;
      const invented = inventedFacts(d).note;
      return {
        title: feedItemTitle(change),
        link: routes.requirement(change.requirement.id),
        pubDate: change.date,
        description: `${d.example ? `${t('provenance.feedNote')} ` : ''}${invented ? `${invented} ` : ''}${d.changeNote ?? d.summary}`,
        content: feedItemContent(change, {
          changeNote: t('req.changeNote'),
          text: t('req.requirementText'),
          example: t('common.example'),
          exampleNote: t('common.exampleNote'),
          sources: t('provenance.sources'),
        }),
        categories: [
          dict.requirementKinds[d.kind],
          dict.oslomodellenParts[d.oslomodellenPart],
          ...(d.example ? [t('common.example')] : []),
        ],
      };
    }),
  });
};

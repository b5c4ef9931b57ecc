import type { APIRoute, GetStaticPaths } from 'astro';
import { strings } from '../../../i18n';
import { appliesToText, requirementsForCategory } from '../../../lib/content/requirements';
import { cacheKey } from '../../../lib/content/cache-key';
import { allCategories, type RiskCategory } from '../../../lib/content/risk-categories';
import { buildDate } from '../../../lib/dates';
import { categoryDocx, DOCX_TYPE } from '../../../lib/requirements/docx';
import { routes } from '../../../lib/routes';
import { entryPaths } from '../../../lib/pages/trail';

// The Norwegian category .docx.
const { t } = strings('nb');

// The document holds the text of every requirement for the category.
export const getStaticPaths = (() =>
  entryPaths(allCategories(), async (category) =>
    cacheKey(category, ...(await requirementsForCategory(category))),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: RiskCategory }> = async ({
  props: { entry: category },
  site,
}) => {
  const requirements = await requirementsForCategory(category);
  const newest = Math.max(...requirements.map((requirement) => requirement.data.updated.getTime()));
  const buffer = await categoryDocx({
    categoryTitle: category.data.title,
    date: requirements.length > 0 ? new Date(newest) : buildDate(),
    sourceUrl: new URL(routes.riskCategory(category.id), site).href,
    requirements: await Promise.all(
      requirements.map(async (requirement) => ({
        data: requirement.data,
        appliesToText: await appliesToText(requirement, t('req.allHighRisk')),
        sourceUrl: new URL(routes.requirement(requirement.id), site).href,
      })),
    ),
  });
  return new Response(new Uint8Array(buffer), { headers: { 'Content-Type': DOCX_TYPE } });
};

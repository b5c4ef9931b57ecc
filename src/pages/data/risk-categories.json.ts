import type { APIRoute } from 'astro';
import { nb } from '../../i18n/nb';
import { requirementsForCategory } from '../../lib/content/requirements';
import { allCategories } from '../../lib/content/risk-categories';
import {
  jsonResponse,
  OPEN_DATA_VERSION,
  riskCategoriesFileSchema,
  toOpenRiskCategory,
} from '../../lib/requirements/open-data';
import { routes } from '../../lib/routes';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const riskCategories = await Promise.all(
    (await allCategories()).map(async (category) =>
      toOpenRiskCategory(category, {
        url: absolute(routes.riskCategory(category.id)),
        requirements: (await requirementsForCategory(category)).map((r) => r.id),
      }),
    ),
  );
  const file = riskCategoriesFileSchema.parse({
    $schema: absolute(routes.openRiskCategoriesSchema()),
    version: OPEN_DATA_VERSION,
    publisher: nb.site.ownerLong,
    riskCategories,
  });
  return jsonResponse(file);
};

/** /data/: each open-data file with its address, its schema's address and its fields. */
import { t } from '../../i18n/nb';
import {
  describeFields,
  jsonSchemaOf,
  OPEN_DATA_VERSION,
  requirementsFileSchema,
  riskCategoriesFileSchema,
} from '../requirements/open-data';
import { routes } from '../routes';
import { trail } from './trail';

export function openDataPage() {
  const file = (
    id: string,
    title: string,
    href: string,
    schemaHref: string,
    schema: Parameters<typeof jsonSchemaOf>[0],
  ) => ({ id, title, href, schemaHref, fields: describeFields(jsonSchemaOf(schema, schemaHref)) });
  return {
    breadcrumbs: trail(),
    version: OPEN_DATA_VERSION,
    files: [
      file(
        'requirements',
        t('openData.requirementsTitle'),
        routes.openRequirements(),
        routes.openRequirementsSchema(),
        requirementsFileSchema,
      ),
      file(
        'risk-categories',
        t('openData.categoriesTitle'),
        routes.openRiskCategories(),
        routes.openRiskCategoriesSchema(),
        riskCategoriesFileSchema,
      ),
    ],
  };
}

/**
 * The open-data files (/data/requirements.json, /data/risk-categories.json), their JSON Schemas
 * and the page that documents them (/data/): each file is named once here, with its address,
 * its schema's address, its schema and its records.
 */
import { strings } from '../../i18n';
import { allRequirements, requirementsForCategory, supersededBy } from '../content/requirements';
import { allCategories } from '../content/risk-categories';
import {
  describeFields,
  jsonResponse,
  jsonSchemaOf,
  OPEN_DATA_VERSION,
  requirementsFileSchema,
  riskCategoriesFileSchema,
  SCHEMA_TYPE,
  toOpenRequirement,
  toOpenRiskCategory,
} from '../requirements/open-data';
import { routes } from '../routes';
import { trail } from './trail';

// One set of open-data files, described in Norwegian like the data page.
const { t } = strings('nb');

type Absolute = (sitePath: string) => string;

const OPEN_DATA_FILES = {
  requirements: {
    id: 'requirements',
    title: () => t('openData.requirementsTitle'),
    href: routes.openRequirements(),
    schemaHref: routes.openRequirementsSchema(),
    schema: requirementsFileSchema,
    records: async (absolute: Absolute) =>
      Promise.all(
        (await allRequirements()).map(async (requirement) =>
          toOpenRequirement(requirement, {
            url: absolute(routes.requirement(requirement.id)),
            docxUrl: absolute(routes.requirementDocx(requirement.id)),
            supersededBy: (await supersededBy(requirement.id))?.id,
          }),
        ),
      ),
  },
  riskCategories: {
    id: 'risk-categories',
    title: () => t('openData.categoriesTitle'),
    href: routes.openRiskCategories(),
    schemaHref: routes.openRiskCategoriesSchema(),
    schema: riskCategoriesFileSchema,
    records: async (absolute: Absolute) =>
      Promise.all(
        (await allCategories()).map(async (category) =>
          toOpenRiskCategory(category, {
            url: absolute(routes.riskCategory(category.id)),
            requirements: (await requirementsForCategory(category)).map((r) => r.id),
          }),
        ),
      ),
  },
};
export type OpenDataFile = keyof typeof OPEN_DATA_FILES;

/** The file's response; `site` is the site's base URL, since the file's addresses are absolute. */
export async function openDataResponse(name: OpenDataFile, site: URL | undefined) {
  const file = OPEN_DATA_FILES[name];
  const absolute = (sitePath: string) => new URL(sitePath, site).href;
  // Parsing the output with its own schema proves every build publishes what the schema documents.
  const body = file.schema.parse({
    $schema: absolute(file.schemaHref),
    version: OPEN_DATA_VERSION,
    publisher: t('site.ownerLong'),
    [name]: await file.records(absolute),
  });
  return jsonResponse(body);
}

/** The JSON Schema of the file, with its own absolute address as $id. */
export function openDataSchemaResponse(name: OpenDataFile, site: URL | undefined) {
  const file = OPEN_DATA_FILES[name];
  return jsonResponse(jsonSchemaOf(file.schema, new URL(file.schemaHref, site).href), SCHEMA_TYPE);
}

/** /data/: each open-data file with its address, its schema's address and its fields. */
export function openDataPage() {
  return {
    breadcrumbs: trail(),
    version: OPEN_DATA_VERSION,
    files: Object.values(OPEN_DATA_FILES).map(({ id, title, href, schemaHref, schema }) => ({
      id,
      title: title(),
      href,
      schemaHref,
      fields: describeFields(jsonSchemaOf(schema, schemaHref)),
    })),
  };
}

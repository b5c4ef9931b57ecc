import type { APIRoute } from 'astro';
import { nb } from '../../i18n/nb';
import { allRequirements, supersededBy } from '../../lib/content/requirements';
import {
  jsonResponse,
  OPEN_DATA_VERSION,
  requirementsFileSchema,
  toOpenRequirement,
} from '../../lib/requirements/open-data';
import { routes } from '../../lib/routes';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const requirements = await Promise.all(
    (await allRequirements()).map(async (requirement) =>
      toOpenRequirement(requirement, {
        url: absolute(routes.requirement(requirement.id)),
        docxUrl: absolute(routes.requirementDocx(requirement.id)),
        supersededBy: (await supersededBy(requirement.id))?.id,
      }),
    ),
  );
  // Parsing the output with its own schema proves every build publishes what the schema documents.
  const file = requirementsFileSchema.parse({
    $schema: absolute(routes.openRequirementsSchema()),
    version: OPEN_DATA_VERSION,
    publisher: nb.site.ownerLong,
    requirements,
  });
  return jsonResponse(file);
};

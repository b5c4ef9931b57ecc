import type { APIRoute, GetStaticPaths } from 'astro';
import { strings } from '../../i18n';
import { allRequirements, appliesToText, type Requirement } from '../../lib/content/requirements';
import { DOCX_TYPE, requirementDocx } from '../../lib/requirements/docx';
import { routes } from '../../lib/routes';
import { entryPaths } from '../../lib/pages/trail';

// The Norwegian requirement's .docx; src/pages/en/ has the English one.
const { t } = strings('nb');

export const getStaticPaths = (() => entryPaths(allRequirements())) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Requirement }> = async ({
  props: { entry: requirement },
  site,
}) => {
  const buffer = await requirementDocx({
    data: requirement.data,
    appliesToText: await appliesToText(requirement, t('req.allHighRisk')),
    sourceUrl: new URL(routes.requirement(requirement.id), site).href,
  });
  return new Response(new Uint8Array(buffer), { headers: { 'Content-Type': DOCX_TYPE } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { strings } from '../../i18n';
import { allRequirements, appliesToText, type Requirement } from '../../lib/content/requirements';
import { cacheKey } from '../../lib/content/cache-key';
import { DOCX_TYPE, requirementDocx } from '../../lib/requirements/docx';
import { routes } from '../../lib/routes';

// The Norwegian requirement's .docx; src/pages/en/ has the English one.
const { t } = strings('nb');

export const getStaticPaths = (async () =>
  Promise.all(
    (await allRequirements()).map(async (requirement) => ({
      params: { id: requirement.id },
      props: { requirement },
      cacheKey: await cacheKey(requirement),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ requirement: Requirement }> = async ({
  props: { requirement },
  site,
}) => {
  const buffer = await requirementDocx({
    data: requirement.data,
    appliesToText: await appliesToText(requirement, t('req.allHighRisk')),
    sourceUrl: new URL(routes.requirement(requirement.id), site).href,
  });
  return new Response(new Uint8Array(buffer), { headers: { 'Content-Type': DOCX_TYPE } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { strings } from '../../../i18n';
import {
  allRequirements,
  appliesToText,
  type Requirement,
} from '../../../lib/content/requirements';
import { cacheKey } from '../../../lib/content/cache-key';
import { localizer, withEnglish } from '../../../lib/content/localized';
import { DOCX_TYPE, requirementDocx } from '../../../lib/requirements/docx';
import { routesIn } from '../../../lib/routes';

/** The English requirement as a Word document: the translation's text, the Norwegian facts. */
export const getStaticPaths = (async () =>
  Promise.all(
    (await withEnglish(allRequirements())).map(async (requirement) => ({
      params: { id: requirement.id },
      props: { requirement },
      cacheKey: await cacheKey(requirement),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ requirement: Requirement }> = async ({
  props: { requirement },
  site,
}) => {
  const localize = await localizer('en');
  const buffer = await requirementDocx({
    data: localize(requirement).data,
    appliesToText: await appliesToText(requirement, strings('en').t('req.allHighRisk'), 'en'),
    sourceUrl: new URL(routesIn('en').requirement(requirement.id), site).href,
    locale: 'en',
  });
  return new Response(new Uint8Array(buffer), { headers: { 'Content-Type': DOCX_TYPE } });
};

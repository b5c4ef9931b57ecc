/** The requirement lists by kind (/krav/type/…) and by part of the Oslo model (/krav/del/…), in either language. */
import { strings, type Locale } from '../../i18n';
import { listKey } from '../content/cache-key';
import { requirementsByKind, requirementsByPart } from '../content/requirements';
import { OSLOMODELLEN_PARTS, REQUIREMENT_KINDS } from '../../schemas/requirement';
import { sectionsIn, trailIn } from './trail';

/** `getStaticPaths` of /krav/type/[kind]/: one page per kind, with its requirements in force. */
export function requirementKindPaths(locale: Locale = 'nb') {
  const { dict } = strings(locale);
  const breadcrumbs = trailIn(locale, sectionsIn(locale).requirements);
  return Promise.all(
    REQUIREMENT_KINDS.map(async (kind) => ({
      params: { kind },
      props: {
        title: dict.requirementKinds[kind],
        lead: dict.requirementKindHelp[kind],
        requirements: await requirementsByKind(kind),
        breadcrumbs,
      },
      cacheKey: await listKey(),
    })),
  );
}

/** `getStaticPaths` of /krav/del/[part]/: one page per part of the Oslo model. */
export function requirementPartPaths(locale: Locale = 'nb') {
  const { t, dict } = strings(locale);
  const breadcrumbs = trailIn(locale, sectionsIn(locale).requirements);
  return Promise.all(
    OSLOMODELLEN_PARTS.map(async (part) => ({
      params: { part },
      props: {
        title: `${t('req.part')}: ${dict.oslomodellenParts[part]}`,
        lead: dict.oslomodellenPartHelp[part],
        requirements: await requirementsByPart(part),
        breadcrumbs,
      },
      cacheKey: await listKey(),
    })),
  );
}

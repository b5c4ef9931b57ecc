/** The requirement lists by kind (/krav/type/…) and by part of the Oslo model (/krav/del/…). */
import { nb, t } from '../../i18n/nb';
import { requirementsByKind, requirementsByPart } from '../content/requirements';
import { OSLOMODELLEN_PARTS, REQUIREMENT_KINDS } from '../../schemas/requirement';
import { sections, trail } from './trail';

const breadcrumbs = trail(sections.requirements);

/** `getStaticPaths` of /krav/type/[kind]/: one page per kind, with its requirements in force. */
export function requirementKindPaths() {
  return Promise.all(
    REQUIREMENT_KINDS.map(async (kind) => ({
      params: { kind },
      props: {
        title: nb.requirementKinds[kind],
        lead: nb.requirementKindHelp[kind],
        requirements: await requirementsByKind(kind),
        breadcrumbs,
      },
    })),
  );
}

/** `getStaticPaths` of /krav/del/[part]/: one page per part of the Oslo model. */
export function requirementPartPaths() {
  return Promise.all(
    OSLOMODELLEN_PARTS.map(async (part) => ({
      params: { part },
      props: {
        title: `${t('req.part')}: ${nb.oslomodellenParts[part]}`,
        lead: nb.oslomodellenPartHelp[part],
        requirements: await requirementsByPart(part),
        breadcrumbs,
      },
    })),
  );
}

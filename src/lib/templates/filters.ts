/**
 * Ordering and filtering of templates for the list pages. Filters are plain pages
 * (/maler/fase/<stage>/, /maler/for/<audience>/), so they work without JavaScript.
 */
import { AUDIENCES, type Audience } from '../../schemas/fields';
import { PROCUREMENT_STAGES, type TemplateData } from '../../schemas/template';

export type Stage = (typeof PROCUREMENT_STAGES)[number];

interface HasTemplateData {
  id: string;
  data: Pick<TemplateData, 'title' | 'stage' | 'audience'>;
}

const collator = new Intl.Collator('nb');

/** In the order of a procurement (planning, competition, follow-up), then by title. */
export function sortTemplates<T extends HasTemplateData>(list: readonly T[]): T[] {
  return list.toSorted(
    (a, b) =>
      PROCUREMENT_STAGES.indexOf(a.data.stage) - PROCUREMENT_STAGES.indexOf(b.data.stage) ||
      collator.compare(a.data.title, b.data.title),
  );
}

export interface TemplateFilter {
  stage?: Stage | undefined;
  audience?: Audience | undefined;
}

export function filterTemplates<T extends HasTemplateData>(
  list: readonly T[],
  filter: TemplateFilter,
): T[] {
  return sortTemplates(
    list.filter(
      (t) =>
        (filter.stage === undefined || t.data.stage === filter.stage) &&
        (filter.audience === undefined || t.data.audience.includes(filter.audience)),
    ),
  );
}

/**
 * The filter values that find something, with how many templates each finds. A value with no
 * templates is not offered (a link to an empty list is a dead end), and gets no page.
 */
export function filterCounts(list: readonly HasTemplateData[]): {
  stages: { stage: Stage; count: number }[];
  audiences: { audience: Audience; count: number }[];
} {
  return {
    stages: PROCUREMENT_STAGES.map((stage) => ({
      stage,
      count: list.filter((t) => t.data.stage === stage).length,
    })).filter(({ count }) => count > 0),
    audiences: AUDIENCES.map((audience) => ({
      audience,
      count: list.filter((t) => t.data.audience.includes(audience)).length,
    })).filter(({ count }) => count > 0),
  };
}

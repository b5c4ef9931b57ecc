/**
 * Planned and running procurements as the pages need them: value band, quarter in words, the
 * meetings that present them (meetings point at procurements; the reverse is computed here),
 * and which requirements apply, decided by the one applicability rule.
 */
import { applicableRequirements } from '../applicability';
import { formatQuarter, quarterOrder, valueBand } from '../procurements';
import { routes } from '../routes';
import { meetingsPresenting, type Meeting } from './meetings';
import { currentRequirements, byCode, type Requirement } from './requirements';
import { categoryFacts } from './risk-categories';
import { byTitle, resolve, resolveAll, site, type Entry } from './site';
import { localizer, localRoutes, type Locale } from './localized';
import { meetingIn } from './meetings';
import { once } from '../once';

export type ProcurementEntry = Entry<'procurements'>;

export interface Procurement {
  id: string;
  entry: ProcurementEntry;
  data: ProcurementEntry['data'];
  url: string;
  category: Entry<'riskCategories'>;
  /** "0,5–5 mill. kr" */
  valueBand: string;
  /** "1. kvartal 2027" */
  announcement: string;
  meetings: Meeting[];
  /** Current requirements the rule finds for this category and value, in code order. */
  applicable: Requirement[];
  /** Requirements the editor named that the rule did not already find, in code order. */
  alsoReferenced: Requirement[];
}

async function view(entry: ProcurementEntry): Promise<Procurement> {
  const { riskCategories } = await site();
  const category = await resolve(entry.data.category);
  const applicable = applicableRequirements(
    await currentRequirements(),
    riskCategories.map(categoryFacts),
    category.id,
    entry.data.estimatedValueNok,
  ).toSorted(byCode);
  const found = new Set(applicable.map((r) => r.id));
  const referenced = await resolveAll(entry.data.requirements);
  return {
    id: entry.id,
    entry,
    data: entry.data,
    url: routes.procurement(entry.id),
    category,
    valueBand: valueBand(entry.data.estimatedValueNok),
    announcement: formatQuarter(entry.data.plannedAnnouncement),
    meetings: await meetingsPresenting(entry.id),
    applicable,
    alsoReferenced: referenced.filter((r) => !found.has(r.id)).toSorted(byCode),
  };
}

/** Every published procurement, earliest planned announcement first, then by title. */
export const allProcurements = once(async (): Promise<Procurement[]> => {
  const { procurements } = await site();
  const views = await Promise.all(procurements.map(view));
  return views.toSorted(
    (a, b) =>
      quarterOrder(a.data.plannedAnnouncement) - quarterOrder(b.data.plannedAnnouncement) ||
      byTitle(a, b),
  );
});

const procurementsById = once(
  async () => new Map((await allProcurements()).map((p) => [p.id, p])),
);

/** The procurements a meeting presents, as views, in the order the editor listed them. */
export async function procurementsOf(meeting: Meeting): Promise<Procurement[]> {
  const byId = await procurementsById();
  return meeting.data.procurements.flatMap((ref) => byId.get(ref.id) ?? []);
}

/**
 * A procurement as a page in `locale` shows it: in English, the translation's text, its category
 * and meetings in English, the value band and quarter in English, and the English address; the
 * requirements stay Norwegian entries.
 */
export async function procurementIn(procurement: Procurement, locale: Locale): Promise<Procurement> {
  if (locale === 'nb') return procurement;
  const [localize, routes] = await Promise.all([localizer(locale), localRoutes(locale)]);
  const entry = localize(procurement.entry);
  return {
    ...procurement,
    entry,
    data: entry.data,
    url: routes.procurement(procurement.id),
    category: localize(procurement.category),
    valueBand: valueBand(procurement.data.estimatedValueNok, locale),
    announcement: formatQuarter(procurement.data.plannedAnnouncement, locale),
    meetings: await Promise.all(procurement.meetings.map((m) => meetingIn(m, locale))),
    // The requirement lists localise their items themselves (RequirementLinks).
  };
}

/**
 * Requirements as the pages need them: sorted, split into current and superseded versions,
 * grouped by kind, category and Oslomodellen part, with the entries that point at them.
 * Everything comes from `site()`, so drafts are already gone and references already checked.
 */
import { indexByReference, site, type Entry } from './site';
import { localizer, type Locale } from './localized';
import { once } from '../once';
import { isSourced } from '../provenance';
import { coversCategory, requirementApplies } from '../applicability';
import {
  type OSLOMODELLEN_PARTS,
  type REQUIREMENT_KINDS,
  type RequirementData,
} from '../../schemas/requirement';

export type Requirement = Entry<'requirements'>;
export type RiskCategory = Entry<'riskCategories'>;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export type OslomodellenPart = (typeof OSLOMODELLEN_PARTS)[number];
export type AwardCriterion = Extract<RequirementData, { kind: 'tildelingskriterium' }>;

/** Type guard for the one kind with an extra field (its weight in the evaluation). */
export function isAwardCriterion(data: RequirementData): data is AwardCriterion {
  return data.kind === 'tildelingskriterium';
}

/** Tender-document order: by code, with numbers compared as numbers (EH-K2 before EH-K10). */
const codeOrder = new Intl.Collator('nb', { numeric: true });
export function byCode(a: Requirement, b: Requirement): number {
  return codeOrder.compare(a.data.code, b.data.code);
}

/** Newest effective date first; ties by code so the order is stable. */
export function newestFirst(a: Requirement, b: Requirement): number {
  return b.data.effectiveFrom.getTime() - a.data.effectiveFrom.getTime() || byCode(a, b);
}

/**
 * Pure helpers over a given list, so they can be unit-tested without a build.
 * `supersededIds` holds every requirement that a published requirement replaces.
 */
export function supersededIds(requirements: readonly Requirement[]): Set<string> {
  return new Set(requirements.flatMap((r) => (r.data.supersedes ? [r.data.supersedes.id] : [])));
}

export function currentOf(requirements: readonly Requirement[]): Requirement[] {
  const replaced = supersededIds(requirements);
  return requirements.filter((r) => !replaced.has(r.id));
}

/** Every published requirement, in code order. */
export const allRequirements = once(async (): Promise<Requirement[]> =>
  (await site()).requirements.toSorted(byCode),
);
const requirementLookups = once(async () => {
  const all = await allRequirements();
  return {
    byId: new Map(all.map((r) => [r.id, r])),
    replacedBy: new Map(
      all.flatMap((r) => (r.data.supersedes ? [[r.data.supersedes.id, r] as const] : [])),
    ),
  };
});

/** Requirements in force for new tenders: those no published requirement supersedes. */
export const currentRequirements = once(async (): Promise<Requirement[]> =>
  currentOf(await allRequirements()),
);

/** Current requirements that are UKE's own and cite a source: the "bare UKEs krav med kilde" filter. */
export const sourcedRequirements = once(async (): Promise<Requirement[]> =>
  (await currentRequirements()).filter((r) => isSourced(r.data)),
);

/** Current requirements without a source, shown as illustrations: the rest of the catalogue. */
export const illustrationRequirements = once(async (): Promise<Requirement[]> =>
  (await currentRequirements()).filter((r) => !isSourced(r.data)),
);

/** Earlier versions that a published requirement has replaced. */
export async function supersededRequirements(): Promise<Requirement[]> {
  const replaced = supersededIds(await allRequirements());
  return (await allRequirements()).filter((r) => replaced.has(r.id));
}

export async function requirementById(id: string): Promise<Requirement | undefined> {
  return (await requirementLookups()).byId.get(id);
}

/** The published requirement that replaces `id`, if any. */
export async function supersededBy(id: string): Promise<Requirement | undefined> {
  return (await requirementLookups()).replacedBy.get(id);
}

/** The requirement that `requirement` replaces, if any (references were checked, so it exists). */
export async function supersedesOf(requirement: Requirement): Promise<Requirement | undefined> {
  const ref = requirement.data.supersedes;
  return ref ? requirementById(ref.id) : undefined;
}

/** Every version in the chain, oldest first, ending with `requirement`. */
export async function versionHistory(requirement: Requirement): Promise<Requirement[]> {
  const chain = [requirement];
  for (let older = await supersedesOf(requirement); older; older = await supersedesOf(older)) {
    if (chain.includes(older)) break; // a loop in the content; the chain stops instead of hanging
    chain.unshift(older);
  }
  for (
    let newer = await supersededBy(requirement.id);
    newer;
    newer = await supersededBy(newer.id)
  ) {
    if (chain.includes(newer)) break;
    chain.push(newer);
  }
  return chain;
}

export async function requirementsByKind(kind: RequirementKind): Promise<Requirement[]> {
  return (await currentRequirements()).filter((r) => r.data.kind === kind);
}

export async function requirementsByPart(part: OslomodellenPart): Promise<Requirement[]> {
  return (await currentRequirements()).filter((r) => r.data.oslomodellenPart === part);
}

/** Current requirements whose category rule covers the category, whatever the contract value. */
export async function requirementsForCategory(category: RiskCategory): Promise<Requirement[]> {
  const facts = { id: category.id, highRisk: category.data.highRisk };
  return (await currentRequirements()).filter((r) => coversCategory(r.data, facts));
}

/** Current requirements that apply to a procurement in `category` worth `valueNok`. */
export async function requirementsFor(
  category: RiskCategory,
  valueNok: number,
): Promise<Requirement[]> {
  const facts = { id: category.id, highRisk: category.data.highRisk };
  return (await currentRequirements()).filter((r) => requirementApplies(r.data, facts, valueNok));
}

/** Risk categories a requirement covers: the listed ones, or every high-risk category. */
export async function categoriesOf(requirement: Requirement): Promise<RiskCategory[]> {
  return (await categoriesByTitle()).filter((c) =>
    coversCategory(requirement.data, { id: c.id, highRisk: c.data.highRisk }),
  );
}
const categoriesByTitle = once(async () => (await site()).riskCategories.toSorted(byTitle));

const titleOrder = new Intl.Collator('nb');
const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  titleOrder.compare(a.data.title, b.data.title);

/** For each requirement, the published entries elsewhere that reference it (built once). */
const referrers = once(async () => {
  const { cases, templates, procurements, meetings } = await site();
  return {
    cases: indexByReference(cases.toSorted(byTitle), (c) => c.data.requirements),
    templates: indexByReference(templates.toSorted(byTitle), (t) => t.data.requirements),
    procurements: indexByReference(procurements.toSorted(byTitle), (p) => p.data.requirements),
    meetings: indexByReference(meetings, (m) => m.data.requirements),
  };
});

/** Published entries elsewhere that reference the requirement. */
export async function relatedTo(requirement: Requirement) {
  const index = await referrers();
  const of = <E>(map: Map<string, E[]>) => map.get(requirement.id) ?? [];
  return {
    cases: of(index.cases),
    templates: of(index.templates),
    procurements: of(index.procurements),
    meetings: of(index.meetings),
  };
}

/** "Alle høyrisikokategorier" or the listed categories' names, for lists and documents. */
export async function appliesToText(
  requirement: Requirement,
  allHighRiskLabel: string,
  locale: Locale = 'nb',
): Promise<string> {
  if (requirement.data.appliesTo.riskCategories === 'alle-hoyrisiko') return allHighRiskLabel;
  const localize = await localizer(locale);
  return (await categoriesOf(requirement)).map((c) => localize(c).data.title).join(', ');
}

/** The threshold most current requirements use (ties: the lowest), for explanations; undefined when there are none. */
export async function commonThreshold(): Promise<number | undefined> {
  const counts = new Map<number, number>();
  for (const r of await currentRequirements()) {
    const value = r.data.appliesTo.valueOverNok;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort(([a, ca], [b, cb]) => cb - ca || a - b)[0]?.[0];
}

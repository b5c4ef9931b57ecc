/** Case studies: published, newest first, and lookups by requirement. */
import { indexByReference, resolve, resolveAll, site, type Entry } from './site';
import { once } from '../once';

export type CaseEntry = Entry<'cases'>;

export const allCases = once(async (): Promise<CaseEntry[]> => {
  const { cases } = await site();
  return cases.toSorted((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
});

const casesByRequirement = once(async () =>
  indexByReference(await allCases(), (c) => c.data.requirements),
);

/** Cases that show a given requirement in use, newest first. */
export async function casesForRequirement(requirementId: string): Promise<CaseEntry[]> {
  return (await casesByRequirement()).get(requirementId) ?? [];
}

/** The case's category and requirements, resolved. */
export async function caseDetails(entry: CaseEntry) {
  const [category, requirements] = await Promise.all([
    resolve(entry.data.category),
    resolveAll(entry.data.requirements),
  ]);
  return { category, requirements };
}

/** Case studies: published, newest first, and lookups by requirement. */
import { resolve, resolveAll, site, type Entry } from './site';

export type CaseEntry = Entry<'cases'>;

export async function allCases(): Promise<CaseEntry[]> {
  const { cases } = await site();
  return cases.toSorted((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
}

/** Cases that show a given requirement in use. */
export async function casesForRequirement(requirementId: string): Promise<CaseEntry[]> {
  return (await allCases()).filter((c) => c.data.requirements.some((ref) => ref.id === requirementId));
}

/** The case's category and requirements, resolved. */
export async function caseDetails(entry: CaseEntry) {
  const [category, requirements] = await Promise.all([
    resolve(entry.data.category),
    resolveAll(entry.data.requirements),
  ]);
  return { category, requirements };
}

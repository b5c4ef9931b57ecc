/** Product (risk) categories as the pages need them; everything comes from `site()`. */
import { byTitle, site, type Entry } from './site';

export type RiskCategory = Entry<'riskCategories'>;


/** Every published category, high-risk or not, by title. */
export async function allCategories(): Promise<RiskCategory[]> {
  return (await site()).riskCategories.toSorted(byTitle);
}

/** The categories on the high-risk list and those off it, each by title. */
export async function categoriesByRisk(): Promise<{
  highRisk: RiskCategory[];
  other: RiskCategory[];
}> {
  const all = await allCategories();
  return {
    highRisk: all.filter((c) => c.data.highRisk),
    other: all.filter((c) => !c.data.highRisk),
  };
}

/** The categories on the high-risk list, by title. */
export async function highRiskCategories(): Promise<RiskCategory[]> {
  return (await categoriesByRisk()).highRisk;
}

export async function categoryById(id: string): Promise<RiskCategory | undefined> {
  return (await allCategories()).find((c) => c.id === id);
}

/** What the applicability rule needs to know about a category. */
export const categoryFacts = (category: RiskCategory) => ({
  id: category.id,
  highRisk: category.data.highRisk,
});

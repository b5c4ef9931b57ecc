/**
 * The one rule that decides whether a requirement applies to a procurement:
 * the product category must be covered and the estimated value must be over the threshold.
 * Used by the requirement finder, the per-category pages, the checklist and procurement pages.
 */
export interface CategoryFacts {
  id: string;
  highRisk: boolean;
}

export interface RuleOfRequirement {
  appliesTo: {
    riskCategories: 'alle-hoyrisiko' | readonly { id: string }[];
    valueOverNok: number;
  };
}

export class UnknownCategoryError extends RangeError {
  constructor(readonly categoryId: string) {
    super(`Ukjent varekategori «${categoryId}»`);
    this.name = 'UnknownCategoryError';
  }
}

/** Whether the requirement's category rule covers this category (value not considered). */
export function coversCategory(rule: RuleOfRequirement, category: CategoryFacts): boolean {
  const { riskCategories } = rule.appliesTo;
  return riskCategories === 'alle-hoyrisiko'
    ? category.highRisk
    : riskCategories.some((ref) => ref.id === category.id);
}

/** Whether the requirement applies to a procurement in `category` with estimated value `valueNok`. */
export function requirementApplies(
  rule: RuleOfRequirement,
  category: CategoryFacts,
  valueNok: number,
): boolean {
  if (!Number.isFinite(valueNok) || valueNok < 0) {
    throw new RangeError(`Anslått verdi må være et tall på 0 eller mer, fikk ${valueNok}`);
  }
  return coversCategory(rule, category) && valueNok > rule.appliesTo.valueOverNok;
}

/**
 * The requirements that apply to a procurement. `categories` is every known category;
 * an id that is not among them is a mistake by the caller and throws.
 */
export function applicableRequirements<R extends { data: RuleOfRequirement }>(
  requirements: readonly R[],
  categories: readonly CategoryFacts[],
  categoryId: string,
  valueNok: number,
): R[] {
  const category = categories.find((c) => c.id === categoryId);
  if (!category) throw new UnknownCategoryError(categoryId);
  return requirements.filter((r) => requirementApplies(r.data, category, valueNok));
}

/** The lowest value threshold among `requirements`: below it none of them applies. */
export function lowestThreshold(requirements: readonly { data: RuleOfRequirement }[]): number {
  if (requirements.length === 0)
    throw new RangeError('lowestThreshold needs at least one requirement');
  return Math.min(...requirements.map((r) => r.data.appliesTo.valueOverNok));
}

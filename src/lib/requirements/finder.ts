/**
 * The data and input handling behind "Hvilke krav gjelder for meg?". Browser-safe: the finder's
 * script imports this and `requirementApplies` from ../applicability, so the rule that runs in
 * the reader's browser is the same function the build uses. Nothing here imports the content
 * schemas (they pull in astro:content); the phases arrive as data.
 */
import {
  coversCategory,
  requirementApplies,
  type CategoryFacts,
  type RuleOfRequirement,
} from '../applicability';

/** One thing the supplier hands in, and when (the phase is one of the schema's DOCUMENTATION_PHASES). */
export interface FinderDuty {
  what: string;
  when: string;
  phase: string;
}

export interface FinderRequirement extends RuleOfRequirement {
  id: string;
  code: string;
  title: string;
  kindLabel: string;
  url: string;
  /** An illustration, not one of UKE's own requirements. */
  example: boolean;
  /** UKE's requirement, but some facts (such as its threshold or code) are the portal's own. */
  partlyFictional?: boolean;
  documentation: FinderDuty[];
}

export interface FinderCategory extends CategoryFacts {
  title: string;
  url: string;
  /** The category's checklist, when some requirement covers it. */
  checklistUrl?: string | undefined;
}

/** What the page embeds as JSON for the script. */
export interface FinderData {
  categories: FinderCategory[];
  requirements: FinderRequirement[];
  /** The documentation phases in the supplier's order, with their headings. */
  phases: { phase: string; label: string }[];
}

/**
 * Reads an amount as people type it: "500 000", "500000", "500.000", "kr 1 200 000,-".
 * Returns undefined for anything that is not a whole, non-negative number of kroner.
 */
export function parseNok(input: string): number | undefined {
  const cleaned = input
    .trim()
    .replace(/^kr\.?\s*/i, '')
    .replace(/\s*(kr\.?|nok)$/i, '')
    .replace(/,-$/, '')
    .replace(/[\s\u00a0\u202f.]/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The duties of the matching requirements under one phase heading. */
export interface FinderDutyGroup {
  phase: string;
  label: string;
  duties: (FinderDuty & { code: string })[];
}

/** Requirements of the category that start at a higher value than the one entered. */
export interface FinderHigher {
  overNok: number;
  count: number;
}

export type FinderResult =
  | { state: 'incomplete' }
  | { state: 'invalid-value' }
  | { state: 'unknown-category' }
  | {
      state: 'done';
      category: FinderCategory;
      valueNok: number;
      matches: FinderRequirement[];
      /** What the matching requirements ask the supplier to hand in, by phase. */
      duties: FinderDutyGroup[];
      /** Thresholds above the value where more requirements start, lowest first. */
      higher: FinderHigher[];
    };

export interface FinderOptions {
  /** Leave out illustrations ("Fiktivt eksempel"): only UKE's own, sourced requirements. */
  onlySourced?: boolean;
}

const inScope = (data: FinderData, { onlySourced = false }: FinderOptions) =>
  onlySourced ? data.requirements.filter((r) => !r.example) : data.requirements;

/** The finder's answer for what the reader has entered so far. */
export function findRequirements(
  data: FinderData,
  categoryId: string,
  valueInput: string,
  options: FinderOptions = {},
): FinderResult {
  if (!categoryId || !valueInput.trim()) return { state: 'incomplete' };
  const valueNok = parseNok(valueInput);
  if (valueNok === undefined) return { state: 'invalid-value' };
  const category = data.categories.find((c) => c.id === categoryId);
  if (!category) return { state: 'unknown-category' };
  const requirements = inScope(data, options);
  const matches = requirements.filter((r) => requirementApplies(r, category, valueNok));
  const duties = data.phases
    .map(({ phase, label }) => ({
      phase,
      label,
      duties: matches.flatMap((r) =>
        r.documentation.filter((d) => d.phase === phase).map((d) => ({ ...d, code: r.code })),
      ),
    }))
    .filter((group) => group.duties.length > 0);
  const higher = thresholdBands(
    requirements.filter(
      (r) => coversCategory(r, category) && !requirementApplies(r, category, valueNok),
    ),
  ).map(({ overNok, requirements: starting }) => ({ overNok, count: starting.length }));
  return { state: 'done', category, valueNok, matches, duties, higher };
}

/**
 * Requirements grouped by the value they start to apply over, lowest first: the no-JavaScript
 * answer for one category ("Over 100 000 kr: …, over 500 000 kr: also …").
 */
export function thresholdBands<R extends RuleOfRequirement>(
  requirements: readonly R[],
): { overNok: number; requirements: R[] }[] {
  const byThreshold = Map.groupBy(requirements, (r) => r.appliesTo.valueOverNok);
  return [...byThreshold.keys()]
    .sort((a, b) => a - b)
    .map((overNok) => ({ overNok, requirements: byThreshold.get(overNok) ?? [] }));
}

/**
 * The data and input handling behind "Hvilke krav gjelder for meg?". Browser-safe: the finder's
 * script imports this and `requirementApplies` from ../applicability, so the rule that runs in
 * the reader's browser is the same function the build uses.
 */
import { requirementApplies, type CategoryFacts, type RuleOfRequirement } from '../applicability';

export interface FinderRequirement extends RuleOfRequirement {
  id: string;
  code: string;
  title: string;
  kindLabel: string;
  url: string;
  example: boolean;
}

export interface FinderCategory extends CategoryFacts {
  title: string;
  url: string;
}

/** What the page embeds as JSON for the script. */
export interface FinderData {
  categories: FinderCategory[];
  requirements: FinderRequirement[];
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

export type FinderResult =
  | { state: 'incomplete' }
  | { state: 'invalid-value' }
  | { state: 'unknown-category' }
  | { state: 'done'; category: FinderCategory; valueNok: number; matches: FinderRequirement[] };

/** The finder's answer for what the reader has entered so far. */
export function findRequirements(
  data: FinderData,
  categoryId: string,
  valueInput: string,
): FinderResult {
  if (!categoryId || !valueInput.trim()) return { state: 'incomplete' };
  const valueNok = parseNok(valueInput);
  if (valueNok === undefined) return { state: 'invalid-value' };
  const category = data.categories.find((c) => c.id === categoryId);
  if (!category) return { state: 'unknown-category' };
  const matches = data.requirements.filter((r) => requirementApplies(r, category, valueNok));
  return { state: 'done', category, valueNok, matches };
}

const nokFormatter = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** "500 000 kr" with the Norwegian thousands separator. */
export function formatNok(value: number): string {
  return `${nokFormatter.format(value)} kr`;
}

/** Fills "{name}" placeholders in a UI string; a placeholder without a value is a bug and throws. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in «${template}»`);
    return String(value);
  });
}

/**
 * The supplier's checklist "Dette vil du bli bedt om": every document and deadline the
 * requirements for a category ask for, grouped by when the supplier hands it in (each duty's
 * `phase`, set by the editor), so a yearly report never stands under "Sammen med tilbudet".
 */
import { DOCUMENTATION_PHASES, type RequirementData } from '../../schemas/requirement';

/** When a document is due: with the tender, at the start, during the contract, every year. */
export type DocumentationPhase = (typeof DOCUMENTATION_PHASES)[number];

/** In the tender (qualification, award) or during the contract (contract terms). */
export type TenderOrContract = 'tilbud' | 'kontrakt';

const PHASE_OF_KIND: Record<RequirementData['kind'], TenderOrContract> = {
  kvalifikasjonskrav: 'tilbud',
  tildelingskriterium: 'tilbud',
  kontraktsvilkar: 'kontrakt',
  'saerlig-kontraktsvilkar': 'kontrakt',
};

export interface ChecklistItem {
  what: string;
  when: string;
  phase: DocumentationPhase;
  requirement: {
    id: string;
    code: string;
    title: string;
    valueOverNok: number;
    example: boolean;
    /** The requirement's facts that the portal made up (its illustrativeFields). */
    illustrativeFields: RequirementData['illustrativeFields'];
  };
}

export interface ChecklistGroup {
  phase: DocumentationPhase;
  items: ChecklistItem[];
}

type RequirementLike = { id: string; data: RequirementData };

const codeOrder = new Intl.Collator('nb', { numeric: true });

/**
 * Groups in the order the supplier meets them (tender, start, contract period, yearly); within
 * a group by requirement code, each requirement's duties in the editor's order. Empty groups
 * are left out.
 */
export function buildChecklist(requirements: readonly RequirementLike[]): ChecklistGroup[] {
  const items = requirements
    .toSorted((a, b) => codeOrder.compare(a.data.code, b.data.code))
    .flatMap((r) =>
      r.data.documentation.map((duty): ChecklistItem => ({
        what: duty.what,
        when: duty.when,
        phase: duty.phase,
        requirement: {
          id: r.id,
          code: r.data.code,
          title: r.data.title,
          valueOverNok: r.data.appliesTo.valueOverNok,
          example: r.data.example,
          illustrativeFields: r.data.illustrativeFields,
        },
      })),
    );
  return DOCUMENTATION_PHASES.map((phase) => ({
    phase,
    items: items.filter((item) => item.phase === phase),
  })).filter((group) => group.items.length > 0);
}

/** Whether a requirement of this kind is met in the tender or in the contract. */
export const phaseOfKind = (kind: RequirementData['kind']): TenderOrContract => PHASE_OF_KIND[kind];

/** One requirement's duties grouped by phase, in the supplier's order; empty phases left out. */
export function dutiesByPhase<D extends { phase: DocumentationPhase }>(
  documentation: readonly D[],
): { phase: DocumentationPhase; duties: D[] }[] {
  return DOCUMENTATION_PHASES.map((phase) => ({
    phase,
    duties: documentation.filter((duty) => duty.phase === phase),
  })).filter((group) => group.duties.length > 0);
}

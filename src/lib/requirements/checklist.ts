/**
 * The supplier's checklist "Dette vil du bli bedt om": every document and deadline the
 * requirements for a category ask for, grouped by when in the procurement it is asked for.
 */
import type { RequirementData } from '../../schemas/requirement';

/** In the tender (qualification, award) or during the contract (contract terms). */
export type ChecklistPhase = 'tilbud' | 'kontrakt';

const PHASE_OF_KIND: Record<RequirementData['kind'], ChecklistPhase> = {
  kvalifikasjonskrav: 'tilbud',
  tildelingskriterium: 'tilbud',
  kontraktsvilkar: 'kontrakt',
  'saerlig-kontraktsvilkar': 'kontrakt',
};

export interface ChecklistItem {
  what: string;
  when: string;
  requirement: { id: string; code: string; title: string; valueOverNok: number; example: boolean };
}

export interface ChecklistGroup {
  phase: ChecklistPhase;
  items: ChecklistItem[];
}

type RequirementLike = { id: string; data: RequirementData };

/** Groups in the order the supplier meets them: tender first, then contract. Empty groups are left out. */
export function buildChecklist(requirements: readonly RequirementLike[]): ChecklistGroup[] {
  const phases: ChecklistPhase[] = ['tilbud', 'kontrakt'];
  return phases
    .map((phase) => ({
      phase,
      items: requirements
        .filter((r) => PHASE_OF_KIND[r.data.kind] === phase)
        .toSorted((a, b) => a.data.code.localeCompare(b.data.code, 'nb', { numeric: true }))
        .flatMap((r) =>
          r.data.documentation.map((duty) => ({
            what: duty.what,
            when: duty.when,
            requirement: {
              id: r.id,
              code: r.data.code,
              title: r.data.title,
              valueOverNok: r.data.appliesTo.valueOverNok,
              example: r.data.example,
            },
          })),
        ),
    }))
    .filter((group) => group.items.length > 0);
}

export const phaseOfKind = (kind: RequirementData['kind']): ChecklistPhase => PHASE_OF_KIND[kind];

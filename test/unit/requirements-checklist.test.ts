import { describe, expect, it } from 'vitest';
import { buildChecklist, dutiesByPhase } from '../../src/lib/requirements/checklist';
import { sampleRequirement } from './requirements-helpers';

describe('buildChecklist', () => {
  const qualification = {
    id: 'etisk-handel-kvalifikasjonskrav',
    data: sampleRequirement({
      kind: 'kvalifikasjonskrav',
      code: 'EH-Q1',
      documentation: [
        { what: 'Egenerklæring om etisk handel', when: 'Med tilbudet', phase: 'tilbud' },
      ],
    }),
  };
  const contract = { id: 'sosial-dialog', data: sampleRequirement() };
  const contractTerm = {
    id: 'etisk-handel-kontraktsvilkar',
    data: sampleRequirement({
      kind: 'kontraktsvilkar',
      code: 'EH-K1',
      documentation: [
        {
          what: 'Rutiner for etisk handel',
          when: 'Innen tre måneder etter kontraktsoppstart',
          phase: 'oppstart',
        },
      ],
    }),
  };
  // An award criterion (met in the tender) whose report is due every year: the duty's own
  // phase decides, not the requirement's kind.
  const award = {
    id: 'tildeling',
    data: sampleRequirement({
      kind: 'tildelingskriterium',
      code: 'EH-TK1',
      weightPercent: 10,
      documentation: [
        { what: 'Plan for sosial dialog', when: 'Sammen med tilbudet', phase: 'tilbud' },
        {
          what: 'Rapport om gjennomføring av planen',
          when: 'Én gang i året i kontraktsperioden',
          phase: 'arlig',
        },
      ],
    } as never),
  };
  const nothingToHandIn = {
    id: 'uten-dokumentasjon',
    data: sampleRequirement({
      kind: 'tildelingskriterium',
      weightPercent: 10,
      documentation: [],
    } as never),
  };

  it('groups every duty by its own phase, in the order the supplier meets them', () => {
    const groups = buildChecklist([contract, award, contractTerm, qualification, nothingToHandIn]);
    expect(groups.map((g) => g.phase)).toEqual(['tilbud', 'oppstart', 'kontraktsperiode', 'arlig']);
    const codes = (phase: string) =>
      groups.find((g) => g.phase === phase)?.items.map((i) => [i.requirement.code, i.what]);
    expect(codes('tilbud')).toEqual([
      ['EH-Q1', 'Egenerklæring om etisk handel'],
      ['EH-TK1', 'Plan for sosial dialog'],
    ]);
    expect(codes('oppstart')).toEqual([['EH-K1', 'Rutiner for etisk handel']]);
    expect(codes('kontraktsperiode')).toEqual([['EH-SD2', 'Plan for tiltak for sosial dialog']]);
    expect(codes('arlig')).toEqual([
      ['EH-SD2', 'Rapport om gjennomførte tiltak og resultater'],
      ['EH-TK1', 'Rapport om gjennomføring av planen'],
    ]);
  });
  it('never puts a yearly report under the tender', () => {
    const tender = buildChecklist([award]).find((g) => g.phase === 'tilbud');
    expect(tender?.items.map((i) => i.what)).toEqual(['Plan for sosial dialog']);
  });
  it('leaves out empty groups', () => {
    expect(buildChecklist([contract]).map((g) => g.phase)).toEqual(['kontraktsperiode', 'arlig']);
    expect(buildChecklist([])).toEqual([]);
  });
});

describe('dutiesByPhase', () => {
  it('orders one requirement’s duties by phase and keeps the editor’s order within a phase', () => {
    const groups = dutiesByPhase([
      { what: 'Årsrapport', phase: 'arlig' as const },
      { what: 'Plan', phase: 'tilbud' as const },
      { what: 'Revisjon', phase: 'kontraktsperiode' as const },
      { what: 'Tiltaksplan', phase: 'kontraktsperiode' as const },
    ]);
    expect(groups.map((g) => [g.phase, g.duties.map((d) => d.what)])).toEqual([
      ['tilbud', ['Plan']],
      ['kontraktsperiode', ['Revisjon', 'Tiltaksplan']],
      ['arlig', ['Årsrapport']],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/lib/requirements/checklist';
import { sampleRequirement } from './requirements-helpers';

describe('buildChecklist', () => {
  const qualification = {
    id: 'etisk-handel-kvalifikasjonskrav',
    data: sampleRequirement({
      kind: 'kvalifikasjonskrav',
      code: 'EH-Q1',
      documentation: [{ what: 'Egenerklæring om etisk handel', when: 'Med tilbudet' }],
    }),
  };
  const contract = { id: 'sosial-dialog', data: sampleRequirement() };
  const contractTerm = {
    id: 'etisk-handel-kontraktsvilkar',
    data: sampleRequirement({
      kind: 'kontraktsvilkar',
      code: 'EH-K1',
      documentation: [
        { what: 'Rutiner for etisk handel', when: 'Innen tre måneder etter kontraktsoppstart' },
      ],
    }),
  };
  const nothingToHandIn = {
    id: 'uten-dokumentasjon',
    data: sampleRequirement({
      kind: 'tildelingskriterium',
      weightPercent: 10,
      documentation: [],
    } as never),
  };

  it('lists tender documents first, then contract documents, every duty with its deadline', () => {
    const groups = buildChecklist([contract, contractTerm, qualification, nothingToHandIn]);
    expect(groups.map((g) => g.phase)).toEqual(['tilbud', 'kontrakt']);
    expect(groups[0]!.items.map((i) => i.what)).toEqual(['Egenerklæring om etisk handel']);
    expect(groups[1]!.items.map((i) => [i.requirement.code, i.when])).toEqual([
      ['EH-K1', 'Innen tre måneder etter kontraktsoppstart'],
      ['EH-SD2', 'Senest seks måneder etter kontraktsoppstart'],
      ['EH-SD2', 'Årlig, og på forespørsel'],
    ]);
  });
  it('leaves out empty groups', () => {
    expect(buildChecklist([contract]).map((g) => g.phase)).toEqual(['kontrakt']);
    expect(buildChecklist([])).toEqual([]);
  });
});

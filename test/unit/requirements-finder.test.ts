import { describe, expect, it } from 'vitest';
import { formatNok } from '../../src/lib/format';
import {
  findRequirements,
  parseNok,
  thresholdBands,
  type FinderData,
} from '../../src/lib/requirements/finder';

const data: FinderData = {
  categories: [
    {
      id: 'arbeidsklaer-sko-verneutstyr',
      title: 'Arbeidsklær',
      highRisk: true,
      url: '/krav/kategori/a/',
      checklistUrl: '/krav/sjekkliste/a/',
    },
    {
      id: 'konsulenttjenester',
      title: 'Konsulenttjenester',
      highRisk: false,
      url: '/krav/kategori/k/',
    },
  ],
  requirements: [
    {
      id: 'etisk-handel-kontraktsvilkar',
      code: 'EH-K1',
      title: 'Kontraktsvilkår',
      kindLabel: 'Kontraktsvilkår',
      url: '/krav/etisk-handel-kontraktsvilkar/',
      example: false,
      documentation: [
        { what: 'Egenrapportering', when: 'Årlig', phase: 'arlig' },
        { what: 'Tiltaksplan', when: 'Ved avvik', phase: 'kontraktsperiode' },
      ],
      appliesTo: { riskCategories: 'alle-hoyrisiko', valueOverNok: 500_000 },
    },
    {
      id: 'tildeling',
      code: 'EH-TK1',
      title: 'Tildelingskriterium',
      kindLabel: 'Tildelingskriterium',
      url: '/krav/tildeling/',
      example: true,
      documentation: [{ what: 'Plan', when: 'Med tilbudet', phase: 'tilbud' }],
      appliesTo: {
        riskCategories: [{ id: 'arbeidsklaer-sko-verneutstyr' }],
        valueOverNok: 1_000_000,
      },
    },
  ],
  phases: [
    { phase: 'tilbud', label: 'Sammen med tilbudet' },
    { phase: 'oppstart', label: 'Ved kontraktsoppstart' },
    { phase: 'kontraktsperiode', label: 'I kontraktsperioden' },
    { phase: 'arlig', label: 'Hvert år' },
  ],
};

describe('parseNok', () => {
  it.each([
    ['500000', 500_000],
    ['500 000', 500_000],
    ['500\u00a0000', 500_000],
    ['500.000', 500_000],
    ['kr 1 200 000,-', 1_200_000],
    ['750 000 kr', 750_000],
    ['0', 0],
  ])('reads %j as %d', (input, expected) => {
    expect(parseNok(input)).toBe(expected);
  });
  it.each(['', 'mye', '-5', '12,5', '1e6'])('rejects %j', (input) => {
    expect(parseNok(input)).toBeUndefined();
  });
});

describe('findRequirements', () => {
  it('waits until both fields are filled in', () => {
    expect(findRequirements(data, '', '600000')).toEqual({ state: 'incomplete' });
    expect(findRequirements(data, 'konsulenttjenester', ' ')).toEqual({ state: 'incomplete' });
  });
  it('says when the value cannot be read', () => {
    expect(findRequirements(data, 'konsulenttjenester', 'mange')).toEqual({
      state: 'invalid-value',
    });
  });
  it('says when the category is unknown', () => {
    expect(findRequirements(data, 'romfart', '600000')).toEqual({ state: 'unknown-category' });
  });
  it('uses the one applicability rule: over, not at, the threshold', () => {
    const at = findRequirements(data, 'arbeidsklaer-sko-verneutstyr', '500 000');
    const over = findRequirements(data, 'arbeidsklaer-sko-verneutstyr', '500 001');
    expect(at.state === 'done' && at.matches).toEqual([]);
    expect(over.state === 'done' && over.matches.map((r) => r.code)).toEqual(['EH-K1']);
  });
  it('groups what the matching requirements ask for by phase, in the supplier’s order', () => {
    const result = findRequirements(data, 'arbeidsklaer-sko-verneutstyr', '2 000 000');
    expect(result.state === 'done' && result.duties).toEqual([
      {
        phase: 'tilbud',
        label: 'Sammen med tilbudet',
        duties: [{ what: 'Plan', when: 'Med tilbudet', phase: 'tilbud', code: 'EH-TK1' }],
      },
      {
        phase: 'kontraktsperiode',
        label: 'I kontraktsperioden',
        duties: [
          { what: 'Tiltaksplan', when: 'Ved avvik', phase: 'kontraktsperiode', code: 'EH-K1' },
        ],
      },
      {
        phase: 'arlig',
        label: 'Hvert år',
        duties: [{ what: 'Egenrapportering', when: 'Årlig', phase: 'arlig', code: 'EH-K1' }],
      },
    ]);
  });
  it('says which thresholds above the value bring more requirements', () => {
    const below = findRequirements(data, 'arbeidsklaer-sko-verneutstyr', '400 000');
    expect(below.state === 'done' && below.matches).toEqual([]);
    expect(below.state === 'done' && below.higher).toEqual([
      { overNok: 500_000, count: 1 },
      { overNok: 1_000_000, count: 1 },
    ]);
    const between = findRequirements(data, 'arbeidsklaer-sko-verneutstyr', '600 000');
    expect(between.state === 'done' && between.higher).toEqual([{ overNok: 1_000_000, count: 1 }]);
  });
  it('leaves out illustrations when the reader asks for UKE’s own requirements only', () => {
    const all = findRequirements(data, 'arbeidsklaer-sko-verneutstyr', '2 000 000');
    const own = findRequirements(data, 'arbeidsklaer-sko-verneutstyr', '2 000 000', {
      onlySourced: true,
    });
    expect(all.state === 'done' && all.matches.map((r) => r.code)).toEqual(['EH-K1', 'EH-TK1']);
    expect(own.state === 'done' && own.matches.map((r) => r.code)).toEqual(['EH-K1']);
    expect(own.state === 'done' && own.duties.map((g) => g.phase)).toEqual([
      'kontraktsperiode',
      'arlig',
    ]);
  });
  it('finds nothing for a category that is not high-risk', () => {
    const result = findRequirements(data, 'konsulenttjenester', '9 000 000');
    expect(result.state === 'done' && result.matches).toEqual([]);
  });
});

describe('thresholdBands', () => {
  it('groups requirements by the value they start over, lowest first', () => {
    const bands = thresholdBands([...data.requirements].reverse());
    expect(bands.map((b) => [b.overNok, b.requirements.map((r) => r.code)])).toEqual([
      [500_000, ['EH-K1']],
      [1_000_000, ['EH-TK1']],
    ]);
    expect(thresholdBands([])).toEqual([]);
  });
});

describe('formatNok', () => {
  it('writes kroner with Norwegian digit grouping', () => {
    expect(formatNok(500_000).replace(/\s/g, ' ')).toBe('500 000 kr');
  });
});

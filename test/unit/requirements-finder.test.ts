import { describe, expect, it } from 'vitest';
import {
  findRequirements,
  formatNok,
  parseNok,
  type FinderData,
} from '../../src/lib/requirements/finder';

const data: FinderData = {
  categories: [
    {
      id: 'arbeidsklaer-sko-verneutstyr',
      title: 'Arbeidsklær',
      highRisk: true,
      url: '/krav/kategori/a/',
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
      appliesTo: { riskCategories: 'alle-hoyrisiko', valueOverNok: 500_000 },
    },
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
  it('finds nothing for a category that is not high-risk', () => {
    const result = findRequirements(data, 'konsulenttjenester', '9 000 000');
    expect(result.state === 'done' && result.matches).toEqual([]);
  });
});

describe('formatNok', () => {
  it('writes kroner with Norwegian digit grouping', () => {
    expect(formatNok(500_000).replace(/\s/g, ' ')).toBe('500 000 kr');
  });
});

describe('fillIn', () => {
  it('fills placeholders', async () => {
    const { fillIn } = await import('../../src/lib/requirements/finder');
    expect(fillIn('{count} krav for {category}', { count: 2, category: 'Tekstiler' })).toBe(
      '2 krav for Tekstiler',
    );
    expect(() => fillIn('{missing}', {})).toThrow(/missing/);
  });
});

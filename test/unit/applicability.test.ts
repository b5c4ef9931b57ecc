import { describe, expect, it } from 'vitest';
import {
  applicableRequirements,
  coversCategory,
  requirementApplies,
  UnknownCategoryError,
} from '../../src/lib/applicability';

// "høyrisikoanskaffelser over 500 000 NOK": strictly greater than the threshold.
const standard = {
  appliesTo: { riskCategories: 'alle-hoyrisiko' as const, valueOverNok: 500_000 },
};
const onlyTextiles = {
  appliesTo: { riskCategories: [{ id: 'tekstiler' }], valueOverNok: 500_000 },
};
const workwear = { id: 'arbeidsklaer-sko-verneutstyr', highRisk: true };
const textiles = { id: 'tekstiler', highRisk: true };
const consultancy = { id: 'konsulenttjenester', highRisk: false };

describe('requirementApplies', () => {
  it('does not apply at 499 999 NOK', () => {
    expect(requirementApplies(standard, workwear, 499_999)).toBe(false);
  });
  it('does not apply at exactly 500 000 NOK: the rule is "over"', () => {
    expect(requirementApplies(standard, workwear, 500_000)).toBe(false);
  });
  it('applies at 500 001 NOK', () => {
    expect(requirementApplies(standard, workwear, 500_001)).toBe(true);
  });
  it('never applies to a category that is not on the high-risk list', () => {
    expect(requirementApplies(standard, consultancy, 500_001)).toBe(false);
    expect(requirementApplies(standard, consultancy, 50_000_000)).toBe(false);
  });
  it('with a list of categories, applies only to the listed ones', () => {
    expect(requirementApplies(onlyTextiles, textiles, 600_000)).toBe(true);
    expect(requirementApplies(onlyTextiles, workwear, 600_000)).toBe(false);
  });
  it('a listed category counts even when it is not high-risk', () => {
    const rule = { appliesTo: { riskCategories: [{ id: 'konsulenttjenester' }], valueOverNok: 0 } };
    expect(requirementApplies(rule, consultancy, 1)).toBe(true);
    expect(requirementApplies(rule, consultancy, 0)).toBe(false);
  });
  it('rejects a negative or non-numeric value', () => {
    expect(() => requirementApplies(standard, workwear, -1)).toThrow(RangeError);
    expect(() => requirementApplies(standard, workwear, Number.NaN)).toThrow(RangeError);
  });
});

describe('coversCategory', () => {
  it('ignores the value', () => {
    expect(coversCategory(standard, workwear)).toBe(true);
    expect(coversCategory(standard, consultancy)).toBe(false);
  });
});

describe('applicableRequirements', () => {
  const categories = [workwear, textiles, consultancy];
  const requirements = [
    { id: 'standard', data: standard },
    { id: 'textiles-only', data: onlyTextiles },
  ];
  it('returns exactly the matching requirements', () => {
    expect(
      applicableRequirements(requirements, categories, 'tekstiler', 500_001).map((r) => r.id),
    ).toEqual(['standard', 'textiles-only']);
    expect(applicableRequirements(requirements, categories, 'tekstiler', 500_000)).toEqual([]);
    expect(
      applicableRequirements(requirements, categories, 'konsulenttjenester', 9_000_000),
    ).toEqual([]);
  });
  it('throws UnknownCategoryError for a category it does not know', () => {
    expect(() => applicableRequirements(requirements, categories, 'romfart', 1_000_000)).toThrow(
      UnknownCategoryError,
    );
    try {
      applicableRequirements(requirements, categories, 'romfart', 1_000_000);
    } catch (error) {
      expect((error as UnknownCategoryError).categoryId).toBe('romfart');
      expect((error as Error).message).toContain('romfart');
    }
  });
});

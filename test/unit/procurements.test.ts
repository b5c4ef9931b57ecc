import { describe, expect, test } from 'vitest';
import { formatQuarter, quarterOrder, valueBand } from '../../src/lib/procurements';

describe('valueBand', () => {
  test.each([
    [0, 'inntil 500 000 kr'],
    [500_000, 'inntil 500 000 kr'],
    [500_001, '0,5–5 mill. kr'],
    [5_000_000, '0,5–5 mill. kr'],
    [12_000_000, '5–20 mill. kr'],
    [40_000_000, '20–50 mill. kr'],
    [100_000_000, '50–100 mill. kr'],
    [100_000_001, 'over 100 mill. kr'],
  ])('%i kr is %s', (value, band) => {
    expect(valueBand(value)).toBe(band);
  });

  test('in English, from the English dictionary', () => {
    expect(valueBand(500_000, 'en')).toBe('up to NOK 500,000');
    expect(valueBand(12_000_000, 'en')).toBe('NOK 5–20 million');
    expect(valueBand(100_000_001, 'en')).toBe('over NOK 100 million');
  });

  test('refuses values that are not amounts', () => {
    expect(() => valueBand(-1)).toThrow(RangeError);
    expect(() => valueBand(Number.NaN)).toThrow(RangeError);
  });
});

describe('quarters', () => {
  test('are written in words and sort in time order', () => {
    expect(formatQuarter('2027-Q1')).toBe('1. kvartal 2027');
    expect(formatQuarter('2026-Q4')).toBe('4. kvartal 2026');
    expect(formatQuarter('2027-Q1', 'en')).toBe('Q1 2027');
    expect(quarterOrder('2026-Q4')).toBeLessThan(quarterOrder('2027-Q1'));
    expect(() => formatQuarter('2027-Q5')).toThrow(RangeError);
  });
});

import { describe, expect, test } from 'vitest';
import { arrangeOptions } from '../../src/lib/courses/quiz';

const options = ['Riktig svar', 'Feil A', 'Feil B', 'Feil C'];

describe('arrangeOptions', () => {
  test('keeps every option once and is the same on every build', () => {
    const once = arrangeOptions(options, 'Riktig svar', 'leksjon-1', 0);
    expect(once.toSorted()).toEqual(options.toSorted());
    expect(arrangeOptions(options, 'Riktig svar', 'leksjon-1', 0)).toEqual(once);
  });

  test('the right answer takes every position in turn over a quiz', () => {
    const positions = [0, 1, 2, 3].map((i) =>
      arrangeOptions(options, 'Riktig svar', 'leksjon-1', i).indexOf('Riktig svar'),
    );
    expect(positions.toSorted()).toEqual([0, 1, 2, 3]);
  });

  test('lessons start at different positions, and wrong answers are shuffled', () => {
    const first = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) =>
        arrangeOptions(options, 'Riktig svar', seed, 0).indexOf('Riktig svar'),
      ),
    );
    expect(first.size).toBeGreaterThan(1);
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) =>
        arrangeOptions(options, 'Riktig svar', seed, 0)
          .filter((o) => o !== 'Riktig svar')
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});

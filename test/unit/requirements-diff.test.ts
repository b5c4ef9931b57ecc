import { describe, expect, it } from 'vitest';
import { diffStats, sameWords, wordDiff } from '../../src/lib/requirements/diff';

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const before = (parts: ReturnType<typeof wordDiff>) =>
  join(parts.filter((p) => p.type !== 'added'));
const after = (parts: ReturnType<typeof wordDiff>) =>
  join(parts.filter((p) => p.type !== 'removed'));

describe('wordDiff', () => {
  it('marks nothing when the texts are equal', () => {
    expect(wordDiff('Leverandøren skal dokumentere.', 'Leverandøren skal dokumentere.')).toEqual([
      { type: 'same', text: 'Leverandøren skal dokumentere.' },
    ]);
  });
  it('finds a replaced word, removed before added', () => {
    expect(wordDiff('senest innen tolv måneder', 'senest innen seks måneder')).toEqual([
      { type: 'same', text: 'senest innen ' },
      { type: 'removed', text: 'tolv' },
      { type: 'added', text: 'seks' },
      { type: 'same', text: ' måneder' },
    ]);
  });
  it('marks changed punctuation on its own, not the word it follows', () => {
    expect(wordDiff('fastsette tiltakene.', 'fastsette tiltakene årlig.')).toEqual([
      { type: 'same', text: 'fastsette tiltakene ' },
      { type: 'added', text: 'årlig' },
      { type: 'same', text: '.' },
    ]);
  });
  it('finds added and removed words at the ends', () => {
    const parts = wordDiff(
      'Tiltakene skal være målbare',
      'Alle tiltakene skal være målbare og dokumenteres',
    );
    expect(parts.filter((p) => p.type === 'added').map((p) => p.text.trim())).toEqual([
      'Alle tiltakene',
      'og dokumenteres',
    ]);
    expect(parts.filter((p) => p.type === 'removed').map((p) => p.text.trim())).toEqual([
      'Tiltakene',
    ]);
  });
  it('gives back the new text, and the old one but for whitespace', () => {
    const a = 'Leverandøren skal i dialog med oppdragsgiver fastsette omfanget av tiltakene.';
    const b = 'Leverandøren skal sammen med oppdragsgiver fastsette omfanget av tiltakene årlig.';
    const parts = wordDiff(a, b);
    expect(after(parts)).toBe(b);
    expect(before(parts).replace(/\s+/g, '')).toBe(a.replace(/\s+/g, ''));
  });
  it('keeps paragraph breaks of the new text', () => {
    const parts = wordDiff('Første ledd.\n\nAndre ledd.', 'Første ledd.\n\nAndre ledd endret.');
    expect(after(parts)).toBe('Første ledd.\n\nAndre ledd endret.');
  });
  it('handles empty texts', () => {
    expect(wordDiff('', 'Nytt krav')).toEqual([{ type: 'added', text: 'Nytt krav' }]);
    expect(wordDiff('Gammelt krav', '')).toEqual([{ type: 'removed', text: 'Gammelt krav' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});

describe('sameWords and diffStats', () => {
  it('ignores whitespace differences', () => {
    expect(sameWords('a  b\nc', 'a b c')).toBe(true);
    expect(sameWords('a b', 'a c')).toBe(false);
  });
  it('counts words added and removed', () => {
    expect(diffStats(wordDiff('en to tre', 'en fire fem tre'))).toEqual({ added: 2, removed: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/collections';
import { dueForReview, overdueWarning, reviewStatus } from '../../src/lib/requirements/freshness';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-11-25');

describe('reviewStatus', () => {
  it('is overdue the day after the review date, not on it', () => {
    expect(reviewStatus(day('2026-11-24'), today)).toBe('overdue');
    expect(reviewStatus(day('2026-11-25'), today)).toBe('due-soon');
  });
  it('is due soon up to and including 60 days ahead', () => {
    expect(reviewStatus(day('2027-01-24'), today)).toBe('due-soon'); // 60 days
    expect(reviewStatus(day('2027-01-25'), today)).toBe('ok'); // 61 days
  });
});

describe('dueForReview', () => {
  const entry = (collection: CollectionName, id: string, reviewBy: string) => ({
    collection,
    id,
    filePath: `content/${collection}/${id}.md`,
    data: { title: id, reviewBy: day(reviewBy), updated: day('2025-01-01') },
  });
  const entries = [
    entry('requirements', 'sosial-dialog', '2027-06-01'),
    entry('cases', 'arbeidstoy', '2026-12-01'),
    entry('glossary', 'ungp', '2026-10-01'),
    entry('pages', 'kontakt', '2026-11-20'),
  ];

  it('lists overdue and soon-due entries from every collection, most overdue first', () => {
    const items = dueForReview(entries, today);
    expect(items.map((i) => [i.id, i.status, i.daysLeft])).toEqual([
      ['ungp', 'overdue', -55],
      ['kontakt', 'overdue', -5],
      ['arbeidstoy', 'due-soon', 6],
    ]);
  });

  it('writes one warning for all overdue entries, naming each file, most overdue first', () => {
    const lines = overdueWarning(dueForReview(entries, today))?.split('\n');
    expect(lines).toEqual([
      '[gjennomgang] 2 oppføringer har passert reviewBy – les dem gjennom og sett ny reviewBy:',
      '  content/glossary/ungp.md: reviewBy 2026-10-01 (55 dager siden) «ungp»',
      '  content/pages/kontakt.md: reviewBy 2026-11-20 (5 dager siden) «kontakt»',
      '  Alle står også på /for-redaktorer/gjennomgang/',
    ]);
  });

  it('names the first files only, then how many more and the page that lists them all', () => {
    const lines = overdueWarning(dueForReview(entries, today), 1)?.split('\n');
    expect(lines).toEqual([
      '[gjennomgang] 2 oppføringer har passert reviewBy – les dem gjennom og sett ny reviewBy:',
      '  content/glossary/ungp.md: reviewBy 2026-10-01 (55 dager siden) «ungp»',
      '  … og 1 til. Alle står med fil på /for-redaktorer/gjennomgang/',
    ]);
  });

  it('says «1 oppføring» and «1 dag», and nothing when none is overdue', () => {
    const one = [
      entry('pages', 'kontakt', '2026-11-24'),
      entry('cases', 'arbeidstoy', '2026-12-01'),
    ];
    expect(overdueWarning(dueForReview(one, today))).toContain(
      '1 oppføring har passert reviewBy – les den gjennom',
    );
    expect(overdueWarning(dueForReview(one, today))).toContain('(1 dag siden)');
    expect(overdueWarning(dueForReview([entry('cases', 'arbeidstoy', '2026-12-01')], today))).toBe(
      undefined,
    );
  });
});

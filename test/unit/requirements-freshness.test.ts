import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/collections';
import { dueForReview, overdueWarnings, reviewStatus } from '../../src/lib/requirements/freshness';

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

  it('writes one warning per overdue entry, naming the file', () => {
    const warnings = overdueWarnings(dueForReview(entries, today));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('content/glossary/ungp.md');
    expect(warnings[0]).toContain('2026-10-01');
    expect(warnings[1]).toContain('content/pages/kontakt.md');
  });
});

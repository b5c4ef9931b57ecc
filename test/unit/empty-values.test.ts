import { describe, expect, test } from 'vitest';
import { withoutEmptyValues } from '../../src/lib/content/empty-values';
import { meetingSchema } from '../../src/schemas/meeting';

describe('a blank field saved by the web editor is a field not given', () => {
  const saved = {
    title: 'Dialogmøte',
    start: '2027-09-15T09:00',
    location: { kind: 'fysisk', address: 'Rådhuset', url: '' },
    registration: { deadline: '', email: null },
    changes: [{ date: '' }],
    agenda: [{ time: '', title: 'Velkommen' }],
    products: ['', 'Sko'],
    updated: new Date('2026-05-01'),
    draft: false,
    order: 0,
  };

  test('empty texts and nulls go, and groups and items left empty', () => {
    expect(withoutEmptyValues(saved)).toEqual({
      title: 'Dialogmøte',
      start: '2027-09-15T09:00',
      location: { kind: 'fysisk', address: 'Rådhuset' },
      changes: [],
      agenda: [{ title: 'Velkommen' }],
      products: ['Sko'],
      updated: new Date('2026-05-01'),
      draft: false,
      order: 0,
    });
  });

  test('a blank required field is still reported, as missing', () => {
    const result = meetingSchema.safeParse(withoutEmptyValues({ ...saved, title: '' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('title');
  });
});

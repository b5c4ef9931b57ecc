import { describe, expect, it } from 'vitest';
import { fieldReference, fieldReferenceMarkdown } from '../../src/lib/field-reference';
import { COLLECTIONS } from '../../src/lib/collections';
import { MEETING_STATUSES } from '../../src/schemas/meeting';

describe('field reference generated from the schemas', () => {
  const docs = fieldReference();

  it('covers every collection in the registry, in its order', () => {
    expect(docs.map((d) => d.collection)).toEqual(COLLECTIONS);
  });

  it('documents every field with a description (.describe in the schema)', () => {
    const undocumented = docs.flatMap((d) =>
      d.fields.filter((f) => f.description === '').map((f) => `${d.collection}.${f.name}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('gives every collection the shared draft, updated and reviewBy fields', () => {
    for (const doc of docs) {
      const names = doc.fields.map((f) => f.name);
      expect(names, doc.collection).toEqual(
        expect.arrayContaining(['draft', 'updated', 'reviewBy']),
      );
    }
  });

  it('reads types, optionality and nested fields from the schemas', () => {
    const requirements = docs.find((d) => d.collection === 'requirements');
    const field = (name: string) => requirements?.fields.find((f) => f.name === name);
    expect(field('kind')?.type).toContain('«tildelingskriterium»');
    expect(field('appliesTo.valueOverNok')).toMatchObject({ required: true });
    expect(field('appliesTo.valueOverNok')?.type).toContain('kroner');
    expect(field('supersedes')).toMatchObject({
      required: false,
      type: 'henvisning til requirements (id)',
    });
    expect(field('documentation[].when')?.description).toMatch(/Frist/);
    expect(field('draft')?.required).toBe(false);
  });

  const field = (collection: string, name: string) =>
    docs.find((d) => d.collection === collection)?.fields.find((f) => f.name === name);

  it('gives a described field its type, required flag, description and bounds', () => {
    expect(field('cases', 'contractYears')).toEqual({
      name: 'contractYears',
      type: 'tall',
      required: true,
      description: 'Avtalens lengde i år.',
      shape: { kind: 'number', integer: false, min: 0, positive: true },
    });
    expect(field('courses', 'durationMinutes')?.shape).toEqual({
      kind: 'number',
      integer: true,
      min: 1,
      positive: true,
    });
  });

  it("names a shared helper's type from its meta title, and a date with a time as such", () => {
    expect(field('requirements', 'effectiveFrom')).toMatchObject({
      type: 'dato (ÅÅÅÅ-MM-DD)',
      required: true,
      shape: { kind: 'date' },
    });
    // A date written as text is read into a date (z.preprocess): still a date, still required.
    expect(field('requirements', 'sources[].date')).toMatchObject({
      type: 'tall eller tekst eller dato (ÅÅÅÅ-MM-DD)',
      required: true,
    });
    expect(field('meetings', 'start')?.shape).toEqual({
      kind: 'datetime',
      pattern: {
        regex: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
        message: 'dato og klokkeslett skrevet "ÅÅÅÅ-MM-DDTTT:MM" (norsk tid)',
      },
    });
  });

  it("takes a pattern's message from the schema's error, also when written as a constant", () => {
    expect(field('requirements', 'version')?.shape).toEqual({
      kind: 'text',
      pattern: { regex: '^\\d+\\.\\d+$', message: 'et versjonsnummer som "1.0"' },
    });
    // yearText's message is the constant YEAR_EXPECTED, which the old source reader could not see.
    const date = field('requirements', 'sources[].date')?.shape;
    expect(date?.kind === 'union' && date.of[1]).toEqual({
      kind: 'text',
      pattern: { regex: '^\\d{4}$', message: 'et årstall skrevet som tall, for eksempel 2020' },
    });
    expect(date).toMatchObject({ message: 'et årstall (2020) eller en dato skrevet ÅÅÅÅ-MM-DD' });
  });

  it("lists an enum's values and a reference's collection", () => {
    expect(field('meetings', 'status')?.shape).toEqual({
      kind: 'enum',
      values: [...MEETING_STATUSES],
    });
    expect(field('lessons', 'course')).toMatchObject({
      type: 'henvisning til courses (id)',
      required: true,
      shape: { kind: 'reference', collection: 'courses' },
    });
    expect(field('meetings', 'procurements')).toMatchObject({
      required: false,
      default: [],
      shape: { kind: 'list', of: { kind: 'reference', collection: 'procurements' } },
    });
  });

  it('marks a field a check across fields (.refine) reports on', () => {
    expect(field('meetings', 'end')?.refined).toBe(true);
    expect(field('meetings', 'start')?.refined).toBeUndefined();
    // On a list's items, too: a quiz question's answer must be one of its options.
    expect(field('lessons', 'quiz[].answer')?.refined).toBe(true);
    expect(field('lessons', 'quiz')?.refined).toBeUndefined();
  });

  it("merges a discriminated union's variants: the tag's values, and which variants have a field", () => {
    expect(field('meetings', 'location')?.shape).toEqual({ kind: 'object', discriminator: 'kind' });
    expect(field('meetings', 'location.kind')).toMatchObject({
      type: '«fysisk» | «digitalt» | «hybrid»',
      shape: { kind: 'enum', values: ['fysisk', 'digitalt', 'hybrid'] },
    });
    expect(field('meetings', 'location.address')?.onlyIn).toEqual(['fysisk', 'hybrid']);
    expect(field('requirements', 'weightPercent')).toMatchObject({
      onlyIn: ['tildelingskriterium'],
      shape: { kind: 'number', integer: false, min: 0, max: 100 },
    });
    expect(field('requirements', 'title')?.onlyIn).toBeUndefined();
  });

  it('knows every kind of value in the schemas (none is "unknown")', () => {
    const unknown = docs.flatMap((d) =>
      d.fields.filter((f) => f.shape.kind === 'unknown').map((f) => `${d.collection}.${f.name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('renders a Markdown table per collection', () => {
    const markdown = fieldReferenceMarkdown(docs);
    expect(markdown).toContain('## lessons (`content/lessons/`)');
    expect(markdown).toMatch(/\| `quiz\[\]\.answer` \| tekst \| ja \|/);
  });
});

describe('shared field sets', () => {
  const docs = fieldReference();
  const fields = (collection: string) =>
    docs
      .find((d) => d.collection === collection)
      ?.fields.filter((f) => f.name.startsWith('changes')) ?? [];

  it('documents the shared change note in every collection, through z.object(changeNoteFields)', () => {
    expect(fields('meetings').map((f) => [f.name, f.required])).toEqual([
      ['changes', false],
      ['changes[].date', true],
      ['changes[].note', true],
    ]);
  });

  it('lists a field a collection redefines once, as the collection defines it', () => {
    expect(fields('templates').map((f) => [f.name, f.required])).toEqual([
      ['changes', true],
      ['changes[].date', true],
      ['changes[].note', true],
      ['changes[].version', true],
    ]);
  });
});

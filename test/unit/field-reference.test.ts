import { describe, expect, it } from 'vitest';
import { fieldReference, fieldReferenceMarkdown } from '../../src/lib/field-reference';
import { COLLECTIONS } from '../../src/lib/collections';

describe('field reference generated from the schemas', () => {
  const docs = fieldReference();

  it('covers every collection in the registry, in its order', () => {
    expect(docs.map((d) => d.collection)).toEqual(COLLECTIONS);
  });

  it('documents every field with a JSDoc line', () => {
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

  it('reads types, optionality and nested fields from the source', () => {
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

/**
 * The collection registry: every collection the content config defines is in it, and each has
 * a folder, a page address, a name in the UI and a search type.
 */
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';
import {
  COLLECTIONS,
  REGISTRY,
  TRANSLATED,
  collectionLabel,
  entryUrl,
  translationCollection,
} from '../../src/lib/collections';

describe('collection registry', () => {
  it('is what the content config defines, in the same order, then the English translations', () => {
    expect(Object.keys(collections)).toEqual([
      ...COLLECTIONS,
      ...TRANSLATED.map((name) => translationCollection(name)),
    ]);
    for (const name of COLLECTIONS) expect(collections[name].schema).toBe(REGISTRY[name].schema);
  });

  it('gives each collection its own folder and a name in the UI', () => {
    const folders = COLLECTIONS.map((name) => REGISTRY[name].folder);
    expect(new Set(folders).size).toBe(folders.length);
    expect(REGISTRY.riskCategories.folder).toBe('risk-categories');
    expect(COLLECTIONS.map((name) => collectionLabel(name))).toEqual([
      'Krav',
      'Høyrisikokategori',
      'Erfaring',
      'Markedsdialog',
      'Anskaffelse',
      'Mal',
      'Kurs',
      'Leksjon',
      'Ordliste',
      'Side',
    ]);
  });

  it('links every collection to its page', () => {
    const urls = Object.fromEntries(
      COLLECTIONS.map((collection) => [
        collection,
        entryUrl({ collection, id: 'grunnkurs/intro', data: { course: { id: 'grunnkurs' } } }),
      ]),
    );
    expect(urls).toEqual({
      requirements: '/krav/grunnkurs/intro/',
      riskCategories: '/krav/kategori/grunnkurs/intro/',
      cases: '/erfaringer/grunnkurs/intro/',
      meetings: '/markedsdialog/grunnkurs/intro/',
      procurements: '/anskaffelser/grunnkurs/intro/',
      templates: '/maler/grunnkurs/intro/',
      courses: '/kurs/grunnkurs/intro/',
      lessons: '/kurs/grunnkurs/intro/',
      glossary: '/ordliste/grunnkurs/intro/',
      pages: '/om/grunnkurs/intro/',
    });
  });
});

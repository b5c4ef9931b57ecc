import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { argumentNames, formatMessage } from '../../src/i18n/format';
import { LOCALES, messagesFor, strings, type Locale } from '../../src/i18n/index';
import { nb } from '../../src/i18n/nb';

type Dictionary = Record<string, Record<string, string>>;
const dictionaries: Record<Locale, Dictionary> = { nb, en };

/** Every dotted key of a dictionary with its message. */
function messages(dictionary: Dictionary): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, entries] of Object.entries(dictionary)) {
    for (const [key, message] of Object.entries(entries)) out.set(`${group}.${key}`, message);
  }
  return out;
}

/** What differs between a language and Norwegian: keys missing, keys extra, placeholders. */
function differences(other: Dictionary): string[] {
  const source = messages(nb);
  const target = messages(other);
  const found: string[] = [];
  for (const key of source.keys()) if (!target.has(key)) found.push(`missing ${key}`);
  for (const [key, message] of target) {
    const original = source.get(key);
    if (original === undefined) {
      found.push(`extra ${key}`);
      continue;
    }
    if (typeof message !== 'string' || message.trim() === '') {
      found.push(`empty ${key}`);
      continue;
    }
    const want = argumentNames(original, key).join(', ');
    const got = argumentNames(message, key).join(', ');
    if (want !== got) found.push(`placeholders ${key}: nb {${want}}, other {${got}}`);
  }
  return found;
}

describe('dictionary parity', () => {
  it('lists every locale the site is configured with', () => {
    expect([...LOCALES]).toEqual(Object.keys(dictionaries));
  });

  it.each(LOCALES.filter((locale) => locale !== 'nb'))(
    '%s has exactly the Norwegian keys, with the same placeholders',
    (locale) => {
      expect(differences(dictionaries[locale])).toEqual([]);
    },
  );

  it('catches a missing key, an extra key and a changed placeholder', () => {
    const broken = structuredClone(en) as unknown as Dictionary;
    delete broken['nav']!['home'];
    broken['nav']!['homepage'] = 'Home';
    broken['courses']!['lessonOf'] = 'Lesson {n} of {total}';
    expect(differences(broken)).toEqual([
      'missing nav.home',
      'extra nav.homepage',
      'placeholders courses.lessonOf: nb {number, total}, other {n, total}',
    ]);
  });

  it('no English message is a Norwegian one left untranslated', () => {
    // Names and words the languages share (UKE, Status, PDF) may be equal; a copied Norwegian
    // sentence has Norwegian letters or function words.
    const norwegian = /[æøå]|\b(og|ikke|av|til|er|med|som|eller|den|det|på)\b/i;
    const english = messages(en);
    const copied = [...messages(nb)]
      .filter(([key, message]) => english.get(key) === message && norwegian.test(message))
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it('every message in every language parses', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of messages(dictionaries[locale])) {
        expect(() => argumentNames(message, key), `${locale} ${key}`).not.toThrow();
      }
    }
  });
});

describe('formatter', () => {
  it('fills placeholders and writes numbers as the locale does', () => {
    expect(strings('nb').format('courses.lessonOf', { number: 2, total: 6 })).toBe(
      'Leksjon 2 av 6',
    );
    expect(strings('en').format('finder.bandOver', { threshold: '500 000 kr' })).toBe(
      'Above 500 000 kr:',
    );
    expect(formatMessage('{value}', { value: 750000 }, 'nb')).toBe('750\u00a0000');
    expect(formatMessage('{value}', { value: 750000 }, 'en')).toBe('750,000');
  });

  it('chooses the plural form by Intl.PluralRules, with =N before the category', () => {
    const message = '{count, plural, =0 {no lessons} one {# lesson} other {# lessons in {course}}}';
    const values = (count: number) => ({ count, course: 'Basics' });
    expect(formatMessage(message, values(0), 'en')).toBe('no lessons');
    expect(formatMessage(message, values(1), 'en')).toBe('1 lesson');
    expect(formatMessage(message, values(1200), 'en')).toBe('1,200 lessons in Basics');
    expect(argumentNames(message)).toEqual(['count', 'course']);
  });

  it('fails on a missing value, a plural without other, and unbalanced braces', () => {
    expect(() => formatMessage('Lesson {number}', {}, 'en', 'k')).toThrow(
      'UI string k needs a value for {number}',
    );
    expect(() => formatMessage('{n, plural, one {#}}', { n: 1 }, 'en', 'k')).toThrow(
      'needs an "other" option',
    );
    expect(() => formatMessage('Lesson {number', { number: 1 }, 'en', 'k')).toThrow('unclosed');
  });

  it('hands a browser script the raw messages it asks for', () => {
    expect(messagesFor('en', ['search.count', 'search.loading'])).toEqual({
      'search.count': en.search.count,
      'search.loading': 'Searching …',
    });
  });
});

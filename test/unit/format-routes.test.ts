import { describe, expect, it } from 'vitest';
import { formatDuration, formatNok, formatNokWords } from '../../src/lib/format';
import {
  ROUTE_MAP,
  counterpartPath,
  languageAlternates,
  lessonSlug,
  matchRoute,
  routes,
  routesIn,
  type RouteName,
} from '../../src/lib/routes';
import { TRANSLATED } from '../../src/lib/collections';

// Intl's nb-NO groups thousands with a no-break space; compare on plain spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatNok', () => {
  it('groups thousands the Norwegian way', () => {
    expect(plain(formatNok(500_000))).toBe('500 000 kr');
    expect(plain(formatNok(499_999))).toBe('499 999 kr');
    expect(formatNok(0)).toBe('0 kr');
  });
  it('in English, from the English dictionary', () => {
    expect(formatNok(500_000, 'en')).toBe('NOK 500,000');
    expect(formatNok(1_234.6, 'en')).toBe('NOK 1,235');
  });
  it('refuses numbers that are not amounts', () => {
    expect(() => formatNok(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatNokWords', () => {
  it('writes round millions in words', () => {
    expect(formatNokWords(40_000_000)).toBe('40 millioner kroner');
    expect(formatNokWords(2_500_000)).toBe('2,5 millioner kroner');
  });
  it('writes one million in the singular', () => {
    expect(formatNokWords(1_000_000)).toBe('1 million kroner');
    expect(formatNokWords(1_100_000)).toBe('1,1 millioner kroner');
  });
  it('in English', () => {
    expect(formatNokWords(2_500_000, 'en')).toBe('NOK 2.5 million');
    expect(formatNokWords(350_000, 'en')).toBe('NOK 350,000');
  });
  it('falls back to the amount below a million or when not round', () => {
    expect(plain(formatNokWords(350_000))).toBe('350 000 kr');
    expect(plain(formatNokWords(1_234_567))).toBe('1 234 567 kr');
  });
});

describe('formatDuration', () => {
  it('uses minutes below an hour and hours with minutes above', () => {
    expect(formatDuration(15)).toBe('15 minutter');
    expect(formatDuration(1)).toBe('1 minutt');
    expect(formatDuration(60)).toBe('1 t');
    expect(formatDuration(100)).toBe('1 t 40 min');
  });
  it('in English', () => {
    expect(formatDuration(1, 'en')).toBe('1 minute');
    expect(formatDuration(45, 'en')).toBe('45 minutes');
    expect(formatDuration(90, 'en')).toBe('1 h 30 min');
  });
});

describe('routes', () => {
  const argsFor = (template: string) =>
    [...template.matchAll(/\[([^\]]+)\]/g)].map(([, p], i) =>
      /file/i.test(p ?? '') ? `fil${i}.pdf` : `arg${i}`,
    );
  const built = (Object.keys(ROUTE_MAP) as RouteName[]).flatMap((name) => {
    const { nb, en } = ROUTE_MAP[name];
    const build = (locale: 'nb' | 'en') =>
      (routesIn(locale)[name] as (...a: string[]) => string)(...argsFor(nb));
    return [
      { name, locale: 'nb', url: build('nb') },
      ...(en ? [{ name, locale: 'en', url: build('en') }] : []),
    ];
  });

  it('gives every address a leading slash and either a trailing slash, a file name or an anchor', () => {
    for (const { name, url } of built) {
      expect(url, name).toMatch(/^\/(?:[^?\s]*\/|[^?\s]*\.[a-z]+|[^?\s]*#[\w-]+)?$/);
    }
  });

  it('never gives two kinds of page the same address, in either language', () => {
    // The English home is the suppliers' page: one English address for two Norwegian ones.
    const urls = built.filter((b) => !(b.locale === 'en' && b.name === 'home')).map((b) => b.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('puts every English address under /en/ and no Norwegian one there', () => {
    for (const { name, locale, url } of built) {
      expect(url.startsWith('/en/'), `${name} (${locale})`).toBe(locale === 'en');
    }
  });

  it('names only translated collections as what an English entry page needs', () => {
    for (const [name, def] of Object.entries(ROUTE_MAP)) {
      if (def.translated) expect(TRANSLATED, name).toContain(def.translated);
    }
  });

  it('finds the same page in the other language, both ways', () => {
    const all = () => true;
    expect(counterpartPath('/krav/sosial-dialog/', all)).toMatchObject({
      locale: 'en',
      path: '/en/requirements/sosial-dialog/',
    });
    expect(counterpartPath('/en/requirements/sosial-dialog/', all)).toEqual({
      locale: 'nb',
      path: '/krav/sosial-dialog/',
    });
    expect(counterpartPath('/en/requirements/sosial-dialog.docx', all)?.path).toBe(
      '/krav/sosial-dialog.docx',
    );
    expect(counterpartPath('/krav/sosial-dialog/', all)?.needs).toEqual({
      collection: 'requirements',
      id: 'sosial-dialog',
    });
    expect(counterpartPath('/en/', all)?.path).toBe('/for-leverandorer/');
    expect(counterpartPath('/', all)?.path).toBe('/en/');
    expect(counterpartPath('/en/market-dialogue/', all)?.path).toBe('/markedsdialog/');
    // A fixed address of one entry needs that entry's translation.
    expect(counterpartPath('/om/kontakt/', all)?.needs).toEqual({
      collection: 'pages',
      id: 'kontakt',
    });
  });

  it('has no counterpart for a Norwegian-only page, an untranslated entry or an unknown address', () => {
    expect(counterpartPath('/maler/', () => true)).toBeUndefined();
    expect(counterpartPath('/kurs/etisk-handel/01-intro/', () => true)).toBeUndefined();
    expect(counterpartPath('/krav/sosial-dialog/', (c) => c.needs === undefined)).toBeUndefined();
    // The way back to Norwegian always exists: every English page translates one.
    expect(
      counterpartPath('/en/requirements/sosial-dialog/', (c) => c.needs === undefined)?.path,
    ).toBe('/krav/sosial-dialog/');
    expect(counterpartPath('/finnes-ikke/', () => true)).toBeUndefined();
    expect(matchRoute('/krav/finn/')).toEqual({
      name: 'requirementFinder',
      locale: 'nb',
      params: [],
    });
  });

  it('lists hreflang alternates only for pages that point at each other', () => {
    const all = () => true;
    expect(languageAlternates('/en/requirements/x/', all)).toEqual([
      { locale: 'nb', path: '/krav/x/' },
      { locale: 'en', path: '/en/requirements/x/' },
    ]);
    expect(languageAlternates('/for-leverandorer/', all)).toHaveLength(2);
    expect(languageAlternates('/', all)).toEqual([]);
    expect(languageAlternates('/maler/', all)).toEqual([]);
  });

  it('uses the last part of a foldered lesson id in the URL', () => {
    expect(lessonSlug('etisk-handel-hoyrisiko/01-hvorfor')).toBe('01-hvorfor');
    expect(lessonSlug('01-hvorfor')).toBe('01-hvorfor');
    expect(routes.lesson('kurs', lessonSlug('kurs/02-oslomodellen'))).toBe(
      '/kurs/kurs/02-oslomodellen/',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatDuration, formatNok, formatNokWords } from '../../src/lib/format';
import { lessonSlug, routes } from '../../src/lib/routes';

// Intl's nb-NO groups thousands with a no-break space; compare on plain spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatNok', () => {
  it('groups thousands the Norwegian way', () => {
    expect(plain(formatNok(500_000))).toBe('500 000 kr');
    expect(plain(formatNok(499_999))).toBe('499 999 kr');
    expect(formatNok(0)).toBe('0 kr');
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
});

describe('routes', () => {
  const built = Object.entries(routes).map(([name, build]) => {
    // File-name parameters get a file name; everything else an id.
    const params = /^\(([^)]*)\)/.exec(build.toString())?.[1]?.split(',') ?? [];
    const args = params
      .filter(Boolean)
      .map((p, i) => (/file/i.test(p) ? `fil${i}.pdf` : `arg${i}`));
    return { name, url: (build as (...a: string[]) => string)(...args) };
  });

  it('gives every address a leading slash and either a trailing slash, a file name or an anchor', () => {
    for (const { name, url } of built) {
      expect(url, name).toMatch(/^\/(?:[^?\s]*\/|[^?\s]*\.[a-z]+|[^?\s]*#[\w-]+)?$/);
    }
  });

  it('never gives two kinds of page the same address', () => {
    const urls = built.map((b) => b.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('uses the last part of a foldered lesson id in the URL', () => {
    expect(lessonSlug('etisk-handel-hoyrisiko/01-hvorfor')).toBe('01-hvorfor');
    expect(lessonSlug('01-hvorfor')).toBe('01-hvorfor');
    expect(routes.lesson('kurs', lessonSlug('kurs/02-oslomodellen'))).toBe(
      '/kurs/kurs/02-oslomodellen/',
    );
  });
});

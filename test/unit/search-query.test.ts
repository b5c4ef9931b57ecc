import { describe, expect, test } from 'vitest';
import {
  emptyState,
  isEmpty,
  pagefindOptions,
  pagefindTerm,
  readState,
  searchWhileTyping,
  worthPreloading,
  writeState,
} from '../../src/lib/search/query';
import { searchMessages } from '../../src/lib/search/messages';
import { statusText, toHit } from '../../src/lib/search/results';
import { norwegianSpelling } from '../../src/lib/search/spelling';

describe('search state in the address', () => {
  test('reads the header form’s ?q= and the page’s own filters', () => {
    expect(readState('?q=sosial+dialog')).toEqual({ ...emptyState(), q: 'sosial dialog' });
    expect(
      readState(
        '?q=%C3%B8ko&type=krav&type=mal&kategori=arbeidsklaer&malgruppe=leverandor&sort=dato',
      ),
    ).toEqual({
      q: 'øko',
      types: ['krav', 'mal'],
      categories: ['arbeidsklaer'],
      audiences: ['leverandor'],
      sort: 'dato',
    });
  });

  test('ignores what it does not know and trims what it does', () => {
    expect(readState('?q=++klær++&sort=tull&utm_source=x&type=&type=krav&type=krav')).toEqual({
      ...emptyState(),
      q: 'klær',
      types: ['krav'],
    });
  });

  test('writes only what is set, and reads back what it wrote', () => {
    expect(writeState(emptyState())).toBe('');
    const state = {
      q: 'arbeidsklær',
      types: ['erfaring'],
      categories: [],
      audiences: ['innkjoper'],
      sort: 'dato' as const,
    };
    const written = writeState(state);
    expect(written).toBe('?q=arbeidskl%C3%A6r&type=erfaring&malgruppe=innkjoper&sort=dato');
    expect(readState(written)).toEqual(state);
  });

  test('a search is empty without words and filters; filters alone list entries', () => {
    expect(isEmpty(readState('?q=+'))).toBe(true);
    expect(isEmpty(readState('?type=krav'))).toBe(false);
    expect(pagefindTerm(readState('?type=krav'))).toBeNull();
    expect(pagefindTerm(readState('?q=krav'))).toBe('krav');
  });
});

describe('Pagefind options', () => {
  test('values in one group widen, groups narrow; the date order is not asked of Pagefind', () => {
    expect(
      pagefindOptions(
        readState('?q=x&type=krav&type=mal&kategori=tekstiler&malgruppe=leverandor&sort=dato'),
      ),
    ).toEqual({
      filters: {
        type: { any: ['krav', 'mal'] },
        kategori: { any: ['tekstiler'] },
        målgruppe: { any: ['leverandor'] },
      },
    });
    expect(pagefindOptions(readState('?q=x'))).toEqual({ filters: {} });
  });
});

describe('Norwegian spelling', () => {
  test.each([
    ['klaer', 'klær'],
    ['leverandoer', 'leverandør'],
    ['Aarsrapport', 'årsrapport'],
    ['oekonomi og aapenhet', 'økonomi og åpenhet'],
  ])('%s is retried as %s', (typed, respelled) => {
    expect(norwegianSpelling(typed)).toBe(respelled);
  });

  test('a query without ae, oe or aa is left alone (o is not ø, a is not å)', () => {
    expect(norwegianSpelling('okonomi')).toBeUndefined();
    expect(norwegianSpelling('mal')).toBeUndefined();
    expect(norwegianSpelling('sosial dialog')).toBeUndefined();
  });
});

const messages = searchMessages('nb', '/om/innholdet/');

describe('what the reader sees and hears', () => {
  test('the live region counts the results', () => {
    expect(statusText(12, 'sosial dialog', messages)).toBe('12 treff på «sosial dialog»');
    expect(statusText(1, 'sko', messages)).toBe('1 treff på «sko»');
    expect(statusText(1234, '', messages)).toBe('1\u00a0234 treff');
    expect(statusText(0, 'qxz', messages)).toBe('Ingen treff på «qxz».');
    expect(statusText(0, '', messages)).toBe('Ingen treff med disse avgrensningene.');
    expect(statusText(3, 'klaer', messages, 'klær')).toBe(
      '3 treff på «klær». Vi leste «klaer» med æ, ø og å.',
    );
    const english = searchMessages('en', '/en/about/content/');
    expect(statusText(1, 'shoes', english)).toBe('1 result for “shoes”');
    expect(statusText(1234, '', english)).toBe('1,234 results');
  });

  test('a result shows its type, date, summary and the example label', () => {
    expect(
      toHit(
        {
          url: '/krav/sosial-dialog/',
          meta: {
            title: 'Sosial dialog',
            summary: 'Krav om sosial dialog.',
            updated: '2026-11-25',
          },
          filters: { type: ['krav'] },
        },
        messages,
      ),
    ).toEqual({
      url: '/krav/sosial-dialog/',
      title: 'Sosial dialog',
      summary: 'Krav om sosial dialog.',
      type: 'Krav',
      example: false,
      partlyFictional: false,
      date: 'Oppdatert 25. november 2026',
      superseded: undefined,
    });
    const english = toHit(
      {
        url: '/en/requirements/social-dialogue/',
        meta: { title: 'Social dialogue', updated: '2026-11-25' },
        filters: { type: ['krav'] },
      },
      searchMessages('en', '/en/about/content/'),
    );
    expect([english.type, english.date]).toEqual(['Requirement', 'Updated 25 November 2026']);
    expect(
      toHit(
        {
          url: '/markedsdialog/mote/',
          meta: {
            title: 'Møte',
            updated: '2026-11-25',
            meetingDate: '2027-03-12',
            example: 'true',
          },
          filters: { type: ['møte'] },
        },
        messages,
      ),
    ).toMatchObject({
      type: 'Markedsdialogmøte',
      example: true,
      date: 'Møtet er 12. mars 2027',
      summary: '',
    });
  });

  test('a sourced requirement with invented facts says so', () => {
    const hit = toHit(
      {
        url: '/krav/sosial-dialog/',
        meta: { title: 'EH-SD2 Sosial dialog', partlyFictional: 'true' },
        filters: { type: ['krav'] },
      },
      messages,
    );
    expect(hit).toMatchObject({ example: false, partlyFictional: true });
  });

  test('a superseded version says which version replaced it', () => {
    const hit = toHit(
      {
        url: '/krav/produksjonssteder-v1/',
        meta: { title: 'Produksjonssteder (1.0)', supersededBy: 'EH-KO2 Produksjonssteder' },
        filters: { type: ['krav'] },
      },
      messages,
    );
    expect(hit.superseded).toBe('Erstattet av EH-KO2 Produksjonssteder');
  });

  test('a result without metadata still has a title and no invented type or date', () => {
    expect(toHit({ url: '/x/', meta: { updated: 'snart' }, filters: {} }, messages)).toMatchObject({
      title: '/x/',
      type: undefined,
      date: undefined,
    });
  });
});

describe('fetching ahead while the reader types', () => {
  test('only once the last word has three letters (æ, ø, å count as one)', () => {
    expect(worthPreloading('')).toBe(false);
    expect(worthPreloading('a')).toBe(false);
    expect(worthPreloading('ar')).toBe(false);
    expect(worthPreloading('arb')).toBe(true);
    expect(worthPreloading('arbeidsklær')).toBe(true);
    expect(worthPreloading('sosial d')).toBe(false);
    expect(worthPreloading('sosial di')).toBe(false);
    expect(worthPreloading('sosial dia')).toBe(true);
    expect(worthPreloading('sosial ')).toBe(true);
    expect(worthPreloading('blå')).toBe(true);
    expect(worthPreloading('å')).toBe(false);
  });

  test('quotes and hyphens are not letters; a closed quoted phrase is finished', () => {
    expect(worthPreloading('"ar')).toBe(false);
    expect(worthPreloading('"arb')).toBe(true);
    expect(worthPreloading('"EU"')).toBe(true);
    expect(worthPreloading('"EU')).toBe(false);
    expect(worthPreloading('"sosial dialog" "EU"')).toBe(true);
    expect(worthPreloading('"sosial dialog" E')).toBe(false);
    expect(worthPreloading('CO2')).toBe(true);
    expect(worthPreloading('e-')).toBe(false);
  });
});

describe('searching while the reader types', () => {
  test('waits for Enter while the last word is one or two letters', () => {
    expect(searchWhileTyping('a')).toBe(false);
    expect(searchWhileTyping('EU')).toBe(false);
    expect(searchWhileTyping('FN ')).toBe(false);
    expect(searchWhileTyping('sosial d')).toBe(false);
    expect(searchWhileTyping('arb')).toBe(true);
    expect(searchWhileTyping('sosial dia')).toBe(true);
    expect(searchWhileTyping('"FN"')).toBe(true);
  });

  test('an emptied field searches at once (clears the list, or lists what the filters allow)', () => {
    expect(searchWhileTyping('')).toBe(true);
    expect(searchWhileTyping('  ')).toBe(true);
  });
});

/**
 * What the indexing script makes of one built page: the copy Pagefind indexes
 * (index-html.ts), as a ready record where one can be made (index-record.ts), and, for
 * Norwegian pages, the words compound hints are made from (compounds.ts). Made in worker
 * threads (copy-workers.ts), so it returns plain data.
 *
 * Plain TypeScript, so the indexing script and its workers can load it directly.
 */
import { wordsOf } from './compounds.ts';
import { recordOrCopy } from './index-html.ts';
import type { IndexRecord } from './index-record.ts';

/** The site's languages; compound hints are for Norwegian only. */
export const LANGUAGES: readonly string[] = ['nb', 'en'];
export const COMPOUNDING = 'nb';

const langOf = (html: string): string =>
  /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? COMPOUNDING;

/** A page's record for Pagefind, its text as UTF-8 bytes. */
export type PageRecord = Omit<IndexRecord, 'text'> & { text: Uint8Array; language: string };

/**
 * A search target's copy: its record, or its HTML as UTF-8 bytes where Pagefind must read it;
 * its weight and its distinct words, joined by spaces (one string crosses from a worker far
 * cheaper than an array of hundreds).
 */
export interface PageCopy {
  html?: Uint8Array;
  record?: PageRecord;
  weight: number;
  words: string;
}

/** A page's copy, `null` for a page that is no search target, or the language it wrongly has. */
export type MadeCopy = { copy: PageCopy | null } | { wrongLanguage: string };

const encoder = new TextEncoder();

export function makeCopy(html: string): MadeCopy {
  const lang = langOf(html);
  if (!LANGUAGES.includes(lang)) return { wrongLanguage: lang };
  const made = recordOrCopy(html, lang);
  if (!made) return { copy: null };
  return {
    copy: {
      // Bytes of their own (not Node's shared pool), so a worker can hand them over without a copy.
      ...(made.record
        ? { record: { ...made.record, text: encoder.encode(made.record.text), language: lang } }
        : { html: encoder.encode(made.html) }),
      weight: made.weight,
      words: lang === COMPOUNDING ? [...new Set(wordsOf(made.text))].join(' ') : '',
    },
  };
}

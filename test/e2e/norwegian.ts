/**
 * What "no Norwegian interface string shows on an English page" looks for (issue 15): the
 * Norwegian dictionary texts English says differently, and dates written the Norwegian way.
 * The every-page sweep (a11y.test.ts) reads each English page's text in the visit axe uses.
 */
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';

const NORWEGIAN_DATE =
  /\b\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/g;

/**
 * Every Norwegian dictionary text that English says differently, long enough to be a phrase.
 * Names English keeps (Oslomodellen, which English texts explain in brackets; the organisation
 * Etisk Handel Norge, named beside its English name) are not interface strings.
 */
export function norwegianPhrases(): { key: string; text: string }[] {
  const englishTexts = Object.values(en).flatMap((texts) => Object.values(texts) as string[]);
  const names = new Set(['Etisk Handel Norge']);
  return Object.entries(nb).flatMap(([group, texts]) =>
    Object.entries(texts as Record<string, string>)
      .filter(([key, text]) => {
        const english = (en as unknown as Record<string, Record<string, string>>)[group]?.[key];
        return (
          text !== english &&
          text.length >= 12 &&
          !text.includes('{') &&
          !names.has(text) &&
          !englishTexts.some((englishText) => englishText.includes(text))
        );
      })
      .map(([key, text]) => ({ key: `${group}.${key}`, text })),
  );
}

/**
 * What the reader sees on the page as it is now, without what is marked as Norwegian (names of
 * Norwegian-only pages) and the citations of sources, whose titles and publishers are given as
 * published.
 */
export function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const element of body.querySelectorAll(
      '[lang="nb"], .eh-sources__list, script, style, noscript',
    )) {
      element.remove();
    }
    return body.innerText;
  });
}

/** The Norwegian phrases and dates in `text`, one line each: key «phrase», or date «…». */
export function norwegianIn(text: string, phrases = norwegianPhrases()): string[] {
  return [
    ...phrases
      .filter(({ text: phrase }) => text.includes(phrase))
      .map(({ key, text: phrase }) => `${key} «${phrase}»`),
    ...[...text.matchAll(NORWEGIAN_DATE)].map(([date]) => `date «${date}»`),
  ];
}

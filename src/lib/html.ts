import { strings, type Locale } from '../i18n';
import { routesIn } from './routes';

/** «Om innholdet» in a language, where the marks link unless the page gives its own (`href`). */
const aboutIn = (locale: Locale) => routesIn(locale).aboutContent();

/** Text safe inside HTML elements and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * The visible "Fiktivt eksempel" label on invented data (ExampleLabel.astro and the lists that
 * write HTML themselves). It links to "Om innholdet", which explains what is UKE's and what is
 * an illustration, and is kept out of the search index (the result shows its own label).
 */
export function exampleLabelHtml({
  note = false,
  locale = 'nb',
  href = aboutIn(locale),
}: { note?: boolean; locale?: Locale; href?: string } = {}): string {
  const { t } = strings(locale);
  return (
    '<span class="eh-example" data-pagefind-ignore>' +
    `<a class="pkt-tag pkt-tag--yellow pkt-tag--small eh-example__tag" href="${escapeHtml(href)}">${escapeHtml(t('common.example'))}</a>` +
    (note ? ` <span class="eh-example__note">${escapeHtml(t('common.exampleNote'))}</span>` : '') +
    '</span>'
  );
}

/**
 * The small "fiktivt" mark after one fact that is the portal's own on an entry that otherwise
 * has a source (a sourced requirement's version or date). Links to "Om innholdet" too.
 */
export const fictionalMarkHtml = (locale: Locale = 'nb', href = aboutIn(locale)): string =>
  `<a class="pkt-tag pkt-tag--yellow pkt-tag--small eh-fictional" href="${escapeHtml(href)}" data-pagefind-ignore>${escapeHtml(strings(locale).t('provenance.fictional'))}</a>`;

/**
 * The label on a list item for a sourced entry with some invented facts (illustrativeFields):
 * "Med kilde, men noen opplysninger er fiktive", linking to "Om innholdet".
 */
export const partlyFictionalLabelHtml = (locale: Locale = 'nb', href = aboutIn(locale)): string =>
  '<span class="eh-example" data-pagefind-ignore>' +
  `<a class="pkt-tag pkt-tag--yellow pkt-tag--small eh-example__tag" href="${escapeHtml(href)}">${escapeHtml(strings(locale).dict.provenanceStatuses['partly-illustrative'])}</a>` +
  '</span>';

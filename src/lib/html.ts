import { t } from '../i18n/nb';
import { routes } from './routes';

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
export const exampleLabelHtml = ({ note = false }: { note?: boolean } = {}): string =>
  '<span class="eh-example" data-pagefind-ignore>' +
  `<a class="pkt-tag pkt-tag--yellow pkt-tag--small eh-example__tag" href="${routes.aboutContent()}">${escapeHtml(t('common.example'))}</a>` +
  (note ? ` <span class="eh-example__note">${escapeHtml(t('common.exampleNote'))}</span>` : '') +
  '</span>';

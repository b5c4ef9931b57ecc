import { t } from '../i18n/nb';

/** Text safe inside HTML elements and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** The visible "Eksempel" label on invented data, kept out of the search index (ExampleLabel.astro). */
export const exampleLabelHtml = ({ note = false }: { note?: boolean } = {}): string =>
  '<span class="eh-example" data-pagefind-ignore>' +
  `<strong class="pkt-tag pkt-tag--yellow pkt-tag--small eh-example__tag">${escapeHtml(t('common.example'))}</strong>` +
  (note ? ` <span class="eh-example__note">${escapeHtml(t('common.exampleNote'))}</span>` : '') +
  '</span>';

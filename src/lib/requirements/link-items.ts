/**
 * The short requirement list on procurement and meeting pages, as HTML. An item is the same
 * wherever the requirement is listed, so it is written once per build: at 10 000 entries a
 * procurement page lists hundreds of requirements, and rendering each item through components
 * made those pages three times as slow as the others.
 */
import { strings, type Locale } from '../../i18n';
import { escapeHtml, exampleLabelHtml, fictionalMarkHtml, partlyFictionalLabelHtml } from '../html';
import { inventedFacts } from '../provenance';
import { routesIn } from '../routes';
import type { RequirementData } from '../../schemas/requirement';

export interface LinkedRequirement {
  id: string;
  data: Pick<RequirementData, 'code' | 'title' | 'example' | 'kind' | 'level'> &
    Partial<Pick<RequirementData, 'illustrativeFields'>>;
}

const written = {
  nb: new WeakMap<LinkedRequirement, string>(),
  en: new WeakMap<LinkedRequirement, string>(),
};

/**
 * One list item: code tag, linked title, example label (or, for a sourced requirement with
 * invented facts, the "noen opplysninger er fiktive" label), kind and level (marked when invented).
 */
export function requirementLinkItem(
  req: LinkedRequirement,
  locale: Locale = 'nb',
  /** Where the title links: the requirement's page in `locale` (its Norwegian page when untranslated). */
  url: string = routesIn(locale).requirement(req.id),
  /** Where the illustration marks link («Om innholdet» in `locale`). */
  aboutHref: string = routesIn(locale).aboutContent(),
): string {
  let html = written[locale].get(req);
  if (html === undefined) {
    const { format, dict } = strings(locale);
    const { code, title, example, kind, level } = req.data;
    const invented = inventedFacts(req.data);
    html =
      '<li><span class="eh-requirement-links__title">' +
      `<span class="pkt-tag pkt-tag--small pkt-tag--blue-light">${escapeHtml(code)}</span> ` +
      `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` +
      (example ? ` ${exampleLabelHtml({ locale, href: aboutHref })}` : '') +
      (invented.partly ? ` ${partlyFictionalLabelHtml(locale, aboutHref)}` : '') +
      '</span><span class="eh-requirement-links__kind">' +
      escapeHtml(
        format('req.kindAndLevel', {
          kind: dict.requirementKinds[kind],
          level: dict.levelsInText[level],
        }),
      ) +
      (invented.has('level') ? ` ${fictionalMarkHtml(locale, aboutHref)}` : '') +
      '</span></li>';
    written[locale].set(req, html);
  }
  return html;
}

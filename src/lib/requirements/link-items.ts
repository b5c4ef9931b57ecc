/**
 * The short requirement list on procurement and meeting pages, as HTML. An item is the same
 * wherever the requirement is listed, so it is written once per build: at 10 000 entries a
 * procurement page lists hundreds of requirements, and rendering each item through components
 * made those pages three times as slow as the others.
 */
import { nb, tf } from '../../i18n/nb';
import { escapeHtml, exampleLabelHtml, fictionalMarkHtml, partlyFictionalLabelHtml } from '../html';
import { inventedFacts } from '../provenance';
import { routes } from '../routes';
import type { RequirementData } from '../../schemas/requirement';

export interface LinkedRequirement {
  id: string;
  data: Pick<RequirementData, 'code' | 'title' | 'example' | 'kind' | 'level'> &
    Partial<Pick<RequirementData, 'illustrativeFields'>>;
}

const written = new WeakMap<LinkedRequirement, string>();

/**
 * One list item: code tag, linked title, example label (or, for a sourced requirement with
 * invented facts, the "noen opplysninger er fiktive" label), kind and level (marked when invented).
 */
export function requirementLinkItem(req: LinkedRequirement): string {
  let html = written.get(req);
  if (html === undefined) {
    const { code, title, example, kind, level } = req.data;
    const invented = inventedFacts(req.data);
    html =
      '<li><span class="eh-requirement-links__title">' +
      `<span class="pkt-tag pkt-tag--small pkt-tag--blue-light">${escapeHtml(code)}</span> ` +
      `<a href="${escapeHtml(routes.requirement(req.id))}">${escapeHtml(title)}</a>` +
      (example ? ` ${exampleLabelHtml()}` : '') +
      (invented.partly ? ` ${partlyFictionalLabelHtml()}` : '') +
      '</span><span class="eh-requirement-links__kind">' +
      escapeHtml(
        tf('req.kindAndLevel', {
          kind: nb.requirementKinds[kind],
          level: nb.levelsInText[level],
        }),
      ) +
      (invented.has('level') ? ` ${fictionalMarkHtml()}` : '') +
      '</span></li>';
    written.set(req, html);
  }
  return html;
}

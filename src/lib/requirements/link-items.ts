/**
 * The short requirement list on procurement and meeting pages, as HTML. An item is the same
 * wherever the requirement is listed, so it is written once per build: at 10 000 entries a
 * procurement page lists hundreds of requirements, and rendering each item through components
 * made those pages three times as slow as the others.
 */
import { nb } from '../../i18n/nb';
import { escapeHtml, exampleLabelHtml } from '../html';
import { routes } from '../routes';
import type { RequirementData } from '../../schemas/requirement';

export interface LinkedRequirement {
  id: string;
  data: Pick<RequirementData, 'code' | 'title' | 'example' | 'kind' | 'level'>;
}

const written = new WeakMap<LinkedRequirement, string>();

/** One list item: code tag, linked title, example label, kind and level. */
export function requirementLinkItem(req: LinkedRequirement): string {
  let html = written.get(req);
  if (html === undefined) {
    const { code, title, example, kind, level } = req.data;
    html =
      '<li><span class="eh-requirement-links__title">' +
      `<span class="pkt-tag pkt-tag--small pkt-tag--blue-light">${escapeHtml(code)}</span> ` +
      `<a href="${escapeHtml(routes.requirement(req.id))}">${escapeHtml(title)}</a>` +
      (example ? ` ${exampleLabelHtml()}` : '') +
      '</span><span class="eh-requirement-links__kind">' +
      escapeHtml(`${nb.requirementKinds[kind]}, nivå ${nb.levels[level].toLowerCase()}`) +
      '</span></li>';
    written.set(req, html);
  }
  return html;
}

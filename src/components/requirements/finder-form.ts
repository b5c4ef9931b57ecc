/**
 * The finder in the browser (Finder.astro): shows the form, answers as the reader types, and on
 * "Vis krav" moves focus to the answer so it is in view and read out. The address keeps the
 * answers (?kategori=…&verdi=…), so a result can be shared. The rule is src/lib's.
 */
import { documentLocale, formatMessage } from '../../i18n/format';
import {
  findRequirements,
  type FinderData,
  type FinderResult,
} from '../../lib/requirements/finder';
import type { FinderText } from '../../lib/requirements/finder-page';

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

export function startFinder(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-finder]');
  const output = document.querySelector<HTMLElement>('[data-finder-result]');
  const embedded = document.getElementById('finder-data')?.textContent;
  if (!form || !output || !embedded) return;

  const { data, text } = JSON.parse(embedded) as { data: FinderData; text: FinderText };
  const locale = documentLocale();
  // The same words as formatNok on the server, from the page (no dictionary in this bundle).
  const formatNok = (amount: number) =>
    formatMessage(text.nok, { amount: Math.round(amount) }, locale);
  const category = form.elements.namedItem('kategori') as HTMLSelectElement;
  const value = form.elements.namedItem('verdi') as HTMLInputElement;
  const sourced = form.elements.namedItem('egne') as HTMLInputElement | null;
  const exampleLabel = document.querySelector<HTMLTemplateElement>('template[data-finder-example]');
  const stillApplies = document.querySelector('[data-finder-still]');

  const partlyLabel = document.querySelector<HTMLTemplateElement>('template[data-finder-partly]');
  const label = () => exampleLabel?.content.cloneNode(true) ?? '';
  const partly = () => partlyLabel?.content.cloneNode(true) ?? '';

  const render = (result: FinderResult): Node[] => {
    if (result.state === 'incomplete') return [element('p', { textContent: text.incomplete })];
    if (result.state === 'invalid-value') return [element('p', { textContent: text.invalidValue })];
    if (result.state === 'unknown-category') {
      return [element('p', { textContent: text.unknownCategory })];
    }
    const { matches, duties, higher } = result;
    const values = {
      count: matches.length,
      category: result.category.title,
      value: formatNok(result.valueNok),
    };
    const heading = element('h2', {
      tabIndex: -1,
      textContent: formatMessage(matches.length > 0 ? text.some : text.none, values, locale),
    });
    heading.dataset['finderHeading'] = '';
    const nodes: Node[] = [heading];
    if (matches.length > 0) {
      nodes.push(
        element(
          'ul',
          { className: 'eh-finder__matches' },
          ...matches.map((match) =>
            element(
              'li',
              {},
              element('a', { href: match.url, textContent: `${match.code} ${match.title}` }),
              ` (${match.kindLabel})`,
              ...(match.example ? [' ', label()] : []),
              ...(match.partlyFictional ? [' ', partly()] : []),
            ),
          ),
        ),
      );
    }
    for (const [i, { overNok, count }] of higher.entries()) {
      const template = i === 0 && matches.length === 0 ? text.higherFirst : text.higher;
      nodes.push(
        element('p', {
          textContent: formatMessage(template, { threshold: formatNok(overNok), count }, locale),
        }),
      );
    }
    if (duties.length > 0) {
      nodes.push(element('h3', { textContent: text.dutiesTitle }));
      for (const group of duties) {
        nodes.push(
          element('h4', { textContent: group.label }),
          element(
            'ul',
            {},
            ...group.duties.map((duty) =>
              element('li', {}, `${duty.what}: ${duty.when} (${duty.code})`),
            ),
          ),
        );
      }
    }
    if (matches.length === 0 && stillApplies) {
      nodes.push(element('h3', { textContent: text.stillTitle }), stillApplies.cloneNode(true));
    }
    const links = element(
      'ul',
      { className: 'eh-plain-list' },
      element(
        'li',
        {},
        element('a', { href: result.category.url, textContent: text.categoryLink }),
      ),
    );
    if (result.category.checklistUrl) {
      links.append(
        element(
          'li',
          {},
          element('a', { href: result.category.checklistUrl, textContent: text.checklistLink }),
        ),
      );
    }
    nodes.push(links);
    return nodes;
  };

  const show = () => {
    const result = findRequirements(data, category.value, value.value, {
      onlySourced: sourced?.checked ?? false,
    });
    output.replaceChildren(...render(result));
  };

  // A shared link arrives with the answers in the address.
  const params = new URLSearchParams(location.search);
  category.value = params.get('kategori') ?? category.value;
  value.value = params.get('verdi') ?? value.value;
  if (sourced) sourced.checked = params.get('egne') === 'ja' || sourced.checked;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ kategori: category.value, verdi: value.value });
    if (sourced?.checked) query.set('egne', 'ja');
    history.replaceState(null, '', `?${query}`);
    show();
    // The answer may be below the fold on a phone: bring it into view and read it out.
    const target = output.querySelector<HTMLElement>('[data-finder-heading]') ?? output;
    if (target === output) output.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });
  category.addEventListener('change', show);
  value.addEventListener('input', show);
  sourced?.addEventListener('change', show);
  show();
}

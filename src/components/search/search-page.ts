/**
 * The search page in the browser: reads the form (and `?q=` on arrival), asks Pagefind, shows
 * the results and announces their number, and keeps the address in step so a search can be
 * linked. Pagefind's engine loads when the page is idle (or the field gets focus), the index's
 * chunks on the first query; the logic lives in src/lib/search/.
 */
import { byDate } from '../../lib/search/date-order';
import { dateOrder, pagefind, type PagefindHit } from '../../lib/search/engine';
import {
  PARAMS,
  hasFilters,
  isEmpty,
  pagefindOptions,
  pagefindTerm,
  readState,
  searchWhileTyping,
  worthPreloading,
  writeState,
  type SearchState,
} from '../../lib/search/query';
import { formatMessage } from '../../i18n/format';
import { statusText, toHit, type Hit, type SearchMessages } from '../../lib/search/results';
import { norwegianSpelling } from '../../lib/search/spelling';

/** Results shown at first and added by "Vis flere treff": each costs a small download. */
const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching (see searchWhileTyping). */
const TYPING_PAUSE_MS = 120;
/** Load the engine by this time after the page's scripts run, if the page is never idle before. */
const IDLE_WAIT_MS = 2000;
/** Show "Søker …" when results take longer than this. */
const LOADING_AFTER_MS = 400;
/** Filters open beside the results on wide screens, folded above them on narrow ones. */
const WIDE = '(min-width: 48rem)';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Search page: missing ${selector}`);
  return element;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;

  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as SearchMessages;
  const input = required<HTMLInputElement>(form, 'input[type="search"]');
  const sort = required<HTMLSelectElement>(form, 'select');
  const filters = required<HTMLDetailsElement>(form, '[data-search-filters]');
  const status = required<HTMLElement>(form, '[data-search-status]');
  const list = required<HTMLOListElement>(form, '[data-search-list]');
  const empty = required<HTMLElement>(form, '[data-search-empty]');
  const failure = required<HTMLElement>(form, '[data-search-error]');
  const shown = required<HTMLElement>(form, '[data-search-shown]');
  const more = required<HTMLButtonElement>(form, '[data-search-more]');
  const clear = required<HTMLButtonElement>(form, '[data-search-clear]');

  const wide = window.matchMedia(WIDE);
  const foldFilters = () => (filters.open = wide.matches || filters.open);
  foldFilters();
  wide.addEventListener('change', foldFilters);

  /** The form as a state (FormData keeps every checked box of a group). */
  const formState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') params.append(name, value);
    return readState(params);
  };

  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const showState = (state: SearchState) => {
    input.value = state.q;
    sort.value = state.sort;
    const checked: Record<string, string[]> = {
      [PARAMS.types]: state.types,
      [PARAMS.categories]: state.categories,
      [PARAMS.audiences]: state.audiences,
    };
    for (const box of checkboxes) box.checked = checked[box.name]?.includes(box.value) ?? false;
    if (hasFilters(state)) filters.open = true;
  };

  let hits: PagefindHit[] = [];
  let rendered = 0;
  let run = 0;

  /** Shows results from `from` on; `focus` moves focus to the first of them when it shows. */
  const render = async (from: number, runId: number, focus = false) => {
    // Each result's data is a small download of its own: fetch them together, show each in
    // order as soon as it and those above it have arrived.
    const loading = hits.slice(from, from + PAGE_SIZE).map((hit) => hit.data());
    // A failure surfaces where it is awaited; the ones after it must not go unhandled.
    for (const data of loading) data.catch(() => {});
    // A new search replaces the list only when its first result is ready: no empty flash.
    if (from === 0 && loading.length === 0) list.replaceChildren();
    const items: HTMLLIElement[] = [];
    for (const data of loading) {
      const item = hitItem(toHit(await data, messages), messages);
      if (runId !== run) return;
      if (from === 0 && items.length === 0) list.replaceChildren(item);
      else list.append(item);
      if (focus && items.length === 0) item.querySelector('a')?.focus();
      items.push(item);
    }
    rendered = from + items.length;
    more.hidden = rendered >= hits.length;
    shown.hidden = hits.length <= PAGE_SIZE;
    shown.textContent = formatMessage(
      messages.shown,
      { shown: rendered, count: hits.length },
      messages.locale,
    );
  };

  const search = async (state: SearchState) => {
    const runId = ++run;
    history.replaceState(history.state, '', `${location.pathname}${writeState(state)}`);
    failure.hidden = true;
    if (isEmpty(state)) {
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = more.hidden = shown.hidden = true;
      return;
    }
    // Say "Søker …" only when a search is slow (the first one loads the index), not on every keystroke.
    const slow = window.setTimeout(() => {
      if (runId === run) status.textContent = messages.loading;
    }, LOADING_AFTER_MS);
    try {
      const order = state.sort === 'dato' ? dateOrder() : undefined;
      const engine = await pagefind();
      const options = pagefindOptions(state);
      // "klaer" is tried as "klær" first: Pagefind would otherwise answer with whatever
      // shorter word it can match ("kl."), so the original rarely finds nothing.
      let respelled = norwegianSpelling(state.q);
      let response = respelled ? await engine.search(respelled, options) : null;
      if (!response || response.results.length === 0) {
        respelled = undefined;
        response = await engine.search(pagefindTerm(state), options);
      }
      if (runId !== run || !response) return;
      hits = order ? byDate(response.results, await order) : response.results;
      if (runId !== run) return;
      await render(0, runId);
      if (runId !== run) return;
      empty.hidden = hits.length > 0;
      status.textContent = statusText(hits.length, state.q, messages, respelled);
    } catch (error) {
      if (runId !== run) return;
      console.error('Search failed', error);
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = more.hidden = shown.hidden = true;
      failure.hidden = false;
    } finally {
      window.clearTimeout(slow);
    }
  };

  let timer: number | undefined;
  const searchSoon = () => {
    window.clearTimeout(timer);
    const state = formState();
    // Start fetching Pagefind and the words' index chunks while the reader is still typing.
    if (worthPreloading(state.q))
      void pagefind().then(
        (engine) => engine.preload(state.q, pagefindOptions(state)),
        () => {},
      );
    // A last word of one or two letters waits for Enter or the button (searchWhileTyping): the
    // earlier results, their status line and the address stay as they were, so nothing is
    // announced or shown for a query that was not searched.
    if (searchWhileTyping(state.q))
      timer = window.setTimeout(() => void search(state), TYPING_PAUSE_MS);
  };
  const searchNow = () => {
    window.clearTimeout(timer);
    void search(formState());
  };

  // Pagefind's engine (script, wasm and the index's metadata, about 146 kB at 10 000 pages)
  // loads ahead of the first query: when the page is idle or the field gets focus, whichever
  // comes first. The first query then fetches only its words' index chunk and the results'
  // data. Measured with `npm run bench` (README, «Ytelse»).
  const warm = () => void pagefind().catch(() => {});
  input.addEventListener('focus', warm, { once: true });
  // Where the browser has no requestIdleCallback (older Safari), after a fixed wait.
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(warm, { timeout: IDLE_WAIT_MS });
  else setTimeout(warm, IDLE_WAIT_MS);

  input.addEventListener('input', searchSoon);
  form.addEventListener('change', (event) => {
    if (event.target !== input) searchNow();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  clear.addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    searchNow();
  });
  // Keyboard and screen-reader users continue at the first new result.
  more.addEventListener('click', () => {
    render(rendered, run, true).catch((error: unknown) => console.error('Search failed', error));
  });

  const arrival = readState(location.search);
  if (!isEmpty(arrival)) {
    showState(arrival);
    void search(arrival);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One result: title link, type and date (and the "Fiktivt eksempel" label for invented data,
 * "Erstattet av …" for a superseded version), summary.
 */
function hitItem(hit: Hit, messages: SearchMessages): HTMLLIElement {
  const item = element('li', 'eh-search__hit');
  const title = element('h3', 'eh-search__hit-title');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  title.append(link);
  const meta = element('p', 'eh-search__hit-meta');
  if (hit.type)
    meta.append(element('span', 'pkt-tag pkt-tag--small pkt-tag--blue-light', hit.type));
  const provenance = hit.example
    ? messages.example
    : hit.partlyFictional
      ? messages.partlyFictional
      : undefined;
  if (provenance) {
    const label = element(
      'a',
      'pkt-tag pkt-tag--small pkt-tag--yellow eh-example__tag',
      provenance,
    );
    label.href = messages.exampleHref;
    meta.append(label);
  }
  if (hit.superseded)
    meta.append(element('span', 'pkt-tag pkt-tag--small pkt-tag--grey', hit.superseded));
  if (hit.date) meta.append(element('span', 'eh-search__hit-date', hit.date));
  item.append(title, meta);
  if (hit.summary) item.append(element('p', 'eh-search__hit-summary', hit.summary));
  return item;
}

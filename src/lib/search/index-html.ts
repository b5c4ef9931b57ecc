/**
 * The indexing script's view of a built page: whether it is a search target, and the copy of
 * it that Pagefind indexes: only the searchable part (`data-pagefind-body`), without the parts
 * marked `data-pagefind-ignore` (unless they carry Pagefind's metadata or filters), scripts and
 * element ids, plus compound hints. Pagefind would leave the same parts out of the index itself,
 * but handing it the small copy spares it parsing the whole page, and the words the hints are
 * made from are then the words Pagefind indexes. The served page is never changed.
 * Plain TypeScript without imports, so the indexing script can load it directly; regular
 * expressions suffice because Astro writes the markup.
 */

/** The opening tag of the element Base.astro marks with `data-pagefind-body`. */
const BODY_OPEN = /<main\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/;
const BODY_CLOSE = '</main>';

/** A page is a search target when its layout marked its main content with `data-pagefind-body`. */
export const isSearchable = (html: string): boolean => BODY_OPEN.test(html);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The markup inside the searchable element, or undefined when the page has none. */
function bodyMarkup(html: string): string | undefined {
  const open = BODY_OPEN.exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const end = html.lastIndexOf(BODY_CLOSE);
  return html.slice(start, end > start ? end : undefined);
}

/** Elements without an end tag: an ignored one ends with its start tag. */
const VOID = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);
/** A start tag marked `data-pagefind-ignore` (with or without a value). */
const IGNORED_OPEN = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore(?=[\s=>/])[^>]*>/gi;
/** Pagefind reads these even inside ignored elements. */
const PAGEFIND_DATA = /\sdata-pagefind-(?:meta|filter|sort)\b/;

/** Where the element whose start tag ends at `from` ends (after its end tag). */
function elementEnd(markup: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(markup); match; match = tags.exec(markup)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return markup.length;
}

/**
 * The markup without the elements marked `data-pagefind-ignore`; those that carry Pagefind's
 * metadata, filters or sort keys are kept when `keepData` is set (Pagefind still reads them).
 */
function withoutIgnored(markup: string, keepData: boolean): string {
  let out = '';
  let last = 0;
  IGNORED_OPEN.lastIndex = 0;
  for (let match = IGNORED_OPEN.exec(markup); match; match = IGNORED_OPEN.exec(markup)) {
    const tag = (match[1] ?? '').toLowerCase();
    const afterOpen = match.index + match[0].length;
    const end =
      VOID.has(tag) || match[0].endsWith('/>') ? afterOpen : elementEnd(markup, tag, afterOpen);
    const element = markup.slice(match.index, end);
    out += markup.slice(last, match.index);
    if (keepData && PAGEFIND_DATA.test(element)) out += element;
    last = end;
    IGNORED_OPEN.lastIndex = end;
  }
  return out + markup.slice(last);
}

const SCRIPTS = /<(script|style|template)\b[\s\S]*?<\/\1>/gi;

/** Visible text of some markup: tags dropped (as word breaks), entities decoded. */
const textOf = (markup: string) => decodeEntities(markup.replace(/<[^>]+>/g, ' '));

/**
 * The text of the searchable part, as Pagefind indexes it: without ignored parts, scripts and
 * tags, entities decoded; "" if the page has no searchable part.
 */
export function bodyText(html: string): string {
  const markup = bodyMarkup(html);
  return markup === undefined ? '' : textOf(withoutIgnored(markup.replace(SCRIPTS, ' '), false));
}

/** What the indexing script hands Pagefind for a page, and the text its hints come from. */
export interface IndexCopy {
  /** The searchable part alone, as a small document Pagefind indexes like the page. */
  html: string;
  /** Its indexed text (as `bodyText`). */
  text: string;
}

/** Element ids only give Pagefind anchors for sub-results, which the search page does not show. */
const IDS = /(<[a-z][a-z0-9-]*\b[^>]*?)\sid="[^"]*"/gi;
/**
 * Ends of elements that end a word. Pagefind joins the text of adjacent elements it does not
 * know as blocks: `<dt>Type</dt><dd>Krav</dd>` would be indexed as one word, "typekrav".
 */
const BLOCK_ENDS = /<\/(?:dt|dd|li|td|th|tr|p|h[1-6]|div|section|figcaption|caption|summary)>/gi;

/** The weight the page gives its searchable part (`data-pagefind-weight` on it), kept in the copy. */
const BODY_WEIGHT = /\sdata-pagefind-weight="([0-9.]+)"/;

/** The copy of a searchable page that Pagefind indexes (without hints); undefined for other pages. */
export function indexCopy(html: string, lang = 'nb'): IndexCopy | undefined {
  const markup = bodyMarkup(html);
  if (markup === undefined) return undefined;
  const weight = BODY_WEIGHT.exec(BODY_OPEN.exec(html)?.[0] ?? '')?.[1];
  const weightAttribute = weight ? ` data-pagefind-weight="${weight}"` : '';
  const kept = withoutIgnored(markup.replace(SCRIPTS, ' '), true)
    .replace(IDS, '$1')
    .replace(BLOCK_ENDS, '$& ');
  return {
    html: `<!doctype html><html lang="${lang}"><body><main data-pagefind-body${weightAttribute}>${kept}</main></body></html>`,
    text: textOf(withoutIgnored(kept, false)),
  };
}

/** Hints weigh less than the page's own words: the page that says "klær" ranks first. */
export const HINT_WEIGHT = 0.5;

/** The page with hint words added at the end of its searchable part, weighed relative to it. */
export function withHints(html: string, hints: readonly string[]): string {
  if (hints.length === 0) return html;
  const end = html.lastIndexOf(BODY_CLOSE);
  if (end < 0) return html;
  const bodyWeight = Number(BODY_WEIGHT.exec(BODY_OPEN.exec(html)?.[0] ?? '')?.[1] ?? 1);
  const block = `<div data-pagefind-weight="${HINT_WEIGHT * bodyWeight}">${hints.join(' ')}</div>`;
  return html.slice(0, end) + block + html.slice(end);
}

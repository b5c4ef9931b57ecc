/**
 * The indexing script's view of a built page: whether it is a search target, the text of its
 * searchable part, and the copy of the page Pagefind indexes, with compound hints added.
 * The served page is never changed. Plain TypeScript without imports, so the indexing
 * script can load it directly; regular expressions suffice because Astro writes the markup.
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

/** The text of the searchable part (roughly: tags dropped, entities decoded); "" if there is none. */
export function bodyText(html: string): string {
  const open = BODY_OPEN.exec(html);
  if (!open) return '';
  const start = open.index + open[0].length;
  const end = html.lastIndexOf(BODY_CLOSE);
  const inner = html.slice(start, end > start ? end : undefined);
  return decodeEntities(
    inner.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '),
  );
}

/** Hints weigh less than the page's own words: the page that says "klær" ranks first. */
export const HINT_WEIGHT = 0.5;

/** The page with hint words added at the end of its searchable part. */
export function withHints(html: string, hints: readonly string[]): string {
  if (hints.length === 0) return html;
  const end = html.lastIndexOf(BODY_CLOSE);
  if (end < 0) return html;
  const block = `<div data-pagefind-weight="${HINT_WEIGHT}">${hints.join(' ')}</div>`;
  return html.slice(0, end) + block + html.slice(end);
}

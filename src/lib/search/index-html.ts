/**
 * The indexing script's view of a built page: whether it is a search target, and the copy of
 * it that Pagefind indexes: only the searchable part (`data-pagefind-body`), without the parts
 * marked `data-pagefind-ignore` (unless they carry Pagefind's metadata or filters), scripts and
 * element ids, plus compound hints. Pagefind would leave the same parts out of the index itself,
 * but handing it the small copy spares it parsing the whole page, and the words the hints are
 * made from are then the words Pagefind indexes. The served page is never changed.
 * Pages are read with htmlparser2 (no imports from the project, so the indexing script can load
 * this file directly).
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import {
  indexRecord,
  isElement,
  recordText,
  SPACED_AFTER,
  type Element,
  type IndexRecord,
  type Node,
} from './index-record.ts';

/** Pagefind reads these even inside ignored elements. */
const PAGEFIND_DATA = /^data-pagefind-(?:meta|filter|sort)$/;
const hasPagefindData = (element: Element): boolean =>
  Object.keys(element.attribs).some((name) => PAGEFIND_DATA.test(name)) ||
  DomUtils.findOne(
    (inner) => Object.keys(inner.attribs).some((name) => PAGEFIND_DATA.test(name)),
    element.children,
  ) !== null;
const NOT_TEXT = new Set(['script', 'style', 'template']);

/** The start tag of the element Base.astro marks with `data-pagefind-body`. */
const SEARCHABLE_START = /<main\b[^>]*\sdata-pagefind-body\b/g;

/**
 * The element Base.astro marks with `data-pagefind-body`, or undefined. Where the page has one
 * such start tag, only the text from it to the last `</main>` is parsed: a third of a page is
 * header, navigation and footer, and parsing was most of the indexing script's own time.
 */
function searchableElement(html: string): Element | undefined {
  const starts = [...html.matchAll(SEARCHABLE_START)];
  const end = html.lastIndexOf('</main>');
  const part =
    starts.length === 1 && end > starts[0]!.index
      ? html.slice(starts[0]!.index, end + '</main>'.length)
      : html;
  return mainOf(parseDocument(part).children);
}
const mainOf = (nodes: Node[]): Element | undefined =>
  DomUtils.findOne(
    (element) => element.name === 'main' && 'data-pagefind-body' in element.attribs,
    nodes,
  ) ?? undefined;

/** A page is a search target when its layout marked its main content with `data-pagefind-body`. */
export const isSearchable = (html: string): boolean => searchableElement(html) !== undefined;

/**
 * Removes scripts and the elements marked `data-pagefind-ignore`; those that carry Pagefind's
 * metadata, filters or sort keys stay when `keepData` is set (Pagefind still reads them).
 */
function dropIgnored(parent: Element, keepData: boolean): void {
  for (const node of [...parent.children]) {
    if (!isElement(node)) continue;
    if (NOT_TEXT.has(node.name)) DomUtils.removeElement(node);
    else if (!('data-pagefind-ignore' in node.attribs)) dropIgnored(node, keepData);
    else if (!(keepData && hasPagefindData(node))) DomUtils.removeElement(node);
  }
}

/** The text of some nodes, each element a word break (as Pagefind sees blocks apart). */
const textOf = (nodes: readonly Node[]): string =>
  nodes
    .map((node) =>
      node.type === ElementType.Text && 'data' in node
        ? node.data
        : isElement(node)
          ? ` ${textOf(node.children)} `
          : '',
    )
    .join('');

/**
 * The text of the searchable part, as Pagefind indexes it: without ignored parts, scripts and
 * tags, entities decoded; "" if the page has no searchable part.
 */
export function bodyText(html: string): string {
  const body = searchableElement(html);
  if (!body) return '';
  dropIgnored(body, false);
  return textOf(body.children);
}

/** What the indexing script hands Pagefind for a page, and the text its hints come from. */
export interface IndexCopy {
  /** The searchable part alone, as a small document Pagefind indexes like the page. */
  html: string;
  /** Its indexed text (as `bodyText`). */
  text: string;
  /** The page's own `data-pagefind-weight` (1 when it has none). */
  weight: number;
  /** The copy as Pagefind reads it (index-record.ts), if it can be made here. */
  record?: IndexRecord;
}

/** How every index copy ends; hints go just before it. */
const COPY_END = '</main></body></html>';

/** End tags the copy follows with a space, so that they end a word (index-record.ts). */
const BLOCK_ENDS = new RegExp(`</(?:${[...SPACED_AFTER].join('|')})>`, 'gi');

/** The copy of a searchable page that Pagefind indexes (without hints); undefined for other pages. */
export const indexCopy = (html: string, lang = 'nb'): IndexCopy | undefined =>
  copyOf(html, lang, true) as IndexCopy | undefined;

/**
 * As `indexCopy`, but with the HTML only where there is no record (Pagefind then reads the HTML
 * and nothing else): writing the copy out as HTML was a sixth of the time to make it.
 */
export const recordOrCopy = (html: string, lang = 'nb'): RecordOrCopy | undefined =>
  copyOf(html, lang, false);

/** An index copy with its record, or with its HTML where it has none. */
export type RecordOrCopy = Omit<IndexCopy, 'html' | 'record'> &
  ({ record: IndexRecord; html?: string } | { record?: undefined; html: string });

function copyOf(html: string, lang: string, alwaysHtml: boolean): RecordOrCopy | undefined {
  const body = searchableElement(html);
  if (!body) return undefined;
  dropIgnored(body, true);
  // Element ids only give Pagefind anchors for sub-results, which the search page does not show.
  for (const element of DomUtils.findAll(() => true, body.children)) delete element.attribs['id'];
  const weight = body.attribs['data-pagefind-weight'];
  const weightAttribute = weight ? ` data-pagefind-weight="${weight}"` : '';
  const record = indexRecord(body, weight || undefined);
  const kept =
    alwaysHtml || !record
      ? DomUtils.getInnerHTML(body, { encodeEntities: 'utf8' }).replace(BLOCK_ENDS, '$& ')
      : undefined;
  dropIgnored(body, false);
  return {
    ...(kept === undefined
      ? {}
      : {
          html: `<!doctype html><html lang="${lang}"><body><main data-pagefind-body${weightAttribute}>${kept}${COPY_END}`,
        }),
    text: textOf(body.children),
    weight: Number(weight ?? 1),
    ...(record ? { record } : {}),
  };
}

/** Hints weigh less than the page's own words: the page that says "klær" ranks first. */
export const HINT_WEIGHT = 0.5;

/**
 * The index copy with hint words added at the end of its searchable part, weighed relative to
 * it. Hints are words (letters only), so they need no escaping.
 */
export function copyWithHints(
  copy: Pick<IndexCopy, 'html' | 'weight'>,
  hints: readonly string[],
): string {
  if (hints.length === 0) return copy.html;
  const block = `<div data-pagefind-weight="${HINT_WEIGHT * copy.weight}">${hints.join(' ')}</div>`;
  return copy.html.slice(0, -COPY_END.length) + block + COPY_END;
}

/** The record's text with hint words, weighed as `copyWithHints` weighs them. */
export const recordWithHints = (
  record: Pick<IndexRecord, 'text' | 'bodyWeight'>,
  weight: number,
  hints: readonly string[],
): string => recordText(record, hints, HINT_WEIGHT * weight);

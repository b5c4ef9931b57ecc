/**
 * A page's index copy as Pagefind's own HTML reader would see it, made here so Pagefind gets a
 * ready record (`addCustomRecord`: the text with its weight marks, metadata, filters, sort keys)
 * instead of HTML to parse. Parsing was a third of Pagefind's time per page (10 000 entries:
 * 9.9 → 6.4 s CPU for the pages, one thread), and the copies are parsed here anyway.
 *
 * This follows Pagefind 1.6's reader (pagefind/src/fossick/parser.rs) for what the copies hold:
 * every element's text joined into its parent's, blocks set apart with a space and closed with a
 * full stop, headings and `data-pagefind-weight` as weight marks, metadata and filters from
 * their elements' text, the text of ignored elements left out. The index is the same byte for
 * byte as when Pagefind reads the copy (test/unit/search-record.test.ts indexes pages both
 * ways). A copy with anything else Pagefind reads (images, anchors, other `data-pagefind-`
 * attributes, elements whose text it reads raw) gets no record, and Pagefind reads its HTML.
 *
 * Plain TypeScript without project imports, so the indexing script can load it directly.
 */
import { ElementType, type parseDocument } from 'htmlparser2';

/** A node and an element of htmlparser2's document (index-html.ts reads pages with it too). */
export type Node = ReturnType<typeof parseDocument>['children'][number];
export type Element = Extract<Node, { attribs: Record<string, string> }>;

/** What `addCustomRecord` takes for a page, but the text still without hints (`recordText`). */
export interface IndexRecord {
  /** The text of the searchable part with Pagefind's weight marks. */
  text: string;
  /** The searchable part's own `data-pagefind-weight`, if any. */
  bodyWeight?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Elements Pagefind ends with a space and a full stop (its SENTENCE_SELECTORS). */
const SENTENCE = new Set(
  ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].concat(['p', 'td', 'div', 'ul', 'li', 'article', 'section']),
);
/** Elements whose text Pagefind leaves out of the index (its REMOVE_SELECTORS that copies may hold). */
const LEFT_OUT = new Set(['label', 'form', 'footer', 'nav']);
/**
 * Elements Pagefind reads in ways not followed here: an image's address as metadata, text it
 * reads raw (script, style, …), a document inside the document.
 */
const NOT_FOLLOWED = new Set([
  'img',
  'head',
  'title',
  'style',
  'script',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'textarea',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'object',
  'html',
  'body',
]);
/** Elements without an end tag: Pagefind takes neither text nor weight from them. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Attributes Pagefind reads that this follows; any other `data-pagefind-` means no record. */
const FOLLOWED_DATA = new Set([
  'data-pagefind-ignore',
  'data-pagefind-weight',
  'data-pagefind-meta',
  'data-pagefind-filter',
  'data-pagefind-sort',
]);
const HEADING_WEIGHT: Record<string, string> = {
  h1: '7',
  h2: '6',
  h3: '5',
  h4: '4',
  h5: '3',
  h6: '2',
};

/** Unicode White_Space, which Pagefind's `\s` and `split_whitespace` mean (JS `\s` differs). */
const WS =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp(`^[${WS}]+|[${WS}]+$`, 'gu');
const NEWLINES = /(?:\n|\r\n)+/g;
const EXTRA_SPACES = new RegExp(`[${WS}]{2,}`, 'gu');
/** Pagefind's `normalize_content` for text already decoded. */
const normalize = (text: string) =>
  text.replace(TRIM, '').replace(NEWLINES, ' ').replace(EXTRA_SPACES, ' ');
/** Characters after which Pagefind ends a block with a full stop (Rust's Unicode `\w` and ' " ) $ *). */
const SENTENCE_CHAR = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]/u;
/**
 * Pagefind reads the copy's text as written, "&amp;" for "&": the characters the copy escapes
 * (& < > and the no-break space) end no sentence either way, as ";" does not.
 */
const endsSentence = (value: string): boolean => {
  const last = [...value.slice(-2)].at(-1);
  return last !== undefined && SENTENCE_CHAR.test(last);
};
/** Names this follows: one key, no literal value or attribute reference. */
const PLAIN_KEY = /^[^:,[\]&<]+$/;

/**
 * Elements whose end tag the index copy follows with a space (index-html.ts), so that it ends a
 * word: Pagefind joins the text of adjacent elements it does not know as blocks, and
 * `<dt>Type</dt><dd>Krav</dd>` would be indexed as one word, "typekrav". A record's text gets
 * the same spaces.
 */
export const SPACED_AFTER: ReadonlySet<string> = new Set([
  'dt',
  'dd',
  'li',
  'td',
  'th',
  'tr',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'figcaption',
  'caption',
  'summary',
]);

class NotFollowed extends Error {}

export const isElement = (node: Node): node is Element => 'attribs' in node;

/**
 * The record of the searchable element of an index copy, as index-html.ts writes it (ignored
 * parts without data already dropped, element ids removed), with the weight the copy gives it;
 * undefined when Pagefind must read the copy itself.
 */
export function indexRecord(body: Element, bodyWeight?: string): IndexRecord | undefined {
  const meta = new Map<string, string>();
  const filters = new Map<string, string[]>();
  const sort = new Map<string, string>();
  let autoTitle: string | undefined;

  /** The text an element adds to its parent (undefined: nothing), as Pagefind's end tag handler. */
  function elementValue(element: Element): string | undefined {
    const tag = element.name;
    if (NOT_FOLLOWED.has(tag)) throw new NotFollowed(tag);
    let ignored = false;
    let weight: string | undefined;
    const keys: { kind: 'meta' | 'filter' | 'sort'; key: string }[] = [];
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name === 'id' || (name.startsWith('data-pagefind-') && !FOLLOWED_DATA.has(name)))
        throw new NotFollowed(name);
      if (name === 'data-pagefind-ignore') {
        if (!['', 'index', 'true'].includes(value.toLowerCase())) throw new NotFollowed(name);
        ignored = true;
      } else if (name === 'data-pagefind-weight') {
        if (value.includes('&')) throw new NotFollowed(name);
        weight = value;
      } else if (name.startsWith('data-pagefind-')) {
        if (!PLAIN_KEY.test(value)) throw new NotFollowed(name);
        keys.push({ kind: name.slice('data-pagefind-'.length) as 'meta', key: value.trim() });
      }
    }
    if (LEFT_OUT.has(tag)) ignored = true;
    if (VOID.has(tag)) {
      if (keys.length > 0) throw new NotFollowed(tag);
      return undefined;
    }
    let value = childrenValue(element);
    for (const { kind, key } of keys) {
      if (value === '') continue;
      if (value.includes('&') || value.includes('___')) throw new NotFollowed(key);
      const normalized = normalize(value);
      if (kind === 'meta') meta.set(key, normalized);
      else if (kind === 'sort') sort.set(key, normalized);
      else filters.set(key, [...(filters.get(key) ?? []), normalized]);
    }
    if (tag === 'h1' && autoTitle === undefined && normalize(value) !== '') {
      if (value.includes('&') || value.includes('___')) throw new NotFollowed(tag);
      autoTitle = normalize(value);
    }
    if (ignored) return undefined;
    if (SENTENCE.has(tag)) value = ` ${value}${endsSentence(value) ? '.' : ''} `;
    const marked = weight ?? HEADING_WEIGHT[tag];
    if (weight !== undefined)
      value = ` ___PAGEFIND_WEIGHT___${weight} ${value} ___END_PAGEFIND_WEIGHT___ `;
    else if (marked !== undefined)
      value = ` ___PAGEFIND_AUTO_WEIGHT___${marked} ${value} ___END_PAGEFIND_WEIGHT___ `;
    return value;
  }

  /** An element's own text: its text and its children's, each block followed by a space. */
  function childrenValue(element: Element): string {
    let value = '';
    for (const child of element.children) {
      if (isElement(child)) {
        if (child.name === 'br') value += ' ';
        value += elementValue(child) ?? '';
        if (SPACED_AFTER.has(child.name)) value += ' ';
      } else if (child.type === ElementType.Text && 'data' in child) {
        value += child.data;
      }
    }
    return value;
  }

  if (bodyWeight?.includes('&')) return undefined;
  try {
    const text = childrenValue(body);
    if (autoTitle !== undefined && !meta.has('title')) meta.set('title', autoTitle);
    return {
      text,
      ...(bodyWeight === undefined ? {} : { bodyWeight }),
      meta: Object.fromEntries(meta),
      filters: Object.fromEntries(filters),
      sort: Object.fromEntries(sort),
    };
  } catch (error) {
    if (error instanceof NotFollowed) return undefined;
    throw error;
  }
}

/**
 * The record's text with hint words at the end of the searchable part, as index-html.ts's
 * `copyWithHints` adds them (a block of their own, weighed `hintWeight`), and the part's own
 * weight around it all.
 */
export function recordText(
  record: Pick<IndexRecord, 'text' | 'bodyWeight'>,
  hints: readonly string[],
  hintWeight: number,
): string {
  let text = record.text;
  if (hints.length > 0) {
    const block = hints.join(' ');
    text += ` ___PAGEFIND_WEIGHT___${hintWeight}  ${block}${endsSentence(block) ? '.' : ''}  ___END_PAGEFIND_WEIGHT___ `;
  }
  if (record.bodyWeight !== undefined)
    text = ` ___PAGEFIND_WEIGHT___${record.bodyWeight} ${text} ___END_PAGEFIND_WEIGHT___ `;
  return text;
}

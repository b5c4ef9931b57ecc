/**
 * A template's text as the blocks a Word document holds, read by mdast (mdast-util-from-markdown
 * with GFM tables, and MDX for .mdx templates): headings, paragraphs, lists, tables, quotes and
 * emphasis. What a document cannot hold is dropped (imports, expressions, comments, tags), but
 * the words inside components and HTML are kept, so no text is lost.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxjs } from 'micromark-extension-mdxjs';

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}

export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | {
      kind: 'list';
      ordered: boolean;
      /** The first item's number in an ordered list. */ start: number;
      items: { level: number; content: Inline[] }[];
    }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'quote'; content: Inline[] };

type Style = Omit<Inline, 'text'>;

/** The words of raw HTML: tags and comments dropped. */
const htmlText = (html: string) =>
  html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[A-Za-z][^<>]*>/g, '');

/** Runs of text with their styles; a soft line break is a space, as in the rendered text. */
function inlines(nodes: readonly (PhrasingContent | Nodes)[], style: Style = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return [{ ...style, text: node.value.replace(/[ \t]*\n[ \t]*/g, ' ') }];
      case 'inlineCode':
        return [{ text: node.value, code: true }];
      case 'emphasis':
        return inlines(node.children, { ...style, italic: true });
      case 'strong':
        return inlines(node.children, { ...style, bold: true });
      case 'break':
        return [{ ...style, text: ' ' }];
      case 'html':
        return [{ ...style, text: htmlText(node.value) }];
      case 'image':
        return linkText([{ text: node.alt ?? '' }], node.url, style);
      case 'link':
        return linkText(inlines(node.children, style), node.url, style);
      case 'mdxTextExpression':
      case 'footnoteReference':
        return [];
      default:
        return 'children' in node ? inlines(node.children as PhrasingContent[], style) : [];
    }
  });
}

/** A link is its text; an outside address is kept in brackets, so a printout still has it. */
function linkText(label: Inline[], url: string, style: Style): Inline[] {
  const text = plainText(label);
  return /^https?:\/\//.test(url) && text !== url
    ? [...label, { ...style, text: ` (${url})` }]
    : label;
}

/** Adjacent runs with the same styles joined, empty runs dropped. */
function merged(runs: readonly Inline[]): Inline[] {
  const result: Inline[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const previous = result.at(-1);
    if (
      previous &&
      !!previous.bold === !!run.bold &&
      !!previous.italic === !!run.italic &&
      !!previous.code === !!run.code
    ) {
      previous.text += run.text;
    } else result.push({ ...run });
  }
  return result;
}

const content = (nodes: readonly (PhrasingContent | Nodes)[]) => merged(inlines(nodes));
const hasWords = (runs: readonly Inline[]) => runs.some((run) => run.text.trim() !== '');

/** The text of blocks inside a list item or quote, as one line of runs. */
function flowText(nodes: readonly RootContent[]): Inline[] {
  const parts = nodes.filter((node) => node.type !== 'list').map((node) => content([node]));
  return merged(parts.flatMap((runs, i) => (i > 0 ? [{ text: ' ' }, ...runs] : runs)));
}

function listItems(
  list: Extract<RootContent, { type: 'list' }>,
  level: number,
): { level: number; content: Inline[] }[] {
  return list.children.flatMap((item) => [
    { level: Math.min(8, level), content: flowText(item.children) },
    ...item.children.flatMap((child) => (child.type === 'list' ? listItems(child, level + 1) : [])),
  ]);
}

function blocksOf(nodes: readonly RootContent[]): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'heading':
        return [{ kind: 'heading', level: node.depth, content: content(node.children) }];
      case 'paragraph':
      case 'html': {
        const runs = content(node.type === 'html' ? [node] : node.children);
        return hasWords(runs) ? [{ kind: 'paragraph', content: runs }] : [];
      }
      case 'code':
        return [{ kind: 'paragraph', content: [{ text: node.value, code: true }] }];
      case 'list':
        return [
          {
            kind: 'list',
            ordered: node.ordered === true,
            start: node.ordered ? (node.start ?? 1) : 1,
            items: listItems(node, 0),
          },
        ];
      case 'table': {
        const [header, ...rows] = node.children.map((row) =>
          row.children.map((cell) => content(cell.children)),
        );
        return [{ kind: 'table', header: header ?? [], rows }];
      }
      case 'blockquote':
        return [{ kind: 'quote', content: flowText(node.children) }];
      case 'mdxJsxFlowElement':
        return blocksOf(node.children);
      default:
        // Rules, imports and exports, expressions and comments, definitions: not text.
        return [];
    }
  });
}

/**
 * Reads a Markdown body (or an MDX body, for .mdx templates) into blocks. Frontmatter is not
 * expected: pass the body only.
 */
export function parseMarkdown(body: string, format: 'md' | 'mdx' = 'md'): Block[] {
  const tree =
    format === 'mdx'
      ? fromMarkdown(body, {
          extensions: [mdxjs(), gfmTable()],
          mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown()],
        })
      : fromMarkdown(body, {
          extensions: [gfmTable()],
          mdastExtensions: [gfmTableFromMarkdown()],
        });
  return blocksOf(tree.children);
}

/** The plain text of some runs. */
export const plainText = (runs: readonly Inline[]) => runs.map((run) => run.text).join('');

/** One line of Markdown as runs (a paragraph's content). */
export function parseInline(source: string): Inline[] {
  const [block] = parseMarkdown(source);
  return block && 'content' in block ? block.content : [];
}

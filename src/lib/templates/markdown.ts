/**
 * A small Markdown/MDX reader for turning a template's text into a Word document.
 * It understands what editors write in templates — headings, paragraphs, lists, tables,
 * emphasis — and drops what a document cannot hold (imports, components' tags, comments),
 * keeping the words inside components. Anything it does not know becomes a plain paragraph,
 * so no text is ever lost.
 */

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

const ENTITIES: Record<string, string> = {
  '&nbsp;': '\u00a0',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&shy;': '\u00ad',
};

/** Removes what is markup rather than words: MDX comments, HTML comments, tags, entities. */
function stripMarkup(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[A-Za-z][\w.:-]*(?:\s+[^<>]*?)?\s*\/?>/g, '')
    .replace(/&(?:nbsp|amp|lt|gt|quot|#39|shy);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Emphasis, strong, code and links in one line of text, as runs of plain text with styles. */
export function parseInline(source: string): Inline[] {
  const text = stripMarkup(source)
    // A link becomes its text; an outside address is kept in brackets so a printout still has it.
    .replace(/!?\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) =>
      /^https?:\/\//.test(url) && label !== url ? `${label} (${url})` : label,
    )
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  const runs: Inline[] = [];
  const pattern =
    /(\\[\\`*_[\]{}()#+\-.!|])|`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)\*|(?<![\w])_(?!\s)(.+?)_(?![\w])/g;
  let last = 0;
  const push = (run: Inline) => {
    if (run.text === '') return;
    const previous = runs.at(-1);
    if (
      previous &&
      !!previous.bold === !!run.bold &&
      !!previous.italic === !!run.italic &&
      !!previous.code === !!run.code
    ) {
      previous.text += run.text;
    } else runs.push(run);
  };
  for (const match of text.matchAll(pattern)) {
    push({ text: text.slice(last, match.index) });
    const [, escaped, code, strong1, strong2, em1, em2] = match;
    if (escaped) push({ text: escaped.slice(1) });
    else if (code !== undefined) push({ text: code, code: true });
    else if (strong1 !== undefined || strong2 !== undefined) {
      for (const inner of parseInline(strong1 ?? strong2 ?? '')) push({ ...inner, bold: true });
    } else {
      for (const inner of parseInline(em1 ?? em2 ?? '')) push({ ...inner, italic: true });
    }
    last = match.index + match[0].length;
  }
  push({ text: text.slice(last) });
  return runs;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(```|~~~)/;
const BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/;
const MDX_ESM = /^(import|export)\s/;

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => parseInline(cell.trim().replace(/\\\|/g, '|')));

const isBlank = (line: string) => stripMarkup(line).trim() === '';

/** Reads a Markdown or MDX body into blocks. Frontmatter is not expected: pass the body only. */
export function parseMarkdown(body: string): Block[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const startsBlock = (line: string) =>
    HEADING.test(line) ||
    LIST_ITEM.test(line) ||
    TABLE_ROW.test(line) ||
    FENCE.test(line) ||
    /^\s*>/.test(line) ||
    BREAK.test(line);

  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line) || BREAK.test(line) || MDX_ESM.test(line)) {
      // An import or export statement may run over several lines until a blank line.
      if (MDX_ESM.test(line)) while (i + 1 < lines.length && !isBlank(lines[i + 1] ?? '')) i++;
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({
        kind: 'heading',
        level: heading[1]?.length ?? 1,
        content: parseInline(heading[2] ?? ''),
      });
      i++;
      continue;
    }
    if (FENCE.test(line)) {
      const fence = FENCE.exec(line)?.[1] ?? '```';
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trim().startsWith(fence))
        code.push(lines[i++] ?? '');
      i++;
      blocks.push({ kind: 'paragraph', content: [{ text: code.join('\n'), code: true }] });
      continue;
    }
    if (TABLE_ROW.test(line) && TABLE_DIVIDER.test(lines[i + 1] ?? '')) {
      const header = cells(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && TABLE_ROW.test(lines[i] ?? '')) rows.push(cells(lines[i++] ?? ''));
      blocks.push({ kind: 'table', header, rows });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const first = LIST_ITEM.exec(line);
      const ordered = /\d/.test(first?.[2] ?? '');
      const start = ordered ? Number.parseInt(first?.[2] ?? '1', 10) : 1;
      const baseIndent = first?.[1]?.length ?? 0;
      const items: { level: number; content: Inline[] }[] = [];
      let current: { level: number; text: string } | undefined;
      const flush = () => {
        if (current) items.push({ level: current.level, content: parseInline(current.text) });
        current = undefined;
      };
      while (i < lines.length) {
        const next = lines[i] ?? '';
        const item = LIST_ITEM.exec(next);
        if (item) {
          const indent = (item[1]?.length ?? 0) - baseIndent;
          // A sibling list of the other kind at the base level is a new list.
          if (indent <= 0 && /\d/.test(item[2] ?? '') !== ordered) break;
          flush();
          current = {
            level: Math.max(0, Math.min(8, Math.floor(indent / 2))),
            text: item[3] ?? '',
          };
          i++;
        } else if (!isBlank(next) && /^\s+\S/.test(next) && current) {
          current.text += ` ${next.trim()}`;
          i++;
        } else if (!isBlank(next) && current && !startsBlock(next)) {
          current.text += ` ${next.trim()}`; // lazy continuation line
          i++;
        } else if (isBlank(next) && LIST_ITEM.test(lines[i + 1] ?? '')) {
          i++; // a loose list: blank lines between items
        } else break;
      }
      flush();
      blocks.push({ kind: 'list', ordered, start, items });
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i] ?? ''))
        quoted.push((lines[i++] ?? '').replace(/^\s*>\s?/, ''));
      blocks.push({ kind: 'quote', content: parseInline(quoted.join(' ')) });
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      !isBlank(lines[i] ?? '') &&
      (paragraph.length === 0 || !startsBlock(lines[i] ?? ''))
    ) {
      paragraph.push((lines[i++] ?? '').trim());
    }
    const content = parseInline(paragraph.join(' '));
    if (content.some((run) => run.text.trim() !== '')) blocks.push({ kind: 'paragraph', content });
  }
  return blocks;
}

/** The plain text of some runs. */
export const plainText = (runs: readonly Inline[]) => runs.map((run) => run.text).join('');

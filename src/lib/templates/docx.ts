/**
 * Word documents generated from a template's text, so editors keep one source: the entry's
 * Markdown/MDX body becomes the document, with the title, version and date on top.
 * The output is byte-for-byte the same for the same input, so a version's checksum is stable
 * from build to build.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { parseMarkdown, type Block, type Inline } from './markdown';

export interface DocxSource {
  title: string;
  /** A line under the title, e.g. "Versjon 1.2 · endret 3. mars 2026". */
  subtitle: string;
  /** Who publishes the document, written into its properties. */
  author: string;
  /** The Markdown/MDX body. */
  body: string;
  /** How to read the body: an .mdx file's body as MDX. */
  format?: 'md' | 'mdx';
  /** The date the document carries as created/modified (the version's date). */
  date: Date;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** One numbering definition per first number, so a list that goes on after a heading (4., 5. …) keeps its numbers. */
const orderedReference = (start: number) => `eh-ordered-${start}`;

const runs = (content: readonly Inline[]) =>
  content.map(
    (run) =>
      new TextRun({
        text: run.text,
        bold: run.bold ?? false,
        italics: run.italic ?? false,
        ...(run.code ? { font: 'Consolas' } : {}),
      }),
  );

/** The body's blocks as Word paragraphs and tables; the body's top heading level becomes Heading 1. */
function toDocxChildren(blocks: readonly Block[]): (Paragraph | Table)[] {
  const topLevel = Math.min(...blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : [])), 6);
  let listInstance = 0;
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[Math.min(5, block.level - topLevel)] ?? HeadingLevel.HEADING_1,
            children: runs(block.content),
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ children: runs(block.content) })];
      case 'quote':
        return [
          new Paragraph({
            indent: { left: 720 },
            children: runs(block.content.map((r) => ({ ...r, italic: true }))),
          }),
        ];
      case 'list': {
        listInstance++;
        const instance = listInstance;
        return block.items.map((item) =>
          block.ordered
            ? new Paragraph({
                numbering: {
                  reference: orderedReference(block.start),
                  level: item.level,
                  instance,
                },
                children: runs(item.content),
              })
            : new Paragraph({ bullet: { level: item.level }, children: runs(item.content) }),
        );
      }
      case 'table': {
        const row = (cellsOfRow: readonly Inline[][], header: boolean) =>
          new TableRow({
            tableHeader: header,
            children: cellsOfRow.map(
              (cell) =>
                new TableCell({
                  children: [
                    new Paragraph({
                      children: runs(header ? cell.map((r) => ({ ...r, bold: true })) : cell),
                    }),
                  ],
                }),
            ),
          });
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
          }),
          new Paragraph({}),
        ];
      }
    }
  });
}

/** Rewrites the parts docx fills with "now" or random ids, so equal input gives equal bytes. */
function makeDeterministic(packed: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(packed);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      ),
    );
  }
  // Relationship ids docx makes up at random are renamed in order; they are only ever
  // referred to from the part they belong to, so renaming them everywhere is safe.
  const renames = new Map<string, string>();
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.endsWith('.rels')) continue;
    for (const m of strFromU8(bytes).matchAll(/Id="([^"]+)"/g)) {
      const id = m[1] ?? '';
      if (!/^rId\d+$/.test(id) && !renames.has(id)) renames.set(id, `rIdEh${renames.size + 1}`);
    }
  }
  const mtime = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12),
  );
  const zippable: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    let bytes = files[name] ?? new Uint8Array();
    if (renames.size > 0 && /\.(xml|rels)$/.test(name)) {
      let text = strFromU8(bytes);
      for (const [from, to] of renames) text = text.replaceAll(`"${from}"`, `"${to}"`);
      bytes = strToU8(text);
    }
    zippable[name] = [bytes, { mtime, level: 6 }];
  }
  return zipSync(zippable);
}

/** A .docx of a template's text. */
export async function generateDocx(source: DocxSource): Promise<Uint8Array> {
  const blocks = parseMarkdown(source.body, source.format);
  const document = new Document({
    title: source.title,
    creator: source.author,
    lastModifiedBy: source.author,
    description: source.subtitle,
    numbering: {
      config: [
        ...new Set([
          1,
          ...blocks.flatMap((b) => (b.kind === 'list' && b.ordered ? [b.start] : [])),
        ]),
      ].map((start) => ({
        reference: orderedReference(start),
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          start: level === 0 ? start : 1,
          format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
          text: `%${level + 1}.`,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(source.title)] }),
          new Paragraph({ children: [new TextRun({ text: source.subtitle, italics: true })] }),
          ...toDocxChildren(blocks),
        ],
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toBuffer(document));
  return makeDeterministic(packed, source.date);
}

/** The text of a .docx's main part, paragraph by paragraph: what a reader of the file sees. */
export function docxText(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => decodeXml(t[1] ?? ''))
        .join(''),
    )
    .filter((text) => text !== '');
}

const decodeXml = (text: string) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_m, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '',
  );

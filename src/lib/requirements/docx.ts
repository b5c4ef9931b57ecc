/**
 * Requirements as Word documents a purchaser can paste from, generated at build time from the
 * same entries as the pages. Takes plain data (no Astro imports), so tests can call it directly.
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { nb } from '../../i18n/nb';
import { formatDate } from '../dates';
import type { RequirementData } from '../../schemas/requirement';
import { formatNok } from './finder';

/** One requirement as the document shows it; `sourceUrl` is its page on the portal. */
export interface DocxRequirement {
  data: RequirementData;
  /** Names of the categories it covers, already worked out (e.g. "alle høyrisikokategorier"). */
  appliesToText: string;
  sourceUrl: string;
}

const LANGUAGE = { value: 'nb-NO' } as const;

const link = (text: string, url: string) =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [new TextRun(text)] });

const labelled = (label: string, value: string) =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });

const bullet = (children: ParagraphChild[]) => new Paragraph({ bullet: { level: 0 }, children });

/** Paragraphs split on blank lines; single line breaks are kept as breaks. */
function textParagraphs(text: string, style?: string): Paragraph[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map(
      (paragraph) =>
        new Paragraph({
          ...(style ? { style } : {}),
          children: paragraph
            .split('\n')
            .map((line, i) => new TextRun({ text: line.trim(), break: i > 0 ? 1 : 0 })),
        }),
    );
}

/** The body of one requirement; `level` lets the category document nest it under its own title. */
function requirementBlocks(req: DocxRequirement, level: 'top' | 'nested'): Paragraph[] {
  const d = req.data;
  const h1 = level === 'top' ? HeadingLevel.TITLE : HeadingLevel.HEADING_1;
  const h2 = level === 'top' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  return [
    heading(`${d.code} ${d.title}`, h1),
    ...(d.example ? [labelled(nb.common.example, nb.common.exampleNote)] : []),
    new Paragraph({ children: [new TextRun({ text: d.summary, italics: true })] }),
    labelled('Type', nb.requirementKinds[d.kind]),
    labelled('Oslomodellen', nb.oslomodellenParts[d.oslomodellenPart]),
    labelled('Gjelder for', req.appliesToText),
    labelled('Gjelder når kontraktsverdien er over', formatNok(d.appliesTo.valueOverNok)),
    labelled('Nivå', nb.levels[d.level]),
    ...(d.kind === 'tildelingskriterium' ? [labelled('Vekt', `${d.weightPercent} %`)] : []),
    labelled('Versjon', d.version),
    labelled('Gjelder fra', formatDate(d.effectiveFrom)),
    heading('Kravtekst', h2),
    ...textParagraphs(d.requirementText, 'IntenseQuote'),
    heading('Dette må leverandøren dokumentere', h2),
    ...(d.documentation.length > 0
      ? d.documentation.map((duty) =>
          bullet([
            new TextRun({ text: duty.what }),
            new TextRun({ text: ` – ${duty.when}`, italics: true }),
          ]),
        )
      : [new Paragraph('Kravet krever ingen egen dokumentasjon.')]),
    heading('Slik følger UKE opp', h2),
    ...textParagraphs(d.followUp),
    heading('Rettslig og politisk grunnlag', h2),
    ...d.legalBasis.map((basis) =>
      bullet(
        basis.url
          ? [new TextRun(`${basis.title}: `), link(basis.url, basis.url)]
          : [new TextRun(basis.title)],
      ),
    ),
    ...(d.changeNote
      ? [heading('Endret i denne versjonen', h2), ...textParagraphs(d.changeNote)]
      : []),
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: 'Kilde: ', bold: true }), link(req.sourceUrl, req.sourceUrl)],
    }),
  ];
}

function toDocument(title: string, description: string, children: Paragraph[]): Document {
  return new Document({
    title,
    description,
    creator: nb.site.ownerLong,
    styles: { default: { document: { run: { language: LANGUAGE } } } },
    sections: [{ children }],
  });
}

/** A .docx with one requirement. */
export async function requirementDocx(req: DocxRequirement): Promise<Buffer> {
  const doc = toDocument(
    `${req.data.code} ${req.data.title}`,
    req.data.summary,
    requirementBlocks(req, 'top'),
  );
  return Packer.toBuffer(doc);
}

/** A .docx with every requirement for one category, with a short introduction. */
export async function categoryDocx(options: {
  categoryTitle: string;
  sourceUrl: string;
  requirements: readonly DocxRequirement[];
}): Promise<Buffer> {
  const title = `Krav om etisk handel: ${options.categoryTitle}`;
  const intro = [
    heading(title, HeadingLevel.TITLE),
    new Paragraph(
      `Dette dokumentet samler kravene ${nb.site.ownerLong} stiller i anskaffelser i kategorien ` +
        `«${options.categoryTitle}». Hvert krav sier hvilken kontraktsverdi det gjelder fra.`,
    ),
    new Paragraph({
      children: [
        new TextRun({ text: 'Kilde: ', bold: true }),
        link(options.sourceUrl, options.sourceUrl),
      ],
    }),
  ];
  const body =
    options.requirements.length > 0
      ? options.requirements.flatMap((req) => requirementBlocks(req, 'nested'))
      : [new Paragraph('Ingen krav om etisk handel gjelder for denne kategorien.')];
  return Packer.toBuffer(toDocument(title, title, [...intro, ...body]));
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

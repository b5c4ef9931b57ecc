/**
 * Requirements as Word documents a purchaser can paste from, generated at build time from the
 * same entries as the pages. Takes plain data (no Astro imports), so tests can call it directly.
 */
import { nb, tf } from '../../i18n/nb';
import { formatDate } from '../dates';
import { sourceLine } from '../provenance';
import {
  BodyBuilder,
  link,
  packDocument,
  run,
  type BodyXml,
  type Inline,
  type ParagraphStyle,
} from '../docx/wordml';
import type { RequirementData } from '../../schemas/requirement';
import { formatNok } from '../format';
import { dutiesByPhase } from './checklist';

/** One requirement as the document shows it; `sourceUrl` is its page on the portal. */
export interface DocxRequirement {
  data: RequirementData;
  /** Names of the categories it covers, already worked out (e.g. "alle høyrisikokategorier"). */
  appliesToText: string;
  sourceUrl: string;
}

type Level = 'top' | 'nested';

const labelled = (label: string, value: string): Inline[] => [
  run(`${label}: `, { bold: true }),
  run(value),
];

/** Paragraphs split on blank lines; single line breaks are kept as breaks. */
function addText(body: BodyBuilder, text: string, style?: ParagraphStyle): void {
  for (const paragraph of text.trim().split(/\n\s*\n/)) {
    body.add(
      paragraph.split('\n').map((line, i) => run(line.trim(), { breakBefore: i > 0 })),
      style ? { style } : {},
    );
  }
}

/** The body of one requirement; `level` lets the category document nest it under its own title. */
function requirementBlock(req: DocxRequirement, level: Level): BodyXml {
  const d = req.data;
  const h1: ParagraphStyle = level === 'top' ? 'Title' : 'Heading1';
  const h2: ParagraphStyle = level === 'top' ? 'Heading1' : 'Heading2';
  const body = new BodyBuilder();
  const heading = (text: string, style: ParagraphStyle) => body.add([run(text)], { style });
  heading(`${d.code} ${d.title}`, h1);
  if (d.example) body.add([run(nb.provenance.docxNote, { bold: true })]);
  if (d.illustrativeFields.length > 0) {
    const fields = d.illustrativeFields.map((field) => nb.illustrativeFields[field]).join(', ');
    body.add([run(tf('provenance.illustrativeFields', { fields }), { bold: true })]);
  }
  body.add([run(d.summary, { italics: true })]);
  body.add(labelled('Type', nb.requirementKinds[d.kind]));
  body.add(labelled('Oslomodellen', nb.oslomodellenParts[d.oslomodellenPart]));
  body.add(labelled('Gjelder for', req.appliesToText));
  body.add(labelled('Gjelder når kontraktsverdien er over', formatNok(d.appliesTo.valueOverNok)));
  body.add(labelled('Nivå', nb.levels[d.level]));
  if (d.kind === 'tildelingskriterium') body.add(labelled('Vekt', `${d.weightPercent} %`));
  body.add(labelled('Versjon', d.version));
  body.add(labelled('Gjelder fra', formatDate(d.effectiveFrom)));
  heading('Kravtekst', h2);
  addText(body, d.requirementText, 'IntenseQuote');
  heading('Dette må leverandøren dokumentere', h2);
  if (d.documentation.length === 0) body.add([run('Kravet krever ingen egen dokumentasjon.')]);
  for (const { phase, duties } of dutiesByPhase(d.documentation)) {
    body.add([run(nb.documentationPhases[phase], { bold: true })]);
    for (const duty of duties) {
      body.add([run(duty.what), run(` – ${duty.when}`, { italics: true })], { bullet: true });
    }
  }
  heading('Slik følger UKE opp', h2);
  addText(body, d.followUp);
  heading('Rettslig og politisk grunnlag', h2);
  for (const basis of d.legalBasis) {
    body.add(
      basis.url ? [run(`${basis.title}: `), link(basis.url, basis.url)] : [run(basis.title)],
      { bullet: true },
    );
  }
  if (d.changeNote) {
    heading('Endret i denne versjonen', h2);
    addText(body, d.changeNote);
  }
  heading(nb.provenance.sources, h2);
  if (d.sources.length === 0) body.add([run(nb.provenance.sourcesNone)]);
  for (const source of d.sources) body.add([run(sourceLine(source))], { bullet: true });
  body.add([run('Kilde: ', { bold: true }), link(req.sourceUrl, req.sourceUrl)], {
    spacingBefore: 240,
  });
  return body.build();
}

// A requirement appears in its own document and in the document of every category it covers
// ("alle høyrisikokategorier": all of them), so its nested block is made once per build.
const nestedBlocks = new WeakMap<RequirementData, Map<string, BodyXml>>();

function nestedBlock(req: DocxRequirement): BodyXml {
  let byContext = nestedBlocks.get(req.data);
  if (!byContext) nestedBlocks.set(req.data, (byContext = new Map<string, BodyXml>()));
  const key = `${req.appliesToText}\n${req.sourceUrl}`;
  let block = byContext.get(key);
  if (!block) byContext.set(key, (block = requirementBlock(req, 'nested')));
  return block;
}

/** A .docx with one requirement. */
export async function requirementDocx(req: DocxRequirement): Promise<Buffer> {
  return packDocument([requirementBlock(req, 'top')], {
    title: `${req.data.example ? `${nb.common.example}: ` : ''}${req.data.code} ${req.data.title}`,
    description: req.data.summary,
    creator: nb.site.ownerLong,
    date: req.data.updated,
  });
}

/** A .docx with every requirement for one category, with a short introduction. */
export async function categoryDocx(options: {
  categoryTitle: string;
  sourceUrl: string;
  requirements: readonly DocxRequirement[];
  /** The document's date: when its newest requirement was updated, or the build date if none. */
  date: Date;
}): Promise<Buffer> {
  const title = `Krav om etisk handel: ${options.categoryTitle}`;
  const intro = new BodyBuilder()
    .add([run(title)], { style: 'Title' })
    .add([
      run(
        `Dette dokumentet samler kravene ${nb.site.ownerLong} stiller i anskaffelser i kategorien ` +
          `«${options.categoryTitle}». Hvert krav sier hvilken kontraktsverdi det gjelder fra.`,
      ),
    ])
    .add([run('Kilde: ', { bold: true }), link(options.sourceUrl, options.sourceUrl)]);
  if (options.requirements.length === 0) {
    intro.add([run('Ingen krav om etisk handel gjelder for denne kategorien.')]);
  }
  return packDocument([intro.build(), ...options.requirements.map(nestedBlock)], {
    title,
    description: title,
    creator: nb.site.ownerLong,
    date: options.date,
  });
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

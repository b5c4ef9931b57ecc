/**
 * Requirements as Word documents a purchaser can paste from, generated at build time from the
 * same entries as the pages. Takes plain data (no Astro imports), so tests can call it directly.
 */
import { strings, type Locale, type Strings } from '../../i18n';
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
  /** The document's language (default Norwegian); `data` is already in that language. */
  locale?: Locale | undefined;
}

type Level = 'top' | 'nested';

const labelRun = ({ format }: Strings, label: string): Inline =>
  run(format('docx.labelled', { label }), { bold: true });

const labelled = (words: Strings, label: string, value: string): Inline[] => [
  labelRun(words, label),
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
  const words = strings(req.locale);
  const { t, format, dict } = words;
  const field = (label: string, value: string) => labelled(words, label, value);
  const h1: ParagraphStyle = level === 'top' ? 'Title' : 'Heading1';
  const h2: ParagraphStyle = level === 'top' ? 'Heading1' : 'Heading2';
  const body = new BodyBuilder();
  const heading = (text: string, style: ParagraphStyle) => body.add([run(text)], { style });
  heading(format('docx.title', { code: d.code, title: d.title }), h1);
  if (d.example) body.add([run(t('provenance.docxNote'), { bold: true })]);
  if (d.illustrativeFields.length > 0) {
    const fields = d.illustrativeFields.map((name) => dict.illustrativeFields[name]).join(', ');
    body.add([run(format('provenance.illustrativeFields', { fields }), { bold: true })]);
  }
  body.add([run(d.summary, { italics: true })]);
  body.add(field(t('req.kind'), dict.requirementKinds[d.kind]));
  body.add(field(t('req.part'), dict.oslomodellenParts[d.oslomodellenPart]));
  body.add(field(t('req.appliesTo'), req.appliesToText));
  body.add(field(t('docx.threshold'), formatNok(d.appliesTo.valueOverNok, req.locale)));
  body.add(field(t('req.level'), dict.levels[d.level]));
  if (d.kind === 'tildelingskriterium') {
    body.add(
      field(t('docx.weight'), format('docx.weightValue', { percent: d.weightPercent ?? 0 })),
    );
  }
  body.add(field(t('req.version'), d.version));
  body.add(field(t('req.effectiveFrom'), formatDate(d.effectiveFrom, req.locale)));
  heading(t('req.requirementText'), h2);
  addText(body, d.requirementText, 'IntenseQuote');
  heading(t('req.documentation'), h2);
  if (d.documentation.length === 0) body.add([run(t('req.noDocumentation'))]);
  for (const { phase, duties } of dutiesByPhase(d.documentation)) {
    body.add([run(dict.documentationPhases[phase], { bold: true })]);
    for (const duty of duties) {
      body.add([run(duty.what), run(` – ${duty.when}`, { italics: true })], { bullet: true });
    }
  }
  heading(t('docx.followUp'), h2);
  addText(body, d.followUp);
  heading(t('req.legalBasis'), h2);
  for (const basis of d.legalBasis) {
    body.add(
      basis.url ? [run(`${basis.title}: `), link(basis.url, basis.url)] : [run(basis.title)],
      { bullet: true },
    );
  }
  if (d.changeNote) {
    heading(t('docx.changed'), h2);
    addText(body, d.changeNote);
  }
  heading(t('provenance.sources'), h2);
  if (d.sources.length === 0) body.add([run(t('provenance.sourcesNone'))]);
  for (const source of d.sources) body.add([run(sourceLine(source))], { bullet: true });
  body.add([labelRun(words, t('common.source')), link(req.sourceUrl, req.sourceUrl)], {
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
  const key = `${req.locale ?? 'nb'}\n${req.appliesToText}\n${req.sourceUrl}`;
  let block = byContext.get(key);
  if (!block) byContext.set(key, (block = requirementBlock(req, 'nested')));
  return block;
}

/** A .docx with one requirement. */
export async function requirementDocx(req: DocxRequirement): Promise<Buffer> {
  const { t, format } = strings(req.locale);
  const { code, title, example } = req.data;
  return packDocument([requirementBlock(req, 'top')], {
    title: format(example ? 'docx.titleExample' : 'docx.title', { code, title }),
    description: req.data.summary,
    creator: t('site.ownerLong'),
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
  /** The document's language (default Norwegian); the requirements carry theirs. */
  locale?: Locale | undefined;
}): Promise<Buffer> {
  const words = strings(options.locale);
  const { t, format } = words;
  const category = options.categoryTitle;
  const title = format('docx.categoryTitle', { category });
  const intro = new BodyBuilder()
    .add([run(title)], { style: 'Title' })
    .add([run(format('docx.categoryIntro', { owner: t('site.ownerLong'), category }))])
    .add([labelRun(words, t('common.source')), link(options.sourceUrl, options.sourceUrl)]);
  if (options.requirements.length === 0) {
    intro.add([run(t('docx.categoryNone'))]);
  }
  return packDocument([intro.build(), ...options.requirements.map(nestedBlock)], {
    title,
    description: title,
    creator: t('site.ownerLong'),
    date: options.date,
  });
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

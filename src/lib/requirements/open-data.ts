/**
 * The open-data files /data/requirements.json and /data/risk-categories.json: a stable,
 * documented shape, independent of how editors write the content. The zod schemas here are
 * the contract; the JSON Schemas published beside the files are generated from them, and
 * enums come from the content schemas so the two cannot drift apart.
 */
import { z } from 'astro/zod';
import { AUDIENCES } from '../../schemas/fields';
import {
  ILLUSTRATIVE_FIELDS,
  OSLOMODELLEN_PARTS,
  REQUIREMENT_KINDS,
  REQUIREMENT_LEVELS,
  DOCUMENTATION_PHASES,
  type RequirementData,
} from '../../schemas/requirement';
import { RISK_SOURCES, type RiskCategoryData } from '../../schemas/risk-category';
import { isoDate } from '../dates';
import { plainSource } from '../provenance';

/** Bump when a field is removed or changes meaning; adding a field does not break readers. */
export const OPEN_DATA_VERSION = '2.0';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-/]*$/)
  .describe('Stabil id (filnavnet uten endelse)');
const date = z.iso.date().describe('Dato på formen ÅÅÅÅ-MM-DD');
const url = z.url();
const source = z.strictObject({
  title: z.string().describe('Navnet på kilden'),
  url: url.nullable().describe('Lenke til kilden, eller null når den ikke er på nett'),
});
/** The fields every record ends with before its address; provenanceOf below fills them. */
const provenance = {
  sources: z
    .array(
      z.strictObject({
        title: z.string().describe('Navnet på kilden'),
        publisher: z.string().describe('Hvem som har gitt ut kilden'),
        date: z
          .string()
          .regex(/^\d{4}(-\d{2}-\d{2})?$/)
          .describe('Året (ÅÅÅÅ) eller datoen (ÅÅÅÅ-MM-DD) kilden er fra'),
        url: url
          .nullable()
          .describe('Lenke til kilden, eller null når ingen sikker adresse er kjent'),
      }),
    )
    .describe('Kildene opplysningene bygger på; tom bare når oppføringen er et fiktivt eksempel'),
  factsAsOf: z.int().nullable().describe('Året tidsavhengige opplysninger gjelder for, eller null'),
  example: z
    .boolean()
    .describe(
      'true når oppføringen er et fiktivt eksempel laget for å vise hvordan portalen virker, ikke et krav fra UKE',
    ),
  updated: date.describe('Sist oppdatert'),
};

export const openRequirementSchema = z
  .strictObject({
    id: id,
    code: z.string().describe('Kravnummer brukt i konkurransegrunnlag, f.eks. «EH-K1»'),
    title: z.string().describe('Kravets navn'),
    summary: z.string().describe('Kort sammendrag'),
    kind: z.enum(REQUIREMENT_KINDS).describe('Type krav'),
    oslomodellenPart: z.enum(OSLOMODELLEN_PARTS).describe('Delen av Oslomodellen kravet hører til'),
    requirementText: z.string().describe('Kravteksten slik den settes inn i konkurransegrunnlaget'),
    appliesTo: z
      .strictObject({
        riskCategories: z
          .union([z.literal('alle-hoyrisiko'), z.array(id)])
          .describe(
            '«alle-hoyrisiko» for alle høyrisikokategorier, ellers en liste med kategori-id-er',
          ),
        valueOverNok: z
          .int()
          .nonnegative()
          .describe(
            'Kravet gjelder når anslått kontraktsverdi er over dette beløpet (NOK eks. mva.)',
          ),
      })
      .describe('Når kravet gjelder'),
    level: z.enum(REQUIREMENT_LEVELS).describe('Ambisjonsnivå'),
    weightPercent: z
      .number()
      .nullable()
      .describe('Vekt i prosent for tildelingskriterier, ellers null'),
    legalBasis: z.array(source).describe('Rettslig eller politisk grunnlag'),
    documentation: z
      .array(
        z.strictObject({
          what: z.string().describe('Hva leverandøren må levere'),
          when: z.string().describe('Når det skal leveres'),
          phase: z
            .enum(DOCUMENTATION_PHASES)
            .describe(
              'Når i anskaffelsen: tilbud, oppstart, kontraktsperiode eller arlig (hvert år)',
            ),
        }),
      )
      .describe('Hva leverandøren må dokumentere, og når'),
    followUp: z.string().describe('Hvordan UKE følger opp kravet'),
    version: z.string().describe('Versjon av kravteksten, f.eks. «2.0»'),
    effectiveFrom: date.describe('Datoen versjonen gjelder fra i nye konkurranser'),
    supersedes: id.nullable().describe('Id-en til kravet denne versjonen erstatter, eller null'),
    supersededBy: id
      .nullable()
      .describe('Id-en til kravet som erstatter denne versjonen, eller null når den gjelder'),
    changeNote: z.string().nullable().describe('Hva som er endret fra forrige versjon, eller null'),
    audience: z.array(z.enum(AUDIENCES)).describe('Hvem kravet er skrevet for'),
    illustrativeFields: z
      .array(z.enum(ILLUSTRATIVE_FIELDS))
      .describe(
        'Felt som er portalens egne fiktive opplysninger selv om kravteksten har kilde (kravnummer, versjon …)',
      ),
    ...provenance,
    url: url.describe('Kravets side på portalen'),
    docxUrl: url.describe('Kravet som Word-dokument'),
  })
  .describe('Et publisert krav om etisk handel');

export const openRiskCategorySchema = z
  .strictObject({
    id: id,
    title: z.string().describe('Navnet på varekategorien'),
    summary: z.string().describe('Hva kategorien dekker og hvorfor den har risiko'),
    highRisk: z.boolean().describe('true når kategorien står på høyrisikolisten'),
    products: z.array(z.string()).describe('Typiske produkter i kategorien'),
    risks: z.array(z.string()).describe('Typiske risikoer i leverandørkjeden'),
    classifiedBy: z
      .array(z.enum(RISK_SOURCES))
      .describe('Hvem som klassifiserer kategorien som høyrisiko'),
    requirements: z
      .array(id)
      .describe('Id-ene til gjeldende krav som dekker kategorien (uansett verdi)'),
    ...provenance,
    url: url.describe('Kategoriens side på portalen'),
  })
  .describe('En varekategori og om den regnes som høyrisiko');

/** Fields every open-data file starts with. */
const envelope = {
  $schema: url.describe('JSON Schema for denne filen'),
  version: z
    .literal(OPEN_DATA_VERSION)
    .describe('Formatversjon; økes når et felt fjernes eller endrer betydning'),
  publisher: z.string().describe('Hvem som publiserer dataene'),
};

export const requirementsFileSchema = z
  .strictObject({
    ...envelope,
    requirements: z
      .array(openRequirementSchema)
      .describe('Alle publiserte krav, også tidligere versjoner, sortert på kravnummer'),
  })
  .describe('Krav om etisk handel i Oslo kommunes anskaffelser (åpne data)');

export const riskCategoriesFileSchema = z
  .strictObject({
    ...envelope,
    riskCategories: z
      .array(openRiskCategorySchema)
      .describe('Alle publiserte varekategorier, sortert på navn'),
  })
  .describe('Varekategorier og høyrisikolisten Oslo kommune bruker (åpne data)');

export type OpenRequirement = z.infer<typeof openRequirementSchema>;
export type OpenRiskCategory = z.infer<typeof openRiskCategorySchema>;

/** The JSON Schema (draft 2020-12) for a file, with its own address as $id. */
export function jsonSchemaOf(schema: z.ZodType, schemaUrl: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), $id: schemaUrl };
}

// Every content field must be published or deliberately left out: this fails `astro check` otherwise.
type CommonData = Omit<RequirementData, 'weightPercent'>;
// Change notes are told on the pages and in the feeds; the open data describes the requirement itself.
type LeftOut = 'draft' | 'reviewBy' | 'changes';
type Unpublished = Exclude<keyof CommonData, keyof OpenRequirement | LeftOut>;
const everyFieldPublished: Unpublished extends never ? true : Unpublished = true;
void everyFieldPublished;

interface RequirementInput {
  id: string;
  data: RequirementData;
}

/** What every record ends with: where its facts come from, whether it is an example, when it changed. */
const provenanceOf = (d: RequirementData | RiskCategoryData) => ({
  sources: d.sources.map(plainSource),
  factsAsOf: d.factsAsOf ?? null,
  example: d.example,
  updated: isoDate(d.updated),
});

/** One requirement in the open-data shape; URLs are absolute. */
export function toOpenRequirement(
  requirement: RequirementInput,
  links: { url: string; docxUrl: string; supersededBy: string | undefined },
): OpenRequirement {
  const d = requirement.data;
  return {
    id: requirement.id,
    code: d.code,
    title: d.title,
    summary: d.summary,
    kind: d.kind,
    oslomodellenPart: d.oslomodellenPart,
    requirementText: d.requirementText.trim(),
    appliesTo: {
      riskCategories:
        d.appliesTo.riskCategories === 'alle-hoyrisiko'
          ? 'alle-hoyrisiko'
          : d.appliesTo.riskCategories.map((ref) => ref.id),
      valueOverNok: d.appliesTo.valueOverNok,
    },
    level: d.level,
    weightPercent: d.kind === 'tildelingskriterium' ? d.weightPercent : null,
    legalBasis: d.legalBasis.map((s) => ({ title: s.title, url: s.url ?? null })),
    documentation: d.documentation.map((duty) => ({
      what: duty.what,
      when: duty.when,
      phase: duty.phase,
    })),
    followUp: d.followUp,
    version: d.version,
    effectiveFrom: isoDate(d.effectiveFrom),
    supersedes: d.supersedes?.id ?? null,
    supersededBy: links.supersededBy ?? null,
    changeNote: d.changeNote ?? null,
    audience: [...d.audience],
    illustrativeFields: [...d.illustrativeFields],
    ...provenanceOf(d),
    url: links.url,
    docxUrl: links.docxUrl,
  };
}

export function toOpenRiskCategory(
  category: { id: string; data: RiskCategoryData },
  links: { url: string; requirements: string[] },
): OpenRiskCategory {
  const d = category.data;
  return {
    id: category.id,
    title: d.title,
    summary: d.summary,
    highRisk: d.highRisk,
    products: [...d.products],
    risks: [...d.risks],
    classifiedBy: [...d.classifiedBy],
    requirements: links.requirements,
    ...provenanceOf(d),
    url: links.url,
  };
}

/** A field of a published file, for the documentation page: path, type and description. */
export interface FieldDoc {
  path: string;
  type: string;
  description: string;
}

/** Walks a generated JSON Schema into rows for the documentation page, so the page cannot drift. */
export function describeFields(schema: Record<string, unknown>, prefix = ''): FieldDoc[] {
  const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).flatMap(([name, prop]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const row = {
      path,
      type: typeName(prop),
      description: typeof prop['description'] === 'string' ? prop['description'] : '',
    };
    const items = prop['items'] as Record<string, unknown> | undefined;
    if (prop['type'] === 'object') return [row, ...describeFields(prop, path)];
    if (items?.['type'] === 'object') return [row, ...describeFields(items, `${path}[]`)];
    return [row];
  });
}

function typeName(prop: Record<string, unknown>): string {
  if (Array.isArray(prop['enum']))
    return (prop['enum'] as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in prop) return JSON.stringify(prop['const']);
  if (Array.isArray(prop['anyOf']))
    return (prop['anyOf'] as Record<string, unknown>[]).map(typeName).join(' | ');
  const type = prop['type'];
  if (type === 'array') return `${typeName((prop['items'] ?? {}) as Record<string, unknown>)}[]`;
  if (Array.isArray(type)) return type.join(' | ');
  if (prop['format'] === 'date') return 'dato';
  return typeof type === 'string' ? type : 'any';
}

/** Pretty-printed JSON with a final newline: readable by people, diffable between builds. */
export const jsonResponse = (value: unknown, type = 'application/json; charset=utf-8') =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': type } });
export const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';

import { z } from 'astro/zod';
import { audience, calendarDate, entryFields, nok, sourceLink, referenceTo } from './fields';

/** The kinds of requirement a purchaser can set in a tender. */
export const REQUIREMENT_KINDS = [
  'kvalifikasjonskrav',
  'kontraktsvilkar',
  'saerlig-kontraktsvilkar',
  'tildelingskriterium',
] as const;
/** The two parts of Oslomodellen. */
export const OSLOMODELLEN_PARTS = ['arbeidslivskriminalitet', 'leverandorkjeder'] as const;
/** Ambition levels, graded as in the Swedish criteria service (Upphandlingsmyndigheten). */
export const REQUIREMENT_LEVELS = ['basis', 'avansert', 'spydspiss'] as const;
/**
 * When a supplier hands in a document, in the order the supplier meets them: with the tender,
 * before or at the start of the contract, when asked or when something happens during the
 * contract, and every year of the contract.
 */
export const DOCUMENTATION_PHASES = ['tilbud', 'oppstart', 'kontraktsperiode', 'arlig'] as const;

/** Facts of a requirement that can be the portal's own even when its text has a source. */
export const ILLUSTRATIVE_FIELDS = [
  'code',
  'version',
  'effectiveFrom',
  'appliesTo',
  'level',
  'documentation',
] as const;

const documentationDuty = z.object({
  what: z
    .string()
    .min(1)
    .describe('Hva leverandøren må levere, for eksempel «Egenerklæring om etisk handel».'),
  when: z
    .string()
    .min(1)
    .describe('Frist, med vanlige ord, for eksempel «Senest 6 måneder etter kontraktsoppstart».'),
  phase: z
    .enum(DOCUMENTATION_PHASES)
    .describe(
      'Når plikten kommer, for sjekklister og kravfinneren: «tilbud» (sammen med tilbudet), «oppstart» (før eller ved kontraktsoppstart), «kontraktsperiode» (i kontraktsperioden, ved behov eller på forespørsel) eller «arlig» (hvert år i kontraktsperioden).',
    ),
});

const commonFields = {
  ...entryFields,
  code: z
    .string()
    .regex(/^[A-ZÆØÅ]{1,4}-[A-Z0-9-]{1,10}$/, {
      error: 'en kode som "EH-K1" (store bokstaver, bindestrek, bokstaver eller sifre)',
    })
    .describe(
      'Kort kravnummer til konkurransegrunnlaget, unikt blant kravene, for eksempel «EH-K1».',
    ),
  title: z.string().min(1).describe('Kravets navn.'),
  summary: z.string().min(1).describe('Én eller to setninger til lister og søketreff.'),
  requirementText: z
    .string()
    .min(1)
    .describe('Den nøyaktige kravteksten innkjøperen kopierer inn i konkurransegrunnlaget.'),
  oslomodellenPart: z
    .enum(OSLOMODELLEN_PARTS)
    .describe('Hvilken del av Oslomodellen kravet hører til.'),
  appliesTo: z
    .object({
      riskCategories: z
        .union([z.literal('alle-hoyrisiko'), z.array(referenceTo('riskCategories')).min(1)])
        .describe(
          '«alle-hoyrisiko» for alle høyrisikokategorier, eller en liste med id-er fra risikokategoriene.',
        ),
      valueOverNok: nok.describe(
        'Kravet gjelder når anslått kontraktsverdi er over dette beløpet (kroner, eks. mva.).',
      ),
    })
    .describe('Når kravet gjelder.'),
  level: z.enum(REQUIREMENT_LEVELS).describe('Ambisjonsnivå: basis, avansert eller spydspiss.'),
  legalBasis: z
    .array(sourceLink)
    .min(1)
    .describe(
      'Rettslig eller politisk grunnlag (UNGP, ILOs kjernekonvensjoner, byrådssaken fra 2012 …).',
    ),
  documentation: z
    .array(documentationDuty)
    .default([])
    .describe('Hva leverandøren må dokumentere, og når.'),
  followUp: z.string().min(1).describe('Hvordan UKE følger opp kravet i kontraktsperioden.'),
  version: z
    .string()
    .regex(/^\d+\.\d+$/, { error: 'et versjonsnummer som "1.0"' })
    .describe('Versjonsnummer for kravteksten, for eksempel «2.0».'),
  effectiveFrom: calendarDate.describe('Datoen denne versjonen brukes i nye konkurranser fra.'),
  supersedes: referenceTo('requirements')
    .optional()
    .describe('Det tidligere kravet denne versjonen erstatter (id-en).'),
  changeNote: z
    .string()
    .optional()
    .describe('Hva som er endret fra versjonen det erstatter, i én eller to setninger.'),
  audience: z.array(audience).min(1).describe('Hvem kravet er skrevet for.'),
  illustrativeFields: z
    .array(z.enum(ILLUSTRATIVE_FIELDS))
    .default([])
    .describe(
      'Opplysninger i et krav med kilde som likevel er portalens egne (kravnummer, versjon, dato, terskel, nivå, frister): code, version, effectiveFrom, appliesTo, level, documentation. Siden merker dem som fiktive.',
    ),
};

export const requirementSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('kvalifikasjonskrav').describe('Hva slags krav det er.'),
    ...commonFields,
  }),
  z.object({
    kind: z.literal('kontraktsvilkar'),
    ...commonFields,
  }),
  z.object({
    kind: z.literal('saerlig-kontraktsvilkar'),
    ...commonFields,
  }),
  z.object({
    kind: z.literal('tildelingskriterium'),
    ...commonFields,
    weightPercent: z
      .number()
      .min(0)
      .max(100)
      .describe('Vekten tildelingskriteriet har i evalueringen, i prosent.'),
  }),
]);
export type RequirementData = z.infer<typeof requirementSchema>;

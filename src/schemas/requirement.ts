import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { audience, calendarDate, entryFields, nok, sourceLink } from './fields';

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
  /** Hva leverandøren må levere, for eksempel «Egenerklæring om etisk handel». */
  what: z.string().min(1),
  /** Frist, med vanlige ord, for eksempel «Senest 6 måneder etter kontraktsoppstart». */
  when: z.string().min(1),
  /**
   * Når plikten kommer, for sjekklister og kravfinneren: «tilbud» (sammen med tilbudet), «oppstart»
   * (før eller ved kontraktsoppstart), «kontraktsperiode» (i kontraktsperioden, ved behov eller på
   * forespørsel) eller «arlig» (hvert år i kontraktsperioden).
   */
  phase: z.enum(DOCUMENTATION_PHASES),
});

const commonFields = {
  ...entryFields,
  /** Kort kravnummer til konkurransegrunnlaget, unikt blant kravene, for eksempel «EH-K1». */
  code: z.string().regex(/^[A-ZÆØÅ]{1,4}-[A-Z0-9-]{1,10}$/, {
    error: 'en kode som "EH-K1" (store bokstaver, bindestrek, bokstaver eller sifre)',
  }),
  /** Kravets navn. */
  title: z.string().min(1),
  /** Én eller to setninger til lister og søketreff. */
  summary: z.string().min(1),
  /** Den nøyaktige kravteksten innkjøperen kopierer inn i konkurransegrunnlaget. */
  requirementText: z.string().min(1),
  /** Hvilken del av Oslomodellen kravet hører til. */
  oslomodellenPart: z.enum(OSLOMODELLEN_PARTS),
  /** Når kravet gjelder. */
  appliesTo: z.object({
    /** «alle-hoyrisiko» for alle høyrisikokategorier, eller en liste med id-er fra risikokategoriene. */
    riskCategories: z.union([
      z.literal('alle-hoyrisiko'),
      z.array(reference('riskCategories')).min(1),
    ]),
    /** Kravet gjelder når anslått kontraktsverdi er over dette beløpet (kroner, eks. mva.). */
    valueOverNok: nok,
  }),
  /** Ambisjonsnivå: basis, avansert eller spydspiss. */
  level: z.enum(REQUIREMENT_LEVELS),
  /** Rettslig eller politisk grunnlag (UNGP, ILOs kjernekonvensjoner, byrådssaken fra 2012 …). */
  legalBasis: z.array(sourceLink).min(1),
  /** Hva leverandøren må dokumentere, og når. */
  documentation: z.array(documentationDuty).default([]),
  /** Hvordan UKE følger opp kravet i kontraktsperioden. */
  followUp: z.string().min(1),
  /** Versjonsnummer for kravteksten, for eksempel «2.0». */
  version: z.string().regex(/^\d+\.\d+$/, { error: 'et versjonsnummer som "1.0"' }),
  /** Datoen denne versjonen brukes i nye konkurranser fra. */
  effectiveFrom: calendarDate,
  /** Det tidligere kravet denne versjonen erstatter (id-en). */
  supersedes: reference('requirements').optional(),
  /** Hva som er endret fra versjonen det erstatter, i én eller to setninger. */
  changeNote: z.string().optional(),
  /** Hvem kravet er skrevet for. */
  audience: z.array(audience).min(1),
  /**
   * Opplysninger i et krav med kilde som likevel er portalens egne (kravnummer, versjon, dato,
   * terskel, nivå, frister): code, version, effectiveFrom, appliesTo, level, documentation.
   * Siden merker dem som fiktive.
   */
  illustrativeFields: z.array(z.enum(ILLUSTRATIVE_FIELDS)).default([]),
};

export const requirementSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Hva slags krav det er. */
    kind: z.literal('kvalifikasjonskrav'),
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
    /** Vekten tildelingskriteriet har i evalueringen, i prosent. */
    weightPercent: z.number().min(0).max(100),
  }),
]);
export type RequirementData = z.infer<typeof requirementSchema>;

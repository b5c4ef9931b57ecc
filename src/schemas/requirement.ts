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

const documentationDuty = z.object({
  /** What the supplier must hand in, e.g. "Egenerklæring om etisk handel". */
  what: z.string().min(1),
  /** When it is due, in plain words, e.g. "Senest 6 måneder etter kontraktsoppstart". */
  when: z.string().min(1),
});

const commonFields = {
  ...entryFields,
  /** Short requirement number used in tender documents, unique across requirements, e.g. "EH-K1". */
  code: z.string().regex(/^[A-ZÆØÅ]{1,4}-[A-Z0-9-]{1,10}$/, {
    error: 'expected a code such as "EH-K1" (capital letters, a dash, letters or digits)',
  }),
  /** The requirement's name. */
  title: z.string().min(1),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(1),
  /** The exact requirement text a purchaser copies into the tender documents. */
  requirementText: z.string().min(1),
  /** Which part of Oslomodellen the requirement belongs to. */
  oslomodellenPart: z.enum(OSLOMODELLEN_PARTS),
  /** When the requirement applies. */
  appliesTo: z.object({
    /** "alle-hoyrisiko" for every high-risk category, or a list of risk-category ids. */
    riskCategories: z.union([
      z.literal('alle-hoyrisiko'),
      z.array(reference('riskCategories')).min(1),
    ]),
    /** The requirement applies when the estimated contract value is over this amount (NOK, excl. VAT). */
    valueOverNok: nok,
  }),
  /** Ambition level: basis, avansert or spydspiss. */
  level: z.enum(REQUIREMENT_LEVELS),
  /** The legal or policy basis (UNGP, ILO core conventions, the city council decision of 2012 ...). */
  legalBasis: z.array(sourceLink).min(1),
  /** What the supplier must document, and when. */
  documentation: z.array(documentationDuty).default([]),
  /** How UKE follows the requirement up during the contract. */
  followUp: z.string().min(1),
  /** Version number of the requirement text, e.g. "2.0". */
  version: z.string().regex(/^\d+\.\d+$/, { error: 'expected a version such as "1.0"' }),
  /** The date from which this version is used in new tenders. */
  effectiveFrom: calendarDate,
  /** The earlier requirement this version replaces (its id). */
  supersedes: reference('requirements').optional(),
  /** What changed from the version it supersedes, in one or two sentences. */
  changeNote: z.string().optional(),
  /** Who the requirement is written for. */
  audience: z.array(audience).min(1),
};

export const requirementSchema = z.discriminatedUnion('kind', [
  z.object({
    /** The kind of requirement. */
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
    /** Weight of the award criterion in the evaluation, in percent. */
    weightPercent: z.number().min(0).max(100),
  }),
]);
export type RequirementData = z.infer<typeof requirementSchema>;

import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { entryFields, nok, sourceLink } from './fields';

export const CASE_STATUSES = ['pagaende', 'avsluttet'] as const;

export const caseSchema = z.object({
  ...entryFields,
  /** The case's title. */
  title: z.string().min(1),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(1),
  /** The agreement the case is about, e.g. "Rammeavtale om arbeidsklær, sko og verneutstyr". */
  agreement: z.string().min(1),
  /** The risk category (product area) of the agreement. */
  category: reference('riskCategories'),
  /** Total value of the agreement in NOK. */
  contractValueNok: nok,
  /** Length of the agreement in years. */
  contractYears: z.number().positive(),
  /** The requirements the case shows in use. */
  requirements: z.array(reference('requirements')).default([]),
  /** The problem the case starts from. */
  challenge: z.string().min(1),
  /** What was done, step by step. */
  actions: z.array(z.string().min(1)).min(1),
  /** What came of it so far. */
  result: z.string().min(1),
  /** Lessons other purchasers can use. */
  lessons: z.array(z.string().min(1)).min(1),
  /** Whether follow-up is still going on. */
  status: z.enum(CASE_STATUSES),
  /** Where the facts come from. */
  source: sourceLink,
});
export type CaseData = z.infer<typeof caseSchema>;

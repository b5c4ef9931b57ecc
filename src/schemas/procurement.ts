import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { entryFields, nok } from './fields';

export const PROCUREMENT_STATUSES = ['planlagt', 'kunngjort', 'pagaende', 'tildelt'] as const;

export const procurementSchema = z.object({
  ...entryFields,
  /** The procurement's title. */
  title: z.string().min(1),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(1),
  /** The product category (a risk-category id). */
  category: reference('riskCategories'),
  /** Estimated total contract value in NOK (excl. VAT). */
  estimatedValueNok: nok,
  /** Planned announcement, as a quarter: "2027-Q1". */
  plannedAnnouncement: z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'expected a quarter such as "2027-Q1"' }),
  /** planlagt, kunngjort, pagaende or tildelt. */
  status: z.enum(PROCUREMENT_STATUSES),
  /** Requirements that will be set, beyond those the applicability rule finds. */
  requirements: z.array(reference('requirements')).default([]),
  /** Who to ask about the procurement. */
  contact: z.object({
    /** Name or team. */
    name: z.string().min(1),
    /** E-mail address. */
    email: z.email(),
  }),
});
export type ProcurementData = z.infer<typeof procurementSchema>;

import { z } from 'astro/zod';
import { entryFields } from './fields';

/** Who has classed a product category as high-risk. */
export const RISK_SOURCES = ['dfo', 'etisk-handel-norge'] as const;

export const riskCategorySchema = z.object({
  ...entryFields,
  title: z.string().min(1).describe('Navnet på varekategorien, for eksempel «Arbeidsklær».'),
  summary: z
    .string()
    .min(1)
    .describe('Én eller to setninger om hva kategorien omfatter og hvorfor den har høy risiko.'),
  highRisk: z
    .boolean()
    .describe(
      'true når kategorien står på høyrisikolisten; bare da gjelder kravene om etisk handel.',
    ),
  products: z
    .array(z.string().min(1))
    .min(1)
    .describe('Typiske produkter i kategorien, så leseren kjenner den igjen.'),
  risks: z
    .array(z.string().min(1))
    .default([])
    .describe('Typiske risikoer i leverandørkjeden (tvangsarbeid, barnearbeid, lave lønninger …).'),
  classifiedBy: z
    .array(z.enum(RISK_SOURCES))
    .default([])
    .describe(
      'Hvem som regner kategorien som høyrisiko: «dfo» (DFØs høyrisikoliste) og/eller «etisk-handel-norge».',
    ),
});
export type RiskCategoryData = z.infer<typeof riskCategorySchema>;

import { z } from 'astro/zod';
import { entryFields } from './fields';

/** Who has classed a product category as high-risk. */
export const RISK_SOURCES = ['dfo', 'etisk-handel-norge'] as const;

export const riskCategorySchema = z.object({
  ...entryFields,
  /** Navnet på varekategorien, for eksempel «Arbeidsklær». */
  title: z.string().min(1),
  /** Én eller to setninger om hva kategorien omfatter og hvorfor den har høy risiko. */
  summary: z.string().min(1),
  /** true når kategorien står på høyrisikolisten; bare da gjelder kravene om etisk handel. */
  highRisk: z.boolean(),
  /** Typiske produkter i kategorien, så leseren kjenner den igjen. */
  products: z.array(z.string().min(1)).min(1),
  /** Typiske risikoer i leverandørkjeden (tvangsarbeid, barnearbeid, lave lønninger …). */
  risks: z.array(z.string().min(1)).default([]),
  /** Hvem som regner kategorien som høyrisiko: «dfo» (DFØs høyrisikoliste) og/eller «etisk-handel-norge». */
  classifiedBy: z.array(z.enum(RISK_SOURCES)).default([]),
});
export type RiskCategoryData = z.infer<typeof riskCategorySchema>;

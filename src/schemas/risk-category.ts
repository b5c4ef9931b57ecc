import { z } from 'astro/zod';
import { entryFields } from './fields';

/** Who has classed a product category as high-risk. */
export const RISK_SOURCES = ['dfo', 'etisk-handel-norge'] as const;

export const riskCategorySchema = z.object({
  ...entryFields,
  /** Name of the product category, e.g. "Arbeidsklær". */
  title: z.string().min(1),
  /** One or two sentences on what the category covers and why it carries risk. */
  summary: z.string().min(1),
  /** True when the category is on the high-risk list; only then do the ethical-trade requirements apply. */
  highRisk: z.boolean(),
  /** Typical products in the category, so a reader can recognise it. */
  products: z.array(z.string().min(1)).min(1),
  /** Typical risks in the supply chain (forced labour, child labour, low wages ...). */
  risks: z.array(z.string().min(1)).default([]),
  /** Who classes the category as high-risk: "dfo" (DFØ's high-risk list) and/or "etisk-handel-norge". */
  sources: z.array(z.enum(RISK_SOURCES)).default([]),
});
export type RiskCategoryData = z.infer<typeof riskCategorySchema>;

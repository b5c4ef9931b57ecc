import { z } from 'astro/zod';
import { entryFields, sourceLink } from './fields';

export const glossarySchema = z.object({
  ...entryFields,
  /** The term as written in running text, e.g. "Sosial dialog". */
  title: z.string().min(1),
  /** Other spellings or abbreviations that mean the same. */
  aliases: z.array(z.string().min(1)).default([]),
  /** A one- or two-sentence definition. */
  summary: z.string().min(1),
  /** Where to read more. */
  source: sourceLink.optional(),
});
export type GlossaryData = z.infer<typeof glossarySchema>;

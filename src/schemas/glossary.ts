import { z } from 'astro/zod';
import { entryFields, sourceLink } from './fields';

export const glossarySchema = z.object({
  ...entryFields,
  /** Begrepet slik det skrives i løpende tekst, for eksempel «Sosial dialog». */
  title: z.string().min(1),
  /** Andre skrivemåter eller forkortelser for det samme. */
  aliases: z.array(z.string().min(1)).default([]),
  /** En definisjon på én eller to setninger. */
  summary: z.string().min(1),
  /** Hvor man kan lese mer. */
  source: sourceLink.optional(),
});
export type GlossaryData = z.infer<typeof glossarySchema>;

import { z } from 'astro/zod';
import { entryFields } from './fields';

export const glossarySchema = z.object({
  ...entryFields,
  /** Begrepet slik det skrives i løpende tekst, for eksempel «Sosial dialog». */
  title: z.string().min(1),
  /** Andre skrivemåter eller forkortelser for det samme. */
  aliases: z.array(z.string().min(1)).default([]),
  /** En definisjon på én eller to setninger. */
  summary: z.string().min(1),
});
export type GlossaryData = z.infer<typeof glossarySchema>;

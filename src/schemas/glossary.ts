import { z } from 'astro/zod';
import { entryFields } from './fields';

export const glossarySchema = z.object({
  ...entryFields,
  title: z
    .string()
    .min(1)
    .describe('Begrepet slik det skrives i løpende tekst, for eksempel «Sosial dialog».'),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Andre skrivemåter eller forkortelser for det samme.'),
  summary: z.string().min(1).describe('En definisjon på én eller to setninger.'),
});
export type GlossaryData = z.infer<typeof glossarySchema>;

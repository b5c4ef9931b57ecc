import { z } from 'astro/zod';
import { entryFields } from './fields';

export const pageSchema = z.object({
  ...entryFields,
  title: z.string().min(1).describe('Sidens tittel.'),
  summary: z
    .string()
    .min(1)
    .describe('Én eller to setninger til lister, søketreff og sidebeskrivelsen.'),
});
export type PageData = z.infer<typeof pageSchema>;

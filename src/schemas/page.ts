import { z } from 'astro/zod';
import { entryFields } from './fields';

export const pageSchema = z.object({
  ...entryFields,
  /** Sidens tittel. */
  title: z.string().min(1),
  /** Én eller to setninger til lister, søketreff og sidebeskrivelsen. */
  summary: z.string().min(1),
});
export type PageData = z.infer<typeof pageSchema>;

import { z } from 'astro/zod';
import { entryFields } from './fields';

export const pageSchema = z.object({
  ...entryFields,
  /** The page's title. */
  title: z.string().min(1),
  /** One or two sentences for lists, search results and the meta description. */
  summary: z.string().min(1),
});
export type PageData = z.infer<typeof pageSchema>;

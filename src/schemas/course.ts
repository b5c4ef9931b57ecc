import { z } from 'astro/zod';
import { audience, entryFields } from './fields';

export const courseSchema = z.object({
  ...entryFields,
  /** Kursets tittel. */
  title: z.string().min(1),
  /** Én eller to setninger til lister og søketreff. */
  summary: z.string().min(1),
  /** Hva deltakeren kan etter kurset. */
  goals: z.array(z.string().min(1)).min(1),
  /** Hvem kurset er for. */
  audience: z.array(audience).min(1),
  /** Forventet tid for hele kurset, i minutter. */
  durationMinutes: z.number().int().positive(),
});
export type CourseData = z.infer<typeof courseSchema>;

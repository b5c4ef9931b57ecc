import { z } from 'astro/zod';
import { audience, entryFields } from './fields';

export const courseSchema = z.object({
  ...entryFields,
  title: z.string().min(1).describe('Kursets tittel.'),
  summary: z.string().min(1).describe('Én eller to setninger til lister og søketreff.'),
  goals: z.array(z.string().min(1)).min(1).describe('Hva deltakeren kan etter kurset.'),
  audience: z.array(audience).min(1).describe('Hvem kurset er for.'),
  durationMinutes: z
    .number()
    .int()
    .positive()
    .describe('Forventet tid for hele kurset, i minutter.'),
});
export type CourseData = z.infer<typeof courseSchema>;

import { z } from 'astro/zod';
import { audience, entryFields } from './fields';

export const courseSchema = z.object({
  ...entryFields,
  /** The course's title. */
  title: z.string().min(1),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(1),
  /** What a participant can do after the course. */
  goals: z.array(z.string().min(1)).min(1),
  /** Who the course is for. */
  audience: z.array(audience).min(1),
  /** Expected time for the whole course, in minutes. */
  durationMinutes: z.number().int().positive(),
});
export type CourseData = z.infer<typeof courseSchema>;

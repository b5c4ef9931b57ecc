import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { entryFields } from './fields';

const quizQuestion = z
  .object({
    /** The question. */
    question: z.string().min(1),
    /** The answer options shown. */
    options: z.array(z.string().min(1)).min(2),
    /** The right answer, written exactly as one of the options. */
    answer: z.string().min(1),
    /** Why the answer is right, shown after answering. */
    explanation: z.string().optional(),
  })
  .refine((q) => q.options.includes(q.answer), {
    path: ['answer'],
    error: 'expected the answer to be one of the options',
  });

export const lessonSchema = z.object({
  ...entryFields,
  /** The lesson's title. */
  title: z.string().min(1),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(1),
  /** The course the lesson belongs to (a course id). */
  course: reference('courses'),
  /** Position in the course: 1, 2, 3 ... with no gaps or repeats. */
  order: z.number().int().positive(),
  /** What the participant learns in this lesson. */
  goals: z.array(z.string().min(1)).default([]),
  /** Expected time in minutes. */
  durationMinutes: z.number().int().positive(),
  /** A short quiz checked in the browser. */
  quiz: z.array(quizQuestion).default([]),
});
export type LessonData = z.infer<typeof lessonSchema>;

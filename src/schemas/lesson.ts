import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { entryFields } from './fields';

const quizQuestion = z
  .object({
    /** Spørsmålet. */
    question: z.string().min(1),
    /** Svaralternativene som vises. */
    options: z.array(z.string().min(1)).min(2),
    /** Riktig svar, skrevet nøyaktig som ett av alternativene. */
    answer: z.string().min(1),
    /** Hvorfor svaret er riktig; vises etter at man har svart. */
    explanation: z.string().optional(),
  })
  .refine((q) => q.options.includes(q.answer), {
    path: ['answer'],
    error: 'at svaret er skrevet nøyaktig som ett av alternativene i options',
  });

export const lessonSchema = z.object({
  ...entryFields,
  /** Leksjonens tittel. */
  title: z.string().min(1),
  /** Én eller to setninger til lister og søketreff. */
  summary: z.string().min(1),
  /** Kurset leksjonen hører til (id-en til kurset). */
  course: reference('courses'),
  /** Plass i kurset: 1, 2, 3 … uten hull eller gjentakelser. */
  order: z.number().int().positive(),
  /** Hva deltakeren lærer i leksjonen. */
  goals: z.array(z.string().min(1)).default([]),
  /** Forventet tid i minutter. */
  durationMinutes: z.number().int().positive(),
  /** En kort quiz som rettes i nettleseren. */
  quiz: z.array(quizQuestion).default([]),
});
export type LessonData = z.infer<typeof lessonSchema>;

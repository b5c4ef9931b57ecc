import { z } from 'astro/zod';
import { entryFields, referenceTo } from './fields';

const quizQuestion = z
  .object({
    question: z.string().min(1).describe('Spørsmålet.'),
    options: z.array(z.string().min(1)).min(2).describe('Svaralternativene som vises.'),
    answer: z.string().min(1).describe('Riktig svar, skrevet nøyaktig som ett av alternativene.'),
    explanation: z
      .string()
      .optional()
      .describe('Hvorfor svaret er riktig; vises etter at man har svart.'),
  })
  .refine((q) => q.options.includes(q.answer), {
    path: ['answer'],
    error: 'at svaret er skrevet nøyaktig som ett av alternativene i options',
  });

export const lessonSchema = z.object({
  ...entryFields,
  title: z.string().min(1).describe('Leksjonens tittel.'),
  summary: z.string().min(1).describe('Én eller to setninger til lister og søketreff.'),
  course: referenceTo('courses').describe('Kurset leksjonen hører til (id-en til kurset).'),
  order: z
    .number()
    .int()
    .positive()
    .describe('Plass i kurset: 1, 2, 3 … uten hull eller gjentakelser.'),
  goals: z.array(z.string().min(1)).default([]).describe('Hva deltakeren lærer i leksjonen.'),
  durationMinutes: z.number().int().positive().describe('Forventet tid i minutter.'),
  quiz: z.array(quizQuestion).default([]).describe('En kort quiz som rettes i nettleseren.'),
});
export type LessonData = z.infer<typeof lessonSchema>;

import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { audience, calendarDate, entryFields } from './fields';

export const PROCUREMENT_STAGES = ['planlegging', 'konkurranse', 'kontraktsoppfolging'] as const;
export const FILE_FORMATS = ['docx', 'xlsx', 'pdf', 'odt'] as const;

export const templateSchema = z.object({
  ...entryFields,
  /** The template's title. */
  title: z.string().min(1),
  /** What the template is for, in one or two sentences. */
  purpose: z.string().min(1),
  /** Who uses the template. */
  audience: z.array(audience).min(1),
  /** The procurement stage the template is used in. */
  stage: z.enum(PROCUREMENT_STAGES),
  /** Files stored beside the entry; a .docx is also generated from the text when `generateDocx` is true. */
  files: z
    .array(
      z.object({
        /** File name relative to the entry's folder. */
        file: z.string().min(1),
        /** File format. */
        format: z.enum(FILE_FORMATS),
        /** What the file is called on the page. */
        title: z.string().min(1),
      }),
    )
    .default([]),
  /** Requirements the template helps a purchaser set or follow up (requirement ids). */
  requirements: z.array(reference('requirements')).default([]),
  /** Generate a .docx from the entry's text. */
  generateDocx: z.boolean().default(false),
  /** Current version, e.g. "2.1". */
  version: z.string().regex(/^\d+\.\d+$/, { error: 'expected a version such as "1.0"' }),
  /** What changed in each version, newest first. */
  changes: z
    .array(
      z.object({
        /** The version. */
        version: z.string().regex(/^\d+\.\d+$/, { error: 'expected a version such as "1.0"' }),
        /** When it was published. */
        date: calendarDate,
        /** What changed. */
        note: z.string().min(1),
      }),
    )
    .min(1),
});
export type TemplateData = z.infer<typeof templateSchema>;

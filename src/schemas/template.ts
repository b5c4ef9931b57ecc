import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { audience, changeNoteFields, entryFields } from './fields';

export const PROCUREMENT_STAGES = ['planlegging', 'konkurranse', 'kontraktsoppfolging'] as const;
export const FILE_FORMATS = ['docx', 'xlsx', 'pdf', 'odt'] as const;

export const templateSchema = z.object({
  ...entryFields,
  /** Malens tittel. */
  title: z.string().min(1),
  /** Hva malen er til, i én eller to setninger. */
  purpose: z.string().min(1),
  /** Hvem som bruker malen. */
  audience: z.array(audience).min(1),
  /** Fasen i anskaffelsen malen brukes i. */
  stage: z.enum(PROCUREMENT_STAGES),
  /** Filer lagret ved siden av oppføringen; en .docx lages i tillegg fra teksten når `generateDocx` er true. */
  files: z
    .array(
      z.object({
        /** Filnavn, relativt til mappen oppføringen ligger i. */
        file: z.string().min(1),
        /** Filformat. */
        format: z.enum(FILE_FORMATS),
        /** Hva filen heter på siden. */
        title: z.string().min(1),
      }),
    )
    .default([]),
  /** Krav malen hjelper innkjøperen å stille eller følge opp (id-er). */
  requirements: z.array(reference('requirements')).default([]),
  /** Lag en .docx av teksten i oppføringen. */
  generateDocx: z.boolean().default(false),
  /** Gjeldende versjon, for eksempel «2.1». */
  version: z.string().regex(/^\d+\.\d+$/, { error: 'et versjonsnummer som "1.0"' }),
  /** Hva som ble endret i hver versjon, nyeste først. */
  changes: z
    .array(
      z.object({
        ...changeNoteFields,
        /** Versjonen. */
        version: z.string().regex(/^\d+\.\d+$/, { error: 'et versjonsnummer som "1.0"' }),
      }),
    )
    .min(1),
});
export type TemplateData = z.infer<typeof templateSchema>;

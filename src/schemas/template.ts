import { z } from 'astro/zod';
import { audience, changeNoteFields, entryFields, referenceTo } from './fields';

export const PROCUREMENT_STAGES = ['planlegging', 'konkurranse', 'kontraktsoppfolging'] as const;
export const FILE_FORMATS = ['docx', 'xlsx', 'pdf', 'odt'] as const;

export const templateSchema = z.object({
  // A template's change notes carry its version: its own `changes`, at the end, replace the shared.
  ...z.object(entryFields).omit({ changes: true }).shape,
  title: z.string().min(1).describe('Malens tittel.'),
  purpose: z.string().min(1).describe('Hva malen er til, i én eller to setninger.'),
  audience: z.array(audience).min(1).describe('Hvem som bruker malen.'),
  stage: z.enum(PROCUREMENT_STAGES).describe('Fasen i anskaffelsen malen brukes i.'),
  files: z
    .array(
      z.object({
        file: z.string().min(1).describe('Filnavn, relativt til mappen oppføringen ligger i.'),
        format: z.enum(FILE_FORMATS).describe('Filformat.'),
        title: z.string().min(1).describe('Hva filen heter på siden.'),
      }),
    )
    .default([])
    .describe(
      'Filer lagret ved siden av oppføringen; en .docx lages i tillegg fra teksten når `generateDocx` er true.',
    ),
  requirements: z
    .array(referenceTo('requirements'))
    .default([])
    .describe('Krav malen hjelper innkjøperen å stille eller følge opp (id-er).'),
  generateDocx: z.boolean().default(false).describe('Lag en .docx av teksten i oppføringen.'),
  version: z
    .string()
    .regex(/^\d+\.\d+$/, { error: 'et versjonsnummer som "1.0"' })
    .describe('Gjeldende versjon, for eksempel «2.1».'),
  changes: z
    .array(
      z.object({
        ...changeNoteFields,
        version: z
          .string()
          .regex(/^\d+\.\d+$/, { error: 'et versjonsnummer som "1.0"' })
          .describe('Versjonen.'),
      }),
    )
    .min(1)
    .describe('Hva som ble endret i hver versjon, nyeste først.'),
});
export type TemplateData = z.infer<typeof templateSchema>;

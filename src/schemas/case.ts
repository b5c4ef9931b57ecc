import { z } from 'astro/zod';
import { entryFields, nok, referenceTo } from './fields';

export const CASE_STATUSES = ['pagaende', 'avsluttet'] as const;

export const caseSchema = z.object({
  ...entryFields,
  title: z.string().min(1).describe('Tittelen på erfaringen.'),
  summary: z.string().min(1).describe('Én eller to setninger til lister og søketreff.'),
  agreement: z
    .string()
    .min(1)
    .describe(
      'Avtalen erfaringen gjelder, for eksempel «Rammeavtale om arbeidsklær, sko og verneutstyr».',
    ),
  category: referenceTo('riskCategories').describe(
    'Risikokategorien (vareområdet) avtalen gjelder.',
  ),
  contractValueNok: nok.describe('Avtalens samlede verdi i kroner.'),
  contractYears: z.number().positive().describe('Avtalens lengde i år.'),
  requirements: z
    .array(referenceTo('requirements'))
    .default([])
    .describe('Kravene erfaringen viser i bruk.'),
  challenge: z.string().min(1).describe('Problemet erfaringen starter med.'),
  actions: z.array(z.string().min(1)).min(1).describe('Hva som ble gjort, steg for steg.'),
  result: z.string().min(1).describe('Hva det har ført til så langt.'),
  lessons: z.array(z.string().min(1)).min(1).describe('Lærdom andre innkjøpere kan bruke.'),
  status: z.enum(CASE_STATUSES).describe('Om oppfølgingen fortsatt pågår.'),
});
export type CaseData = z.infer<typeof caseSchema>;

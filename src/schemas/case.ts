import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { entryFields, nok } from './fields';

export const CASE_STATUSES = ['pagaende', 'avsluttet'] as const;

export const caseSchema = z.object({
  ...entryFields,
  /** Tittelen på erfaringen. */
  title: z.string().min(1),
  /** Én eller to setninger til lister og søketreff. */
  summary: z.string().min(1),
  /** Avtalen erfaringen gjelder, for eksempel «Rammeavtale om arbeidsklær, sko og verneutstyr». */
  agreement: z.string().min(1),
  /** Risikokategorien (vareområdet) avtalen gjelder. */
  category: reference('riskCategories'),
  /** Avtalens samlede verdi i kroner. */
  contractValueNok: nok,
  /** Avtalens lengde i år. */
  contractYears: z.number().positive(),
  /** Kravene erfaringen viser i bruk. */
  requirements: z.array(reference('requirements')).default([]),
  /** Problemet erfaringen starter med. */
  challenge: z.string().min(1),
  /** Hva som ble gjort, steg for steg. */
  actions: z.array(z.string().min(1)).min(1),
  /** Hva det har ført til så langt. */
  result: z.string().min(1),
  /** Lærdom andre innkjøpere kan bruke. */
  lessons: z.array(z.string().min(1)).min(1),
  /** Om oppfølgingen fortsatt pågår. */
  status: z.enum(CASE_STATUSES),
});
export type CaseData = z.infer<typeof caseSchema>;

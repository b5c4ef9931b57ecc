import { z } from 'astro/zod';
import { calendarDate, entryFields, nok, referenceTo } from './fields';

export const PROCUREMENT_STATUSES = ['planlagt', 'kunngjort', 'pagaende', 'tildelt'] as const;

export const procurementSchema = z.object({
  ...entryFields,
  title: z.string().min(1).describe('Anskaffelsens tittel.'),
  summary: z.string().min(1).describe('Én eller to setninger til lister og søketreff.'),
  category: referenceTo('riskCategories').describe('Varekategorien (id-en til en risikokategori).'),
  estimatedValueNok: nok.describe('Anslått samlet kontraktsverdi i kroner (eks. mva.).'),
  plannedAnnouncement: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, { error: 'et kvartal skrevet som "2027-Q1"' })
    .describe('Planlagt kunngjøring, som kvartal: «2027-Q1».'),
  status: z.enum(PROCUREMENT_STATUSES).describe('planlagt, kunngjort, pagaende eller tildelt.'),
  deadlines: z
    .array(
      z.object({
        what: z.string().min(1).describe('Hva fristen gjelder, for eksempel «Tilbudsfrist».'),
        date: calendarDate.describe('Datoen.'),
      }),
    )
    .default([])
    .describe(
      'Frister i konkurransen når de er kjent (frist for spørsmål, tilbudsfrist …); de står i kategoriens kalender.',
    ),
  requirements: z
    .array(referenceTo('requirements'))
    .default([])
    .describe('Krav som skal stilles i tillegg til dem regelen for kategori og verdi finner.'),
  contact: z
    .object({
      name: z.string().min(1).describe('Navn eller team.'),
      email: z.email().describe('E-postadresse.'),
    })
    .describe('Hvem man kan spørre om anskaffelsen.'),
});
export type ProcurementData = z.infer<typeof procurementSchema>;

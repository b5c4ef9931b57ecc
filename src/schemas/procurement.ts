import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { calendarDate, entryFields, nok } from './fields';

export const PROCUREMENT_STATUSES = ['planlagt', 'kunngjort', 'pagaende', 'tildelt'] as const;

export const procurementSchema = z.object({
  ...entryFields,
  /** Anskaffelsens tittel. */
  title: z.string().min(1),
  /** Én eller to setninger til lister og søketreff. */
  summary: z.string().min(1),
  /** Varekategorien (id-en til en risikokategori). */
  category: reference('riskCategories'),
  /** Anslått samlet kontraktsverdi i kroner (eks. mva.). */
  estimatedValueNok: nok,
  /** Planlagt kunngjøring, som kvartal: «2027-Q1». */
  plannedAnnouncement: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, { error: 'et kvartal skrevet som "2027-Q1"' }),
  /** planlagt, kunngjort, pagaende eller tildelt. */
  status: z.enum(PROCUREMENT_STATUSES),
  /** Frister i konkurransen når de er kjent (frist for spørsmål, tilbudsfrist …); de står i kategoriens kalender. */
  deadlines: z
    .array(
      z.object({
        /** Hva fristen gjelder, for eksempel «Tilbudsfrist». */
        what: z.string().min(1),
        /** Datoen. */
        date: calendarDate,
      }),
    )
    .default([]),
  /** Krav som skal stilles i tillegg til dem regelen for kategori og verdi finner. */
  requirements: z.array(reference('requirements')).default([]),
  /** Hvem man kan spørre om anskaffelsen. */
  contact: z.object({
    /** Navn eller team. */
    name: z.string().min(1),
    /** E-postadresse. */
    email: z.email(),
  }),
});
export type ProcurementData = z.infer<typeof procurementSchema>;

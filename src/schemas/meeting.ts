import { z } from 'astro/zod';
import { calendarDate, entryFields, osloDateTime, referenceTo } from './fields';

export const MEETING_STATUSES = ['planlagt', 'gjennomfort', 'avlyst'] as const;
export const MATERIAL_KINDS = ['presentasjon', 'referat', 'sporsmal-og-svar', 'annet'] as const;

const location = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fysisk').describe('«fysisk» for et møte i et møterom.'),
    address: z.string().min(1).describe('Gateadresse og rom.'),
  }),
  z.object({
    kind: z.literal('digitalt').describe('«digitalt» for et møte på nett.'),
    url: z
      .url()
      .optional()
      .describe(
        'Lenke til selve møtet på nett, når den er kjent (aldri en forside). Uten lenke står det at den sendes til påmeldte.',
      ),
  }),
  z.object({
    kind: z
      .literal('hybrid')
      .describe('«hybrid» for et møte i et rom som man også kan følge på nett.'),
    address: z.string().min(1).describe('Gateadresse og rom.'),
    url: z
      .url()
      .optional()
      .describe(
        'Lenke til selve møtet på nett, når den er kjent (aldri en forside). Uten lenke står det at den sendes til påmeldte.',
      ),
  }),
]);

export const meetingSchema = z
  .object({
    ...entryFields,
    title: z.string().min(1).describe('Møtets tittel.'),
    summary: z.string().min(1).describe('Én eller to setninger til lister og søketreff.'),
    start: osloDateTime.describe('Start, norsk tid, skrevet «ÅÅÅÅ-MM-DDTTT:MM».'),
    end: osloDateTime.describe('Slutt, norsk tid, skrevet «ÅÅÅÅ-MM-DDTTT:MM».'),
    location: location.describe('Hvor møtet holdes.'),
    status: z
      .enum(MEETING_STATUSES)
      .describe('Planlagt (planlagt), gjennomført (gjennomfort) eller avlyst (avlyst).'),
    agenda: z
      .array(
        z.object({
          time: z
            .string()
            .regex(/^\d{2}:\d{2}$/, { error: 'et klokkeslett skrevet "TT:MM"' })
            .optional()
            .describe('Klokkeslett for punktet, «TT:MM».'),
          title: z.string().min(1).describe('Hva punktet handler om.'),
        }),
      )
      .default([])
      .describe('Agendaen, i rekkefølge.'),
    materials: z
      .array(
        z.object({
          title: z.string().min(1).describe('Hva filen heter på siden.'),
          file: z.string().min(1).describe('Filnavnet, relativt til mappen oppføringen ligger i.'),
          kind: z
            .enum(MATERIAL_KINDS)
            .describe('presentasjon, referat, sporsmal-og-svar eller annet.'),
        }),
      )
      .default([])
      .describe(
        'Filer fra møtet (presentasjoner, referat, spørsmål og svar), lagret ved siden av oppføringen.',
      ),
    procurements: z
      .array(referenceTo('procurements'))
      .default([])
      .describe('Anskaffelser som presenteres på møtet.'),
    requirements: z
      .array(referenceTo('requirements'))
      .default([])
      .describe('Krav som diskuteres på møtet.'),
    registration: z
      .object({
        deadline: calendarDate.describe('Siste dag for påmelding.'),
        url: z.url().optional().describe('Hvor man melder seg på, hvis det skjer på nett.'),
        email: z.email().optional().describe('E-postadresse for påmelding.'),
        note: z.string().optional().describe('Annet deltakerne bør vite.'),
      })
      .optional()
      .describe('Slik melder man seg på.'),
  })
  .refine((m) => m.end > m.start, {
    path: ['end'],
    error: 'at slutt (end) er etter start',
  });
export type MeetingData = z.infer<typeof meetingSchema>;

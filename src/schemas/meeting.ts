import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { calendarDate, entryFields, osloDateTime } from './fields';

export const MEETING_STATUSES = ['planlagt', 'gjennomfort', 'avlyst'] as const;
export const MATERIAL_KINDS = ['presentasjon', 'referat', 'sporsmal-og-svar', 'annet'] as const;

const location = z.discriminatedUnion('kind', [
  z.object({
    /** «fysisk» for et møte i et møterom. */
    kind: z.literal('fysisk'),
    /** Gateadresse og rom. */
    address: z.string().min(1),
  }),
  z.object({
    /** «digitalt» for et møte på nett. */
    kind: z.literal('digitalt'),
    /** Lenke til selve møtet på nett, når den er kjent (aldri en forside). Uten lenke står det at den sendes til påmeldte. */
    url: z.url().optional(),
  }),
  z.object({
    /** «hybrid» for et møte i et rom som man også kan følge på nett. */
    kind: z.literal('hybrid'),
    /** Gateadresse og rom. */
    address: z.string().min(1),
    /** Lenke til selve møtet på nett, når den er kjent (aldri en forside). Uten lenke står det at den sendes til påmeldte. */
    url: z.url().optional(),
  }),
]);

export const meetingSchema = z
  .object({
    ...entryFields,
    /** Møtets tittel. */
    title: z.string().min(1),
    /** Én eller to setninger til lister og søketreff. */
    summary: z.string().min(1),
    /** Start, norsk tid, skrevet «ÅÅÅÅ-MM-DDTTT:MM». */
    start: osloDateTime,
    /** Slutt, norsk tid, skrevet «ÅÅÅÅ-MM-DDTTT:MM». */
    end: osloDateTime,
    /** Hvor møtet holdes. */
    location,
    /** Planlagt (planlagt), gjennomført (gjennomfort) eller avlyst (avlyst). */
    status: z.enum(MEETING_STATUSES),
    /** Agendaen, i rekkefølge. */
    agenda: z
      .array(
        z.object({
          /** Klokkeslett for punktet, «TT:MM». */
          time: z
            .string()
            .regex(/^\d{2}:\d{2}$/, { error: 'et klokkeslett skrevet "TT:MM"' })
            .optional(),
          /** Hva punktet handler om. */
          title: z.string().min(1),
        }),
      )
      .default([]),
    /** Filer fra møtet (presentasjoner, referat, spørsmål og svar), lagret ved siden av oppføringen. */
    materials: z
      .array(
        z.object({
          /** Hva filen heter på siden. */
          title: z.string().min(1),
          /** Filnavnet, relativt til mappen oppføringen ligger i. */
          file: z.string().min(1),
          /** presentasjon, referat, sporsmal-og-svar eller annet. */
          kind: z.enum(MATERIAL_KINDS),
        }),
      )
      .default([]),
    /** Anskaffelser som presenteres på møtet. */
    procurements: z.array(reference('procurements')).default([]),
    /** Krav som diskuteres på møtet. */
    requirements: z.array(reference('requirements')).default([]),
    /** Slik melder man seg på. */
    registration: z
      .object({
        /** Siste dag for påmelding. */
        deadline: calendarDate,
        /** Hvor man melder seg på, hvis det skjer på nett. */
        url: z.url().optional(),
        /** E-postadresse for påmelding. */
        email: z.email().optional(),
        /** Annet deltakerne bør vite. */
        note: z.string().optional(),
      })
      .optional(),
  })
  .refine((m) => m.end > m.start, {
    path: ['end'],
    error: 'at slutt (end) er etter start',
  });
export type MeetingData = z.infer<typeof meetingSchema>;

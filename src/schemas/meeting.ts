import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { calendarDate, entryFields, osloDateTime } from './fields';

export const MEETING_STATUSES = ['planlagt', 'gjennomfort', 'avlyst'] as const;
export const MATERIAL_KINDS = ['presentasjon', 'referat', 'sporsmal-og-svar', 'annet'] as const;

const location = z.discriminatedUnion('kind', [
  z.object({
    /** "fysisk" for a meeting in a room. */
    kind: z.literal('fysisk'),
    /** Street address and room. */
    address: z.string().min(1),
  }),
  z.object({
    /** "digitalt" for an online meeting. */
    kind: z.literal('digitalt'),
    /** Link to the online meeting. */
    url: z.url(),
  }),
  z.object({
    /** "hybrid" for a meeting in a room that can also be joined online. */
    kind: z.literal('hybrid'),
    /** Street address and room. */
    address: z.string().min(1),
    /** Link to the online meeting. */
    url: z.url(),
  }),
]);

export const meetingSchema = z
  .object({
    ...entryFields,
    /** The meeting's title. */
    title: z.string().min(1),
    /** One or two sentences for lists and search results. */
    summary: z.string().min(1),
    /** Start, Oslo time, as "YYYY-MM-DDTHH:mm". */
    start: osloDateTime,
    /** End, Oslo time, as "YYYY-MM-DDTHH:mm". */
    end: osloDateTime,
    /** Where the meeting takes place. */
    location,
    /** Planned, held (gjennomfort) or cancelled (avlyst). */
    status: z.enum(MEETING_STATUSES),
    /** The agenda, in order. */
    agenda: z
      .array(
        z.object({
          /** Start time of the item, "HH:mm". */
          time: z.string().regex(/^\d{2}:\d{2}$/, { error: 'expected a time "HH:mm"' }).optional(),
          /** What the item is about. */
          title: z.string().min(1),
        }),
      )
      .default([]),
    /** Files from the meeting (slides, minutes, Q&A), stored beside the entry. */
    materials: z
      .array(
        z.object({
          /** What the file is called on the page. */
          title: z.string().min(1),
          /** The file name, relative to the entry's folder. */
          file: z.string().min(1),
          /** presentasjon, referat, sporsmal-og-svar or annet. */
          kind: z.enum(MATERIAL_KINDS),
        }),
      )
      .default([]),
    /** Procurements presented at the meeting. */
    procurements: z.array(reference('procurements')).default([]),
    /** Requirements discussed at the meeting. */
    requirements: z.array(reference('requirements')).default([]),
    /** How to register. */
    registration: z
      .object({
        /** Last day to register. */
        deadline: calendarDate,
        /** Where to register, if online. */
        url: z.url().optional(),
        /** Address to register by e-mail. */
        email: z.email().optional(),
        /** Anything else the participant should know. */
        note: z.string().optional(),
      })
      .optional(),
  })
  .refine((m) => m.end > m.start, {
    path: ['end'],
    error: 'expected the end to be after the start',
  });
export type MeetingData = z.infer<typeof meetingSchema>;

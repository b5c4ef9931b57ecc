/**
 * Field helpers shared by every collection schema.
 * Each field's `.describe('…')` is what the editors' field reference and the web editor show
 * (src/lib/field-reference.ts); a helper's `title` names its type there.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isRealDate } from '../lib/dates';

declare module 'zod/v4/core' {
  /** What the field reference needs that zod's own types do not say (set through `.meta()`). */
  interface GlobalMeta {
    /** The collection a reference's id points into (Astro's `reference` keeps it to itself). */
    references?: string;
    /** A text that holds a date and a time of day (the web editor shows a date and time picker). */
    dateTime?: true;
  }
}

/** A reference to an entry of `collection` by its id, which the field reference can name. */
export const referenceTo = <C extends Parameters<typeof reference>[0]>(collection: C) =>
  reference(collection).meta({ references: collection });

/** Audiences the portal writes for. */
export const AUDIENCES = ['leverandor', 'innkjoper', 'kursdeltaker'] as const;
export const audience = z
  .enum(AUDIENCES)
  .meta({ title: 'målgruppe: leverandor, innkjoper eller kursdeltaker' });
export type Audience = z.infer<typeof audience>;

/** A date as the editors write it, and as the web editor's date widget saves it (src/lib/cms/config.ts). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_EXPECTED = 'en dato skrevet ÅÅÅÅ-MM-DD';

/**
 * The Date YAML would have made of a quoted "YYYY-MM-DD" (UTC midnight), when it is a real date;
 * any other value is left as it is, for z.date to refuse.
 */
function dateFromText(value: unknown): unknown {
  const parts = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!parts || !isRealDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))) return value;
  return new Date(`${parts[0]}T00:00:00Z`);
}

const atUtcMidnight = (date: Date) => date.getTime() % 86_400_000 === 0;

/** A date as YAML or dateFromText hands it on: a real Date at UTC midnight. */
const dateValue = z
  .date({
    error: (issue) =>
      typeof issue.input === 'string' && ISO_DATE.test(issue.input)
        ? 'en virkelig dato (ÅÅÅÅ-MM-DD)'
        : DATE_EXPECTED,
  })
  .refine(atUtcMidnight, { error: `${DATE_EXPECTED}, uten klokkeslett` })
  .meta({ title: 'dato (ÅÅÅÅ-MM-DD)' });

/**
 * A calendar date (YYYY-MM-DD), stored as a Date at UTC midnight. YAML turns an unquoted date
 * into such a Date itself; a quoted one is text and is read here. Nothing else is a date: not a
 * number (2026), not "1. mars 2026", not a date with a time of day. Impossible dates in a file
 * (2026-02-30, which YAML rolls over to 2 March) are caught earlier, by the loader, from the raw text.
 */
export const calendarDate = z.preprocess(dateFromText, dateValue);

/** A local Oslo wall-clock time, written as "YYYY-MM-DDTHH:mm" without an offset. */
export const osloDateTime = z
  .string({ error: 'dato og klokkeslett i anførselstegn, skrevet "ÅÅÅÅ-MM-DDTTT:MM" (norsk tid)' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
    error: 'dato og klokkeslett skrevet "ÅÅÅÅ-MM-DDTTT:MM" (norsk tid)',
  })
  .meta({ title: 'dato og klokkeslett, Oslo-tid («ÅÅÅÅ-MM-DDTTT:MM»)', dateTime: true });

/** A whole number of Norwegian kroner, never negative. */
export const nok = z
  .number({ error: 'et beløp i kroner skrevet som tall, for eksempel 500000' })
  .int({ error: 'et helt antall kroner' })
  .nonnegative({ error: 'et beløp på 0 kroner eller mer' })
  .meta({ title: 'beløp i kroner (helt tall, 0 eller mer)' });

/** An editor's link to an outside source. */
export const sourceLink = z
  .object({
    title: z.string().min(1).describe('Hva kilden heter, slik leseren skal se det.'),
    url: z.url().optional().describe('Hvor kilden kan leses, hvis den finnes på nett.'),
  })
  .meta({ title: 'kilde' });

const YEAR_EXPECTED = 'et årstall skrevet som tall, for eksempel 2020';

/** A year written as a number, for example 2020. */
export const year = z
  .number({ error: YEAR_EXPECTED })
  .int({ error: 'et helt årstall, for eksempel 2020' })
  .min(1900, { error: 'et årstall fra 1900 eller senere' })
  .max(2100, { error: 'et årstall før 2100' });

/** A year written as text ("2020"), as a form field saves it: read as the number. */
export const yearText = z
  // The same words as for a number: to the editor both are "a year", and the message says it once.
  .string({ error: YEAR_EXPECTED })
  .regex(/^\d{4}$/, { error: YEAR_EXPECTED })
  .transform(Number)
  .pipe(year);

/** Where a statement comes from: one document the reader could look up. */
export const source = z.object({
  title: z.string().min(1).describe('Hva kilden heter, for eksempel «Anskaffelsesforskriften».'),
  publisher: z
    .string()
    .min(1)
    .describe(
      'Hvem som har gitt ut kilden, for eksempel «UKE, Oslo kommune» eller «Nærings- og fiskeridepartementet».',
    ),
  // Text read into a date before the union, not inside it: zod takes a union with a z.preprocess
  // in it as optional input, and the JSON Schema Astro writes would leave the field unrequired.
  date: z
    .preprocess(
      dateFromText,
      z.union([year, yearText, dateValue], {
        error: 'et årstall (2020) eller en dato skrevet ÅÅÅÅ-MM-DD',
      }),
    )
    .describe('Året (2020) eller datoen (2020-06-15) kilden er fra.'),
  url: z
    .url()
    .optional()
    .describe(
      'Adressen der kilden kan leses. Bare en adresse du vet er riktig; ellers utelat feltet.',
    ),
});
export type Source = z.infer<typeof source>;

/**
 * One change, as the editor tells it to readers: when, and what is different. The one
 * change-note shape every collection shares (templates add their version number to it).
 */
export const changeNoteFields = {
  date: calendarDate.describe('Datoen endringen ble publisert.'),
  note: z
    .string()
    .min(1)
    .describe('Hva som er endret, i én eller to setninger skrevet for leseren.'),
};
export const changeNote = z.object(changeNoteFields);
export type ChangeNote = z.infer<typeof changeNote>;

/** Fields every entry in every collection has. */
export const entryFields = {
  draft: z
    .boolean()
    .default(false)
    .describe('Utkast publiseres aldri: ingen side, liste, feed, nettstedskart eller søketreff.'),
  updated: calendarDate.describe(
    'Datoen innholdet sist ble endret i substans; vises som «Sist oppdatert».',
  ),
  reviewBy: calendarDate.describe('Datoen en redaktør senest må gå gjennom oppføringen igjen.'),
  sources: z
    .array(source)
    .default([])
    .describe(
      'Hvor opplysningene kommer fra; vises i blokken «Kilder». En publisert oppføring må ha minst én kilde, eller være merket som fiktivt eksempel (example: true).',
    ),
  factsAsOf: year
    .optional()
    .describe(
      'Året tidsavhengige opplysninger (tall, navn, status) gjelder for; siden sier da «Tall fra 2020».',
    ),
  example: z
    .boolean()
    .default(false)
    .describe(
      'true når noe i oppføringen er laget for å vise hvordan portalen virker (kravkode, versjon, frist, terskel, møte, planlagt anskaffelse) og ingen kilde sier det. Vises med merket «Fiktivt eksempel» overalt der oppføringen står.',
    ),
  changes: z
    .array(changeNote)
    .default([])
    .describe(
      'Endringer leseren bør vite om, nyeste først. Den nyeste vises som «Endret [dato]» ved «Sist oppdatert»; alle står på «Nytt og endret» og i feedene.',
    ),
};

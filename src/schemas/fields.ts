/**
 * Field helpers shared by every collection schema.
 * The JSDoc line above each field is what the editor's field reference shows.
 */
import { z } from 'astro/zod';

/** Audiences the portal writes for. */
export const AUDIENCES = ['leverandor', 'innkjoper', 'kursdeltaker'] as const;
export const audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audience>;

/**
 * A calendar date (YYYY-MM-DD). YAML turns such values into Date objects at UTC midnight;
 * impossible dates (2026-02-30) are caught earlier, by the loader, from the raw text.
 */
export const calendarDate = z.coerce.date({
  error: 'en dato skrevet ÅÅÅÅ-MM-DD',
});

/** A local Oslo wall-clock time, written as "YYYY-MM-DDTHH:mm" without an offset. */
export const osloDateTime = z
  .string({ error: 'dato og klokkeslett i anførselstegn, skrevet "ÅÅÅÅ-MM-DDTTT:MM" (norsk tid)' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
    error: 'dato og klokkeslett skrevet "ÅÅÅÅ-MM-DDTTT:MM" (norsk tid)',
  });

/** A whole number of Norwegian kroner, never negative. */
export const nok = z
  .number({ error: 'et beløp i kroner skrevet som tall, for eksempel 500000' })
  .int({ error: 'et helt antall kroner' })
  .nonnegative({ error: 'et beløp på 0 kroner eller mer' });

/** An editor's link to an outside source. */
export const sourceLink = z.object({
  /** Hva kilden heter, slik leseren skal se det. */
  title: z.string().min(1),
  /** Hvor kilden kan leses, hvis den finnes på nett. */
  url: z.url().optional(),
});

const YEAR_EXPECTED = 'et årstall skrevet som tall, for eksempel 2020';

/** A year written as a number, for example 2020. */
export const year = z
  .number({ error: YEAR_EXPECTED })
  .int({ error: 'et helt årstall, for eksempel 2020' })
  .min(1900, { error: 'et årstall fra 1900 eller senere' })
  .max(2100, { error: 'et årstall før 2100' });

/** A year written as text ("2020"), as a form field saves it: read as the number. */
export const yearText = z
  .string()
  // The same words as for a number: to the editor both are "a year", and the message says it once.
  .regex(/^\d{4}$/, { error: YEAR_EXPECTED })
  .transform(Number)
  .pipe(year);

/** Where a statement comes from: one document the reader could look up. */
export const source = z.object({
  /** Hva kilden heter, for eksempel «Anskaffelsesforskriften». */
  title: z.string().min(1),
  /** Hvem som har gitt ut kilden, for eksempel «UKE, Oslo kommune» eller «Nærings- og fiskeridepartementet». */
  publisher: z.string().min(1),
  /** Året (2020) eller datoen (2020-06-15) kilden er fra. */
  date: z.union([year, yearText, calendarDate], {
    error: 'et årstall (2020) eller en dato skrevet ÅÅÅÅ-MM-DD',
  }),
  /** Adressen der kilden kan leses. Bare en adresse du vet er riktig; ellers utelat feltet. */
  url: z.url().optional(),
});
export type Source = z.infer<typeof source>;

/**
 * One change, as the editor tells it to readers: when, and what is different. The one
 * change-note shape every collection shares (templates add their version number to it).
 */
export const changeNoteFields = {
  /** Datoen endringen ble publisert. */
  date: calendarDate,
  /** Hva som er endret, i én eller to setninger skrevet for leseren. */
  note: z.string().min(1),
};
export const changeNote = z.object(changeNoteFields);
export type ChangeNote = z.infer<typeof changeNote>;

/** Fields every entry in every collection has. */
export const entryFields = {
  /** Utkast publiseres aldri: ingen side, liste, feed, nettstedskart eller søketreff. */
  draft: z.boolean().default(false),
  /** Datoen innholdet sist ble endret i substans; vises som «Sist oppdatert». */
  updated: calendarDate,
  /** Datoen en redaktør senest må gå gjennom oppføringen igjen. */
  reviewBy: calendarDate,
  /**
   * Hvor opplysningene kommer fra; vises i blokken «Kilder». En publisert oppføring må ha minst
   * én kilde, eller være merket som fiktivt eksempel (example: true).
   */
  sources: z.array(source).default([]),
  /** Året tidsavhengige opplysninger (tall, navn, status) gjelder for; siden sier da «Tall fra 2020». */
  factsAsOf: year.optional(),
  /**
   * true når noe i oppføringen er laget for å vise hvordan portalen virker (kravkode, versjon,
   * frist, terskel, møte, planlagt anskaffelse) og ingen kilde sier det. Vises med merket
   * «Fiktivt eksempel» overalt der oppføringen står.
   */
  example: z.boolean().default(false),
  /** Endringer leseren bør vite om, nyeste først. Den nyeste vises som «Endret [dato]» ved «Sist oppdatert»; alle står på «Nytt og endret» og i feedene. */
  changes: z.array(changeNote).default([]),
};

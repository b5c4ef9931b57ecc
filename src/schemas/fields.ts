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

/** Fields every entry in every collection has. */
export const entryFields = {
  /** Utkast publiseres aldri: ingen side, liste, feed, nettstedskart eller søketreff. */
  draft: z.boolean().default(false),
  /** Datoen innholdet sist ble endret i substans; vises som «Sist oppdatert». */
  updated: calendarDate,
  /** Datoen en redaktør senest må gå gjennom oppføringen igjen. */
  reviewBy: calendarDate,
  /** Oppdiktede eksempeldata (et fremtidig møte, en planlagt anskaffelse): vises med merket «Eksempel». */
  example: z.boolean().default(false),
};

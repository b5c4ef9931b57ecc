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
  error: 'expected a date written as YYYY-MM-DD',
});

/** A local Oslo wall-clock time, written as "YYYY-MM-DDTHH:mm" without an offset. */
export const osloDateTime = z
  .string({ error: 'expected a date and time written as "YYYY-MM-DDTHH:mm" (Oslo time), in quotes' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
    error: 'expected a date and time written as "YYYY-MM-DDTHH:mm" (Oslo time)',
  });

/** A whole number of Norwegian kroner, never negative. */
export const nok = z
  .number({ error: 'expected an amount in NOK as a number, e.g. 500000' })
  .int({ error: 'expected a whole number of NOK' })
  .nonnegative({ error: 'expected an amount of 0 NOK or more' });

/** An editor's link to an outside source. */
export const sourceLink = z.object({
  /** What the source is called, as a reader should see it. */
  title: z.string().min(1),
  /** Where the source can be read, if it is online. */
  url: z.url().optional(),
});

/** Fields every entry in every collection has. */
export const entryFields = {
  /** Draft entries are never published: no page, list, feed, sitemap or search hit. */
  draft: z.boolean().default(false),
  /** The date the content was last changed in substance; shown as "Sist oppdatert". */
  updated: calendarDate,
  /** The date by which an editor must review the entry again. */
  reviewBy: calendarDate,
  /** Invented example data (a future meeting, a planned procurement): shown with an "Eksempel" label. */
  example: z.boolean().default(false),
};

/**
 * How planned procurements are shown: the estimated value as a band (an estimate published to
 * the market should not read as a budget figure) and the announcement quarter in words.
 */

import { strings, type Locale, type UiStrings } from '../i18n';

export interface ValueBand {
  /** Inclusive upper limit in NOK; the last band has none. */
  upTo: number | null;
  /** Its words in the dictionary (valueBands). */
  label: keyof UiStrings['valueBands'];
}

/**
 * Bands are closed at the top ("inntil"), so they line up with requirements that apply
 * "over 500 000 kr": a procurement in the first band never meets that threshold.
 */
export const VALUE_BANDS: readonly ValueBand[] = [
  { upTo: 500_000, label: 'upTo500k' },
  { upTo: 5_000_000, label: 'upTo5m' },
  { upTo: 20_000_000, label: 'upTo20m' },
  { upTo: 50_000_000, label: 'upTo50m' },
  { upTo: 100_000_000, label: 'upTo100m' },
  { upTo: null, label: 'over100m' },
];

/** The band an estimated value falls in, e.g. "0,5–5 mill. kr". */
export function valueBand(valueNok: number, locale: Locale = 'nb'): string {
  if (!Number.isFinite(valueNok) || valueNok < 0) {
    throw new RangeError(`Anslått verdi må være et tall på 0 eller mer, fikk ${valueNok}`);
  }
  const band = VALUE_BANDS.find((b) => b.upTo === null || valueNok <= b.upTo);
  if (!band) throw new Error('VALUE_BANDS must end with an open band');
  return strings(locale).dict.valueBands[band.label];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** "2027-Q1" → "1. kvartal 2027" (English: "Q1 2027"). */
export function formatQuarter(quarter: string, locale: Locale = 'nb'): string {
  const m = QUARTER.exec(quarter);
  if (!m?.[1] || !m[2])
    throw new RangeError(`Expected a quarter such as "2027-Q1", got "${quarter}"`);
  // Strings, so the year is not written as a number with a thousands separator.
  return strings(locale).format('procurements.quarter', { quarter: m[2], year: m[1] });
}

/** A number that sorts quarters in time order: 2027-Q1 → 20271. */
export function quarterOrder(quarter: string): number {
  const m = QUARTER.exec(quarter);
  if (!m) throw new RangeError(`Expected a quarter such as "2027-Q1", got "${quarter}"`);
  return Number(m[1]) * 10 + Number(m[2]);
}

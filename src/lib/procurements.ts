/**
 * How planned procurements are shown: the estimated value as a band (an estimate published to
 * the market should not read as a budget figure) and the announcement quarter in words.
 */

export interface ValueBand {
  /** Inclusive upper limit in NOK; the last band has none. */
  upTo: number | null;
  label: string;
  /** The same band in English. */
  en: string;
}

/**
 * Bands are closed at the top ("inntil"), so they line up with requirements that apply
 * "over 500 000 kr": a procurement in the first band never meets that threshold.
 */
export const VALUE_BANDS: readonly ValueBand[] = [
  { upTo: 500_000, label: 'inntil 500 000 kr', en: 'up to NOK 500,000' },
  { upTo: 5_000_000, label: '0,5–5 mill. kr', en: 'NOK 0.5–5 million' },
  { upTo: 20_000_000, label: '5–20 mill. kr', en: 'NOK 5–20 million' },
  { upTo: 50_000_000, label: '20–50 mill. kr', en: 'NOK 20–50 million' },
  { upTo: 100_000_000, label: '50–100 mill. kr', en: 'NOK 50–100 million' },
  { upTo: null, label: 'over 100 mill. kr', en: 'over NOK 100 million' },
];

/** The band an estimated value falls in, e.g. "0,5–5 mill. kr". */
export function valueBand(valueNok: number, locale: 'nb' | 'en' = 'nb'): string {
  if (!Number.isFinite(valueNok) || valueNok < 0) {
    throw new RangeError(`Anslått verdi må være et tall på 0 eller mer, fikk ${valueNok}`);
  }
  const band = VALUE_BANDS.find((b) => b.upTo === null || valueNok <= b.upTo);
  if (!band) throw new Error('VALUE_BANDS must end with an open band');
  return locale === 'en' ? band.en : band.label;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** "2027-Q1" → "1. kvartal 2027" (English: "Q1 2027"). */
export function formatQuarter(quarter: string, locale: 'nb' | 'en' = 'nb'): string {
  const m = QUARTER.exec(quarter);
  if (!m) throw new RangeError(`Expected a quarter such as "2027-Q1", got "${quarter}"`);
  return locale === 'en' ? `Q${m[2]} ${m[1]}` : `${m[2]}. kvartal ${m[1]}`;
}

/** A number that sorts quarters in time order: 2027-Q1 → 20271. */
export function quarterOrder(quarter: string): number {
  const m = QUARTER.exec(quarter);
  if (!m) throw new RangeError(`Expected a quarter such as "2027-Q1", got "${quarter}"`);
  return Number(m[1]) * 10 + Number(m[2]);
}

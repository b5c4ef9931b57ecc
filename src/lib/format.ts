/** Amounts of money and durations for readers, in the words of the page's language. */
import { strings, type Locale } from '../i18n';

/** "500 000 kr" (English: "NOK 500,000"); whole kroner. */
export function formatNok(amount: number, locale: Locale = 'nb'): string {
  if (!Number.isFinite(amount)) throw new RangeError(`formatNok got ${amount}`);
  return strings(locale).format('amounts.nok', { amount: Math.round(amount) });
}

/**
 * "1 million kroner", "2,5 millioner kroner", "40 millioner kroner" (English: "NOK 2.5 million")
 * for whole tenths of a million, else formatNok.
 */
export function formatNokWords(amount: number, locale: Locale = 'nb'): string {
  if (amount >= 1_000_000 && amount % 100_000 === 0) {
    return strings(locale).format('amounts.millions', { millions: amount / 1_000_000 });
  }
  return formatNok(amount, locale);
}

/** "1 minutt", "45 minutter", "2 t", "1 t 30 min" (English: "45 minutes", "1 h 30 min"). */
export function formatDuration(minutes: number, locale: Locale = 'nb'): string {
  const { format } = strings(locale);
  if (minutes < 60) return format('amounts.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? format('amounts.hours', { hours })
    : format('amounts.hoursMinutes', { hours, minutes: rest });
}

/** Number formatting for readers: Norwegian grouping and words. */
const nokFormatters = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

/** "500 000 kr" (English: "NOK 500,000") */
export function formatNok(amount: number, locale: 'nb' | 'en' = 'nb'): string {
  if (!Number.isFinite(amount)) throw new RangeError(`formatNok got ${amount}`);
  const number = nokFormatters[locale].format(amount);
  return locale === 'en' ? `NOK ${number}` : `${number} kr`;
}

const millionFormatter = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

const englishMillions = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * "1 million kroner", "2,5 millioner kroner", "40 millioner kroner" (English: "NOK 2.5 million")
 * for whole tenths of a million, else formatNok.
 */
export function formatNokWords(amount: number, locale: 'nb' | 'en' = 'nb'): string {
  if (amount >= 1_000_000 && amount % 100_000 === 0) {
    const millions = amount / 1_000_000;
    if (locale === 'en') return `NOK ${englishMillions.format(millions)} million`;
    return `${millionFormatter.format(millions)} ${millions === 1 ? 'million' : 'millioner'} kroner`;
  }
  return formatNok(amount, locale);
}

/** "1 minutt", "45 minutter", "2 t", "1 t 30 min". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minutt' : 'minutter'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} t` : `${hours} t ${rest} min`;
}

/** Number formatting for readers: Norwegian grouping and words. */
const nokFormatter = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** "500 000 kr" */
export function formatNok(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`formatNok got ${amount}`);
  return `${nokFormatter.format(amount)} kr`;
}

const millionFormatter = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** "1 million kroner", "2,5 millioner kroner", "40 millioner kroner" for whole tenths of a million, else formatNok. */
export function formatNokWords(amount: number): string {
  if (amount >= 1_000_000 && amount % 100_000 === 0) {
    const millions = amount / 1_000_000;
    return `${millionFormatter.format(millions)} ${millions === 1 ? 'million' : 'millioner'} kroner`;
  }
  return formatNok(amount);
}

/** "1 minutt", "45 minutter", "2 t", "1 t 30 min". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minutt' : 'minutter'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} t` : `${hours} t ${rest} min`;
}

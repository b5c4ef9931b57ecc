/**
 * The one formatter for UI messages, on the server and in the browser (no dictionary import, so a
 * browser script can bundle it and take its messages from the page).
 *
 * Syntax, a small subset of ICU MessageFormat:
 *   'Leksjon {number} av {total}'                         placeholders
 *   '{count, plural, one {# krav} other {# krav}}'        plurals: =N, then the CLDR category
 *                                                          (zero/one/two/few/many/other), # is the count
 * Plural categories come from `Intl.PluralRules`, built into every browser and Node: nb and en
 * need only one/other, so a message-format library (intl-messageformat is ~15 kB gzipped in the
 * browser bundle) would add weight for features the site does not use.
 */
export type MessageLocale = 'nb' | 'en';
export type MessageValues = Record<string, string | number>;

/** The BCP 47 tag for numbers and dates in each locale (Oslo's Norwegian, British English). */
export const LOCALE_TAGS: Record<MessageLocale, string> = { nb: 'nb-NO', en: 'en-GB' };

/**
 * One object per locale, made from the locale's tag the first time it is asked for: Intl
 * formatters are costly to make and cheap to reuse.
 *
 *   const dateFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { month: 'long' }));
 *   dateFormat('en').format(date);
 */
export function perLocale<T>(make: (tag: string) => T): (locale: MessageLocale) => T {
  const made = new Map<MessageLocale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(LOCALE_TAGS[locale])));
    return value;
  };
}

const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const pluralRule = perLocale((tag) => new Intl.PluralRules(tag));
/** A calendar date as the site writes it, for a date stored at UTC midnight. */
export const CALENDAR_DATE: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};
const calendarDateFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, CALENDAR_DATE));

/**
 * "25. november 2026" (en: "25 November 2026") for a calendar date stored at UTC midnight. Here
 * and not only in lib/dates.ts (formatDate) because browser scripts that format messages use it.
 */
export function formatCalendarDate(date: Date, locale: MessageLocale): string {
  return calendarDateFormat(locale).format(date);
}

/** A number as the locale writes it (nb: 750 000 with a no-break space, en: 750,000). */
export function formatNumber(value: number, locale: MessageLocale): string {
  return numberFormat(locale).format(value);
}

/** Index of the `}` that closes the `{` at `open`. */
function closingBrace(message: string, open: number, key: string): number {
  let depth = 0;
  for (let i = open; i < message.length; i++) {
    if (message[i] === '{') depth++;
    else if (message[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`UI string ${key}: unclosed "{" in "${message}"`);
}

const PLAIN = /^\s*(\w+)\s*$/;
const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,/;

/** The `selector {text}` options of a plural argument, in order. */
function pluralOptions(body: string, key: string): [string, string][] {
  const options: [string, string][] = [];
  let i = 0;
  while (i < body.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!selector?.[1]) {
      if (body.slice(i).trim() === '') break;
      throw new Error(`UI string ${key}: bad plural option at "${body.slice(i)}"`);
    }
    const open = i + selector[0].length - 1;
    const close = closingBrace(body, open, key);
    options.push([selector[1], body.slice(open + 1, close)]);
    i = close + 1;
  }
  if (!options.some(([selector]) => selector === 'other')) {
    throw new Error(`UI string ${key}: a plural needs an "other" option`);
  }
  return options;
}

function render(
  message: string,
  values: MessageValues,
  locale: MessageLocale,
  key: string,
  count?: string,
): string {
  let out = '';
  for (let i = 0; i < message.length; i++) {
    const char = message[i];
    if (char === '#' && count !== undefined) {
      out += count;
    } else if (char === '{') {
      const close = closingBrace(message, i, key);
      out += argument(message.slice(i + 1, close), values, locale, key);
      i = close;
    } else {
      out += char;
    }
  }
  return out;
}

function valueOf(name: string, values: MessageValues, key: string): string | number {
  const value = values[name];
  if (value === undefined) throw new Error(`UI string ${key} needs a value for {${name}}`);
  return value;
}

function argument(
  inner: string,
  values: MessageValues,
  locale: MessageLocale,
  key: string,
): string {
  const plain = PLAIN.exec(inner);
  if (plain?.[1]) {
    const value = valueOf(plain[1], values, key);
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  }
  const plural = PLURAL.exec(inner);
  if (!plural?.[1]) throw new Error(`UI string ${key}: cannot read "{${inner}}"`);
  const value = valueOf(plural[1], values, key);
  const count = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(count)) {
    throw new Error(`UI string ${key}: {${plural[1]}} must be a number, got "${value}"`);
  }
  const options = pluralOptions(inner.slice(plural[0].length), key);
  const category = pluralRule(locale).select(count);
  const chosen =
    options.find(([selector]) => selector === `=${count}`) ??
    options.find(([selector]) => selector === category) ??
    options.find(([selector]) => selector === 'other');
  return render(chosen?.[1] ?? '', values, locale, key, formatNumber(count, locale));
}

/** The message with its placeholders and plurals filled in for the locale. */
export function formatMessage(
  message: string,
  values: MessageValues,
  locale: MessageLocale,
  key = 'message',
): string {
  return render(message, values, locale, key);
}

/** The argument names a message uses, sorted (the parity test compares them across languages). */
export function argumentNames(message: string, key = 'message'): string[] {
  const names = new Set<string>();
  collectNames(message, names, key);
  return [...names].sort();
}

function collectNames(message: string, names: Set<string>, key: string): void {
  for (let i = 0; i < message.length; i++) {
    if (message[i] !== '{') continue;
    const close = closingBrace(message, i, key);
    const inner = message.slice(i + 1, close);
    const plain = PLAIN.exec(inner);
    const plural = PLURAL.exec(inner);
    if (plain?.[1]) {
      names.add(plain[1]);
    } else if (plural?.[1]) {
      names.add(plural[1]);
      for (const [, text] of pluralOptions(inner.slice(plural[0].length), key)) {
        collectNames(text, names, key);
      }
    } else {
      throw new Error(`UI string ${key}: cannot read "{${inner}}"`);
    }
    i = close;
  }
}

/** The locale of the page a browser script runs on, from `<html lang>` (the layout writes it). */
export function documentLocale(doc: Document = document): MessageLocale {
  return doc.documentElement.lang.startsWith('en') ? 'en' : 'nb';
}

/**
 * The translation system: one dictionary per locale (nb.ts is the source of the shape, en.ts
 * follows it) and one formatter (format.ts).
 *
 * In an .astro file:   const { t, format } = strings(localeOf(Astro.currentLocale));
 * In a page model:     function fooPage(entry, locale: Locale = 'nb') { const { t } = strings(locale); … }
 * In a browser script: the component writes the messages it needs into the page
 *                      (`messagesFor(locale, keys)` → JSON), the script formats them with
 *                      `formatMessage` from ./format (no dictionary in the bundle).
 */
import { en } from './en';
import { formatMessage, type MessageValues } from './format';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { nb, type UiKey, type UiStrings } from './nb';

export { DEFAULT_LOCALE, LOCALES, type Locale };
export type { UiKey, UiStrings };
export type { MessageValues };

const dictionaries: Record<Locale, UiStrings> = { nb, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale of a page from `Astro.currentLocale` (undefined outside i18n routing means nb). */
export function localeOf(currentLocale: string | undefined): Locale {
  if (currentLocale === undefined) return DEFAULT_LOCALE;
  if (!isLocale(currentLocale)) throw new Error(`Unknown locale "${currentLocale}"`);
  return currentLocale;
}

export interface Strings {
  readonly locale: Locale;
  /** The whole dictionary, for labels looked up by a schema value (`dict.levels[level]`). */
  readonly dict: UiStrings;
  /** A message by its dotted key, e.g. t('nav.requirements'). */
  readonly t: (key: UiKey) => string;
  /** A message with its {placeholders} and plurals filled in. */
  readonly format: (key: UiKey, values: MessageValues) => string;
}

function lookup(dictionary: UiStrings, key: UiKey): string {
  const dot = key.indexOf('.');
  const group = (dictionary as unknown as Record<string, Record<string, string> | undefined>)[
    key.slice(0, dot)
  ];
  const value = group?.[key.slice(dot + 1)];
  if (typeof value !== 'string') throw new Error(`Missing UI string: ${key}`);
  return value;
}

const cache = new Map<Locale, Strings>();

/** The strings of one locale. */
export function strings(locale: Locale = DEFAULT_LOCALE): Strings {
  const known = cache.get(locale);
  if (known) return known;
  const dict = dictionaries[locale];
  // Pages ask for the same few hundred messages thousands of times a build (bench profile).
  const found = new Map<UiKey, string>();
  const message = (key: UiKey) => {
    let value = found.get(key);
    if (value === undefined) {
      value = lookup(dict, key);
      found.set(key, value);
    }
    return value;
  };
  const made: Strings = {
    locale,
    dict,
    t: message,
    format: (key, values) => formatMessage(message(key), values, locale, key),
  };
  cache.set(locale, made);
  return made;
}

/** The raw messages a browser script needs, by key, to write into the page as JSON. */
export function messagesFor<K extends UiKey>(
  locale: Locale,
  keys: readonly K[],
): Record<K, string> {
  const { t } = strings(locale);
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<K, string>;
}

/**
 * The locales, apart from the dictionaries: astro.config.mjs imports the route map
 * (src/lib/routes.ts), which needs only these, and Node loads that config itself only when
 * every module it imports has no imports Node cannot resolve (see README «Ytelse»).
 */
export type Locale = 'nb' | 'en';

/** Every locale, the default (Norwegian, unprefixed addresses) first; astro.config.mjs lists the same. */
export const LOCALES = ['nb', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'nb';

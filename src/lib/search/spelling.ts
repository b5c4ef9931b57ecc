/**
 * Norwegian letters in search, decided deliberately:
 *
 * - æ, ø and å are letters of their own, not a, o and a with decoration. "mal" (a template)
 *   must not find "mål" (a goal), "for" must not find "før". So the search does not fold them:
 *   Pagefind would by default fold å to a (it strips combining marks) while keeping æ and ø
 *   apart, which is both wrong for Norwegian and inconsistent. `exactDiacritics` turns that off.
 *   The cost: "okonomi" does not find "økonomi"; the empty-result message says why.
 * - A reader without a Norwegian keyboard writes the standard substitutes ae, oe and aa
 *   ("klaer", "leverandoer"). The search page tries such a query with æ, ø and å first and
 *   says so; only when that finds nothing ("poeng" is not "pøng") does it search as typed.
 */

/** Passed to Pagefind: match æ, ø, å (and é, ü …) exactly as written. */
export const EXACT_DIACRITICS = true;

const SUBSTITUTES: [RegExp, string][] = [
  [/ae/g, 'æ'],
  [/oe/g, 'ø'],
  [/aa/g, 'å'],
];

/** The query with ae, oe and aa written as æ, ø and å; undefined when it has none of them. */
export function norwegianSpelling(query: string): string | undefined {
  const lower = query.toLocaleLowerCase('nb');
  const respelled = SUBSTITUTES.reduce(
    (text, [pattern, letter]) => text.replace(pattern, letter),
    lower,
  );
  return respelled === lower ? undefined : respelled;
}

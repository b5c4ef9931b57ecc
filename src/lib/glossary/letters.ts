/**
 * Groups glossary terms under their first letter, in the language's alphabetical order
 * (Norwegian: … x y z æ ø å).
 */
const collators = { nb: new Intl.Collator('nb'), en: new Intl.Collator('en') };

export function groupByLetter<T extends { data: { title: string } }>(
  terms: readonly T[],
  locale: 'nb' | 'en' = 'nb',
): { letter: string; terms: T[] }[] {
  const collator = collators[locale];
  const groups = new Map<string, T[]>();
  for (const term of terms.toSorted((a, b) => collator.compare(a.data.title, b.data.title))) {
    const first = term.data.title.trim().charAt(0).toLocaleUpperCase(locale);
    const letter = /\p{L}/u.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, list]) => ({ letter, terms: list }));
}

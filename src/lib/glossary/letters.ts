/** Groups glossary terms under their first letter, in Norwegian alphabetical order (… x y z æ ø å). */
const collator = new Intl.Collator('nb');

export function groupByLetter<T extends { data: { title: string } }>(
  terms: readonly T[],
): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of terms.toSorted((a, b) => collator.compare(a.data.title, b.data.title))) {
    const first = term.data.title.trim().charAt(0).toLocaleUpperCase('nb');
    const letter = /\p{L}/u.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, list]) => ({ letter, terms: list }));
}

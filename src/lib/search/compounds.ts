/**
 * Norwegian writes compounds as one word: "arbeidsklær", "leverandørkjeden", "egenerklæring".
 * A reader who searches for "klær" expects the workwear pages, but Pagefind only matches
 * whole words and word beginnings. So, when indexing, each page gets the last parts of its
 * compounds as extra, lightly weighted words ("klær", "kjeden", "erklæring").
 *
 * The splitting is data-driven, not a dictionary: a word is split where both sides are words
 * the site itself uses on their own (the first side may be used inflected, "arbeidet", and may
 * end in the linking -s- or -e-, as in "arbeids|klær" and "barne|arbeid"). A site that never
 * says "klær" alone gets no "klær" hint.
 * Neither side may be a function word: "for|hold", "til|gang", "over|sikt" and "prinsipp|ene"
 * are not compounds a reader would split.
 *
 * This file is plain TypeScript without imports so the indexing script can load it directly.
 */

/** Shortest part either side of a split: shorter parts ("tå", "el") split words by accident. */
const MIN_PART = 3;
/** Shortest word worth splitting: two parts of MIN_PART. */
const MIN_WORD = MIN_PART * 2;
/** Linking letters a first part may end in: "arbeid-s-klær", "barn-e-arbeid". */
const LINKS = ['s', 'e'];
/** Endings of inflected forms: a first part is a word when the site uses it inflected ("arbeidet"). */
const ENDINGS = ['e', 'en', 'er', 'et', 'ene', 'a'];

/**
 * Norwegian function words (after the Snowball stop list for bokmål, plus a few frequent verbs
 * and "ene", which the site uses alone and which ends every definite plural).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'all alle andre at av bare begge ble bli blir blitt både da de dem den denne der deres det dette ' +
    'disse du eller en ene enn er et ett etter for fordi fra før får gir gis gjennom går ha hadde han hans har ' +
    'her hun hva hver hvem hvilke hvilken hvis hvor hvordan hvorfor i ikke ingen inn inni jeg ja kan kom ' +
    'kun kunne man mange med meg mellom men mer mest mot må nå når ned noe noen og også om opp oss over ' +
    'på samme samt seg selv sin sine sitt skal skulle slik som så tar til uten ut var ved vi vil ville ' +
    'være vært å'
  ).split(' '),
);

const DIGIT = /\p{N}/u;
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * What each character below U+10000 is in a word, looked up once: 1 a letter, 2 a number
 * (Unicode's L and N), 3 neither; 0 not looked up yet.
 */
const kinds = new Uint8Array(0x10000);
function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === 0) {
    const character = String.fromCharCode(code);
    kind = DIGIT.test(character) ? 2 : /\p{L}/u.test(character) ? 1 : 3;
    kinds[code] = kind;
  }
  return kind;
}

/**
 * The words of a text, lower-case: runs of letters and numbers, leaving out those with a number
 * (codes, checksums). Read character by character with the kinds above, a third of the time
 * of the regular expression; a text with characters above U+10000 (surrogate pairs) is read
 * with the expression.
 */
export function wordsOf(text: string): string[] {
  // Plain lower-casing: only Turkish and Lithuanian letters lower-case differently by locale.
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  let hasNumber = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if (code >= 0xd800 && code <= 0xdfff) {
      return (lower.match(TOKEN) ?? []).filter((token) => !DIGIT.test(token));
    }
    const kind = kindOf(code);
    if (kind !== 3) {
      if (start < 0) {
        start = i;
        hasNumber = false;
      }
      if (kind === 2) hasNumber = true;
    } else if (start >= 0) {
      if (!hasNumber) words.push(lower.slice(start, i));
      start = -1;
    }
  }
  return words;
}

const isContentWord = (word: string, vocabulary: ReadonlySet<string>) =>
  vocabulary.has(word) && !FUNCTION_WORDS.has(word);

/** The site uses the word, bare or inflected ("arbeid", "arbeidet"), and it is no function word. */
const isKnownStem = (stem: string, vocabulary: ReadonlySet<string>) =>
  !FUNCTION_WORDS.has(stem) &&
  (vocabulary.has(stem) || ENDINGS.some((ending) => vocabulary.has(stem + ending)));

function isModifier(part: string, vocabulary: ReadonlySet<string>): boolean {
  if (isKnownStem(part, vocabulary)) return true;
  const last = part.at(-1) ?? '';
  const stem = part.slice(0, -1);
  return LINKS.includes(last) && stem.length >= MIN_PART && isKnownStem(stem, vocabulary);
}

/**
 * The last parts of a compound that the vocabulary knows as words, longest first:
 * "leverandørkjeden" → ["kjeden"]; "menneskerettighetsbrudd" → ["brudd"] when "rettighets" is no word.
 */
export function compoundHeads(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < MIN_WORD) return [];
  const heads: string[] = [];
  for (let split = MIN_PART; split <= word.length - MIN_PART; split++) {
    const head = word.slice(split);
    if (isContentWord(head, vocabulary) && isModifier(word.slice(0, split), vocabulary))
      heads.push(head);
  }
  return heads;
}

/**
 * Extra words for a page: the heads of its compounds that the page does not already use on
 * their own. `cache` remembers splits across pages (a site repeats its compounds a lot).
 */
export function compoundHints(
  pageWords: readonly string[],
  vocabulary: ReadonlySet<string>,
  cache: Map<string, string[]> = new Map(),
): string[] {
  const own = new Set(pageWords);
  const hints = new Set<string>();
  for (const word of own) {
    let heads = cache.get(word);
    if (!heads) {
      heads = compoundHeads(word, vocabulary);
      cache.set(word, heads);
    }
    for (const head of heads) if (!own.has(head)) hints.add(head);
  }
  return [...hints];
}

/**
 * Option order for the quizzes, decided at build time. Editors tend to write the right answer
 * second or longest; here the right answer's place rotates through the positions question by
 * question (from a start given by the lesson), and the wrong answers are shuffled with a seeded
 * generator, so the same content always builds the same page.
 */

/** A 32-bit FNV-1a hash of a text: the seed for one question. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The options of question `index` in a quiz whose seed is `quizSeed`, in the order shown:
 * the right answer at position (start + index) mod n, the others shuffled around it.
 */
export function arrangeOptions(
  options: readonly string[],
  answer: string,
  quizSeed: string,
  index: number,
): string[] {
  const wrong = options.filter((option) => option !== answer);
  const random = generator(hashText(`${quizSeed}\n${index}\n${options.join('\n')}`));
  for (let i = wrong.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [wrong[i], wrong[j]] = [wrong[j] as string, wrong[i] as string];
  }
  const position = (hashText(quizSeed) + index) % options.length;
  return [...wrong.slice(0, position), answer, ...wrong.slice(position)];
}

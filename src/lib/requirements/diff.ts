/**
 * Word-level diff between two versions of a requirement text, computed at build time.
 * A longest-common-subsequence over words: small texts (a few hundred words) need nothing faster.
 */
export type DiffPart = { type: 'same' | 'removed' | 'added'; text: string };

/** Words with the whitespace that follows them, so joining the parts gives the text back. */
function tokenize(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

/** Parts in reading order; removed words come before the words that replace them. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before.trim());
  const b = tokenize(after.trim());
  const word = (token: string) => token.trimEnd();
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        word(a[i]!) === word(b[j]!)
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (type: DiffPart['type'], text: string) => {
    const last = parts.at(-1);
    if (last?.type === type) last.text += text;
    else parts.push({ type, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && word(a[i]!) === word(b[j]!)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      push('removed', a[i]!);
      i++;
    } else {
      push('added', b[j]!);
      j++;
    }
  }
  return reorderChanges(parts);
}

/** Within each run of changes, show all removed words first, then all added ones. */
function reorderChanges(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) result.push({ type: 'removed', text: removed });
    if (added) result.push({ type: 'added', text: added });
    removed = added = '';
  };
  for (const part of parts) {
    if (part.type === 'removed') removed += part.text;
    else if (part.type === 'added') added += part.text;
    else {
      flush();
      result.push(part);
    }
  }
  flush();
  return result;
}

/** True when the two texts have the same words (whitespace differences do not count). */
export function sameWords(before: string, after: string): boolean {
  return wordDiff(before, after).every((part) => part.type === 'same');
}

/** Counts for a one-line summary: "12 ord lagt til, 3 fjernet". */
export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  const count = (type: DiffPart['type']) =>
    parts.filter((p) => p.type === type).reduce((n, p) => n + tokenize(p.text).length, 0);
  return { added: count('added'), removed: count('removed') };
}

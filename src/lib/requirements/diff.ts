/**
 * Word-level diff between two versions of a requirement text, computed at build time with
 * jsdiff's `diffWords` (words and punctuation are tokens; whitespace differences do not count).
 */
import { diffWords } from 'diff';
import { memo } from '../content/build-memo';

export type DiffPart = { type: 'same' | 'removed' | 'added'; text: string };

/**
 * Parts in reading order; within each run of changes the removed words come first, then the
 * added ones. Unchanged parts carry the new text's whitespace, so the added and unchanged
 * parts joined give the new text back.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  // The change feed and the requirement pages diff every pair of versions on every build.
  return memo('word-diff', JSON.stringify([before, after]), () => diffOf(before, after));
}

function diffOf(before: string, after: string): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) result.push({ type: 'removed', text: removed });
    if (added) result.push({ type: 'added', text: added });
    removed = added = '';
  };
  for (const change of diffWords(before.trim(), after.trim())) {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else if (change.value) {
      flush();
      result.push({ type: 'same', text: change.value });
    }
  }
  flush();
  return result;
}

/** True when the two texts have the same words (whitespace differences do not count). */
export function sameWords(before: string, after: string): boolean {
  return wordDiff(before, after).every((part) => part.type === 'same');
}

const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** Counts for a one-line summary: "12 ord lagt til, 3 fjernet". */
export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  const count = (type: DiffPart['type']) =>
    parts.filter((p) => p.type === type).reduce((n, p) => n + words(p.text), 0);
  return { added: count('added'), removed: count('removed') };
}

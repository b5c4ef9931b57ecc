/**
 * The glossary: terms from `site()`, and where published entries link them with <Term>.
 * Checking the links happens here, once per build; the glossary page and every <Term>
 * ask for it, so an unknown term fails the build whichever page is rendered first.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EditorError } from '../editor-errors';
import {
  checkTermUses,
  findTermUses,
  linesBeforeBody,
  type TermUse,
  type TextSource,
} from '../glossary/term-uses';
import { entryUrl } from '../collections';
import { COLLECTIONS, site, type CollectionName, type Entry } from './site';
import { once } from '../once';

export type Term = Entry<'glossary'>;

const collator = new Intl.Collator('nb');

export const terms = once(async (): Promise<Term[]> =>
  (await site()).glossary.toSorted((a, b) => collator.compare(a.data.title, b.data.title)),
);

type AnyEntry = Entry<CollectionName>;

export interface TermUseSite {
  collection: CollectionName;
  id: string;
  title: string;
  url: string;
}

/**
 * The <Term> tags in an entry's body, found once per entry object and build: the site digest
 * (cache-key.ts) and the glossary's links both need them for every entry. Entries are never
 * changed after they are loaded; an entry loaded again is a new object and is searched again.
 */
const termUsesByEntry = new WeakMap<AnyEntry, readonly TermUse[]>();
export function termUsesOf(entry: AnyEntry): readonly TermUse[] {
  let uses = termUsesByEntry.get(entry);
  if (uses === undefined) {
    uses = findTermUses(entry.body ?? '');
    termUsesByEntry.set(entry, uses);
  }
  return uses;
}

async function sourceOf(entry: AnyEntry): Promise<TextSource> {
  const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
  const body = entry.body ?? '';
  const fileText = entry.filePath
    ? await readFile(path.resolve(entry.filePath), 'utf-8').catch(() => '')
    : '';
  return {
    file,
    body,
    bodyStartLine: fileText ? linesBeforeBody(fileText, body) : 0,
    uses: termUsesOf(entry),
  };
}

async function checkAll(): Promise<Map<string, TermUseSite[]>> {
  const all = await site();
  const entries = COLLECTIONS.flatMap((name) => all[name] as AnyEntry[]).filter((e) =>
    e.body?.includes('<Term'),
  );
  const sources = await Promise.all(entries.map(sourceOf));
  const problems = checkTermUses(
    sources,
    all.glossary.map((term) => term.id),
  );
  if (problems.size === 1) {
    const [[file, list]] = [...problems] as [
      [string, ConstructorParameters<typeof EditorError>[1]],
    ];
    throw new EditorError(file, list);
  }
  if (problems.size > 1) {
    const messages = [...problems].map(([file, list]) => new EditorError(file, list).message);
    throw new Error(
      `Lenker til ordlisten har feil i ${problems.size} filer:\n${messages.join('\n')}`,
    );
  }
  const uses = new Map<string, TermUseSite[]>();
  entries.forEach((entry) => {
    const ids = new Set(termUsesOf(entry).map((use) => use.id ?? ''));
    for (const id of ids) {
      const title = (entry.data as { title?: string }).title ?? entry.id;
      uses.set(id, [
        ...(uses.get(id) ?? []),
        { collection: entry.collection, id: entry.id, title, url: entryUrl(entry) },
      ]);
    }
  });
  for (const list of uses.values()) list.sort((a, b) => collator.compare(a.title, b.title));
  return uses;
}

/** Where each term is linked from, by term id; fails when any entry links a term that does not exist. */
export const termUses = once(checkAll);

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

/** An entry's body as the check reads it, without the lines above it in the file. */
const bodySource = (entry: AnyEntry): TextSource => ({
  file: entry.filePath ?? `${entry.collection}/${entry.id}`,
  body: entry.body ?? '',
  uses: termUsesOf(entry),
});

/** With the lines above the body, so that a problem names the line in the file. */
async function fileSource(entry: AnyEntry): Promise<TextSource> {
  const source = bodySource(entry);
  const fileText = entry.filePath
    ? await readFile(path.resolve(entry.filePath), 'utf-8').catch(() => '')
    : '';
  return { ...source, bodyStartLine: fileText ? linesBeforeBody(fileText, source.body) : 0 };
}

async function checkAll(): Promise<Map<string, TermUseSite[]>> {
  const all = await site();
  const entries = COLLECTIONS.flatMap((name) => all[name] as AnyEntry[]).filter((e) =>
    e.body?.includes('<Term'),
  );
  const known = all.glossary.map((term) => term.id);
  // Line numbers in the file need the file read again (every linking file took 0.1 s at 3 000
  // entries): only for the files with a problem to report.
  let problems = checkTermUses(entries.map(bodySource), known);
  if (problems.size > 0) {
    const wrong = entries.filter((entry) => problems.has(bodySource(entry).file));
    problems = checkTermUses(await Promise.all(wrong.map(fileSource)), known);
  }
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

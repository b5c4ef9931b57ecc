/**
 * The only caller of `getCollection`. Loads every collection once per build, checks what the
 * schemas cannot check alone (references, drafts, uniqueness, lesson order) and hands out
 * published entries only. Every page goes through here, so a broken reference fails the build
 * even when no page happens to follow it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { EditorError, fieldPath, type Problem } from '../editor-errors';
import { once } from '../once';
import { contentRoot } from './loader';
import { provenanceProblems } from '../provenance';
import { meetingTextProblems } from '../meetings/cross-references';
import {
  COLLECTIONS,
  REGISTRY,
  TRANSLATED,
  translationCollection,
  translationFolder,
  translationSchema,
  type CollectionName,
  type TranslatedName,
} from '../collections';
import {
  type TranslationStatus,
  pairTranslations,
  textFields,
  translationProblems,
  translationReport,
} from '../translations';

export { COLLECTIONS, type CollectionName };

export type Entry<C extends CollectionKey> = CollectionEntry<C>;

/** Alphabetical by title, as a Norwegian reader expects (æ, ø, å last). */
export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }): number =>
  a.data.title.localeCompare(b.data.title, 'nb');
export type Published = { [C in CollectionName]: Entry<C>[] };

export interface Reference<C extends CollectionKey = CollectionKey> {
  collection: C;
  id: string;
}

const isReference = (value: unknown): value is Reference =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Reference).collection === 'string' &&
  typeof (value as Reference).id === 'string' &&
  (COLLECTIONS as readonly string[]).includes((value as Reference).collection);

/** Every reference in an entry's data, with the field it sits in. */
export function referencesIn(data: unknown, path: PropertyKey[] = []): { field: string; ref: Reference }[] {
  if (isReference(data)) return [{ field: fieldPath(path), ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => referencesIn(item, [...path, i]));
  if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => referencesIn(value, [...path, key]));
  }
  return [];
}

const fileOf = (entry: { filePath?: string | undefined; collection: string; id: string }) =>
  entry.filePath ?? `${entry.collection}/${entry.id}`;

type AnyEntry = Entry<CollectionName>;

/** Checks a whole site's entries; returns problems per file (empty when all is well). */
export function checkSite(all: Record<string, AnyEntry[]>): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>();
  const add = (entry: AnyEntry, problem: Problem) => {
    const file = fileOf(entry);
    problems.set(file, [...(problems.get(file) ?? []), problem]);
  };
  const index = new Map<string, AnyEntry>();
  for (const entries of Object.values(all)) {
    for (const entry of entries) index.set(`${entry.collection}/${entry.id}`, entry);
  }
  for (const entries of Object.values(all)) {
    for (const entry of entries) {
      for (const { field, ref } of referencesIn(entry.data)) {
        const target = index.get(`${ref.collection}/${ref.id}`);
        if (!target) {
          const known = (all[ref.collection] ?? []).map((e) => e.id).sort();
          add(entry, {
            field,
            found: `«${ref.id}», som ikke finnes i ${ref.collection}`,
            expected: `id-en til en oppføring i ${ref.collection}${known.length ? ` (${known.join(', ')})` : ''}`,
          });
        } else if (target.data.draft && !entry.data.draft) {
          add(entry, {
            field,
            found: `«${ref.id}», som er et utkast (draft: true)`,
            expected: 'en publisert oppføring; publiser den eller fjern henvisningen',
          });
        }
      }
    }
  }
  for (const entries of Object.values(all)) {
    for (const entry of entries) {
      for (const problem of provenanceProblems(entry.data)) add(entry, problem);
    }
  }
  const codes = new Map<string, AnyEntry>();
  for (const entry of all['requirements'] ?? []) {
    const code = (entry.data as { code: string }).code;
    const first = codes.get(code);
    if (first) {
      add(entry, {
        field: 'code',
        found: `«${code}», som også brukes i ${fileOf(first)}`,
        expected: 'en kode som ingen andre krav har',
      });
    } else codes.set(code, entry);
  }
  // A meeting's text about another meeting ("allerede", "to uker før") must fit their dates.
  const meetings = (all['meetings'] ?? []) as Entry<'meetings'>[];
  const textProblems = meetingTextProblems(
    meetings.map((m) => ({
      id: m.id,
      start: m.data.start,
      summary: m.data.summary,
      body: m.body ?? '',
    })),
  );
  for (const meeting of meetings) {
    for (const problem of textProblems.get(meeting.id) ?? []) add(meeting, problem);
  }
  const lessonsByCourse = Map.groupBy(
    (all['lessons'] ?? []) as Entry<'lessons'>[],
    (lesson) => lesson.data.course.id,
  );
  for (const lessons of lessonsByCourse.values()) {
    const sorted = lessons.toSorted((a, b) => a.data.order - b.data.order);
    sorted.forEach((lesson, i) => {
      if (lesson.data.order !== i + 1) {
        const clash = sorted.find((other) => other !== lesson && other.data.order === lesson.data.order);
        add(lesson, {
          field: 'order',
          found: clash
            ? `tallet ${lesson.data.order}, som også brukes av ${fileOf(clash)}`
            : `tallet ${lesson.data.order}`,
          expected: `tallet ${i + 1}: leksjonene i et kurs nummereres 1, 2, 3 … uten hull eller gjentakelser`,
        });
      }
    });
  }
  return problems;
}

const publishedById = new Map<string, AnyEntry>();

/** A translated collection's English entries. */
export type TranslationEntry<C extends TranslatedName> = Entry<ReturnType<typeof translationCollection<C>>>;
type AnyTranslation = TranslationEntry<TranslatedName>;
type AnyNorwegian = Entry<TranslatedName>;
const publishedTranslations = new Map<TranslatedName, AnyTranslation[]>();

/** Every translated collection's English entries, each checked against its Norwegian entries. */
async function loadTranslations(all: Published, problems: Map<string, Problem[]>) {
  // A collection with no folder yet has no entries; asking Astro for it would only log a warning.
  const loaded = await Promise.all(
    TRANSLATED.map((name) =>
      existsSync(path.join(contentRoot, translationFolder(name)))
        ? getCollection(translationCollection(name))
        : Promise.resolve([]),
    ),
  );
  const report: { status: TranslationStatus<AnyNorwegian, AnyTranslation>; file: string }[] = [];
  TRANSLATED.forEach((name, i) => {
    const translations = (loaded[i] ?? []) as AnyTranslation[];
    const norwegian = all[name] as AnyNorwegian[];
    const found = translationProblems(
      textFields(translationSchema(name)),
      norwegian,
      translations,
      { norwegian: REGISTRY[name].folder, english: translationFolder(name) },
    );
    for (const [file, list] of found) problems.set(file, [...(problems.get(file) ?? []), ...list]);
    const publishedNorwegian = norwegian.filter((entry) => !entry.data.draft);
    // A finished translation of a draft is not published either.
    const publishedIds = new Set(publishedNorwegian.map((entry) => entry.id));
    const published = translations.filter(
      (translation) => !translation.data.draft && publishedIds.has(translation.id),
    );
    publishedTranslations.set(name, published);
    const statuses = pairTranslations(publishedNorwegian, published);
    for (const status of statuses) {
      report.push({ status, file: fileOf(status.translation ?? status.entry) });
    }
  });
  return report;
}

async function load(): Promise<Published> {
  const entries = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  const all = Object.fromEntries(COLLECTIONS.map((name, i) => [name, entries[i] ?? []])) as Published;
  const problems = checkSite(all);
  const report = await loadTranslations(all, problems);
  if (problems.size > 0) {
    const errors = [...problems].map(([file, list]) => new EditorError(file, list).message);
    throw new Error(`Innholdet har ${problems.size} fil(er) med feil:\n${errors.join('\n')}`);
  }
  // Editors see in the build log which translations to write or bring up to date; once, from
  // the main thread, though a render thread (parallel-render.ts) loads the same content.
  if (isMainThread) console.info(translationReport(report));
  // Drafts are dropped here, once, so nothing downstream can publish them.
  const published = (list: AnyEntry[]) => list.filter((entry) => !entry.data.draft);
  for (const name of COLLECTIONS) {
    for (const entry of published(all[name])) publishedById.set(`${name}/${entry.id}`, entry);
  }
  return Object.fromEntries(
    COLLECTIONS.map((name) => [name, published(all[name] as AnyEntry[])]),
  ) as Published;
}

/** Published entries of every collection, loaded and checked once per build. */
export const site = once(load);

/**
 * A translated collection's published English entries (drafts dropped), checked against their
 * Norwegian entries in `load`; src/lib/content/translations.ts pairs them.
 */
export async function siteTranslations<C extends TranslatedName>(
  name: C,
): Promise<TranslationEntry<C>[]> {
  await site();
  return (publishedTranslations.get(name) ?? []) as TranslationEntry<C>[];
}

/** Looks up a published entry by reference; references were checked in `load`, so a miss is a bug. */
export async function resolve<C extends CollectionName>(
  ref: Reference<C>,
): Promise<Entry<C>> {
  await site();
  const found = publishedById.get(`${ref.collection}/${ref.id}`);
  if (!found) throw new Error(`Reference ${ref.collection}/${ref.id} did not resolve after checking`);
  return found as Entry<C>;
}

/** Resolves a list of references, keeping their order. */
export function resolveAll<C extends CollectionName>(
  refs: readonly Reference<C>[],
): Promise<Entry<C>[]> {
  return Promise.all(refs.map((ref) => resolve(ref)));
}

/**
 * Who points at what: each referenced id with the entries of `list` that reference it, in the
 * list's order. Pages ask "which cases use this requirement?" once per page; answering from
 * one index instead of a scan keeps a build linear in the number of entries.
 */
export function indexByReference<E>(
  list: readonly E[],
  refsOf: (entry: E) => readonly { id: string }[],
): Map<string, E[]> {
  const index = new Map<string, E[]>();
  for (const entry of list) {
    for (const id of new Set(refsOf(entry).map((ref) => ref.id))) {
      const entries = index.get(id);
      if (entries) entries.push(entry);
      else index.set(id, [entry]);
    }
  }
  return index;
}

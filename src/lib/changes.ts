/**
 * "Nytt og endret": every change across the collections readers follow, as one list, newest
 * first. The per-category feeds and the page read the same list, so they always agree.
 *
 * Where a change comes from:
 * - a change note (`changes` in every collection, src/schemas/fields.ts), in the editor's words;
 * - a requirement's new version or a new requirement (the requirement change log);
 * - a template's version history (its `changes`, each with a version; the oldest is the new template);
 * - an entry whose `updated` is later than its newest change note (or that has none): "updated",
 *   told by its summary. Requirements and templates say what changed through their versions.
 *
 * Keys are built from the collection, entry id, kind, date and version: never from the build,
 * so a feed item or a "changed since your last visit" mark survives any number of rebuilds.
 */
import type { CategoryFacts, RuleOfRequirement } from './applicability';
import { isoDate } from './dates';

/** The collections "Nytt og endret" lists, in the order ties are broken. */
export const CHANGE_COLLECTIONS = [
  'requirements',
  'procurements',
  'meetings',
  'templates',
  'cases',
  'lessons',
] as const;
export type ChangeCollection = (typeof CHANGE_COLLECTIONS)[number];

export type ChangeKind = 'new' | 'version' | 'changed' | 'updated';

/** Which risk categories a change concerns: every high-risk one, or those listed. */
export type CategoryScope = { allHighRisk: true } | { allHighRisk: false; ids: readonly string[] };

export interface SiteChange {
  /** Stable across builds: "<collection>/<entry id>/<kind>/<date>[/<version or n>]". */
  key: string;
  collection: ChangeCollection;
  /** The entry's id. */
  id: string;
  kind: ChangeKind;
  date: Date;
  /** The entry's title as lists show it (a requirement with its code). */
  title: string;
  url: string;
  /** What changed, in the editor's words; for a new or updated entry without a note, its summary. */
  note: string;
  version?: string | undefined;
  example: boolean;
  /** For a sourced entry with invented facts (a requirement's illustrativeFields): which, in a sentence. */
  inventedNote?: string | undefined;
  scope: CategoryScope;
}

export interface ChangeNoteLike {
  date: Date;
  note: string;
}

/** What every collection gives the change list. */
export interface ChangeSource {
  collection: ChangeCollection;
  id: string;
  title: string;
  url: string;
  summary: string;
  example: boolean;
  inventedNote?: string | undefined;
  updated: Date;
  changes: readonly ChangeNoteLike[];
  scope?: CategoryScope | undefined;
}

const NO_CATEGORY: CategoryScope = { allHighRisk: false, ids: [] };

const keyOf = (source: Pick<ChangeSource, 'collection' | 'id'>, kind: ChangeKind, date: Date) =>
  `${source.collection}/${source.id}/${kind}/${isoDate(date)}`;

const base = (
  source: Pick<
    ChangeSource,
    'collection' | 'id' | 'title' | 'url' | 'example' | 'inventedNote' | 'scope'
  >,
) => ({
  collection: source.collection,
  id: source.id,
  title: source.title,
  url: source.url,
  example: source.example,
  ...(source.inventedNote !== undefined && { inventedNote: source.inventedNote }),
  scope: source.scope ?? NO_CATEGORY,
});

/**
 * An entry's change notes, and "updated" when it changed after its newest note (or has none
 * and `updatedWithoutNote` is true). Two notes on one day are told apart by their order that day.
 */
export function entryChanges(source: ChangeSource, updatedWithoutNote = true): SiteChange[] {
  const sameDay = new Map<string, number>();
  const notes = source.changes
    .toSorted((a, b) => a.date.getTime() - b.date.getTime())
    .map((change): SiteChange => {
      const key = keyOf(source, 'changed', change.date);
      const n = (sameDay.get(key) ?? 0) + 1;
      sameDay.set(key, n);
      return {
        ...base(source),
        key: n === 1 ? key : `${key}/${n}`,
        kind: 'changed',
        date: change.date,
        note: change.note,
      };
    });
  const newest = notes.at(-1)?.date.getTime() ?? -Infinity;
  const updated =
    updatedWithoutNote && source.updated.getTime() > newest
      ? [
          {
            ...base(source),
            key: keyOf(source, 'updated', source.updated),
            kind: 'updated' as const,
            date: source.updated,
            note: source.summary,
          },
        ]
      : [];
  return [...notes, ...updated];
}

/** A template's versions: the oldest is the new template, the others new versions. */
export function templateChanges(
  source: Omit<ChangeSource, 'collection' | 'changes'> & {
    changes: readonly (ChangeNoteLike & { version: string })[];
  },
): SiteChange[] {
  const oldestFirst = source.changes.toSorted((a, b) => a.date.getTime() - b.date.getTime());
  const template = { ...source, collection: 'templates' as const };
  return oldestFirst.map((change, i): SiteChange => {
    const kind = i === 0 ? 'new' : 'version';
    return {
      ...base(template),
      key: `${keyOf(template, kind, change.date)}/${change.version}`,
      kind,
      date: change.date,
      note: change.note,
      version: change.version,
    };
  });
}

/** A new requirement or a new version, from the requirement change log. */
export function requirementVersionChange(
  source: Omit<ChangeSource, 'collection' | 'changes' | 'updated'> & {
    kind: 'new' | 'version';
    date: Date;
    version: string;
    /** What the version changes, when the editor wrote it. */
    changeNote?: string | undefined;
  },
): SiteChange {
  const requirement = { ...source, collection: 'requirements' as const };
  return {
    ...base(requirement),
    key: `${keyOf(requirement, source.kind, source.date)}/${source.version}`,
    kind: source.kind,
    date: source.date,
    note: source.changeNote ?? source.summary,
    version: source.version,
  };
}

/** The scope of a requirement: its category rule. */
export function requirementScope(rule: RuleOfRequirement): CategoryScope {
  const { riskCategories } = rule.appliesTo;
  return riskCategories === 'alle-hoyrisiko'
    ? { allHighRisk: true }
    : { allHighRisk: false, ids: riskCategories.map((ref) => ref.id) };
}

/**
 * The scope of a meeting: the categories of the procurements it presents and those its
 * requirements name. Requirements for every high-risk category do not count: nearly every
 * meeting discusses them, and a workwear supplier should not hear of every meeting.
 */
export function meetingScope(
  procurementCategories: readonly string[],
  requirementRules: readonly RuleOfRequirement[],
): CategoryScope {
  const named = requirementRules.flatMap((rule) => {
    const scope = requirementScope(rule);
    return scope.allHighRisk ? [] : scope.ids;
  });
  return { allHighRisk: false, ids: [...new Set([...procurementCategories, ...named])] };
}

/** Whether a change concerns a category. */
export function concerns(change: Pick<SiteChange, 'scope'>, category: CategoryFacts): boolean {
  return change.scope.allHighRisk ? category.highRisk : change.scope.ids.includes(category.id);
}

const titleOrder = new Intl.Collator('nb', { numeric: true });

/** Newest first; on one day by collection, title and key, so the order never depends on input order. */
export function newestFirst(a: SiteChange, b: SiteChange): number {
  return (
    b.date.getTime() - a.date.getTime() ||
    CHANGE_COLLECTIONS.indexOf(a.collection) - CHANGE_COLLECTIONS.indexOf(b.collection) ||
    titleOrder.compare(a.title, b.title) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** The changes in one category's feed: its requirements, procurements and meetings. */
export function changesInCategory(
  changes: readonly SiteChange[],
  category: CategoryFacts,
): SiteChange[] {
  const followed: readonly ChangeCollection[] = ['requirements', 'procurements', 'meetings'];
  return changes.filter((c) => followed.includes(c.collection) && concerns(c, category));
}

/** The newest change note on an entry, if an editor wrote one: "Endret [dato]" on its page. */
export function latestChangeNote<N extends ChangeNoteLike>(notes: readonly N[]): N | undefined {
  return notes.reduce<N | undefined>(
    (newest, note) => (newest === undefined || note.date > newest.date ? note : newest),
    undefined,
  );
}

/** A template's versions after the first: the changes its page reports as "Endret". */
export function laterVersions<N extends ChangeNoteLike>(versions: readonly N[]): N[] {
  return versions.toSorted((a, b) => a.date.getTime() - b.date.getTime()).slice(1);
}

/**
 * The day each entry last changed ("<collection>/<id>" → YYYY-MM-DD): what list pages give the
 * "new since your last visit" mark, so a list and "Nytt og endret" always agree.
 */
export function lastChangedDays(changes: readonly SiteChange[]): Map<string, string> {
  const days = new Map<string, string>();
  for (const change of changes) {
    const key = `${change.collection}/${change.id}`;
    const day = isoDate(change.date);
    const known = days.get(key);
    if (known === undefined || day > known) days.set(key, day);
  }
  return days;
}

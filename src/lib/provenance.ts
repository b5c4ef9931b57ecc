/**
 * Provenance: where an entry's statements come from, whether it is an illustration, and how
 * old its time-bound facts are. The rule "a published entry has a source or is marked as an
 * illustration" lives here, so the build, the review page and the tests share it.
 */
import type { CollectionName } from './collections';
import type { Source } from '../schemas/fields';
import { strings, type Locale } from '../i18n';
import type { ILLUSTRATIVE_FIELDS } from '../schemas/requirement';
import { formatDate } from './dates';
import type { Problem } from './editor-errors';

/** What every entry carries about its provenance (entryFields in src/schemas/fields.ts). */
export interface Provenance {
  draft: boolean;
  example: boolean;
  sources: readonly Source[];
  factsAsOf?: number | undefined;
}

/** Facts older than this many years (relative to the build date) are shown to editors for review. */
export const FACTS_MAX_AGE_YEARS = 3;

/** A published entry must show where it comes from, or say that it is an illustration. */
export function provenanceProblems(data: Provenance): Problem[] {
  if (data.draft || data.example || data.sources.length > 0) return [];
  return [
    {
      field: 'sources',
      found: 'ingen kilder, og oppføringen er ikke merket som fiktivt eksempel',
      expected:
        'minst én kilde (title, publisher, date og eventuelt url), eller example: true når innholdet er laget som illustrasjon',
    },
  ];
}

/** A source's date as a reader sees it: "2020" for a year, "15. juni 2020" (English "15 June 2020") for a date. */
export function sourceDateText(date: number | Date, locale: 'nb' | 'en' = 'nb'): string {
  return typeof date === 'number' ? String(date) : formatDate(date, locale);
}

/** A source's date in a machine format: "2020" or "2020-06-15". */
export function sourceDateIso(date: number | Date): string {
  return typeof date === 'number' ? String(date) : date.toISOString().slice(0, 10);
}

/** A source in the open-data and feed shape: every field present, url null when unknown. */
export function plainSource(source: Source): {
  title: string;
  publisher: string;
  date: string;
  url: string | null;
} {
  return {
    title: source.title,
    publisher: source.publisher,
    date: sourceDateIso(source.date),
    url: source.url ?? null,
  };
}

/** One line per source, for plain-text outputs (.docx, feeds): "Tittel. Utgiver, 2020. https://…" */
export function sourceLine(source: Source): string {
  return `${source.title}. ${source.publisher}, ${sourceDateText(source.date)}.${source.url ? ` ${source.url}` : ''}`;
}

/** Whole years between the year the facts hold for and the build date's year. */
export function factsAgeYears(factsAsOf: number, today: Date): number {
  return today.getUTCFullYear() - factsAsOf;
}

/** True when the entry's time-bound facts are older than FACTS_MAX_AGE_YEARS at the build date. */
export function factsAreOld(data: Pick<Provenance, 'factsAsOf'>, today: Date): boolean {
  return data.factsAsOf !== undefined && factsAgeYears(data.factsAsOf, today) > FACTS_MAX_AGE_YEARS;
}

/** UKE's own, sourced material (not an illustration): what "bare UKEs krav med kilde" keeps. */
export const isSourced = (data: Pick<Provenance, 'example' | 'sources'>): boolean =>
  !data.example && data.sources.length > 0;

/** How an entry stands, for the editors' overview. */
export type ProvenanceStatus = 'sourced' | 'partly-illustrative' | 'illustration';

export interface ProvenanceRow {
  collection: string;
  id: string;
  title: string;
  file: string;
  url: string | undefined;
  sources: readonly Source[];
  status: ProvenanceStatus;
  /** The facts' year, and whether it is older than FACTS_MAX_AGE_YEARS at the build date. */
  factsAsOf: number | undefined;
  factsOld: boolean;
}

export interface ProvenanceEntry {
  collection: CollectionName;
  id: string;
  filePath?: string | undefined;
  data: Provenance & { title: string; illustrativeFields?: readonly string[] };
}

/**
 * Every entry with its sources, illustration status and the age of its facts: the editors'
 * overview. Entries with old facts come first, then illustrations, then by file.
 */
export function provenanceRows(
  entries: readonly ProvenanceEntry[],
  today: Date,
  urlOf: (entry: ProvenanceEntry) => string | undefined,
): ProvenanceRow[] {
  const rank = (row: ProvenanceRow) => (row.factsOld ? 0 : row.status === 'illustration' ? 1 : 2);
  return entries
    .map((entry): ProvenanceRow => {
      const d = entry.data;
      return {
        collection: entry.collection,
        id: entry.id,
        title: d.title,
        file: entry.filePath ?? `${entry.collection}/${entry.id}`,
        url: urlOf(entry),
        sources: d.sources,
        status: d.example
          ? 'illustration'
          : (d.illustrativeFields?.length ?? 0) > 0
            ? 'partly-illustrative'
            : 'sourced',
        factsAsOf: d.factsAsOf,
        factsOld: factsAreOld(d, today),
      };
    })
    .toSorted((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
}

/** The sources of several entries, each once (same title, publisher and date), in first-seen order. */
export function uniqueSources(entries: readonly { data: Pick<Provenance, 'sources'> }[]): Source[] {
  const seen = new Map<string, Source>();
  for (const entry of entries) {
    for (const source of entry.data.sources) {
      const key = `${source.title}\n${source.publisher}\n${sourceDateIso(source.date)}`;
      if (!seen.has(key)) seen.set(key, source);
    }
  }
  return [...seen.values()];
}

export type IllustrativeField = (typeof ILLUSTRATIVE_FIELDS)[number];

/**
 * Which facts of a sourced requirement are the portal's own (its `illustrativeFields`), for
 * every output that shows them: `has(field)` puts the "fiktivt" mark beside that fact, `note`
 * is the sentence plain-text outputs (feeds, .docx) carry, `partly` asks for the list label.
 */
export function inventedFacts(
  data: { illustrativeFields?: readonly IllustrativeField[] },
  locale: Locale = 'nb',
): {
  partly: boolean;
  has: (field: IllustrativeField) => boolean;
  note: string | undefined;
} {
  const { format, dict } = strings(locale);
  const fields = data.illustrativeFields ?? [];
  const names = fields.map((field) => dict.illustrativeFields[field]).join(', ');
  return {
    partly: fields.length > 0,
    has: (field) => fields.includes(field),
    note: names ? format('provenance.illustrativeFields', { fields: names }) : undefined,
  };
}

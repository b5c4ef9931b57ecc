/**
 * Every change across the followed collections, newest first, built once per build from
 * `site()` (so drafts are already gone). "Nytt og endret", the per-category feeds and the
 * per-category calendars read from here.
 */
import {
  type CategoryScope,
  type ChangeCollection,
  type ChangeSource,
  entryChanges,
  lastChangedDays,
  meetingScope,
  newestFirst,
  requirementScope,
  requirementVersionChange,
  templateChanges,
  type SiteChange,
} from '../changes';
import { changeLog } from '../requirements/feed';
import { inventedFacts } from '../provenance';
import { entryUrl } from '../collections';
import { routes } from '../routes';
import { once } from '../once';
import { allRequirements } from './requirements';
import { site, type Entry } from './site';
import type { RequirementData } from '../../schemas/requirement';

/** What a procurement, meeting, case or lesson gives the change list; its address from the registry. */
const changeSource = (
  entry: Entry<'procurements' | 'meetings' | 'cases' | 'lessons'>,
  scope?: CategoryScope,
): ChangeSource => ({
  collection: entry.collection,
  id: entry.id,
  title: entry.data.title,
  url: entryUrl(entry),
  summary: entry.data.summary,
  example: entry.data.example,
  updated: entry.data.updated,
  changes: entry.data.changes,
  scope,
});

/** What a requirement's changes say about it, in the change list and the feeds. */
const requirementFacts = (id: string, data: RequirementData) => ({
  id,
  title: `${data.code} ${data.title}`,
  url: routes.requirement(id),
  summary: data.summary,
  example: data.example,
  inventedNote: inventedFacts(data).note,
  scope: requirementScope(data),
});

/** Each meeting's categories (meetingScope in src/lib/changes.ts says which count), by meeting id. */
export const meetingScopes = once(async (): Promise<Map<string, CategoryScope>> => {
  const { requirements, procurements, meetings } = await site();
  const requirementById = new Map(requirements.map((r) => [r.id, r]));
  const procurementCategory = new Map(procurements.map((p) => [p.id, p.data.category.id]));
  return new Map(
    meetings.map(({ id, data }) => [
      id,
      meetingScope(
        data.procurements.flatMap((ref) => procurementCategory.get(ref.id) ?? []),
        data.requirements.flatMap((ref) => requirementById.get(ref.id)?.data ?? []),
      ),
    ]),
  );
});

export const allChanges = once(async (): Promise<SiteChange[]> => {
  const { requirements, procurements, meetings, templates, cases, lessons } = await site();
  const scopes = await meetingScopes();

  const changes: SiteChange[] = [
    ...changeLog(await allRequirements()).map((change) => {
      const { id, data } = change.requirement;
      return requirementVersionChange({
        ...requirementFacts(id, data),
        kind: change.kind,
        date: change.date,
        version: data.version,
        changeNote: change.kind === 'version' ? data.changeNote : undefined,
      });
    }),
    ...requirements.flatMap(({ id, data }) =>
      entryChanges(
        {
          ...requirementFacts(id, data),
          collection: 'requirements',
          updated: data.updated,
          changes: data.changes,
        },
        false,
      ),
    ),
    ...procurements.flatMap((entry) =>
      entryChanges(changeSource(entry, { allHighRisk: false, ids: [entry.data.category.id] })),
    ),
    ...meetings.flatMap((entry) => entryChanges(changeSource(entry, scopes.get(entry.id)))),
    ...templates.flatMap(({ id, data }) =>
      templateChanges({
        id,
        title: data.title,
        url: routes.template(id),
        summary: data.purpose,
        example: data.example,
        updated: data.updated,
        changes: data.changes,
      }),
    ),
    ...cases.flatMap((entry) =>
      entryChanges(changeSource(entry, { allHighRisk: false, ids: [entry.data.category.id] })),
    ),
    ...lessons.flatMap((entry) => entryChanges(changeSource(entry))),
  ];
  return changes.toSorted(newestFirst);
});

const lastChanged = once(async () => lastChangedDays(await allChanges()));

/** The day an entry last changed (YYYY-MM-DD), for the "new since your last visit" mark on lists. */
export async function lastChangedDay(
  collection: ChangeCollection,
  id: string,
): Promise<string | undefined> {
  return (await lastChanged()).get(`${collection}/${id}`);
}

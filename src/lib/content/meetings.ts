/**
 * Market-dialogue meetings as the pages need them: times as instants and in words, the phase
 * (upcoming, held, cancelled) as of the build date, and the materials found on disk. This is
 * where meeting data is loaded, so this is where a missing materials file fails the build.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildDate } from '../dates';
import { EditorError, type Problem } from '../editor-errors';
import { routes } from '../routes';
import type { CalendarMeeting } from '../meetings/ics';
import type { EventMeeting } from '../meetings/jsonld';
import type { MeetingFacts } from '../meetings/location';
import {
  materialDescription,
  materialFileName,
  materialPathProblems,
  missingMaterial,
} from '../meetings/materials';
import { meetingPhase, scheduleOf, type MeetingPhase, type Schedule } from '../meetings/schedule';
import { formatMeetingTime, osloTimeExists, osloToInstant, startOfOsloDay } from '../meetings/time';
import { contentRoot } from './loader';
import { indexByReference, site, type Entry } from './site';
import { localizer, localRoutes, type Locale } from './localized';
import { once } from '../once';

export type MeetingEntry = Entry<'meetings'>;

export interface Material {
  title: string;
  kind: MeetingEntry['data']['materials'][number]['kind'];
  /** Where the file is on disk, for the endpoint that publishes it. */
  sourcePath: string;
  /** The file's name in its URL. */
  fileName: string;
  url: string;
  /** The file's size in bytes. */
  size: number;
  /** "PDF, 1,4 MB", in the page's language (meetingIn). */
  description: string;
}

export interface Meeting {
  id: string;
  entry: MeetingEntry;
  data: MeetingEntry['data'];
  phase: MeetingPhase;
  startsAt: Date;
  endsAt: Date;
  /** "torsdag 12. mars 2026 kl. 09.00–11.30" */
  when: string;
  url: string;
  materials: Material[];
}

/** The folder materials paths are relative to. */
export const meetingsFolder = () => path.join(contentRoot, 'meetings');

const fileOf = (entry: MeetingEntry) => entry.filePath ?? `meetings/${entry.id}`;

/** The build's "now": the start of the build date in Oslo, so a meeting later that day is still upcoming. */
export const buildInstant = () => startOfOsloDay(buildDate());

function timeProblems(data: MeetingEntry['data']): Problem[] {
  return (['start', 'end'] as const)
    .filter((field) => !osloTimeExists(data[field]))
    .map((field) => ({
      field,
      found: `«${data[field]}», et klokkeslett som ikke finnes i Oslo (klokka hoppes fra 02.00 til 03.00 når sommertiden begynner)`,
      expected: 'et klokkeslett som finnes, for eksempel 03.00 eller senere den dagen',
    }));
}

async function materialsOf(entry: MeetingEntry): Promise<{ materials: Material[]; problems: Problem[] }> {
  const folder = meetingsFolder();
  const written = entry.data.materials;
  const problems = materialPathProblems(written.map((m) => m.file));
  if (problems.length > 0) return { materials: [], problems };
  const materials: Material[] = [];
  for (const [i, material] of written.entries()) {
    const sourcePath = path.join(folder, material.file);
    const size = await stat(sourcePath).then(
      (s) => (s.isFile() ? s.size : undefined),
      () => undefined,
    );
    if (size === undefined) {
      problems.push(missingMaterial(i, material.file, path.relative(process.cwd(), sourcePath)));
      continue;
    }
    const fileName = materialFileName(material.file);
    materials.push({
      title: material.title,
      kind: material.kind,
      sourcePath,
      fileName,
      url: routes.meetingMaterial(entry.id, fileName),
      size,
      description: materialDescription(fileName, size),
    });
  }
  return { materials, problems };
}

async function load(): Promise<Meeting[]> {
  const { meetings } = await site();
  const now = buildInstant();
  const loaded = await Promise.all(
    meetings.map(async (entry) => {
      const { materials, problems } = await materialsOf(entry);
      const all = [...timeProblems(entry.data), ...problems];
      if (all.length > 0) throw new EditorError(fileOf(entry), all);
      return {
        id: entry.id,
        entry,
        data: entry.data,
        phase: meetingPhase(entry.data, now),
        startsAt: osloToInstant(entry.data.start),
        endsAt: osloToInstant(entry.data.end),
        when: formatMeetingTime(entry.data.start, entry.data.end),
        url: routes.meeting(entry.id),
        materials,
      } satisfies Meeting;
    }),
  );
  return loaded.toSorted((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Every published meeting, earliest first, checked once per build. */
export const allMeetings = once(load);

/** Upcoming (soonest first), held and cancelled (latest first), as of the build date. */
export async function meetingSchedule(): Promise<Schedule<Meeting>> {
  return scheduleOf(await allMeetings(), (m) => m.data, buildInstant());
}

const meetingsByProcurement = once(async () =>
  indexByReference(await allMeetings(), (m) => m.data.procurements),
);

/** Meetings that present the procurement, earliest first. */
export async function meetingsPresenting(procurementId: string): Promise<Meeting[]> {
  return (await meetingsByProcurement()).get(procurementId) ?? [];
}

/** What the calendar file and the page's Event both say; `site` is the site's base URL. */
function meetingFacts(meeting: Meeting, site: URL): MeetingFacts {
  return {
    title: meeting.data.title,
    summary: meeting.data.summary,
    start: meeting.data.start,
    end: meeting.data.end,
    location: meeting.data.location,
    cancelled: meeting.phase === 'avlyst',
    url: new URL(meeting.url, site).href,
  };
}

/** What the calendar writer needs. */
export function calendarMeeting(meeting: Meeting, site: URL): CalendarMeeting {
  return {
    ...meetingFacts(meeting, site),
    id: meeting.id,
    example: meeting.data.example,
    updated: meeting.data.updated,
  };
}

/** What the JSON-LD writer needs. */
export function eventMeeting(meeting: Meeting, site: URL): EventMeeting {
  return {
    ...meetingFacts(meeting, site),
    registrationUrl: meeting.phase === 'kommende' ? meeting.data.registration?.url : undefined,
  };
}

/**
 * A meeting as a page in `locale` shows it: in English, the translation's text (title, agenda,
 * materials' titles …), the time in English and the English address; every fact stays Norwegian.
 */
export async function meetingIn(meeting: Meeting, locale: Locale): Promise<Meeting> {
  if (locale === 'nb') return meeting;
  const [localize, routes] = await Promise.all([localizer(locale), localRoutes(locale)]);
  const entry = localize(meeting.entry);
  return {
    ...meeting,
    entry,
    data: entry.data,
    when: formatMeetingTime(meeting.data.start, meeting.data.end, locale),
    url: routes.meeting(meeting.id),
    materials: meeting.materials.map((material, i) => ({
      ...material,
      title: entry.data.materials[i]?.title ?? material.title,
      description: materialDescription(material.fileName, material.size, locale),
    })),
  };
}

/**
 * Course progress kept in the reader's browser only (localStorage), never sent anywhere.
 * Pure functions over the stored value, so the browser script stays small and this stays tested.
 */

/** The localStorage key. */
export const PROGRESS_KEY = 'eh-kursfremdrift';

/** Lesson slugs marked done, per course id. */
export type Progress = Record<string, string[]>;

/** Reads the stored value; anything unreadable (another version, a hand edit) counts as no progress. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const progress: Progress = {};
    for (const [course, lessons] of Object.entries(value)) {
      if (Array.isArray(lessons))
        progress[course] = [...new Set(lessons.filter((l): l is string => typeof l === 'string'))];
    }
    return progress;
  } catch {
    return {};
  }
}

export const isDone = (progress: Progress, course: string, lesson: string) =>
  progress[course]?.includes(lesson) ?? false;

/** A new value with the lesson marked done or not done. */
export function withLesson(
  progress: Progress,
  course: string,
  lesson: string,
  done: boolean,
): Progress {
  const others = (progress[course] ?? []).filter((l) => l !== lesson);
  return { ...progress, [course]: done ? [...others, lesson] : others };
}

/** How many of a course's current lessons are done (lessons since removed from the course do not count). */
export function doneCount(progress: Progress, course: string, lessons: readonly string[]): number {
  return lessons.filter((lesson) => isDone(progress, course, lesson)).length;
}

/** Where a reader goes on from: the course's first lesson, the first unfinished one, or the end. */
export type ResumePoint =
  | { kind: 'start'; lesson: string }
  | { kind: 'continue'; lesson: string; number: number }
  | { kind: 'done' };

/**
 * Nothing done: start at the first lesson. Some done: continue at the first lesson not done
 * (in course order, so a skipped lesson is not lost). All done: the course is finished.
 * Undefined for a course without lessons.
 */
export function resumePoint(
  progress: Progress,
  course: string,
  lessons: readonly string[],
): ResumePoint | undefined {
  const first = lessons[0];
  if (first === undefined) return undefined;
  if (doneCount(progress, course, lessons) === 0) return { kind: 'start', lesson: first };
  const index = lessons.findIndex((lesson) => !isDone(progress, course, lesson));
  const lesson = lessons[index];
  return lesson === undefined ? { kind: 'done' } : { kind: 'continue', lesson, number: index + 1 };
}

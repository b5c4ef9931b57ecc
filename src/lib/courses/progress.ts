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

/** Lessons in a course: their order and a lesson's place among them. */
import { lessonSlug, routes } from '../routes';

interface LessonLike {
  id: string;
  data: { order: number; course: { id: string } };
}

/** A course's lessons in their order (1, 2, 3 …; gaps and repeats were refused by `checkSite`). */
export function lessonsInOrder<L extends LessonLike>(lessons: readonly L[], courseId: string): L[] {
  return lessons
    .filter((l) => l.data.course.id === courseId)
    .toSorted((a, b) => a.data.order - b.data.order);
}

export interface LessonPosition<L> {
  /** 1-based, as readers count: "Leksjon 2 av 6". */
  number: number;
  total: number;
  previous: L | undefined;
  next: L | undefined;
}

export function lessonPosition<L extends LessonLike>(
  ordered: readonly L[],
  lessonId: string,
): LessonPosition<L> {
  const index = ordered.findIndex((l) => l.id === lessonId);
  if (index < 0) throw new Error(`Lesson ${lessonId} is not in the list it was looked up in`);
  return {
    number: index + 1,
    total: ordered.length,
    previous: ordered[index - 1],
    next: ordered[index + 1],
  };
}

/** The lesson's page. */
export const lessonUrl = (lesson: LessonLike) =>
  routes.lesson(lesson.data.course.id, lessonSlug(lesson.id));

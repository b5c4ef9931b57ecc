/** Courses and their lessons, from `site()` (published entries only). */
import { site, type Entry } from './site';
import { once } from '../once';
import { lessonsInOrder } from '../courses/lessons';

export type Course = Entry<'courses'>;
export type Lesson = Entry<'lessons'>;

const collator = new Intl.Collator('nb');

export async function courses(): Promise<Course[]> {
  return (await site()).courses.toSorted((a, b) => collator.compare(a.data.title, b.data.title));
}

/** A course's published lessons, in order. */
export async function lessonsOf(courseId: string): Promise<Lesson[]> {
  return (await lessonsByCourse()).get(courseId) ?? [];
}
const lessonsByCourse = once(async () => {
  const byCourse = Map.groupBy((await site()).lessons, (lesson) => lesson.data.course.id);
  return new Map([...byCourse].map(([id, lessons]) => [id, lessonsInOrder(lessons, id)]));
});

/** Every course with its lessons in order. */
export const coursesWithLessons = once(
  async (): Promise<{ course: Course; lessons: Lesson[] }[]> =>
    Promise.all(
      (await courses()).map(async (course) => ({ course, lessons: await lessonsOf(course.id) })),
    ),
);

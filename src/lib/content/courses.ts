/** Courses and their lessons, from `site()` (published entries only). */
import { site, type Entry } from './site';
import { lessonsInOrder } from '../courses/lessons';

export type Course = Entry<'courses'>;
export type Lesson = Entry<'lessons'>;

const collator = new Intl.Collator('nb');

export async function courses(): Promise<Course[]> {
  return (await site()).courses.toSorted((a, b) => collator.compare(a.data.title, b.data.title));
}

/** A course's published lessons, in order. */
export async function lessonsOf(courseId: string): Promise<Lesson[]> {
  return lessonsInOrder((await site()).lessons, courseId);
}

/** Every course with its lessons in order. */
export async function coursesWithLessons(): Promise<{ course: Course; lessons: Lesson[] }[]> {
  const list = await courses();
  return Promise.all(list.map(async (course) => ({ course, lessons: await lessonsOf(course.id) })));
}

/** What a course's page and its lessons' pages show besides the shared entry shell. */
import { strings } from '../../i18n';
import { cacheKey } from '../content/cache-key';
import { coursesWithLessons, type Course, type Lesson } from '../content/courses';
import { lessonPosition, lessonUrl } from '../courses/lessons';
import { formatDuration } from '../format';
import { lessonSlug, routes } from '../routes';
import { sections } from './trail';

// Courses are Norwegian only (issue 15): their pages use the Norwegian words.
const { format, dict } = strings('nb');

/** `getStaticPaths` of the course pages: `/kurs/[course]/`. */
export async function coursePaths() {
  return Promise.all(
    (await coursesWithLessons()).map(async ({ course, lessons }) => ({
      params: { course: course.id },
      props: { entry: course, lessons },
      cacheKey: await cacheKey(course),
    })),
  );
}

/** `getStaticPaths` of the lesson pages: `/kurs/[course]/[lesson]/`. */
export async function lessonPaths() {
  return Promise.all(
    (await coursesWithLessons()).flatMap(({ course, lessons }) =>
      lessons.map(async (lesson) => ({
        params: { course: course.id, lesson: lessonSlug(lesson.id) },
        props: { course, entry: lesson, lessons },
        cacheKey: await cacheKey(lesson, course),
      })),
    ),
  );
}

/** What the resume link needs of each lesson, in course order. */
export interface ResumeLesson {
  slug: string;
  url: string;
  title: string;
}

export function coursePage(course: Course, lessons: readonly Lesson[]) {
  const { data } = course;
  return {
    audience: data.audience.map((a) => dict.audiences[a]).join(', '),
    duration: formatDuration(data.durationMinutes),
    lessonCount: format('courses.lessonCount', { count: lessons.length }),
    goals: data.goals,
    lessonSlugs: lessons.map((lesson) => lessonSlug(lesson.id)),
    /** «Start kurset» leads to the first; the course script picks the first not done. */
    resumeLessons: lessons.map((lesson): ResumeLesson => ({
      slug: lessonSlug(lesson.id),
      url: lessonUrl(lesson),
      title: lesson.data.title,
    })),
  };
}

/** `/kurs/`: every course with what its card shows. */
export async function coursesPage() {
  return (await coursesWithLessons()).map(({ course, lessons }) => ({
    course,
    lessons,
    ...coursePage(course, lessons),
  }));
}

export function lessonPage(course: Course, lesson: Lesson, lessons: readonly Lesson[]) {
  const position = lessonPosition(lessons, lesson.id);
  const slug = lessonSlug(lesson.id);
  const courseCrumb = { label: course.data.title, href: routes.course(course.id) };
  return {
    /** Lessons sit in their course, under «Kurs» (no home crumb: the course is the context). */
    breadcrumbs: [sections.courses, courseCrumb],
    course: { title: course.data.title, url: courseCrumb.href, id: course.id },
    position: format('courses.lessonOf', { number: position.number, total: position.total }),
    duration: formatDuration(lesson.data.durationMinutes),
    goals: lesson.data.goals,
    quiz: lesson.data.quiz,
    slug,
    quizId: `quiz-${slug}`,
    previous: position.previous,
    next: position.next,
  };
}

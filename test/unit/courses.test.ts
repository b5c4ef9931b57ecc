import { describe, expect, test } from 'vitest';
import { lessonPosition, lessonsInOrder, lessonUrl } from '../../src/lib/courses/lessons';
import {
  doneCount,
  isDone,
  parseProgress,
  resumePoint,
  withLesson,
} from '../../src/lib/courses/progress';

const lesson = (slug: string, order: number, course = 'grunnkurs') => ({
  id: `${course}/${slug}`,
  data: { order, course: { id: course } },
});

describe('lessons', () => {
  const lessons = [
    lesson('03-oppfolging', 3),
    lesson('01-intro', 1),
    lesson('annet', 1, 'annet'),
    lesson('02-krav', 2),
  ];

  test('a course’s lessons come in their order, without other courses’ lessons', () => {
    expect(lessonsInOrder(lessons, 'grunnkurs').map((l) => l.id)).toEqual([
      'grunnkurs/01-intro',
      'grunnkurs/02-krav',
      'grunnkurs/03-oppfolging',
    ]);
  });

  test('a lesson knows its number, the total and its neighbours', () => {
    const ordered = lessonsInOrder(lessons, 'grunnkurs');
    expect(lessonPosition(ordered, 'grunnkurs/02-krav')).toMatchObject({
      number: 2,
      total: 3,
      previous: { id: 'grunnkurs/01-intro' },
      next: { id: 'grunnkurs/03-oppfolging' },
    });
    expect(lessonPosition(ordered, 'grunnkurs/01-intro').previous).toBeUndefined();
    expect(lessonPosition(ordered, 'grunnkurs/03-oppfolging').next).toBeUndefined();
    expect(() => lessonPosition(ordered, 'annet/annet')).toThrow();
  });

  test('a lesson’s address is under its course, with the file name as the last part', () => {
    expect(lessonUrl(lesson('02-krav', 2))).toBe('/kurs/grunnkurs/02-krav/');
  });
});

describe('progress in the browser', () => {
  test('reads what it wrote and ignores anything it cannot read', () => {
    const progress = withLesson(
      withLesson({}, 'grunnkurs', '01-intro', true),
      'grunnkurs',
      '02-krav',
      true,
    );
    expect(parseProgress(JSON.stringify(progress))).toEqual({ grunnkurs: ['01-intro', '02-krav'] });
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress('ikke json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
    expect(parseProgress('{"grunnkurs":["a",3,"a"],"x":"y"}')).toEqual({ grunnkurs: ['a'] });
  });

  test('marks and unmarks lessons, counting only the course’s current lessons', () => {
    let progress = withLesson({}, 'grunnkurs', '01-intro', true);
    progress = withLesson(progress, 'grunnkurs', 'fjernet-leksjon', true);
    progress = withLesson(progress, 'annet', '01-intro', true);
    expect(isDone(progress, 'grunnkurs', '01-intro')).toBe(true);
    expect(doneCount(progress, 'grunnkurs', ['01-intro', '02-krav'])).toBe(1);
    progress = withLesson(progress, 'grunnkurs', '01-intro', false);
    expect(isDone(progress, 'grunnkurs', '01-intro')).toBe(false);
    expect(isDone(progress, 'annet', '01-intro')).toBe(true);
    expect(doneCount(progress, 'grunnkurs', ['01-intro', '02-krav'])).toBe(0);
  });

  test('resumes at the first lesson not done, in course order', () => {
    const lessons = ['01-intro', '02-krav', '03-oppfolging'];
    expect(resumePoint({}, 'grunnkurs', lessons)).toEqual({ kind: 'start', lesson: '01-intro' });
    // Progress in another course, or on a lesson since removed, is not a start in this one.
    const elsewhere = withLesson(withLesson({}, 'annet', '01-intro', true), 'grunnkurs', 'x', true);
    expect(resumePoint(elsewhere, 'grunnkurs', lessons)).toEqual({
      kind: 'start',
      lesson: '01-intro',
    });
    let progress = withLesson({}, 'grunnkurs', '01-intro', true);
    expect(resumePoint(progress, 'grunnkurs', lessons)).toEqual({
      kind: 'continue',
      lesson: '02-krav',
      number: 2,
    });
    // A skipped lesson is where the reader continues, not the one after the last done.
    progress = withLesson(progress, 'grunnkurs', '03-oppfolging', true);
    expect(resumePoint(progress, 'grunnkurs', lessons)).toEqual({
      kind: 'continue',
      lesson: '02-krav',
      number: 2,
    });
    progress = withLesson(progress, 'grunnkurs', '02-krav', true);
    expect(resumePoint(progress, 'grunnkurs', lessons)).toEqual({ kind: 'done' });
    expect(resumePoint(progress, 'grunnkurs', [])).toBeUndefined();
  });
});

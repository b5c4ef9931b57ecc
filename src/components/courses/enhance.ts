/**
 * Progressive enhancement for course and lesson pages. Everything here is optional: the pages
 * work without it (quiz answers behind "Se svaret", no progress controls at all).
 */
import {
  doneCount,
  isDone,
  parseProgress,
  PROGRESS_KEY,
  resumePoint,
  withLesson,
  type Progress,
} from '../../lib/courses/progress';
import type { ResumeLesson } from '../../lib/pages/course';
import { documentLocale, formatMessage, type MessageValues } from '../../i18n/format';

/** localStorage, or undefined where the browser refuses it (private mode, blocked storage). */
function storage(): Storage | undefined {
  try {
    const probe = `${PROGRESS_KEY}-probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const readProgress = (store: Storage): Progress => parseProgress(store.getItem(PROGRESS_KEY));

const fill = (template: string, values: MessageValues) =>
  formatMessage(template, values, documentLocale());

function enhanceQuiz(quiz: HTMLElement): void {
  const correctText = quiz.dataset['correct'] ?? '';
  const wrongText = quiz.dataset['wrong'] ?? '';
  const rightAnswerText = quiz.dataset['rightAnswer'] ?? '';
  quiz.querySelectorAll<HTMLElement>('[data-eh-js-only]').forEach((el) => (el.hidden = false));
  quiz.querySelectorAll<HTMLElement>('[data-eh-question]').forEach((question) => {
    const list = question.querySelector<HTMLElement>('[data-eh-options]');
    const answerBox = question.querySelector<HTMLDetailsElement>('[data-eh-answer]');
    const name = question.dataset['name'] ?? '';
    const answer = Number(question.dataset['answer']);
    if (!list || !answerBox || !name) return;
    const options = [...list.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '');
    const explanation = answerBox.querySelector('[data-eh-explanation]')?.textContent?.trim() ?? '';

    const fieldset = document.createElement('fieldset');
    fieldset.setAttribute('aria-labelledby', name);
    const feedback = document.createElement('p');
    feedback.className = 'eh-quiz__feedback';
    feedback.setAttribute('aria-live', 'polite');
    options.forEach((option, i) => {
      const label = document.createElement('label');
      label.className = 'eh-quiz__choice';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = String(i);
      label.append(input, document.createTextNode(option));
      fieldset.append(label);
    });
    fieldset.addEventListener('change', (event) => {
      const chosen = Number((event.target as HTMLInputElement).value);
      const right = chosen === answer;
      feedback.className = `eh-quiz__feedback eh-quiz__feedback--${right ? 'right' : 'wrong'}`;
      const verdict = document.createElement('strong');
      verdict.textContent = right ? correctText : wrongText;
      // Each part is a sentence of its own: the verdict, the right answer (when missed), why.
      const sentences = [
        right ? '' : fill(rightAnswerText, { answer: options[answer] ?? '' }),
        explanation,
      ].filter(Boolean);
      feedback.replaceChildren(verdict, ...sentences.map((sentence) => ` ${sentence}`));
    });
    list.replaceWith(fieldset);
    fieldset.after(feedback);
    answerBox.hidden = true;
  });
}

function enhanceMarkDone(box: HTMLElement, store: Storage): void {
  const course = box.dataset['course'] ?? '';
  const lesson = box.dataset['lesson'] ?? '';
  const button = box.querySelector('button');
  const status = box.querySelector<HTMLElement>('[role="status"]');
  if (!course || !lesson || !button || !status) return;
  const show = (done: boolean) => {
    button.textContent = (done ? button.dataset['labelUnmark'] : button.dataset['labelMark']) ?? '';
    status.textContent = done ? (status.dataset['statusDone'] ?? '') : '';
    box.classList.toggle('eh-done--done', done);
  };
  show(isDone(readProgress(store), course, lesson));
  button.addEventListener('click', () => {
    const done = !isDone(readProgress(store), course, lesson);
    store.setItem(
      PROGRESS_KEY,
      JSON.stringify(withLesson(readProgress(store), course, lesson, done)),
    );
    show(done);
  });
  box.hidden = false;
}

function showCourseProgress(root: ParentNode, box: HTMLElement, store: Storage): void {
  const course = box.dataset['course'] ?? '';
  const lessons = (box.dataset['lessons'] ?? '').split(' ').filter(Boolean);
  const progress = readProgress(store);
  const done = doneCount(progress, course, lessons);
  const text = box.querySelector('[data-eh-progress-text]');
  if (text) text.textContent = fill(box.dataset['template'] ?? '', { done, total: lessons.length });
  box.querySelector('progress')?.setAttribute('value', String(done));
  for (const lesson of lessons) {
    root
      .querySelectorAll<HTMLElement>(
        `[data-eh-lesson-done="${CSS.escape(lesson)}"][data-course="${CSS.escape(course)}"]`,
      )
      .forEach((mark) => (mark.hidden = !isDone(progress, course, lesson)));
  }
  box.hidden = false;
}

/** «Start kurset» becomes «Fortsett der du slapp: …», or says the course is done. */
function showResume(link: HTMLAnchorElement, store: Storage): void {
  const course = link.dataset['course'] ?? '';
  let lessons: ResumeLesson[];
  try {
    lessons = JSON.parse(link.dataset['lessons'] ?? '[]') as ResumeLesson[];
  } catch {
    return; // unreadable: the link stays «Start kurset»
  }
  const point = resumePoint(
    readProgress(store),
    course,
    lessons.map((lesson) => lesson.slug),
  );
  if (!point || point.kind === 'start') return;
  if (point.kind === 'done') {
    link.textContent = link.dataset['labelReview'] ?? '';
    const done = link.closest('.eh-resume')?.querySelector<HTMLElement>('[data-eh-resume-done]');
    if (done) done.hidden = false;
    return;
  }
  const lesson = lessons.find((l) => l.slug === point.lesson);
  if (!lesson) return;
  link.href = lesson.url;
  link.textContent = fill(link.dataset['labelContinue'] ?? '', {
    number: point.number,
    title: lesson.title,
  });
}

export function enhanceCoursePage(doc: Document): void {
  doc.querySelectorAll<HTMLElement>('[data-eh-quiz]').forEach(enhanceQuiz);
  const store = storage();
  if (!store) return; // no storage: no progress controls, as without JavaScript
  doc.querySelectorAll<HTMLElement>('[data-eh-done]').forEach((box) => enhanceMarkDone(box, store));
  doc
    .querySelectorAll<HTMLElement>('[data-eh-progress]')
    .forEach((box) => showCourseProgress(doc, box, store));
  doc
    .querySelectorAll<HTMLAnchorElement>('a[data-eh-resume]')
    .forEach((link) => showResume(link, store));
}

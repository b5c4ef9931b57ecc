/**
 * Issue 7, training: lesson pages with breadcrumbs, position and "forrige / neste"; the quiz
 * with and without JavaScript; progress marked on a lesson and shown on the course page,
 * kept in localStorage only, and nothing of it without JavaScript.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { newPage, openPage, url } from './browser';

/** The first course on /kurs/ and its lessons, as the list shows them. */
let course: { path: string; title: string; lessons: string[] };

beforeAll(async () => {
  const page = await openPage(routes.courses());
  const link = page.locator('main h2 a').first();
  const path = (await link.getAttribute('href')) ?? '';
  const title = (await link.innerText()).trim();
  const lessons = await page
    .locator(`main ol a[href^="${path}"]`)
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
  course = { path, title, lessons };
  expect(
    course.lessons.length,
    'the course list shows the first course’s lessons',
  ).toBeGreaterThanOrEqual(2);
});

const progressText = (page: Page) => page.locator('[data-eh-progress-text]');

describe('a lesson page', () => {
  test('has breadcrumbs Kurs › course › lesson, its position and links to the lessons around it', async () => {
    const second = course.lessons[1] ?? '';
    const page = await openPage(second);
    const crumbs = await page.locator('nav.eh-breadcrumbs li').allInnerTexts();
    const title = (await page.locator('h1').innerText()).trim();
    expect(crumbs.map((c) => c.trim())).toEqual(['Kurs', course.title, title]);
    await expect(page.locator('main').innerText()).resolves.toContain(
      `Leksjon 2 av ${course.lessons.length}`,
    );
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(course.lessons[0]);
    const next = page.locator('a[rel="next"]');
    if (course.lessons.length > 2) expect(await next.getAttribute('href')).toBe(course.lessons[2]);
  });

  test('the first lesson has no "forrige", the last no "neste"', async () => {
    const first = await openPage(course.lessons[0] ?? '');
    expect(await first.locator('a[rel="prev"]').count()).toBe(0);
    const last = await openPage(course.lessons.at(-1) ?? '');
    expect(await last.locator('a[rel="next"]').count()).toBe(0);
  });
});

describe('the quiz', () => {
  test('with JavaScript: radio buttons and immediate feedback', async () => {
    const page = await openPage(course.lessons[0] ?? '');
    const question = page.locator('[data-eh-question]').first();
    const answer = Number(await question.getAttribute('data-answer'));
    const radios = question.locator('input[type="radio"]');
    expect(await radios.count()).toBeGreaterThanOrEqual(2);
    expect(await question.locator('details').isVisible()).toBe(false);
    const wrong = answer === 0 ? 1 : 0;
    await radios.nth(wrong).check();
    // The verdict, the right answer and why, each a sentence of its own.
    const feedback = await question.locator('.eh-quiz__feedback').innerText();
    const explanation = (await question.locator('[data-eh-explanation]').textContent())?.trim();
    expect(explanation).toBeTruthy();
    expect(feedback).toMatch(/^Ikke riktig\. Riktig svar er «[^»]+»\. /);
    expect(feedback.endsWith(` ${explanation ?? ''}`)).toBe(true);
    await radios.nth(answer).check();
    await expect(question.locator('.eh-quiz__feedback').innerText()).resolves.toMatch(/^Riktig!/);
  });

  test('without JavaScript: the options and a "Se svaret" that opens to the answer', async () => {
    const page = await openPage(course.lessons[0] ?? '', { javaScriptEnabled: false });
    const question = page.locator('[data-eh-question]').first();
    expect(await question.locator('input').count()).toBe(0);
    expect(await question.locator('[data-eh-options] li').count()).toBeGreaterThanOrEqual(2);
    const answerText = question.locator('details p').first();
    expect(await answerText.isVisible()).toBe(false);
    await question.locator('summary', { hasText: 'Se svaret' }).click();
    expect(await answerText.isVisible()).toBe(true);
    await expect(answerText.innerText()).resolves.toMatch(/^Riktig svar: /);
  });
});

describe('progress', () => {
  test('a lesson marked as done shows on the course page, and stays in this browser only', async () => {
    const page = await newPage();
    await page.goto(url(course.path));
    await expect(progressText(page).innerText()).resolves.toBe(
      `0 av ${course.lessons.length} fullført`,
    );

    for (const lesson of course.lessons.slice(0, 2)) {
      await page.goto(url(lesson));
      const button = page.getByRole('button', { name: 'Marker som fullført' });
      expect(await button.isVisible()).toBe(true);
      await button.click();
      await expect(page.locator('[data-eh-done] [role="status"]').innerText()).resolves.toContain(
        'fullført',
      );
      expect(await page.getByRole('button', { name: 'Fjern markeringen' }).isVisible()).toBe(true);
    }

    await page.goto(url(course.path));
    await expect(progressText(page).innerText()).resolves.toBe(
      `2 av ${course.lessons.length} fullført`,
    );
    const slug = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';
    expect(
      await page.locator(`[data-eh-lesson-done="${slug(course.lessons[0] ?? '')}"]`).isVisible(),
    ).toBe(true);
    expect(
      await page
        .locator(`[data-eh-lesson-done="${slug(course.lessons.at(-1) ?? '')}"]`)
        .isVisible(),
    ).toBe(false);
    // Progress lives in localStorage under its own key (the list's «Nytt siden sist» keeps its
    // own day there too), and nothing of it goes into a cookie the server would see.
    const stored = await page.evaluate(() => ({ ...localStorage }));
    expect(Object.keys(stored)).toContain('eh-kursfremdrift');
    expect(Object.keys(stored).filter((key) => key.includes('kurs'))).toEqual(['eh-kursfremdrift']);
    expect(await page.context().cookies()).toEqual([]);

    // Unmarking counts down again.
    await page.goto(url(course.lessons[0] ?? ''));
    await page.getByRole('button', { name: 'Fjern markeringen' }).click();
    await page.goto(url(course.path));
    await expect(progressText(page).innerText()).resolves.toBe(
      `1 av ${course.lessons.length} fullført`,
    );
  });

  test('another browser (a fresh context) starts with no progress', async () => {
    const page = await openPage(course.path);
    await expect(progressText(page).innerText()).resolves.toBe(
      `0 av ${course.lessons.length} fullført`,
    );
  });

  test('without JavaScript no progress controls show, on the lesson or the course page', async () => {
    const lesson = await openPage(course.lessons[0] ?? '', { javaScriptEnabled: false });
    expect(await lesson.locator('[data-eh-done]').isVisible()).toBe(false);
    expect(await lesson.locator('main').getByRole('button').count()).toBe(0);
    const page = await openPage(course.path, { javaScriptEnabled: false });
    expect(await page.locator('[data-eh-progress]').isVisible()).toBe(false);
    expect(await page.locator('[data-eh-lesson-done]:visible').count()).toBe(0);
    await expect(page.locator('main').innerText()).resolves.not.toContain('fullført');
  });
});

/**
 * Reader journey: a course participant. From the home page to the course, through a lesson and
 * its quiz (a wrong answer explained, then the right one), marks it done, leaves, comes back
 * and continues where they left off; then through every lesson to the end. At desktop width
 * and at 375 px with JavaScript, and without JavaScript, where the pages read as a plain
 * course: «Start kurset», «Neste» to the end, and every quiz answer behind «Se svaret».
 * Nothing here depends on a date.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { newPage } from './browser';
import { fitsScreen, followHomeCard, VIEWPORTS } from './journeys';

/** From the home page, the participant's card leads to the course. */
async function homeToCourse(page: Page) {
  await page.goto('/');
  await followHomeCard(page, 'Jeg er kursdeltaker');
  await page.waitForURL('**/kurs/*/');
  await fitsScreen(page);
}

const resume = (page: Page) => page.locator('main a[data-eh-resume]');
const progress = (page: Page) => page.locator('main [data-eh-progress-text]');
/** The course's lessons as the course page lists them: address and title. */
const lessonsOn = (page: Page) =>
  page
    .locator('main .eh-lessons > li > a')
    .evaluateAll((as) =>
      as.map((a) => ({ url: a.getAttribute('href') ?? '', title: a.textContent?.trim() ?? '' })),
    );

/** Answers the lesson's first question wrongly, then rightly, as a reader clicks. */
async function quizFirstQuestion(page: Page) {
  const question = page.locator('[data-eh-question]').first();
  await question.scrollIntoViewIfNeeded();
  const answer = Number(await question.getAttribute('data-answer'));
  const choices = question.locator('label.eh-quiz__choice');
  const rightText = (await choices.nth(answer).innerText()).trim();
  await choices.nth(answer === 0 ? 1 : 0).click();
  const feedback = question.locator('.eh-quiz__feedback');
  const wrong = await feedback.innerText();
  // Not just "wrong": the right answer in a sentence of its own, then why.
  expect(wrong).toMatch(/^Ikke riktig\. /);
  expect(wrong).toContain(`Riktig svar er «${rightText}».`);
  const why = wrong.slice(wrong.indexOf('».') + 2).trim();
  expect(why.length, 'an explaining sentence after the right answer').toBeGreaterThan(20);
  expect(await feedback.isVisible()).toBe(true);
  await choices.nth(answer).click();
  expect(await feedback.innerText()).toMatch(/^Riktig! /);
}

describe('course participant with JavaScript', () => {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`${width}: start, quiz, mark done, come back and continue, finish`, async () => {
      const page = await newPage({ viewport });
      await homeToCourse(page);
      const coursePath = new URL(page.url()).pathname;
      const lessons = await lessonsOn(page);
      expect(lessons.length).toBeGreaterThanOrEqual(3);
      expect(await progress(page).innerText()).toBe(`0 av ${lessons.length} fullført`);
      expect((await resume(page).innerText()).trim()).toBe('Start kurset');

      // Lesson 1: the quiz, then «Marker som fullført».
      await resume(page).click();
      await page.waitForURL(`**${lessons[0]?.url ?? ''}`);
      await fitsScreen(page);
      await quizFirstQuestion(page);
      await page.getByRole('button', { name: 'Marker som fullført' }).click();
      expect(await page.locator('[data-eh-done] [role="status"]').innerText()).toBe(
        'Du har markert leksjonen som fullført.',
      );

      // Later: the home page, the course, and the button says where it leads.
      await homeToCourse(page);
      expect(await progress(page).innerText()).toBe(`1 av ${lessons.length} fullført`);
      const second = lessons[1];
      expect((await resume(page).innerText()).trim()).toBe(
        `Fortsett der du slapp: leksjon 2, ${second?.title ?? ''}`,
      );
      expect(await resume(page).getAttribute('href')).toBe(second?.url);
      // /kurs/ says the same.
      await page.goto(routes.courses());
      expect(await progress(page).first().innerText()).toBe(`1 av ${lessons.length} fullført`);
      expect((await resume(page).first().innerText()).trim()).toMatch(/^Fortsett der du slapp/);
      await fitsScreen(page);

      // Continue, and go on to the end lesson by lesson, by «Neste».
      await page.goto(coursePath);
      await resume(page).click();
      await page.waitForURL(`**${second?.url ?? ''}`);
      for (let i = 1; i < lessons.length; i++) {
        expect(new URL(page.url()).pathname).toBe(lessons[i]?.url);
        await page.getByRole('button', { name: 'Marker som fullført' }).click();
        const next = page.locator('a[rel="next"]');
        if (i < lessons.length - 1) {
          await next.click();
          await page.waitForURL(`**${lessons[i + 1]?.url ?? ''}`);
        } else expect(await next.count()).toBe(0);
      }

      // Back on the course page: done, and the button offers the course again.
      await page.goto(coursePath);
      expect(await progress(page).innerText()).toBe(
        `${lessons.length} av ${lessons.length} fullført`,
      );
      expect(await page.locator('[data-eh-resume-done]').innerText()).toBe(
        'Du har fullført alle leksjonene i kurset.',
      );
      expect((await resume(page).innerText()).trim()).toBe('Gå gjennom kurset på nytt');
      expect(await page.locator('[data-eh-lesson-done]:visible').count()).toBe(lessons.length);
      await fitsScreen(page);
    });
  }
});

describe('course participant without JavaScript', () => {
  test('375 px: the course reads from «Start kurset» through «Neste» to the end, answers behind «Se svaret»', async () => {
    const page = await newPage({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    await homeToCourse(page);
    const lessons = await lessonsOn(page);
    expect(await page.locator('[data-eh-progress]').isVisible()).toBe(false);
    expect((await resume(page).innerText()).trim()).toBe('Start kurset');
    await resume(page).click();
    for (let i = 0; i < lessons.length; i++) {
      await page.waitForURL(`**${lessons[i]?.url ?? ''}`);
      await fitsScreen(page);
      // No progress controls that could not work, and the quiz's answers a click away.
      expect(await page.locator('main').getByRole('button').count()).toBe(0);
      const question = page.locator('[data-eh-question]').first();
      const answer = question.locator('details p').first();
      expect(await answer.isVisible()).toBe(false);
      await question.locator('summary', { hasText: 'Se svaret' }).click();
      expect(await answer.innerText()).toMatch(/^Riktig svar: \S/);
      expect(await question.locator('[data-eh-explanation]').isVisible()).toBe(true);
      if (i < lessons.length - 1) await page.locator('a[rel="next"]').click();
    }
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
  });
});

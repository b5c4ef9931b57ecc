/**
 * What the reader-journey tests share: the two screen sizes, what "in view" and "fits the
 * screen" mean, the way from a reader's card on the home page, the editors' entries as they
 * wrote them, the requirements the rule says apply (from the site's own open data, so the
 * answer is checked against the data, not against the finder's code), and reading a downloaded
 * file as a reader's program would.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { requirementApplies } from '../../src/lib/applicability';
import type { OpenRequirement, OpenRiskCategory } from '../../src/lib/requirements/open-data';
import { routes } from '../../src/lib/routes';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 700 },
};

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** A published entry as its editor wrote it in content/. */
export interface WrittenEntry {
  id: string;
  /** A one-line frontmatter field as written, without quotes; '' when it is not there. */
  field(name: string): string;
}

/** The published entries of a collection folder in content/: not drafts, not `_` files. */
export async function writtenEntries(folder: string): Promise<WrittenEntry[]> {
  const dir = path.join(repo, 'content', folder);
  const entries = await Promise.all(
    (await readdir(dir))
      .filter((file) => /^[^_].*\.mdx?$/.test(file))
      .map(async (file) => {
        const text = await readFile(path.join(dir, file), 'utf-8');
        const field = (name: string) =>
          new RegExp(`^${name}:\\s*"?([^"\\n]*)"?\\s*$`, 'm').exec(text)?.[1] ?? '';
        return { id: file.replace(/\.mdx?$/, ''), field };
      }),
  );
  return entries.filter((entry) => entry.field('draft') !== 'true');
}

/** Whether the element's top is inside the visible screen. */
export const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      // Half a pixel of rounding either way after a scroll to an anchor.
      return box.top > -1 && box.top < window.innerHeight;
    });

/** The page is no wider than the screen: nothing to scroll sideways on a phone. */
export async function fitsScreen(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(width);
}

/** The requirements in force that the rule applies to a purchase, as site paths, sorted. */
export async function expectedRequirements(
  origin: string,
  categoryId: string,
  valueNok: number,
): Promise<string[]> {
  const getJson = async <T>(sitePath: string) =>
    (await (await fetch(new URL(sitePath, origin))).json()) as T;
  const { requirements } = await getJson<{ requirements: OpenRequirement[] }>(
    routes.openRequirements(),
  );
  const { riskCategories } = await getJson<{ riskCategories: OpenRiskCategory[] }>(
    routes.openRiskCategories(),
  );
  const category = riskCategories.find((c) => c.id === categoryId);
  expect(category, `category ${categoryId} in the open data`).toBeDefined();
  return requirements
    .filter((r) => r.supersededBy === null)
    .filter((r) =>
      requirementApplies(
        {
          appliesTo: {
            valueOverNok: r.appliesTo.valueOverNok,
            riskCategories:
              r.appliesTo.riskCategories === 'alle-hoyrisiko'
                ? 'alle-hoyrisiko'
                : r.appliesTo.riskCategories.map((id) => ({ id })),
          },
        },
        category!,
        valueNok,
      ),
    )
    .map((r) => routes.requirement(r.id))
    .toSorted();
}

/** Clicks a download link and returns the file's name and bytes. */
export async function download(page: Page, link: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readDownload(file) };
}

/** The downloaded bytes, streamed (the shared Chromium runs in another process, so no local path). */
async function readDownload(file: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** On a requirement's page: its Word file holds the requirement's code and the start of its text. */
export async function requirementWordFile(page: Page) {
  const code = (await page.locator('h1 .eh-req-code').innerText()).trim();
  const firstWords = (await page.locator('.eh-copy__text p').first().innerText())
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join(' ');
  const file = await download(
    page,
    page.getByRole('link', { name: /som Word-dokument \(\.docx\)/ }),
  );
  expect(file.name).toMatch(/\.docx$/);
  const text = await docxText(file.bytes);
  expect(text).toContain(code);
  expect(text).toContain(firstWords);
}

/** A .docx file's text, as Word's text would read (mammoth, not the code that wrote it). */
export async function docxText(bytes: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return value.replace(/\s+/g, ' ');
}

/** The requirement links a finder result lists, sorted. */
export const shownRequirements = async (page: Page) =>
  (
    await page
      .locator('.eh-finder__matches a:not(.eh-example__tag)')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  ).toSorted();

/** On the home page, follows the task link on the reader's card («Jeg er leverandør» …). */
export async function followHomeCard(page: Page, card: string) {
  await page.locator('[data-home-path]', { hasText: card }).locator('[data-home-task]').click();
}

/** On the home page, the reader's card leads to the finder. */
export async function homeToFinder(page: Page, card: string) {
  await followHomeCard(page, card);
  await page.waitForURL(`**${routes.requirementFinder()}`);
}

/** Fills in the finder and asks, as a reader would. */
export async function askFinder(page: Page, category: string, typed: string) {
  await page.selectOption('#finder-category', category);
  await page.fill('#finder-value', typed);
  await page.locator('form[data-finder] button[type="submit"]').click();
}

/**
 * Issue 13 point 3: an illustration is unmistakable in every format the site publishes. For each
 * output – the entry page (and what search results read from it), the requirement .docx, the
 * changes feed, the open data and the calendar files – the "Fiktivt eksempel" mark is there
 * exactly for the entries whose frontmatter says `example: true`. Each file is read by a parser
 * that does not come from the portal (JSON.parse, fast-xml-parser, the zip reader in test/support).
 * A sourced requirement with facts the portal made up (`illustrativeFields`) carries its own
 * label, and the mark beside each such fact, on every list that shows it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { docxText } from '../unit/requirements-helpers';
import { openPage, url } from './browser';

const contentDir = path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');
const LABEL = 'Fiktivt eksempel';

/** id → example flag, read from the editors' frontmatter (not from the portal's code). */
async function exampleFlags(folder: string): Promise<Map<string, boolean>> {
  const files = (await readdir(path.join(contentDir, folder))).filter((f) => /\.mdx?$/.test(f));
  const flags = new Map<string, boolean>();
  for (const file of files) {
    const text = await readFile(path.join(contentDir, folder, file), 'utf-8');
    const front = text.split(/^---$/m)[1] ?? '';
    if (/^draft: true$/m.test(front)) continue;
    flags.set(file.replace(/\.mdx?$/, ''), /^example: true$/m.test(front));
  }
  return flags;
}

async function get(sitePath: string): Promise<Response> {
  const response = await fetch(url(sitePath));
  expect(response.status, `HTTP status of ${sitePath}`).toBe(200);
  return response;
}
const text = async (sitePath: string) => (await get(sitePath)).text();

/** VEVENT properties of an .ics file: lines unfolded (RFC 5545 3.1), parameters dropped. */
function icsEvents(ics: string): Record<string, string>[] {
  const events: Record<string, string>[] = [];
  let event: Record<string, string> | undefined;
  for (const line of ics.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT' && event) events.push(event);
    else if (event && line.includes(':')) {
      const colon = line.indexOf(':');
      event[line.slice(0, colon).split(';')[0] ?? ''] = line.slice(colon + 1).replace(/\\,/g, ',');
    }
  }
  return events;
}

describe('every output carries the illustration mark, and only for illustrations', () => {
  test('the content has both kinds, so the checks below can fail', async () => {
    const flags = [...(await exampleFlags('requirements')).values()];
    expect(flags).toContain(true);
    expect(flags).toContain(false);
  });

  test('entry pages: the label links to «Om innholdet», and search results read the flag from the page', async () => {
    for (const [id, example] of await exampleFlags('requirements')) {
      const html = await text(routes.requirement(id));
      // The label under the title (lists of related entries on the page may carry their own).
      const label = new RegExp(
        `class="eh-entry-meta"[^>]*>\\s*<span class="eh-example"[^>]*><a [^>]*href="${routes.aboutContent()}">${LABEL}</a>`,
      );
      expect(label.test(html), id).toBe(example);
      expect(html.includes('data-pagefind-meta="example">true<'), `${id} search meta`).toBe(
        example,
      );
      expect(html, `${id} has a Kilder block`).toContain('<h2 id="kilder">Kilder</h2>');
    }
  });

  test('requirement .docx files', async () => {
    for (const [id, example] of await exampleFlags('requirements')) {
      const docx = Buffer.from(await (await get(routes.requirementDocx(id))).arrayBuffer());
      expect(docxText(docx).includes('FIKTIVT EKSEMPEL'), id).toBe(example);
    }
  });

  test('the changes feed (RSS)', async () => {
    const flags = await exampleFlags('requirements');
    const feed = new XMLParser().parse(await text(routes.requirementChangesFeed())) as {
      rss: { channel: { item: { title: string; link: string; category: string | string[] }[] } };
    };
    const items = feed.rss.channel.item;
    expect(items.length).toBe(flags.size);
    for (const item of items) {
      const id = /\/krav\/([^/]+)\/$/.exec(item.link)?.[1] ?? '';
      const example = flags.get(id);
      expect(example, `${item.link} is a known requirement`).toBeDefined();
      expect(item.title.startsWith(`${LABEL}: `), item.title).toBe(example);
      expect([item.category].flat().includes(LABEL), `${id} category`).toBe(example);
    }
  });

  test('the open data (JSON)', async () => {
    const flags = await exampleFlags('requirements');
    const data = JSON.parse(await text(routes.openRequirements())) as {
      requirements: { id: string; example: boolean; sources: unknown[] }[];
    };
    expect(data.requirements.map((r) => r.id).toSorted()).toEqual([...flags.keys()].toSorted());
    for (const r of data.requirements) {
      expect(r.example, r.id).toBe(flags.get(r.id));
      if (!r.example) expect(r.sources.length, `${r.id} sources`).toBeGreaterThan(0);
    }
    const categories = await exampleFlags('risk-categories');
    const open = JSON.parse(await text(routes.openRiskCategories())) as {
      riskCategories: { id: string; example: boolean }[];
    };
    for (const c of open.riskCategories) expect(c.example, c.id).toBe(categories.get(c.id));
  });

  test('the calendar files (.ics), one per meeting and the feed', async () => {
    const flags = await exampleFlags('meetings');
    expect([...flags.values()]).toContain(true);
    for (const [id, example] of flags) {
      const [event = {}] = icsEvents(await text(routes.meetingCalendar(id)));
      expect((event['SUMMARY'] ?? '').startsWith(`${LABEL}: `), id).toBe(example);
      expect((event['DESCRIPTION'] ?? '').startsWith(`${LABEL}. `), `${id} description`).toBe(
        example,
      );
    }
    for (const event of icsEvents(await text(routes.meetingFeed()))) {
      const id = (event['UID'] ?? '').split('@')[0] ?? '';
      expect((event['SUMMARY'] ?? '').startsWith(`${LABEL}: `), id).toBe(flags.get(id));
    }
  });
});

const PARTLY = 'Med kilde, men noen opplysninger er fiktive';

/** Sourced requirements with invented facts: id → fields and risk categories, from the frontmatter. */
async function partlyIllustrative(): Promise<
  Map<string, { fields: string[]; categories: string[] }>
> {
  const dir = path.join(contentDir, 'requirements');
  const found = new Map<string, { fields: string[]; categories: string[] }>();
  for (const file of (await readdir(dir)).filter((f) => /\.mdx?$/.test(f))) {
    const front = (await readFile(path.join(dir, file), 'utf-8')).split(/^---$/m)[1] ?? '';
    const fields = /^illustrativeFields: \[(.*)\]$/m.exec(front)?.[1];
    if (!fields || /^draft: true$/m.test(front)) continue;
    const categories = /^ {2}riskCategories: \[(.*)\]$/m.exec(front)?.[1] ?? '';
    found.set(file.replace(/\.mdx?$/, ''), {
      fields: fields.split(',').map((f) => f.trim()),
      categories: categories
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    });
  }
  return found;
}

/** Procurement pages that list a requirement, from the procurements' frontmatter. */
async function procurementsListing(id: string): Promise<string[]> {
  const dir = path.join(contentDir, 'procurements');
  const pages: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => /\.mdx?$/.test(f))) {
    const front = (await readFile(path.join(dir, file), 'utf-8')).split(/^---$/m)[1] ?? '';
    if (new RegExp(`^ {2}- ${id}$`, 'm').test(front)) {
      pages.push(routes.procurement(file.replace(/\.mdx?$/, '')));
    }
  }
  return pages;
}

describe('invented facts of a sourced requirement are marked on every list', () => {
  test('every list item that shows it carries the label or the marks; the catalogue marks each fact', async () => {
    const partly = await partlyIllustrative();
    expect(partly.size, 'the content has such a requirement').toBeGreaterThan(0);
    for (const [id, { fields, categories }] of partly) {
      const lists = [
        routes.home(),
        routes.requirements(),
        routes.sourcedRequirements(),
        routes.requirementFinder(),
        routes.requirementChanges(),
        routes.suppliers(),
        routes.changes(),
        ...categories.flatMap((c) => [routes.riskCategory(c), routes.checklist(c)]),
        ...(await procurementsListing(id)),
      ];
      for (const list of lists) {
        const page = await openPage(list, { javaScriptEnabled: false });
        const items = await page.locator(`li:has(a[href="${routes.requirement(id)}"])`).evaluateAll(
          (lis, href) =>
            lis
              // The innermost item: the one for the requirement, not a list around it.
              .filter((li) => !li.querySelector(`:scope li a[href="${href}"]`))
              .map((li) =>
                [...li.querySelectorAll('a[href="/om/innholdet/"]')].map((a) =>
                  a.textContent.trim(),
                ),
              ),
          routes.requirement(id),
        );
        expect(items.length, `${list} lists ${id}`).toBeGreaterThan(0);
        for (const marks of items) {
          expect(
            marks.includes(PARTLY) || marks.includes('fiktivt'),
            `${list}: ${id} is marked (${marks.join(', ')})`,
          ).toBe(true);
          expect(marks, `${list}: ${id} is not a whole illustration`).not.toContain(LABEL);
        }
        await page.close();
      }

      // In the catalogue each shown fact that is invented has the mark in its own cell.
      const catalogue = await openPage(routes.requirements(), { javaScriptEnabled: false });
      const cells = await catalogue
        .locator(`li:has(a[href="${routes.requirement(id)}"]) .eh-req-meta > div`)
        .evaluateAll((divs) =>
          divs.map((div) => ({
            term: div.querySelector('dt')?.textContent.trim() ?? '',
            marked: div.querySelector('.eh-fictional') !== null,
          })),
        );
      const marked = new Map(cells.map((cell) => [cell.term, cell.marked]));
      expect(marked.get('Versjon')).toBe(fields.includes('version'));
      expect(marked.get('Gjelder fra')).toBe(fields.includes('effectiveFrom'));
      expect(marked.get('Kontraktsverdi')).toBe(fields.includes('appliesTo'));
      expect(marked.get('Type')).toBe(false);
    }
    // Ten pages in turn: minutes on a busy two-core machine.
  }, 180_000);

  test('feeds: items about it say which facts are invented', async () => {
    const partly = await partlyIllustrative();
    for (const [id, { categories }] of partly) {
      for (const feedPath of [
        routes.requirementChangesFeed(),
        ...categories.map((c) => routes.categoryFeed(c)),
      ]) {
        const feed = new XMLParser().parse(await text(feedPath)) as {
          rss: {
            channel: {
              item: { link: string; description: string }[] | { link: string; description: string };
            };
          };
        };
        const items = [feed.rss.channel.item]
          .flat()
          .filter((item) => item.link.endsWith(routes.requirement(id)));
        expect(items.length, `${feedPath} has ${id}`).toBeGreaterThan(0);
        for (const item of items) {
          expect(item.description, feedPath).toContain('som ikke står i kilden');
        }
      }
    }
  });
});

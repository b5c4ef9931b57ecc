/**
 * Issue 13 point 3: an illustration is unmistakable in every format the site publishes. For each
 * output – the entry page (and what search results read from it), the requirement .docx, the
 * changes feed, the open data and the calendar files – the "Fiktivt eksempel" mark is there
 * exactly for the entries whose frontmatter says `example: true`. Each file is read by a parser
 * that does not come from the portal (JSON.parse, fast-xml-parser, the zip reader in test/support).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { docxText } from '../unit/requirements-helpers';
import { url } from './browser';

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

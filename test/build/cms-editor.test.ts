/**
 * The web editor end to end, as an editor uses it on their own machine: in a copy of the
 * project (a git repository of its own), `npm run edit` starts astro dev and decap-server;
 * Chromium opens /admin/, creates a meeting with its date, time and related procurement,
 * saves it, moves it through the editorial workflow and publishes it. The file must appear
 * under content/meetings/ with the frontmatter the schema reads, the site must build with it,
 * and the meeting must be on /markedsdialog/ and in kalender.ics. A second case enters an
 * impossible value and sees the form refuse to save, with the build's own words.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import ICAL from 'ical.js';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/system-deps.mjs';
import { fixtureSite, type FixtureSite } from './fixture-site';

const SLUG = 'dialogmote-om-arbeidsklaer-2027';
const MEETING_FILE = `meetings/${SLUG}.md`;

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}; npm run edit said:\n${editorOutput}`);
}

const git = (dir: string, ...args: string[]) => {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf-8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
};

let site: FixtureSite;
let editor: ChildProcess | undefined;
let editorOutput = '';
let browser: Browser;
let admin = '';

/** Stops `npm run edit` the way Ctrl-C does, and waits for it (and both servers) to end. */
async function stopEditor() {
  if (!editor || editor.exitCode !== null) return;
  const exited = new Promise((resolve) => editor?.once('exit', resolve));
  editor.kill('SIGINT');
  await exited;
}

beforeAll(async () => {
  site = await fixtureSite('base');
  await writeFile(path.join(site.dir, '.gitignore'), 'node_modules\ndist\ncache\n.astro\n');
  git(site.dir, 'init', '-q', '-b', 'main');
  git(site.dir, 'config', 'user.name', 'Redaktør');
  git(site.dir, 'config', 'user.email', 'redaktor@example.org');
  git(site.dir, 'add', '-A');
  git(site.dir, 'commit', '-qm', 'Fixturnettsted');

  const [sitePort, proxyPort] = [await freePort(), await freePort()];
  admin = `http://localhost:${sitePort}/admin/`;
  // As from a terminal: without the test runner's NODE_ENV=test and VITEST* (Astro's dev
  // server behaves differently under them).
  const terminal = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
    ),
  );
  editor = spawn('node', ['scripts/edit.mjs'], {
    cwd: site.dir,
    env: {
      ...terminal,
      PATH: `${path.join(site.dir, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
      PORT: String(sitePort),
      PORTAL_CMS_PROXY_PORT: String(proxyPort),
      PORTAL_CACHE_DIR: path.join(site.dir, 'cache'),
      FORCE_COLOR: '0',
    },
  });
  editor.stdout?.on('data', (chunk: Buffer) => (editorOutput += chunk.toString()));
  editor.stderr?.on('data', (chunk: Buffer) => (editorOutput += chunk.toString()));
  await waitFor('astro dev and decap-server', async () => {
    const config = await fetch(`${admin}config.yml`);
    const proxy = await fetch(`http://localhost:${proxyPort}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return config.ok && proxy.ok;
  });
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stopEditor();
  await site?.remove();
});

/** A logged-in editor on the form for a new meeting. */
async function newMeetingForm(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  // Decap asks before publishing (window.confirm); the editor says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(admin);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('link', { name: 'Markedsdialog' }).waitFor();
  await page.goto(`${admin}#/collections/meetings/new`);
  await page.getByLabel('Tittel', { exact: true }).waitFor();
  return page;
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Picks an option in one of Decap's selects (react-select), by the option's visible label. */
async function choose(page: Page, label: string, option: string) {
  await field(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('an editor publishes a meeting through the web editor', () => {
  test('creates, saves and publishes it; the file lands in content/meetings/', async () => {
    const page = await newMeetingForm();
    await field(page, 'Tittel').fill('Dialogmøte om arbeidsklær 2027');
    await field(page, 'Sammendrag').fill(
      'UKE presenterer den planlagte konkurransen om arbeidsklær og kravene som vil bli stilt.',
    );
    await field(page, 'Start').fill('2027-09-15T09:00');
    await field(page, 'Slutt').fill('2027-09-15T11:30');
    await choose(page, 'Type', 'fysisk');
    await page
      .getByRole('textbox', { name: 'Adresse (valgfritt)', exact: true })
      .fill('Rådhuset, Oslo');
    // The status select shows the site's labels (nb.meetingStatuses), not the stored values.
    await choose(page, 'Status', 'Planlagt');
    // The related procurement is found by its title and stored by its id.
    await field(page, 'Anskaffelser (valgfritt)').fill('Fixtur');
    await page.getByRole('option', { name: 'Fixturanskaffelse', exact: true }).click();
    await field(page, 'Sist oppdatert').fill('2026-05-01');
    await field(page, 'Gjennomgås innen').fill('2027-09-15');
    // No source says this meeting happens: it is marked as an illustration (provenance rule).
    await field(page, 'Fiktivt eksempel (valgfritt)').click();

    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    // Saved as a draft of the editorial workflow: a branch, not yet the site's content.
    await page.getByRole('button', { name: /Status: Kladd/ }).waitFor();
    expect(git(site.dir, 'branch', '--list', `cms/meetings/${SLUG}`)).toContain(SLUG);
    expect(existsSync(path.join(site.contentDir, MEETING_FILE))).toBe(false);

    await page.getByRole('button', { name: /Status:/ }).click();
    await page.getByRole('menuitem', { name: 'Klar' }).click();
    // Publish only once the new status is saved: on a busy machine the click came first and
    // nothing was published (fresh clone, 4 Dec).
    await page.getByRole('button', { name: /Status: Klar/ }).waitFor();
    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publiser nå' }).click();
    await waitFor(MEETING_FILE, async () => existsSync(path.join(site.contentDir, MEETING_FILE)));
    await page.close();

    const text = await site.read(MEETING_FILE);
    const front = load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
    expect(front).toMatchObject({
      title: 'Dialogmøte om arbeidsklær 2027',
      start: '2027-09-15T09:00',
      end: '2027-09-15T11:30',
      location: { kind: 'fysisk', address: 'Rådhuset, Oslo' },
      status: 'planlagt',
      procurements: ['fixturanskaffelse'],
      updated: new Date('2026-05-01T00:00:00Z'),
      reviewBy: new Date('2027-09-15T00:00:00Z'),
      example: true,
    });
    expect(git(site.dir, 'log', '-1', '--format=%s')).toMatch(
      /Markedsdialog|Automatically generated/,
    );
  });

  test('an impossible value is refused before saving, in the build’s words', async () => {
    const page = await newMeetingForm();
    await field(page, 'Tittel').fill('Møte med feil klokkeslett');
    await page.getByRole('button', { name: 'Add agenda' }).click();
    await field(page, 'Klokkeslett (valgfritt)').fill('kl. 9');
    // The text editor inserts a glossary term (<Term>, public/admin/editor-setup.js), found by
    // its title; the preview shows it as the site's term link, in the site's styles.
    await page.getByRole('button', { name: 'Add Component' }).click();
    await page.getByRole('menuitem', { name: 'Ordlisteord' }).click();
    await field(page, 'Ordet i ordlisten').fill('Fixtur');
    await page.getByRole('option', { name: 'Fixturbegrep', exact: true }).click();
    await field(page, 'Teksten som vises').fill('fixturbegrepet');
    const preview = page.locator('iframe').last().contentFrame();
    const term = preview.locator('a.eh-term', { hasText: 'fixturbegrepet' });
    await term.waitFor();
    expect(await term.getAttribute('href')).toBe('/ordliste/fixturbegrep/');
    expect(await preview.locator('link[href="/admin/preview.css"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    // The schema's own message for agenda[].time (src/schemas/meeting.ts).
    await page.getByText('et klokkeslett skrevet "TT:MM"').waitFor();
    expect(git(site.dir, 'branch', '--list', 'cms/*')).toBe('');
    expect(existsSync(path.join(site.contentDir, 'meetings/mote-med-feil-klokkeslett.md'))).toBe(
      false,
    );
    await page.close();
  });

  test('the site builds with it: on /markedsdialog/ and in kalender.ics', async () => {
    await stopEditor();
    expect(editorOutput).toMatch(/Redigering: http:\/\/localhost:\d+\/admin\//);
    // Schema validation happens in the build: it fails on any frontmatter the schema refuses.
    const result = await site.build();
    expect(result.ok, result.output).toBe(true);
    const list = await readFile(path.join(site.outDir, 'markedsdialog/index.html'), 'utf-8');
    expect(list).toContain('Dialogmøte om arbeidsklær 2027');
    expect(list).toContain(`/markedsdialog/${SLUG}/`);
    const calendar = await readFile(path.join(site.outDir, 'markedsdialog/kalender.ics'), 'utf-8');
    const events = new ICAL.Component(ICAL.parse(calendar))
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event));
    const meeting = events.find((event) =>
      event.summary.includes('Dialogmøte om arbeidsklær 2027'),
    );
    expect(meeting, calendar).toBeDefined();
    // 09:00–11:30 Oslo summer time, as the calendar writes it: in UTC.
    expect(meeting?.startDate.toString()).toBe('2027-09-15T07:00:00Z');
    expect(meeting?.endDate.toString()).toBe('2027-09-15T09:30:00Z');
  });
});

/**
 * The data layer over small trees (test/fixtures/): drafts are dropped once, in `site()`, and
 * what the schemas cannot check alone (references, glossary links, meeting times and
 * materials) fails with the file named. Each case loads the modules afresh, since every list
 * is computed once per build.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readCollections, type StoredEntry } from '../support/content-store';

const store = vi.hoisted(() => ({ entries: new Map<string, unknown[]>() }));
vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCollection: (name: string) => Promise.resolve(store.entries.get(name) ?? []),
}));

const BASE = 'test/fixtures/base';
const DRAFTS = 'test/fixtures/drafts';

/** Fresh data-layer modules over `roots`, after `change` has edited the entries. */
async function dataLayer(
  roots: string[],
  change: (entries: Map<string, StoredEntry[]>) => void = () => undefined,
) {
  vi.resetModules();
  vi.stubEnv('PORTAL_CONTENT_DIR', roots.at(-1));
  vi.stubEnv('PORTAL_BUILD_DATE', '2026-01-01');
  const entries = await readCollections(roots);
  change(entries);
  store.entries = entries;
  return {
    site: await import('../../src/lib/content/site'),
    meetings: await import('../../src/lib/content/meetings'),
    glossary: await import('../../src/lib/content/glossary'),
    translations: await import('../../src/lib/content/translations'),
    requirements: await import('../../src/lib/content/requirements'),
  };
}
const only = (entries: Map<string, StoredEntry[]>, name: string) => {
  const [entry] = entries.get(name) ?? [];
  if (!entry) throw new Error(`no ${name} in the fixture`);
  return entry as StoredEntry & { data: Record<string, unknown> };
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('drafts', () => {
  test('no draft, Norwegian or English, leaves site(); a draft translation counts as missing', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const { site, translations, requirements } = await dataLayer([BASE, DRAFTS]);
    const read = await readCollections([BASE, DRAFTS]);
    const all = await site.site();
    const drafts = [...read.values()].flat().filter((e) => e.id.includes('utkast-hemmelig'));
    expect(drafts.length).toBeGreaterThan(5);
    for (const [name, list] of Object.entries(all)) {
      expect(
        list.map((e) => e.id).filter((id) => id.includes('utkast-hemmelig')),
        name,
      ).toEqual([]);
      expect(list.every((e) => !e.data.draft)).toBe(true);
    }
    const english = await site.siteTranslations('requirements');
    expect(english.every((e) => !e.data.draft && !e.id.includes('utkast-hemmelig'))).toBe(true);
    const [status] = await translations.translationsOf('requirements');
    expect(status?.entry.id).toBe('fixturkrav');
    expect(status?.state).toBe('missing');
    // The draft that supersedes the published requirement does not make it superseded.
    expect((await requirements.currentRequirements()).map((r) => r.id)).toEqual(['fixturkrav']);
  });
});

describe('what fails the build', () => {
  test('a reference to an entry that does not exist names the file, the field and the ids there are', async () => {
    const { site } = await dataLayer([BASE], (entries) => {
      only(entries, 'cases').data['category'] = { collection: 'riskCategories', id: 'finnes-ikke' };
    });
    await expect(site.site()).rejects.toThrow(
      /fixtureksempel\.md[\s\S]*category[\s\S]*finnes-ikke[\s\S]*fixturkategori/,
    );
  });

  test('a <Term> with an id the glossary does not have names the file', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const { glossary } = await dataLayer([BASE], (entries) => {
      only(entries, 'pages').body += '\n\n<Term id="finnes-ikke">ord</Term>\n';
    });
    await expect(glossary.termUses()).rejects.toThrow(/pages\/innholdet\.md[\s\S]*finnes-ikke/);
  });

  test('<Term> links in two files: both are named', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const { glossary } = await dataLayer([BASE], (entries) => {
      for (const entry of (entries.get('pages') ?? []).slice(0, 2)) {
        entry.body += '\n\n<Term id="finnes-ikke">ord</Term>\n';
      }
    });
    await expect(glossary.termUses()).rejects.toThrow(/i 2 filer/);
  });

  test('a meeting at a time Oslo skips, or with a material that is not there, names the field', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const skipped = await dataLayer([BASE], (entries) => {
      const meeting = only(entries, 'meetings');
      meeting.data['start'] = '2026-03-29T02:30';
      meeting.data['end'] = '2026-03-29T04:00';
    });
    await expect(skipped.meetings.allMeetings()).rejects.toThrow(/fixturmote\.md[\s\S]*start/);

    const missing = await dataLayer([BASE], (entries) => {
      only(entries, 'meetings').data['materials'] = [
        { title: 'Presentasjon', kind: 'presentasjon', file: 'files/fixturmote/finnes-ikke.pdf' },
      ];
    });
    await expect(missing.meetings.allMeetings()).rejects.toThrow(/finnes-ikke\.pdf/);
  });
});

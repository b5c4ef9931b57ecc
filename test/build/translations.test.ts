/**
 * Issue 15, translations as content: English entries in content/en/<folder>/ pair with the
 * Norwegian entries by id; the build reports which are current, outdated (the Norwegian entry
 * changed after the revision the translation translates) and missing, in its log and on the
 * editors' review page, fails with the editor's message on a translation that cannot pair, and
 * publishes each published translation under /en/: an outdated one with a notice that says when
 * the Norwegian changed and links to it. Builds test/fixtures/base with
 * test/fixtures/translations laid over it.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { readSiteFiles } from '../support/site-files';
import { editorMessage, fixtureSite, type FixtureSite } from './fixture-site';

const translations = fileURLToPath(new URL('../fixtures/translations', import.meta.url));
const REQUIREMENT = 'en/requirements/fixturkrav.md';

let site: FixtureSite | undefined;
afterEach(async () => {
  await site?.remove();
  site = undefined;
});

async function translatedSite() {
  site = await fixtureSite('base');
  await cp(translations, site.contentDir, {
    recursive: true,
    filter: (source) => !source.endsWith('README.md'),
  });
  return site;
}

/** The build's report on translations: the summary line and the outdated ones. */
const reportIn = (output: string) =>
  output
    .split('\n')
    .filter((line) => /^(Engelske oversettelser:| {2}utdatert:)/.test(line))
    .join('\n');

/** A built page's text without tags, and its tags, for asserting what a reader sees. */
async function page(outDir: string, route: string) {
  const html = await readFile(path.join(outDir, route, 'index.html'), 'utf-8');
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  return { html, text };
}

/** The outdated-translation notice of an English page, as text and its link. */
function notice(html: string) {
  const block = /<div class="pkt-alert[^"]*eh-translation-notice"[\s\S]*?<\/div>/.exec(html)?.[0];
  if (!block) return undefined;
  return {
    text: block
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    link: /<a href="([^"]+)" hreflang="nb"/.exec(block)?.[1],
  };
}

describe('English translations in a build', () => {
  test('are paired by id, reported current, outdated or missing, and published under /en/', async () => {
    const s = await translatedSite();
    const first = await s.build();
    expect(first.ok, first.output).toBe(true);
    expect(reportIn(first.output)).toBe(
      [
        'Engelske oversettelser: 2 oppdatert, 1 utdatert, 7 mangler.',
        '  utdatert: content/en/glossary/fixturbegrep.md oversetter 2026-01-10, den norske er endret 2026-01-15',
      ].join('\n'),
    );
    const files = await readSiteFiles(s.outDir);
    // English text only on English pages (and in the English search index).
    expect(
      files
        .filter((file) => /englishfixture/i.test(file.text))
        .map((f) => f.file)
        .filter((file) => !file.startsWith('en/') && !file.startsWith('pagefind/')),
    ).toEqual([]);
    const requirement = await page(s.outDir, 'en/requirements/fixturkrav');
    expect(requirement.html).toContain('<html lang="en">');
    expect(requirement.text).toContain('Fixture requirement englishfixture');
    // Facts from the Norwegian entry: the code; the current translation has no notice.
    expect(requirement.text).toContain('FX-K1');
    expect(notice(requirement.html)).toBeUndefined();
    // The draft translation of the contact page is not published.
    expect(files.some((file) => file.file.startsWith('en/about/kontakt/'))).toBe(false);

    // The glossary term's translation is of 10 January; the Norwegian changed on 15 January.
    const term = await page(s.outDir, 'en/glossary/fixturbegrep');
    expect(notice(term.html)).toEqual({
      text: 'The Norwegian text has changed The Norwegian version of this page was changed on 15 January 2026, after this translation was made. What applies is on the Norwegian page .',
      link: '/ordliste/fixturbegrep/',
    });

    // The editors' review page lists the outdated and the missing translations.
    const review = await page(s.outDir, 'for-redaktorer/gjennomgang');
    expect(review.text).toContain('2 oppdatert, 1 utdatert, 7 mangler.');
    expect(review.text).toMatch(
      /Utdatert 15\. januar 2026 10\. januar 2026 content\/en\/glossary\/fixturbegrep\.md/,
    );
    expect(review.text).toContain('content/en/cases/fixtureksempel.md');

    // The Norwegian requirement changes after its translation was made: now it is outdated.
    await s.edit('requirements/fixturkrav.md', 'updated: 2026-01-15', 'updated: 2026-02-01');
    const second = await s.build();
    expect(second.ok, second.output).toBe(true);
    expect(reportIn(second.output)).toBe(
      [
        'Engelske oversettelser: 1 oppdatert, 2 utdatert, 7 mangler.',
        '  utdatert: content/en/requirements/fixturkrav.md oversetter 2026-01-15, den norske er endret 2026-02-01',
        '  utdatert: content/en/glossary/fixturbegrep.md oversetter 2026-01-10, den norske er endret 2026-01-15',
      ].join('\n'),
    );
    const changed = await page(s.outDir, 'en/requirements/fixturkrav');
    expect(notice(changed.html)).toEqual({
      text: 'The Norwegian text has changed The Norwegian version of this page was changed on 1 February 2026, after this translation was made. What applies is on the Norwegian page .',
      link: '/krav/fixturkrav/',
    });
    // Still the translation's text, with the Norwegian facts.
    expect(changed.text).toContain('Fixture requirement englishfixture');
  });

  test('a translation that cannot pair fails the build with the file and the field', async () => {
    const s = await translatedSite();
    await s.write(
      'en/requirements/ukjent.md',
      (await s.read(REQUIREMENT)).replace('sourceUpdated: 2026-01-15', 'sourceUpdated: 2026-01-01'),
    );
    await s.edit(REQUIREMENT, 'sourceUpdated: 2026-01-15', 'sourceUpdated: 2026-02-01');
    await s.edit(
      REQUIREMENT,
      'documentation:\n',
      'documentation:\n  - what: Report\n    when: Every year\n',
    );
    expect(editorMessage(await s.build(), s)).toMatchInlineSnapshot(`
      "Innholdet har 2 fil(er) med feil:
      Feil i content/en/requirements/fixturkrav.md:
        - feltet «sourceUpdated»: fant «2026-02-01», forventet datoen i «updated» i content/requirements/fixturkrav.md da oversettelsen ble laget, ikke senere enn «2026-01-15»
        - feltet «documentation»: fant en liste med 2 elementer, forventet en liste med 1 element, ett for hvert i content/requirements/fixturkrav.md og i samme rekkefølge (eller draft: true til oversettelsen er oppdatert)
      Feil i content/en/requirements/ukjent.md:
        - feltet «(filnavnet)»: fant id-en «ukjent», som ingen oppføring i requirements/ har, forventet samme filnavn som den norske oppføringen den oversetter (fixturkrav)"
    `);
  });

  test('a fact in a translation fails the build: it comes from the Norwegian entry', async () => {
    const s = await translatedSite();
    await s.edit(REQUIREMENT, 'sourceUpdated:', 'code: FX-K1\nsourceUpdated:');
    expect(editorMessage(await s.build(), s)).toMatchInlineSnapshot(`
      "Feil i content/en/requirements/fixturkrav.md:
        - feltet «code»: fant «FX-K1», forventet bare tekstfeltene title, summary, requirementText, followUp, changeNote, documentation (og sourceUpdated og draft); alt annet (koder, datoer, klokkeslett, kategorier, henvisninger, kilder) hentes fra den norske oppføringen"
    `);
  });
});

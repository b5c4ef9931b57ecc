/**
 * Issue 15, translations as content: English entries in content/en/<folder>/ pair with the
 * Norwegian entries by id; the build reports which are current, outdated (the Norwegian entry
 * changed after the revision the translation translates) and missing, fails with the editor's
 * message on a translation that cannot pair, and publishes none of them (no English routes yet):
 * the Norwegian site is built as before. Builds test/fixtures/base with
 * test/fixtures/translations laid over it.
 */
import { cp } from 'node:fs/promises';
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

describe('English translations in a build', () => {
  test('are paired by id and reported current, outdated or missing; none is published', async () => {
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
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => /englishfixture/i.test(file.text)).map((f) => f.file)).toEqual(
      [],
    );
    expect(files.filter((file) => file.file.startsWith('en/'))).toEqual([]);

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

/**
 * Issue 13 point 2: a published entry with no source and without `example: true` fails the
 * build with the editor's message (file, field, what was found, what was expected). The same
 * entry builds when it is marked as an illustration, and a draft without a source never stops
 * the build (drafts are not published).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fixtureSite, messageAfter, type FixtureSite } from './fixture-site';

let site: FixtureSite | undefined;
afterEach(async () => {
  await site?.remove();
  site = undefined;
});

const SOURCES = /^sources:\n(?: {2}.*\n)+/m;

describe('every published statement is traceable', () => {
  test('a published entry without sources and not marked as an illustration fails the build', async () => {
    const message = await messageAfter((s) => s.edit('glossary/fixturbegrep.md', SOURCES, ''));
    expect(message).toMatchInlineSnapshot(`
      "Innholdet har 1 fil(er) med feil:
      Feil i content/glossary/fixturbegrep.md:
        - feltet «sources»: fant ingen kilder, og oppføringen er ikke merket som fiktivt eksempel, forventet minst én kilde (title, publisher, date og eventuelt url), eller example: true når innholdet er laget som illustrasjon"
    `);
  });

  test('the same entry builds as an illustration, labelled and linked to "Om innholdet"; a draft needs no source', async () => {
    site = await fixtureSite('base');
    await site.edit('glossary/fixturbegrep.md', SOURCES, 'example: true\n');
    await site.write(
      'glossary/utkast.md',
      (await site.read('glossary/fixturbegrep.md'))
        .replace('example: true\n', 'draft: true\n')
        .replace('title: Fixturbegrep', 'title: Utkast'),
    );
    const result = await site.build();
    expect(result.ok, result.output).toBe(true);
    const html = await readFile(
      path.join(site.outDir, 'ordliste/fixturbegrep/index.html'),
      'utf-8',
    );
    expect(html).toContain('href="/om/innholdet/">Fiktivt eksempel</a>');
    expect(html).toMatch(
      /<h2 id="kilder">Kilder<\/h2>\s*<p>Ingen kilde: innholdet er et fiktivt eksempel/,
    );
  });

  test('a source with a date that is neither a year nor a date names the field', async () => {
    const message = await messageAfter((s) =>
      s.edit('glossary/fixturbegrep.md', '    date: 2020', '    date: i fjor'),
    );
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/glossary/fixturbegrep.md:
        - feltet «sources[0].date»: fant «i fjor», forventet et årstall skrevet som tall, for eksempel 2020 eller en dato skrevet ÅÅÅÅ-MM-DD"
    `);
  });
});

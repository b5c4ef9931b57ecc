/**
 * Issue 7: template files are published with size and SHA-256 at stable and versioned
 * addresses, a .docx is generated from a template's text, lessons link glossary terms; and the
 * editor's mistakes in templates, lessons and term links fail the build naming file and field.
 * Each test builds a copy of test/fixtures/base with one change (or two the build reports together).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { docxText } from '../../src/lib/templates/docx';
import { fixtureSite, messageAfter, type FixtureSite } from './fixture-site';

let site: FixtureSite | undefined;
afterEach(async () => {
  await site?.remove();
  site = undefined;
});

const TEMPLATE = 'templates/fixturmal.md';
const LESSON = 'lessons/fixturkurs/fixturleksjon.md';
const read = (s: FixtureSite, file: string) => readFile(path.join(s.contentDir, file), 'utf-8');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('templates, lessons and glossary links in a build', () => {
  test('files and a generated .docx are published at stable and versioned addresses with their checksums', async () => {
    site = await fixtureSite('base');
    const pdf = Buffer.from('%PDF-1.4\n% sjekkliste for fixturmal\n');
    await site.write('templates/files/fixturmal/sjekkliste.pdf', pdf.toString());
    await site.edit(
      TEMPLATE,
      'version: "1.0"',
      [
        'files:',
        '  - file: files/fixturmal/sjekkliste.pdf',
        '    format: pdf',
        '    title: Sjekkliste (PDF)',
        'generateDocx: true',
        'version: "1.0"',
      ].join('\n'),
    );
    await site.edit(
      TEMPLATE,
      'Tekst i malen.',
      '## Slik bruker du malen\n\nTekst i malen, med **viktige** ord.\n\n1. Første steg\n2. Andre steg',
    );
    await site.write(
      'lessons/fixturkurs/fixturleksjon-2.mdx',
      (await read(site, LESSON))
        .replace('title: Fixturleksjon', 'title: Andre fixturleksjon')
        .replace('order: 1', 'order: 2')
        .replace(
          'Leksjonens tekst.',
          'Her brukes <Term id="fixturbegrep">begrepet</Term> for første gang.',
        ),
    );
    const result = await site.build();
    expect(result.ok, result.output).toBe(true);

    const outDir = site.outDir;
    const out = (file: string) => readFile(path.join(outDir, file));
    const page = (await out('maler/fixturmal/index.html')).toString();
    for (const file of ['maler/fixturmal/sjekkliste.pdf', 'maler/fixturmal/1.0/sjekkliste.pdf']) {
      expect(Buffer.compare(await out(file), pdf), file).toBe(0);
    }
    expect(page).toContain(sha256(pdf));
    expect(page).toContain('href="/maler/fixturmal/sjekkliste.pdf"');
    expect(page).toContain('href="/maler/fixturmal/1.0/sjekkliste.pdf"');

    const docx = await out('maler/fixturmal/fixturmal.docx');
    expect(Buffer.compare(await out('maler/fixturmal/1.0/fixturmal.docx'), docx)).toBe(0);
    expect(page).toContain(sha256(docx));
    expect(docxText(docx)).toEqual([
      'Fixturmal',
      'Versjon 1.0 · endret 15. januar 2026 · Utviklings- og kompetanseetaten (UKE), Oslo kommune',
      'Slik bruker du malen',
      'Tekst i malen, med viktige ord.',
      'Første steg',
      'Andre steg',
    ]);

    const lesson = (await out('kurs/fixturkurs/fixturleksjon-2/index.html')).toString();
    expect(lesson).toContain('<a class="eh-term" href="/ordliste/fixturbegrep/"');
    expect(lesson).toContain('Leksjon 2 av 2');
    const term = (await out('ordliste/fixturbegrep/index.html')).toString();
    expect(term).toContain('href="/kurs/fixturkurs/fixturleksjon-2/"');
  });
});

describe('mistakes in templates, lessons and term links fail the build', () => {
  test('a missing template file and an empty one', async () => {
    const message = await messageAfter(async (s) => {
      await s.write('templates/files/fixturmal/tom.pdf', '');
      await s.edit(
        TEMPLATE,
        'version: "1.0"',
        [
          'files:',
          '  - file: files/fixturmal/finnes-ikke.pdf',
          '    format: pdf',
          '    title: Borte',
          '  - file: files/fixturmal/tom.pdf',
          '    format: pdf',
          '    title: Tom',
          'version: "1.0"',
        ].join('\n'),
      );
    });
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/templates/fixturmal.md:
        - feltet «files[0].file»: fant «files/fixturmal/finnes-ikke.pdf», men content/templates/files/fixturmal/finnes-ikke.pdf finnes ikke, forventet en fil som ligger i content/templates/ med akkurat denne stien
        - feltet «files[1].file»: fant «files/fixturmal/tom.pdf», som er tom (0 byte), forventet en fil med innhold; legg inn den ferdige filen på nytt"
    `);
  });

  test('two lessons with the same number', async () => {
    const message = await messageAfter(async (s) =>
      s.write(
        'lessons/fixturkurs/fixturleksjon-kopi.md',
        (await read(s, LESSON)).replace('title: Fixturleksjon', 'title: Kopi'),
      ),
    );
    expect(message).toMatchInlineSnapshot(`
      "Innholdet har 1 fil(er) med feil:
      Feil i content/lessons/fixturkurs/fixturleksjon-kopi.md:
        - feltet «order»: fant tallet 1, som også brukes av content/lessons/fixturkurs/fixturleksjon.md, forventet tallet 2: leksjonene i et kurs nummereres 1, 2, 3 … uten hull eller gjentakelser"
    `);
  });

  test('a lesson without a course, whose quiz answer is not one of its options', async () => {
    // Both are the schema's findings in one file, so one build reports both.
    const message = await messageAfter(async (s) => {
      await s.edit(LESSON, /^course: .*\n/m, '');
      await s.edit(LESSON, 'answer: Riktig svar', 'answer: Riktig');
    });
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/lessons/fixturkurs/fixturleksjon.md:
        - feltet «course»: fant ingenting (feltet mangler), forventet id-en til en annen oppføring (tekst)
        - feltet «quiz[0].answer»: fant «Riktig», forventet at svaret er skrevet nøyaktig som ett av alternativene i options"
    `);
  });

  test('a term link to a term that is not in the glossary', async () => {
    const message = await messageAfter(async (s) =>
      s.write(
        'lessons/fixturkurs/fixturleksjon-2.mdx',
        (await read(s, LESSON))
          .replace('order: 1', 'order: 2')
          .replace('Leksjonens tekst.', 'Om <Term id="fixturbegrepp">begrepet</Term>.'),
      ),
    );
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/lessons/fixturkurs/fixturleksjon-2.mdx:
        - feltet «brødteksten, linje 18»: fant <Term id="fixturbegrepp">, men «fixturbegrepp» finnes ikke i ordlisten, forventet id-en til et publisert begrep i ordlisten (fixturbegrep)"
    `);
  });
});

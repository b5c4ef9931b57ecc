/**
 * Issue 3 point 5: an editor's mistake fails `npm run build` with a message that names the
 * file, the field, what was found and what was expected. One build per kind of mistake,
 * each on a copy of test/fixtures/base with exactly that mistake.
 */
import { describe, expect, test } from 'vitest';
import { messageAfter } from './fixture-site';

describe('a broken entry fails the build with a message the editor can act on', () => {
  test('a wrong field type', async () => {
    const message = await messageAfter((s) =>
      s.edit('risk-categories/fixturkategori.md', 'highRisk: true', 'highRisk: "ja"'),
    );
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/risk-categories/fixturkategori.md:
        - feltet «highRisk»: fant «ja», forventet true eller false"
    `);
  });

  test('an unknown enum value', async () => {
    const message = await messageAfter((s) =>
      s.edit('requirements/fixturkrav.md', 'level: basis', 'level: gull'),
    );
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/requirements/fixturkrav.md:
        - feltet «level»: fant «gull», forventet en av «basis», «avansert», «spydspiss»"
    `);
  });

  test('a missing required field', async () => {
    const message = await messageAfter((s) =>
      s.edit('cases/fixtureksempel.md', /^challenge: .*\n/m, ''),
    );
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/cases/fixtureksempel.md:
        - feltet «challenge»: fant ingenting (feltet mangler), forventet tekst"
    `);
  });

  test('an impossible date', async () => {
    const message = await messageAfter((s) =>
      s.edit('glossary/fixturbegrep.md', 'updated: 2026-01-15', 'updated: 2026-02-30'),
    );
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/glossary/fixturbegrep.md:
        - feltet «updated»: fant «2026-02-30», som ikke finnes i kalenderen, forventet en virkelig dato (ÅÅÅÅ-MM-DD)"
    `);
  });

  test('a year where a date belongs, beside a quoted date that is kept', async () => {
    // `updated: 2026` is a number to YAML; it once became 1970-01-01. A quoted date is text, as
    // the web editor may save it, and is read as the date: the file has one problem, not two.
    const message = await messageAfter(async (s) => {
      await s.edit('glossary/fixturbegrep.md', 'updated: 2026-01-15', 'updated: 2026');
      await s.edit('glossary/fixturbegrep.md', 'reviewBy: 2027-01-15', 'reviewBy: "2027-01-15"');
    });
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/glossary/fixturbegrep.md:
        - feltet «updated»: fant tallet 2026, forventet en dato skrevet ÅÅÅÅ-MM-DD"
    `);
  });

  test('an unknown reference, a duplicate requirement code and a gap in lesson order', async () => {
    // These are checked across the whole site after loading, so one build reports all three.
    const message = await messageAfter(async (s) => {
      await s.edit(
        'meetings/fixturmote.md',
        'procurements: [fixturanskaffelse]',
        'procurements: [fixturanskaffelse, finnes-ikke]',
      );
      await s.write(
        'requirements/fixturkrav-kopi.md',
        (await s.read('requirements/fixturkrav.md')).replace('title: Fixturkrav', 'title: Kopi'),
      );
      await s.write(
        'lessons/fixturkurs/fixturleksjon-3.md',
        (await s.read('lessons/fixturkurs/fixturleksjon.md')).replace('order: 1', 'order: 3'),
      );
    });
    expect(message).toMatchInlineSnapshot(`
      "Innholdet har 3 fil(er) med feil:
      Feil i content/meetings/fixturmote.md:
        - feltet «procurements[1]»: fant «finnes-ikke», som ikke finnes i procurements, forventet id-en til en oppføring i procurements (fixturanskaffelse)
      Feil i content/requirements/fixturkrav-kopi.md:
        - feltet «code»: fant «FX-K1», som også brukes i content/requirements/fixturkrav.md, forventet en kode som ingen andre krav har
      Feil i content/lessons/fixturkurs/fixturleksjon-3.md:
        - feltet «order»: fant tallet 3, forventet tallet 2: leksjonene i et kurs nummereres 1, 2, 3 … uten hull eller gjentakelser"
    `);
  });
});

/**
 * Issue 6, "bad input": a meeting whose end is before its start, a time without a date, an
 * unknown procurement reference or a materials file that does not exist fails the build, and
 * the message names the file and the field. One build per mistake (the two checked across the
 * whole site in one, as the build reports them all at once), on a copy of test/fixtures/base.
 */
import { describe, expect, test } from 'vitest';
import { messageAfter } from './fixture-site';

const MEETING = 'meetings/fixturmote.md';

describe('a broken meeting fails the build, naming the file and the field', () => {
  test('an end before the start', async () => {
    const message = await messageAfter((s) =>
      s.edit(MEETING, 'end: "2026-02-10T12:00"', 'end: "2026-02-10T09:30"'),
    );
    expect(message).toContain('Feil i content/meetings/fixturmote.md:');
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/meetings/fixturmote.md:
        - feltet «end»: fant «2026-02-10T09:30», forventet at slutt (end) er etter start"
    `);
  });

  test('a time without a date', async () => {
    const message = await messageAfter((s) =>
      s.edit(MEETING, 'start: "2026-02-10T10:00"', 'start: "10:00"'),
    );
    expect(message).toContain('Feil i content/meetings/fixturmote.md:');
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/meetings/fixturmote.md:
        - feltet «start»: fant «10:00», forventet dato og klokkeslett skrevet "ÅÅÅÅ-MM-DDTTT:MM" (norsk tid)"
    `);
  });

  test('a materials file that does not exist', async () => {
    const message = await messageAfter(async (s) => {
      await s.write('meetings/files/fixturmote/presentasjon.pdf', '%PDF-1.4\n');
      await s.edit(
        MEETING,
        'requirements: [fixturkrav]',
        [
          'requirements: [fixturkrav]',
          'materials:',
          '  - title: Presentasjon',
          '    file: files/fixturmote/presentasjon.pdf',
          '    kind: presentasjon',
          '  - title: Referat',
          '    file: files/fixturmote/referat.pdf',
          '    kind: referat',
        ].join('\n'),
      );
    });
    expect(message).toContain('Feil i content/meetings/fixturmote.md:');
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/meetings/fixturmote.md:
        - feltet «materials[1].file»: fant «files/fixturmote/referat.pdf», men filen finnes ikke (så etter content/meetings/files/fixturmote/referat.pdf), forventet en fil som ligger under content/meetings/, for eksempel «files/<møte-id>/referat.pdf»"
    `);
  });

  test('an unknown procurement, and a text that speaks of an earlier meeting as a later one', async () => {
    // Both are checked across the whole site after loading, so one build reports both.
    const message = await messageAfter(async (s) => {
      const text = await s.read(MEETING);
      await s.write(
        'meetings/fixturmote-avlyst.md',
        text
          .replace('title: Fixturmøte', 'title: Avlyst fixturmøte')
          .replace('start: "2026-02-10T10:00"', 'start: "2026-03-03T10:00"')
          .replace('end: "2026-02-10T12:00"', 'end: "2026-03-03T12:00"')
          .replace('status: gjennomfort', 'status: avlyst')
          .replace(
            'Tekst om møtet.',
            'Møtet er avlyst. Temaene tas opp på [det neste fixturmøtet](/markedsdialog/fixturmote/) i stedet.',
          ),
      );
      await s.edit(
        MEETING,
        'procurements: [fixturanskaffelse]',
        'procurements: [fixturanskaffelse, arbeidsklaer-2031]',
      );
    });
    expect(message).toMatchInlineSnapshot(`
      "Innholdet har 2 fil(er) med feil:
      Feil i content/meetings/fixturmote.md:
        - feltet «procurements[1]»: fant «arbeidsklaer-2031», som ikke finnes i procurements, forventet id-en til en oppføring i procurements (fixturanskaffelse)
      Feil i content/meetings/fixturmote-avlyst.md:
        - feltet «(teksten)»: fant «Temaene tas opp på [det neste fixturmøtet](/markedsdialog/fixturmote/) i stedet.», som omtaler fixturmote som senere («neste»), forventet en tekst som stemmer med datoene: fixturmote er 10. februar 2026, 21 dager før dette møtet (3. mars 2026)"
    `);
  });
});

import { describe, expect, test } from 'vitest';
import { BODY_FIELD, meetingTextProblems } from '../../src/lib/meetings/cross-references';

const autumn = { id: 'host-2026', start: '2026-10-27T09:00', body: 'Om høstmøtet.' };
const spring = { id: 'var-2027', start: '2027-03-31T09:00', body: 'Om vårmøtet.' };
const cancelled = (body: string) => ({ id: 'avlyst', start: '2026-11-12T13:00', body });
const problemsOf = (body: string) =>
  meetingTextProblems([autumn, spring, cancelled(body)]).get('avlyst') ?? [];

describe("a meeting's text about other meetings agrees with their dates", () => {
  test('words that fit the dates pass', () => {
    for (const body of [
      'Temaene var allerede tatt opp på [markedsdialogmøtet høsten 2026](/markedsdialog/host-2026/), to uker før dette møtet skulle vært holdt. Se referatet.',
      'Spørsmål kan tas opp på [neste møte](/markedsdialog/var-2027/).',
      'Se [vårmøtet 2027](/markedsdialog/var-2027/), som holdes 31. mars 2027.',
      'Temaet ble tatt opp [tidligere](/markedsdialog/host-2026). Neste møte blir [våren 2027](/markedsdialog/var-2027/).',
    ])
      expect(problemsOf(body), body).toEqual([]);
  });

  test('an earlier meeting spoken of as later fails, naming the sentence and the dates', () => {
    expect(
      problemsOf(
        'Ingen møter i høst.\n\nTemaene blir tatt opp på det [senere høstmøtet](/markedsdialog/host-2026/) i stedet.',
      ),
    ).toEqual([
      {
        field: BODY_FIELD,
        found:
          '«Temaene blir tatt opp på det [senere høstmøtet](/markedsdialog/host-2026/) i stedet.», som omtaler host-2026 som senere («senere»)',
        expected:
          'en tekst som stemmer med datoene: host-2026 er 27. oktober 2026, 16 dager før dette møtet (12. november 2026)',
      },
    ]);
  });

  test('a later meeting spoken of as earlier, a wrong distance, season or year fail', () => {
    expect(problemsOf('Se [forrige møte](/markedsdialog/var-2027/).')[0]?.found).toMatch(
      /omtaler var-2027 som tidligere \(«forrige»\)$/,
    );
    expect(
      problemsOf(
        'Temaet ble tatt opp på [høstmøtet](/markedsdialog/host-2026/), to uker etter dette.',
      )[0]?.found,
    ).toMatch(/sier at host-2026 var «to uker etter» dette møtet$/);
    expect(
      problemsOf('Temaet ble tatt opp på [høstmøtet](/markedsdialog/host-2026/), 3 måneder før.'),
    ).toHaveLength(1);
    expect(problemsOf('Se [møtet våren 2026](/markedsdialog/host-2026/).')[0]?.found).toMatch(
      /kaller host-2026 «våren 2026», men møtet er høsten 2026$/,
    );
    expect(problemsOf('Se [møtet i 2025](/markedsdialog/host-2026/).')[0]?.found).toMatch(
      /kaller host-2026 «2025», men møtet er høsten 2026$/,
    );
  });

  test('dates inside a sentence do not end it, and links to unknown meetings are left to the link check', () => {
    expect(
      problemsOf(
        'Møtet 27. oktober 2026 tok opp temaene: se [forrige møte](/markedsdialog/host-2026/).',
      ),
    ).toEqual([]);
    expect(problemsOf('Se [forrige møte](/markedsdialog/finnes-ikke/).')).toEqual([]);
  });

  test('a meeting named by its half-year, in the summary or the text, is checked too', () => {
    const withSummary = (summary: string, body = 'Møtet er avlyst.') =>
      meetingTextProblems([autumn, spring, { ...cancelled(body), summary }]).get('avlyst') ?? [];
    expect(
      withSummary(
        'Møtet ble avlyst fordi temaet allerede var tatt opp på markedsdialogmøtet høsten 2026.',
      ),
    ).toEqual([]);
    expect(
      withSummary(
        'Møtet ble avlyst. Temaet tas opp på det kommende markedsdialogmøtet høsten 2026.',
      ),
    ).toEqual([
      {
        field: 'summary',
        found:
          '«Temaet tas opp på det kommende markedsdialogmøtet høsten 2026.», som omtaler host-2026 som senere («kommende»)',
        expected:
          'en tekst som stemmer med datoene: host-2026 er 27. oktober 2026, 16 dager før dette møtet (12. november 2026)',
      },
    ]);
    expect(withSummary('Se referatet.', 'Temaet ble tatt opp på møtet våren 2025.')).toEqual([
      {
        field: BODY_FIELD,
        found:
          '«Temaet ble tatt opp på møtet våren 2025.», som nevner «møtet våren 2025», men ingen andre møter er våren 2025',
        expected: 'et møte som finnes, eller en lenke til det (/markedsdialog/<møte-id>/)',
      },
    ]);
  });
});

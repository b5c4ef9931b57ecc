import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import {
  describeValue,
  EditorError,
  fieldPath,
  formatProblems,
  problemsFromIssues,
} from '../../src/lib/editor-errors';
import { lessonSchema } from '../../src/schemas/lesson';
import { meetingSchema } from '../../src/schemas/meeting';
import { procurementSchema } from '../../src/schemas/procurement';
import { requirementSchema } from '../../src/schemas/requirement';
import { riskCategorySchema } from '../../src/schemas/risk-category';

/** Parses with a real schema and returns the message an editor would see for `file`. */
async function messageFor(schema: z.ZodType, data: unknown, file = 'content/x.md') {
  const result = await schema.safeParseAsync(data);
  if (result.success) throw new Error('expected the data to be rejected');
  return formatProblems(file, problemsFromIssues(result.error.issues, data));
}

const dates = { updated: new Date('2026-11-01'), reviewBy: new Date('2027-11-01') };

describe('problemsFromIssues over the real schemas', () => {
  test('a missing or mistyped reference asks for an id, not for union shapes', async () => {
    const lesson = { ...dates, title: 'L', summary: 'S', order: 1, durationMinutes: 10 };
    const missing = await messageFor(lessonSchema, lesson, 'content/lessons/l.md');
    expect(missing).toContain(
      'feltet «course»: fant ingenting (feltet mangler), forventet id-en til en annen oppføring (tekst)',
    );
    const mistyped = await messageFor(
      lessonSchema,
      { ...lesson, course: true },
      'content/lessons/l.md',
    );
    expect(mistyped).toContain(
      'feltet «course»: fant verdien true, forventet id-en til en annen oppføring (tekst)',
    );
  });

  test('risk category: wrong types, unknown enum value, missing and empty fields', async () => {
    const message = await messageFor(
      riskCategorySchema,
      {
        ...dates,
        summary: '',
        highRisk: 'ja',
        products: [],
        classifiedBy: ['dfo', 'amnesty'],
      },
      'content/risk-categories/sko.md',
    );
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/risk-categories/sko.md:
        - feltet «title»: fant ingenting (feltet mangler), forventet tekst
        - feltet «summary»: fant «», forventet tekst (feltet kan ikke være tomt)
        - feltet «highRisk»: fant «ja», forventet true eller false
        - feltet «products»: fant en liste med 0 elementer, forventet minst 1 element i listen
        - feltet «classifiedBy[1]»: fant «amnesty», forventet en av «dfo», «etisk-handel-norge»"
    `);
  });

  test('a date that is not a date', async () => {
    const message = await messageFor(riskCategorySchema, {
      updated: 'i fjor',
      reviewBy: new Date('2027-01-01'),
      title: 'Sko',
      summary: 'Sko.',
      highRisk: true,
      products: ['Vernesko'],
    });
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/x.md:
        - feltet «updated»: fant «i fjor», forventet en dato skrevet ÅÅÅÅ-MM-DD"
    `);
  });

  test('requirement: unknown kind names the kinds that exist', async () => {
    const message = await messageFor(requirementSchema, { ...dates, kind: 'krav' });
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/x.md:
        - feltet «kind»: fant «krav», forventet en av «kvalifikasjonskrav», «kontraktsvilkar», «saerlig-kontraktsvilkar», «tildelingskriterium»"
    `);
  });

  test('requirement: nested fields get dotted paths, amounts and codes explain themselves', async () => {
    const message = await messageFor(requirementSchema, {
      ...dates,
      kind: 'kontraktsvilkar',
      code: 'ek1',
      title: 'Etisk handel',
      summary: 'Kort.',
      requirementText: 'Leverandøren skal ...',
      oslomodellenPart: 'leverandorkjeder',
      appliesTo: { riskCategories: 'alle-hoyrisiko', valueOverNok: '500 000' },
      level: 'basis',
      legalBasis: [{ title: 'UNGP', url: 'ikke en lenke' }],
      followUp: 'Egenerklæring.',
      version: '1',
      effectiveFrom: new Date('2026-01-01'),
      audience: ['leverandor'],
    });
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/x.md:
        - feltet «code»: fant «ek1», forventet en kode som "EH-K1" (store bokstaver, bindestrek, bokstaver eller sifre)
        - feltet «appliesTo.valueOverNok»: fant «500 000», forventet et beløp i kroner skrevet som tall, for eksempel 500000
        - feltet «legalBasis[0].url»: fant «ikke en lenke», forventet en nettadresse som begynner med https://
        - feltet «version»: fant «1», forventet et versjonsnummer som "1.0""
    `);
  });

  test('meeting: unknown location kind, bad time, end before start', async () => {
    const meeting = {
      ...dates,
      title: 'Markedsdialog',
      summary: 'Møte.',
      start: '2027-03-01T10:00',
      end: '2027-03-01T09:00',
      location: { kind: 'telefon' },
      status: 'planlagt',
      agenda: [{ time: '9', title: 'Velkommen' }],
    };
    expect(await messageFor(meetingSchema, meeting)).toMatchInlineSnapshot(`
      "Feil i content/x.md:
        - feltet «location.kind»: fant «telefon», forventet en av «fysisk», «digitalt», «hybrid»
        - feltet «agenda[0].time»: fant «9», forventet et klokkeslett skrevet "TT:MM""
    `);
    const placed = { ...meeting, location: { kind: 'fysisk', address: 'Rådhuset' }, agenda: [] };
    expect(await messageFor(meetingSchema, placed)).toMatchInlineSnapshot(`
      "Feil i content/x.md:
        - feltet «end»: fant «2027-03-01T09:00», forventet at slutt (end) er etter start"
    `);
  });

  test('procurement: quarter and e-mail formats', async () => {
    const message = await messageFor(procurementSchema, {
      ...dates,
      title: 'Arbeidsklær',
      summary: 'Ny avtale.',
      category: 'arbeidsklaer',
      estimatedValueNok: 40_000_000.5,
      plannedAnnouncement: 'våren 2027',
      status: 'planlagt',
      contact: { name: 'UKE', email: 'uke(at)oslo.kommune.no' },
    });
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/x.md:
        - feltet «estimatedValueNok»: fant tallet 40000000.5, forventet et helt antall kroner
        - feltet «plannedAnnouncement»: fant «våren 2027», forventet et kvartal skrevet som "2027-Q1"
        - feltet «contact.email»: fant «uke(at)oslo.kommune.no», forventet en e-postadresse"
    `);
  });
});

/** A valid risk category, for the tests that break one field of it. */
const category = {
  ...dates,
  title: 'Sko',
  summary: 'Sko.',
  highRisk: true,
  products: ['Vernesko'],
};

describe('limits and alternatives', () => {
  test('a year out of range or not whole says which years are meant', async () => {
    const message = async (factsAsOf: unknown) =>
      messageFor(riskCategorySchema, { ...category, factsAsOf });
    expect(await message(2200)).toContain(
      'feltet «factsAsOf»: fant tallet 2200, forventet et årstall før 2100',
    );
    expect(await message(1800)).toContain(
      'feltet «factsAsOf»: fant tallet 1800, forventet et årstall fra 1900 eller senere',
    );
    expect(await message(2020.5)).toContain(
      'feltet «factsAsOf»: fant tallet 2020.5, forventet et helt årstall, for eksempel 2020',
    );
  });

  test('a value that is none of a field’s forms names each form once', async () => {
    // A source's date is a year as a number, a year as text or a date: the two years read the same.
    const source = { title: 'Rapport', publisher: 'UKE', date: 'i fjor' };
    expect(await messageFor(riskCategorySchema, { ...category, sources: [source] }))
      .toMatchInlineSnapshot(`
      "Feil i content/x.md:
        - feltet «sources[0].date»: fant «i fjor», forventet et årstall skrevet som tall, for eksempel 2020 eller en dato skrevet ÅÅÅÅ-MM-DD"
    `);
  });

  test('a number over its limit names the limit', async () => {
    const message = await messageFor(requirementSchema, {
      ...dates,
      kind: 'tildelingskriterium',
      weightPercent: 150,
    });
    expect(message).toContain('feltet «weightPercent»: fant tallet 150, forventet høyst 100');
  });
});

describe('calendar dates: YYYY-MM-DD and nothing else', () => {
  const updatedAs = (updated: unknown) => messageFor(riskCategorySchema, { ...category, updated });
  const sourceDatedAs = (date: unknown) =>
    messageFor(riskCategorySchema, {
      ...category,
      sources: [{ title: 'Rapport', publisher: 'UKE', date }],
    });
  const march1 = new Date(Date.UTC(2026, 2, 1));

  test('a date from YAML and a date written as text are the same date, at UTC midnight', async () => {
    // Unquoted, YAML makes a Date at UTC midnight; quoted (or saved as text), it is "2026-03-01".
    for (const updated of [new Date('2026-03-01'), '2026-03-01']) {
      const parsed = await riskCategorySchema.parseAsync({ ...category, updated });
      expect(parsed.updated).toEqual(march1);
    }
    const parsed = await riskCategorySchema.parseAsync({
      ...category,
      sources: [{ title: 'Rapport', publisher: 'UKE', date: '2026-03-01' }],
    });
    expect(parsed.sources[0]?.date).toEqual(march1);
  });

  // Each was once stored: 2026 as 1970-01-01, true as a date, "20261" as the year 20261,
  // "1. mars 2026" at a time that depends on the machine's time zone, 2026-02-30 as 2 March.
  test.each([
    [2026, 'tallet 2026', 'en dato skrevet ÅÅÅÅ-MM-DD'],
    [true, 'verdien true', 'en dato skrevet ÅÅÅÅ-MM-DD'],
    ['20261', '«20261»', 'en dato skrevet ÅÅÅÅ-MM-DD'],
    ['1. mars 2026', '«1. mars 2026»', 'en dato skrevet ÅÅÅÅ-MM-DD'],
    ['2026-02-30', '«2026-02-30»', 'en virkelig dato (ÅÅÅÅ-MM-DD)'],
    [
      new Date('2026-03-01T10:00:00Z'),
      '«2026-03-01T10:00:00Z»',
      'en dato skrevet ÅÅÅÅ-MM-DD, uten klokkeslett',
    ],
  ])('updated: %j is refused', async (updated, found, expected) => {
    expect(await updatedAs(updated)).toContain(
      `feltet «updated»: fant ${found}, forventet ${expected}`,
    );
  });

  test("a source's date: a number out of the years' range is not read as a date", async () => {
    expect(await sourceDatedAs(2200)).toMatchInlineSnapshot(`
      "Feil i content/x.md:
        - feltet «sources[0].date»: fant tallet 2200, forventet et årstall før 2100"
    `);
  });

  test.each([
    [true, 'verdien true'],
    ['20261', '«20261»'],
  ])("a source's date: %j is neither a year nor a date", async (date, found) => {
    expect(await sourceDatedAs(date)).toContain(
      `feltet «sources[0].date»: fant ${found}, forventet et årstall skrevet som tall, for eksempel 2020 eller en dato skrevet ÅÅÅÅ-MM-DD`,
    );
  });
});

describe('building blocks', () => {
  test('fieldPath writes dotted paths with list positions', () => {
    expect(fieldPath(['documentation', 0, 'when'])).toBe('documentation[0].when');
    expect(fieldPath(['appliesTo', 'valueOverNok'])).toBe('appliesTo.valueOverNok');
    expect(fieldPath([])).toBe('');
  });

  test('describeValue shows what the editor wrote', () => {
    expect(describeValue(undefined)).toBe('ingenting (feltet mangler)');
    expect(describeValue(null)).toBe('ingenting (feltet mangler)');
    expect(describeValue('tekst')).toBe('«tekst»');
    expect(describeValue(12)).toBe('tallet 12');
    expect(describeValue(false)).toBe('verdien false');
    expect(describeValue(['a'])).toBe('en liste med 1 element');
    expect(describeValue([])).toBe('en liste med 0 elementer');
    expect(describeValue({ a: 1 })).toBe('en gruppe felter');
    expect(describeValue(new Date('2026-05-17'))).toBe('«2026-05-17»');
    expect(describeValue(new Date('2026-05-17T08:30:00Z'))).toBe('«2026-05-17T08:30:00Z»');
    expect(describeValue(new Date('nope'))).toBe('en ugyldig dato');
  });

  test('a problem with no path is about the whole entry', () => {
    const problems = problemsFromIssues(
      [{ code: 'custom', path: [], message: 'noe er galt', input: undefined }],
      {},
    );
    expect(problems).toEqual([
      { field: '(hele oppføringen)', found: 'en gruppe felter', expected: 'noe er galt' },
    ]);
  });

  test('EditorError carries the file and problems and prints them', () => {
    const error = new EditorError('content/pages/om.md', [
      { field: 'title', found: 'ingenting (feltet mangler)', expected: 'tekst' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EditorError');
    expect(error.file).toBe('content/pages/om.md');
    expect(error.message).toBe(
      'Feil i content/pages/om.md:\n  - feltet «title»: fant ingenting (feltet mangler), forventet tekst',
    );
  });
});

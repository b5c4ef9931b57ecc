/**
 * English translations (issue 15): the schemas hold the Norwegian text fields only, picked from
 * the Norwegian schemas; pairing by id gives each entry a state (missing, current, outdated);
 * an editor's mistake (no Norwegian entry, a later source date, a list of another length, a
 * fact in a translation) is a problem with the file, the field, what was found and what was expected.
 */
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { collections } from '../../src/content.config';
import {
  REGISTRY,
  TRANSLATED,
  translationCollection,
  translationFolder,
  translationSchema,
} from '../../src/lib/collections';
import { formatProblems, problemsFromIssues } from '../../src/lib/editor-errors';
import { translationReference } from '../../src/lib/field-reference';
import {
  pairTranslations,
  textFieldNames,
  textFields,
  translationProblems,
  translationReport,
  translationState,
} from '../../src/lib/translations';
import {
  meetingTranslationSchema,
  requirementTranslationSchema,
} from '../../src/schemas/translation';

async function messageFor(schema: z.ZodType, data: unknown, file: string) {
  const result = await schema.safeParseAsync(data);
  if (result.success) throw new Error('expected the data to be rejected');
  return formatProblems(file, problemsFromIssues(result.error.issues, data));
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);

const norwegian = (id: string, updated: string, data: Record<string, unknown> = {}) => ({
  id,
  filePath: `content/requirements/${id}.md`,
  body: 'Norsk tekst.',
  data: { draft: false, updated: day(updated), title: 'Tittel', summary: 'Sammendrag', ...data },
});
const english = (id: string, sourceUpdated: string, data: Record<string, unknown> = {}) => ({
  id,
  filePath: `content/en/requirements/${id}.md`,
  body: 'English text.',
  data: {
    draft: false,
    sourceUpdated: day(sourceUpdated),
    title: 'Title',
    summary: 'Summary',
    ...data,
  },
});

const requirementTree = textFields(requirementTranslationSchema);
const folders = { norwegian: 'requirements', english: 'en/requirements' };
type NorwegianEntries = Parameters<typeof translationProblems>[1];
type EnglishEntries = Parameters<typeof translationProblems>[2];
const problems = (nb: NorwegianEntries, en: EnglishEntries) =>
  Object.fromEntries(translationProblems(requirementTree, nb, en, folders));

describe('translation schemas', () => {
  test('hold the text fields of the Norwegian schema, and nothing else', () => {
    expect(textFieldNames(requirementTree)).toEqual([
      'title',
      'summary',
      'requirementText',
      'followUp',
      'changeNote',
      'documentation',
      'documentation[].what',
      'documentation[].when',
    ]);
    expect(textFieldNames(textFields(meetingTranslationSchema))).toEqual([
      'title',
      'summary',
      'agenda',
      'agenda[].title',
      'materials',
      'materials[].title',
      'registration',
      'registration.note',
      'location',
      'location.address',
    ]);
  });

  test('keep the Norwegian checks on the fields they pick', () => {
    const norwegianTitle = REGISTRY.requirements.schema.options[0].shape.title;
    expect(requirementTranslationSchema.shape.title).toBe(norwegianTitle);
    expect(requirementTranslationSchema.shape.summary.safeParse('').success).toBe(false);
  });

  test('a fact in a translation names the field and says where facts come from', async () => {
    const message = await messageFor(
      requirementTranslationSchema,
      {
        title: 'Social dialogue',
        summary: 'S',
        requirementText: 'R',
        followUp: 'F',
        sourceUpdated: day('2026-01-15'),
        code: 'EH-K1',
        documentation: [{ what: 'Self-declaration', when: 'With the tender', phase: 'tilbud' }],
      },
      'content/en/requirements/sosial-dialog.mdx',
    );
    expect(message).toMatchInlineSnapshot(`
      "Feil i content/en/requirements/sosial-dialog.mdx:
        - feltet «documentation[0].phase»: fant «tilbud», forventet bare tekstfeltene what, when; alt annet (koder, datoer, klokkeslett, kategorier, henvisninger, kilder) hentes fra den norske oppføringen
        - feltet «code»: fant «EH-K1», forventet bare tekstfeltene title, summary, requirementText, followUp, changeNote, documentation (og sourceUpdated og draft); alt annet (koder, datoer, klokkeslett, kategorier, henvisninger, kilder) hentes fra den norske oppføringen"
    `);
  });

  test('a missing source date is asked for as a date', async () => {
    const message = await messageFor(
      requirementTranslationSchema,
      { title: 'T', summary: 'S', requirementText: 'R', followUp: 'F' },
      'content/en/requirements/x.md',
    );
    expect(message).toContain(
      'feltet «sourceUpdated»: fant ingenting (feltet mangler), forventet en dato skrevet ÅÅÅÅ-MM-DD',
    );
  });

  test('are registered for each translated collection, in content/en/<folder>/', () => {
    expect(TRANSLATED).toEqual([
      'requirements',
      'riskCategories',
      'cases',
      'meetings',
      'procurements',
      'glossary',
      'pages',
    ]);
    for (const name of TRANSLATED) {
      const collection = collections[translationCollection(name)];
      expect(collection.schema).toBe(translationSchema(name));
      expect(translationFolder(name)).toBe(`en/${REGISTRY[name].folder}`);
    }
  });
});

describe('field reference for translations', () => {
  test('documents each translated collection’s fields with the Norwegian field’s line', () => {
    const docs = translationReference();
    expect(docs.map((doc) => doc.folder)).toEqual(
      TRANSLATED.map((name) => translationFolder(name)),
    );
    const requirements = docs[0]?.fields ?? [];
    expect(requirements.map((field) => field.name)).toEqual([
      ...textFieldNames(requirementTree),
      'sourceUpdated',
      'draft',
    ]);
    expect(requirements.find((f) => f.name === 'documentation[].when')?.description).toMatch(
      /Frist/,
    );
    const undocumented = docs.flatMap((doc) =>
      doc.fields.filter((f) => f.description === '').map((f) => `${doc.collection}.${f.name}`),
    );
    expect(undocumented).toEqual([]);
  });
});

describe('pairing and state', () => {
  test('missing, current or outdated, by the Norwegian revision a translation translates', () => {
    const nb = norwegian('a', '2026-05-01');
    expect(translationState(nb)).toBe('missing');
    expect(translationState(nb, english('a', '2026-05-01'))).toBe('current');
    expect(translationState(nb, english('a', '2026-04-30'))).toBe('outdated');
  });

  test('each Norwegian entry gets its own translation, by id', () => {
    const nb = [
      norwegian('a', '2026-05-01'),
      norwegian('b', '2026-05-01'),
      norwegian('c', '2026-06-01'),
    ];
    const en = [english('c', '2026-05-01'), english('a', '2026-05-01')];
    const pairs = pairTranslations(nb, en);
    expect(pairs.map((p) => [p.entry.id, p.translation?.id, p.state])).toEqual([
      ['a', 'a', 'current'],
      ['b', undefined, 'missing'],
      ['c', 'c', 'outdated'],
    ]);
    expect(pairs[2]?.norwegianUpdated).toEqual(day('2026-06-01'));
    const report = translationReport(
      pairs.map((status) => ({ status, file: (status.translation ?? status.entry).filePath })),
    );
    expect(report).toBe(
      [
        'Engelske oversettelser: 1 oppdatert, 1 utdatert, 1 mangler.',
        '  utdatert: content/en/requirements/c.md oversetter 2026-05-01, den norske er endret 2026-06-01',
      ].join('\n'),
    );
  });
});

describe('translation problems', () => {
  const duties = [
    { what: 'Egenerklæring', when: 'Med tilbudet', phase: 'tilbud' },
    { what: 'Rapport', when: 'Hvert år', phase: 'arlig' },
  ];

  test('none for a translation that matches its Norwegian entry', () => {
    const nb = norwegian('a', '2026-05-01', { documentation: duties, changeNote: 'Ny frist.' });
    const en = english('a', '2026-05-01', {
      documentation: [
        { what: 'Self-declaration', when: 'With the tender' },
        { what: 'Report', when: 'Every year' },
      ],
      changeNote: 'New deadline.',
    });
    expect(problems([nb], [en])).toEqual({});
  });

  test('a translation with no Norwegian entry of its id', () => {
    expect(
      problems(
        [norwegian('sosial-dialog', '2026-05-01')],
        [english('sosial-dialogue', '2026-05-01')],
      ),
    ).toEqual({
      'content/en/requirements/sosial-dialogue.md': [
        {
          field: '(filnavnet)',
          found: 'id-en «sosial-dialogue», som ingen oppføring i requirements/ har',
          expected: 'samme filnavn som den norske oppføringen den oversetter (sosial-dialog)',
        },
      ],
    });
  });

  test('a source date later than the Norwegian entry’s last change', () => {
    expect(problems([norwegian('a', '2026-05-01')], [english('a', '2026-05-02')])).toEqual({
      'content/en/requirements/a.md': [
        {
          field: 'sourceUpdated',
          found: '«2026-05-02»',
          expected:
            'datoen i «updated» i content/requirements/a.md da oversettelsen ble laget, ikke senere enn «2026-05-01»',
        },
      ],
    });
  });

  test('a documentation list of another length, an untranslated or extra text, no body', () => {
    const nb = norwegian('a', '2026-05-01', { documentation: duties, changeNote: 'Ny frist.' });
    const en = {
      ...english('a', '2026-05-01', {
        documentation: [{ what: 'Self-declaration', when: 'With the tender' }],
        requirementText: 'Text the Norwegian does not have.',
      }),
      body: '\n',
    };
    expect(problems([{ ...nb, data: { ...nb.data, requirementText: undefined } }], [en])).toEqual({
      'content/en/requirements/a.md': [
        {
          field: 'requirementText',
          found: '«Text the Norwegian does not have.»',
          expected: 'ingenting: content/requirements/a.md har ikke dette feltet',
        },
        {
          field: 'changeNote',
          found: 'ingenting (feltet mangler)',
          expected: 'en oversettelse av «changeNote» i content/requirements/a.md',
        },
        {
          field: 'documentation',
          found: 'en liste med 1 element',
          expected:
            'en liste med 2 elementer, ett for hvert i content/requirements/a.md og i samme rekkefølge (eller draft: true til oversettelsen er oppdatert)',
        },
        {
          field: '(brødteksten)',
          found: 'ingen tekst under frontmatter',
          expected: 'en oversettelse av brødteksten i content/requirements/a.md',
        },
      ],
    });
  });

  test('a draft translation may lag behind in its text, but not claim a later revision', () => {
    const nb = norwegian('a', '2026-05-01', { documentation: duties });
    const draft = english('a', '2026-06-01', { draft: true });
    expect(
      Object.values(problems([nb], [draft]))
        .flat()
        .map((p) => p.field),
    ).toEqual(['sourceUpdated']);
  });

  test('groups and lists are paired field by field (meetings)', () => {
    const tree = textFields(meetingTranslationSchema);
    const nb = {
      id: 'm',
      filePath: 'content/meetings/m.md',
      data: {
        draft: false,
        updated: day('2026-05-01'),
        title: 'Møte',
        summary: 'S',
        agenda: [{ time: '09:00', title: 'Velkommen' }],
        registration: { deadline: day('2026-04-01'), note: 'Skriv om du kommer.' },
        location: { kind: 'digitalt' },
      },
    };
    const en = {
      id: 'm',
      filePath: 'content/en/meetings/m.md',
      data: {
        draft: false,
        sourceUpdated: day('2026-05-01'),
        title: 'Meeting',
        summary: 'S',
        agenda: [{ title: 'Welcome' }],
        registration: {},
        location: { address: 'Oslo' },
      },
    };
    const found = translationProblems(tree, [nb], [en], {
      norwegian: 'meetings',
      english: 'en/meetings',
    });
    expect(found.get('content/en/meetings/m.md')?.map((p) => `${p.field}: ${p.found}`)).toEqual([
      'registration.note: ingenting (feltet mangler)',
      'location.address: «Oslo»',
    ]);
  });
});

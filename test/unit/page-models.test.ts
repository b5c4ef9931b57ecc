/**
 * The page models in src/lib/pages/: what a detail page shows, from entries shaped as the
 * content schemas parse them (the parts that fetch related entries run in every build).
 */
import { describe, expect, test } from 'vitest';
import { caseView } from '../../src/lib/pages/case';
import { procurementPage } from '../../src/lib/pages/procurement';
import { meetingView } from '../../src/lib/pages/meeting';
import { templateView } from '../../src/lib/pages/template';
import { supplierView } from '../../src/lib/pages/supplier';
import { homeView } from '../../src/lib/pages/home';
import { checklistPage } from '../../src/lib/pages/category';
import { reviewView } from '../../src/lib/pages/review';
import { openDataPage } from '../../src/lib/pages/open-data';
import { requirementKindPaths, requirementPartPaths } from '../../src/lib/pages/requirement-groups';
import { OSLOMODELLEN_PARTS, REQUIREMENT_KINDS } from '../../src/schemas/requirement';
import { COLLECTIONS } from '../../src/lib/collections';
import type { Published } from '../../src/lib/content/site';
import type { Course } from '../../src/lib/content/courses';
import type { Meeting } from '../../src/lib/content/meetings';
import type { Procurement } from '../../src/lib/content/procurements';
import type { Entry } from '../../src/lib/content/site';
import type { CaseData } from '../../src/schemas/case';
import type { MeetingData } from '../../src/schemas/meeting';
import type { TemplateData } from '../../src/schemas/template';
import { strings } from '../../src/i18n';

const { t, dict: nb } = strings('nb');
import { sampleRequirement } from './requirements-helpers';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const common = {
  draft: false,
  example: false,
  updated: day('2026-11-01'),
  reviewBy: day('2027-11-01'),
  sources: [],
  changes: [],
};
const requirement = (
  id: string,
  code: string,
  example = false,
  overrides: Parameters<typeof sampleRequirement>[0] = {},
) =>
  ({
    id,
    collection: 'requirements',
    data: sampleRequirement({ code, title: `Krav ${code}`, example, ...overrides }),
  }) as Entry<'requirements'>;
const category = {
  id: 'arbeidsklaer-sko-verneutstyr',
  collection: 'riskCategories',
  data: { title: 'Arbeidsklær, sko og verneutstyr' },
} as Entry<'riskCategories'>;
const crumbs = (page: { breadcrumbs: { label: string; href?: string }[] }) =>
  page.breadcrumbs.map((crumb) => crumb.href);

const site = new URL('https://etiskhandel.example/');
const data = {
  ...common,
  title: 'Markedsdialog',
  summary: 'Halvårlig møte.',
  start: '2027-03-31T09:00',
  end: '2027-03-31T11:30',
  location: { kind: 'hybrid', address: 'UKE, Oslo' },
  status: 'planlagt',
  agenda: [{ time: '09:00', title: 'Velkommen' }, { title: 'Spørsmål' }],
  materials: [],
  procurements: [],
  requirements: [],
  registration: { deadline: day('2027-03-24'), email: 'post@example.com' },
} as unknown as MeetingData;
const meeting = (phase: Meeting['phase']): Meeting => ({
  id: 'var-2027',
  entry: { id: 'var-2027', collection: 'meetings', data } as Entry<'meetings'>,
  data,
  phase,
  startsAt: new Date('2027-03-31T07:00:00Z'),
  endsAt: new Date('2027-03-31T09:30:00Z'),
  when: 'onsdag 31. mars 2027 kl. 09.00–11.30',
  url: '/markedsdialog/var-2027/',
  materials: [],
});

describe('caseView', () => {
  const data = {
    ...common,
    title: 'Arbeidsklær',
    summary: 'Sosial dialog i praksis.',
    agreement: 'Rammeavtale om arbeidsklær',
    category: { collection: 'riskCategories', id: category.id },
    contractValueNok: 40_000_000,
    contractYears: 4,
    requirements: [],
    challenge: 'Utfordringen',
    actions: ['Tiltak'],
    result: 'Resultatet',
    lessons: ['Lærdom'],
    status: 'pagaende',
  } as CaseData;

  test('sits under «Erfaringer» and states the value in words', () => {
    const page = caseView({ data }, { category, requirements: [] });
    expect(crumbs(page)).toEqual(['/', '/erfaringer/']);
    expect(page.value).toBe('40 millioner kroner over 4 år');
    expect(page.category).toEqual({
      title: 'Arbeidsklær, sko og verneutstyr',
      url: '/krav/kategori/arbeidsklaer-sko-verneutstyr/',
    });
    expect(page.status).toBe(nb.caseStatuses.pagaende);
    expect(page.statusHeading).toBe(t('cases.status'));
  });

  test('dates the status when the facts are from a given year', () => {
    const page = caseView({ data: { ...data, factsAsOf: 2020 } }, { category, requirements: [] });
    expect(page.statusHeading).toBe('Status i 2020');
  });

  test('links its requirements and says which are illustrations', () => {
    const page = caseView(
      { data },
      { category, requirements: [requirement('a', 'EH-1'), requirement('b', 'EH-2', true)] },
    );
    expect(page.requirements).toEqual([
      { title: 'Krav EH-1', url: '/krav/a/', example: false },
      { title: 'Krav EH-2', url: '/krav/b/', example: true },
    ]);
  });
});

describe('procurementPage', () => {
  const procurement = {
    category,
    data: {
      status: 'planlagt',
      deadlines: [{ what: 'Frist for spørsmål', date: day('2027-03-15') }],
      contact: { name: 'Innkjøp', email: 'innkjop@example.no' },
    },
  } as unknown as Procurement;

  test('dates its deadlines in the page locale, and links the category and the contact', () => {
    const page = procurementPage(procurement);
    expect(page.deadlines).toEqual([
      { what: 'Frist for spørsmål', date: { iso: '2027-03-15', text: '15. mars 2027' } },
    ]);
    expect(procurementPage(procurement, 'en').deadlines[0]?.date.text).toBe('15 March 2027');
    expect(page.facts[0]).toEqual({
      term: t('procurements.category'),
      text: 'Arbeidsklær, sko og verneutstyr',
      href: '/krav/kategori/arbeidsklaer-sko-verneutstyr/',
    });
    expect(page.facts.map((fact) => fact.text)).toContain(nb.procurementStatuses.planlagt);
    expect(page.contact.href).toBe('mailto:innkjop@example.no');
    expect(crumbs(page)).toEqual(['/', '/anskaffelser/']);
  });
});

describe('templateView', () => {
  const data = {
    ...common,
    title: 'Egenerklæring',
    purpose: 'Skjema for leverandøren.',
    audience: ['leverandor', 'innkjoper'],
    stage: 'konkurranse',
    files: [],
    requirements: [],
    generateDocx: true,
    version: '1.2',
    changes: [
      { version: '1.2', date: day('2026-06-15'), note: 'Nytt spørsmål.' },
      { version: '1.0', date: day('2025-01-10'), note: 'Første versjon.' },
    ],
  } as TemplateData;

  test('reports only the versions after the first as changes, and dates the current one', () => {
    const page = templateView({ data }, { downloads: [], requirements: [] });
    expect(page.changes.map((change) => change.version)).toEqual(['1.2']);
    expect(page.changed).toEqual({ iso: '2026-06-15', text: '15. juni 2026' });
    expect(crumbs(page)).toEqual(['/', '/maler/']);
  });

  test('links audiences and stage to their template lists', () => {
    const page = templateView({ data }, { downloads: [], requirements: [requirement('a', 'X')] });
    expect(page.audiences).toEqual([
      { label: nb.audiences.leverandor, url: '/maler/for/leverandor/' },
      { label: nb.audiences.innkjoper, url: '/maler/for/innkjoper/' },
    ]);
    expect(page.stage).toEqual({ label: nb.stages.konkurranse, url: '/maler/fase/konkurranse/' });
    expect(page.requirements).toEqual([{ title: 'Krav X', url: '/krav/a/' }]);
    expect(page.textSection.heading).toBe(t('templates.text'));
  });
});

describe('meetingView', () => {
  const none = { procurements: [] as Procurement[], requirements: [] };

  test('an upcoming meeting offers registration and is watched until it ends', () => {
    const page = meetingView(meeting('kommende'), site, none);
    expect(page.registration).toEqual({
      deadline: { iso: '2027-03-24', text: '24. mars 2027' },
      email: 'post@example.com',
      note: undefined,
      url: undefined,
    });
    expect(page.endsAt?.toISOString()).toBe('2027-03-31T09:30:00.000Z');
    expect(page.when).toEqual({
      iso: '2027-03-31T09:00:00+02:00',
      text: 'onsdag 31. mars 2027 kl. 09.00–11.30',
    });
    expect(page.materials).toBeUndefined();
    expect(crumbs(page)).toEqual(['/', '/markedsdialog/']);
  });

  test('a held meeting has no registration, and lists its materials', () => {
    const page = meetingView(meeting('gjennomfort'), site, none);
    expect(page.registration).toBeUndefined();
    expect(page.endsAt).toBeUndefined();
    expect(page.materials).toEqual([]);
  });

  test('says where, online too, and times the agenda in Norwegian', () => {
    const page = meetingView(meeting('kommende'), site, none);
    expect(page.address).toBe('UKE, Oslo');
    expect(page.online).toEqual({ label: t('meetings.alsoOnline'), url: undefined });
    expect(page.agenda).toEqual([
      { time: 'kl. 09.00', title: 'Velkommen' },
      { time: undefined, title: 'Spørsmål' },
    ]);
  });

  test('lists the requirements by code and describes the event for search engines', () => {
    const page = meetingView(meeting('kommende'), site, {
      procurements: [],
      requirements: [requirement('b', 'EH-2'), requirement('a', 'EH-1')],
    });
    expect(page.requirements.map((r) => r.data.code)).toEqual(['EH-1', 'EH-2']);
    const event = JSON.parse(page.jsonLd) as Record<string, unknown>;
    expect(event['@type']).toBe('Event');
    expect(event['url']).toBe('https://etiskhandel.example/markedsdialog/var-2027/');
  });
});

describe('supplierView', () => {
  const input = {
    current: [
      requirement('q', 'EH-Q', false, { kind: 'kvalifikasjonskrav' }),
      requirement('c', 'EH-C', true, { kind: 'saerlig-kontraktsvilkar' }),
      requirement('p', 'EH-P', false, { kind: 'kontraktsvilkar', audience: ['innkjoper'] }),
    ],
    sourced: [],
    cases: [],
    glossary: [],
    checklists: [category],
    nextMeeting: undefined,
  };

  test('groups the requirements suppliers meet by tender and contract, with the threshold', () => {
    const page = supplierView(input);
    expect(page.phases.map((phase) => [phase.id, phase.items.map((i) => i.label)])).toEqual([
      ['tender', ['EH-Q Krav EH-Q']],
      ['contract', ['EH-C Krav EH-C']],
    ]);
    expect(page.phases[1]?.items[0]).toMatchObject({
      url: '/krav/c/',
      example: true,
      threshold: expect.stringMatching(/^over 500\s000 kr eks\. mva\.$/),
    });
    expect(page.checklists).toEqual([
      { url: '/krav/sjekkliste/arbeidsklaer-sko-verneutstyr/', title: category.data.title },
    ]);
  });

  test('a sourced requirement with an invented threshold says so', () => {
    const page = supplierView({
      ...input,
      current: [
        requirement('s', 'EH-S', false, {
          kind: 'kvalifikasjonskrav',
          illustrativeFields: ['code', 'appliesTo'],
        }),
        requirement('t', 'EH-T', false, { kind: 'kvalifikasjonskrav', illustrativeFields: [] }),
      ],
    });
    expect(
      page.phases[0]?.items.map((i) => [i.label, i.partlyFictional, i.inventedThreshold]),
    ).toEqual([
      ['EH-S Krav EH-S', true, true],
      ['EH-T Krav EH-T', false, false],
    ]);
  });

  test('counts sourced requirements and illustrations among those in force', () => {
    const page = supplierView({ ...input, sourced: [input.current[0]!] });
    expect(page.provenance).toContain('1 krav fra UKE med kilde og 2 fiktive eksempler');
  });

  test('names the next meeting with its Oslo date and time, or none', () => {
    expect(supplierView(input).nextMeeting).toBeUndefined();
    const page = supplierView({ ...input, nextMeeting: meeting('kommende') });
    expect(page.nextMeeting).toEqual({
      url: '/markedsdialog/var-2027/',
      title: 'Markedsdialog',
      example: false,
      datetime: '2027-03-31T09:00',
      text: '31. mars 2027 kl. 09:00',
    });
  });
});

describe('homeView', () => {
  const course = (id: string) => ({ id, collection: 'courses', data: {} }) as Course;
  const input = { courses: [], upcoming: [], requirements: [], cases: [] };

  test('the course path leads straight to the course when there is only one', () => {
    const task = (courses: Course[]) => homeView({ ...input, courses }).paths[2]?.task.href;
    expect(task([course('etisk-handel')])).toBe('/kurs/etisk-handel/');
    expect(task([course('a'), course('b')])).toBe('/kurs/');
  });

  test('the readers’ paths in English', () => {
    const [supplier, purchaser] = homeView(input, 'en').paths;
    expect([supplier?.title, supplier?.task.label, purchaser?.title]).toEqual([
      'I am a supplier',
      'Which requirements apply to me?',
      'I am a buyer',
    ]);
  });

  test('shows the three requirements that took effect last, and the next meeting', () => {
    const at = (iso: string) => ({ effectiveFrom: day(iso) });
    const page = homeView({
      ...input,
      upcoming: [meeting('kommende')],
      requirements: [
        requirement('a', 'EH-A', false, at('2025-01-01')),
        requirement('b', 'EH-B', false, at('2026-06-01')),
        requirement('c', 'EH-C', false, at('2024-01-01')),
        requirement('d', 'EH-D', false, at('2026-01-01')),
      ],
    });
    expect(page.latestChanges.map((change) => change.url)).toEqual([
      '/krav/b/',
      '/krav/d/',
      '/krav/a/',
    ]);
    expect(page.latestChanges[0]?.effectiveFrom).toEqual({
      iso: '2026-06-01',
      text: '1. juni 2026',
    });
    expect(page.nextMeeting?.id).toBe('var-2027');
    expect(page.featuredCase).toBeUndefined();
  });

  test("marks a sourced requirement's invented version and date, and labels illustrations", () => {
    const page = homeView({
      ...input,
      requirements: [
        requirement('a', 'EH-A', false, { illustrativeFields: ['code', 'effectiveFrom'] }),
        requirement('b', 'EH-B', true, { illustrativeFields: [] }),
      ],
    });
    const byUrl = new Map(page.latestChanges.map((change) => [change.url, change]));
    expect(byUrl.get('/krav/a/')).toMatchObject({
      example: false,
      inventedVersion: false,
      inventedEffectiveFrom: true,
    });
    expect(byUrl.get('/krav/b/')).toMatchObject({
      example: true,
      inventedVersion: false,
      inventedEffectiveFrom: false,
    });
  });
});

describe('checklistPage', () => {
  const site = new URL('https://etiskhandel.example/');

  test('groups the documents by phase with the requirement each comes from', async () => {
    const page = await checklistPage(
      category,
      [
        requirement('a', 'EH-A', true, { illustrativeFields: [] }),
        requirement('b', 'EH-B', false, {
          appliesTo: { riskCategories: 'alle-hoyrisiko', valueOverNok: 100_000 },
          illustrativeFields: ['code', 'documentation'],
        }),
      ],
      site,
    );
    expect(page.title).toBe(`${t('req.checklistTitle')}: ${category.data.title}`);
    expect(crumbs(page)).toEqual(['/', '/krav/', '/krav/kategori/arbeidsklaer-sko-verneutstyr/']);
    expect(page.printUrl).toBe(
      'https://etiskhandel.example/krav/sjekkliste/arbeidsklaer-sko-verneutstyr/',
    );
    // The lowest threshold of the two.
    expect(page.threshold).toMatch(/100\s000 kr/);
    expect(page.groups.map((group) => group.id)).toEqual(['phase-kontraktsperiode', 'phase-arlig']);
    expect(page.groups[0]?.phase).toBe(nb.documentationPhases.kontraktsperiode);
    expect(page.groups[0]?.items.map((item) => item.requirement)).toEqual([
      { url: '/krav/a/', label: 'EH-A Krav EH-A', example: true, illustrativeFields: [] },
      {
        url: '/krav/b/',
        label: 'EH-B Krav EH-B',
        example: false,
        illustrativeFields: ['code', 'documentation'],
      },
    ]);
  });
});

describe('reviewView', () => {
  const none = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as Published;
  const entry = (id: string, reviewBy: string, extra: Record<string, unknown> = {}) =>
    ({
      id,
      collection: 'glossary',
      filePath: `content/glossary/${id}.md`,
      data: { ...common, title: `Ord ${id}`, reviewBy: day(reviewBy), ...extra },
    }) as unknown as Entry<'glossary'>;
  const published = {
    ...none,
    glossary: [
      entry('gammel', '2026-11-30', {
        factsAsOf: 2020,
        sources: [{ title: 'Kilde', publisher: 'UKE', date: 2020 }],
      }),
      entry('snart', '2026-12-14'),
      entry('i-dag', '2026-12-04', { example: true }),
      entry('senere', '2027-06-01'),
    ],
  };
  const page = reviewView(published, day('2026-12-04'));

  test('splits what is due into overdue and due soon, with days in words', () => {
    expect(page.groups.map((group) => [group.heading, group.rows.map((row) => row.days)])).toEqual([
      [`${t('review.overdue')} (1)`, ['4 dager siden']],
      ['Skal gjennomgås innen 60 dager (2)', ['i dag', 'om 10 dager']],
    ]);
    expect(page.groups[0]?.rows[0]).toMatchObject({
      url: '/ordliste/gammel/',
      collection: nb.collectionNames.glossary,
      reviewBy: { iso: '2026-11-30', text: '30. november 2026' },
      file: 'content/glossary/gammel.md',
    });
    expect(page.overdueWarning).toContain('content/glossary/gammel.md: reviewBy 2026-11-30');
    expect(page.none).toBe(false);
    expect(page.asOf.iso).toBe('2026-12-04');
  });

  test("lists every entry's provenance, old facts first", () => {
    expect(page.provenance).toHaveLength(4);
    expect(page.provenance[0]).toMatchObject({
      title: 'Ord gammel',
      sources: ['Kilde (UKE, 2020)'],
      factsAsOf: '2020 – mer enn 3 år gammelt',
    });
    expect(page.provenance.find((row) => row.title === 'Ord snart')?.factsAsOf).toBe('–');
  });

  test('says so when nothing is due', () => {
    const quiet = reviewView(
      { ...none, glossary: [entry('senere', '2027-06-01')] },
      day('2026-12-04'),
    );
    expect(quiet.none).toBe(true);
    expect(quiet.groups).toEqual([]);
    expect(quiet.overdueWarning).toBe(undefined);
  });
});

describe('openDataPage', () => {
  test('describes both files from their schemas, with their addresses', () => {
    const page = openDataPage();
    expect(page.files.map((file) => [file.href, file.schemaHref])).toEqual([
      ['/data/requirements.json', '/data/requirements.schema.json'],
      ['/data/risk-categories.json', '/data/risk-categories.schema.json'],
    ]);
    const paths = page.files[0]?.fields.map((field) => field.path) ?? [];
    expect(paths).toContain('requirements[].code');
    expect(page.version).toMatch(/^\d+\.\d+$/);
  });
});

describe('requirement group pages', () => {
  test('one page per kind and per part, each titled and explained from the dictionary', async () => {
    const kinds = await requirementKindPaths();
    expect(kinds.map((path) => path.params.kind)).toEqual([...REQUIREMENT_KINDS]);
    expect(kinds[0]?.props).toMatchObject({
      title: nb.requirementKinds[REQUIREMENT_KINDS[0]],
      lead: nb.requirementKindHelp[REQUIREMENT_KINDS[0]],
    });
    const parts = await requirementPartPaths();
    expect(parts.map((path) => path.params.part)).toEqual([...OSLOMODELLEN_PARTS]);
    expect(parts[0]?.props.title).toBe(
      `${t('req.part')}: ${nb.oslomodellenParts[OSLOMODELLEN_PARTS[0]]}`,
    );
    expect(crumbs(parts[0]!.props)).toEqual(['/', '/krav/']);
  });
});

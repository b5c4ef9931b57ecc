/**
 * Writes a synthetic content tree for the benchmark: `size` entries spread over every
 * collection, valid against the schemas in src/schemas/ and the site checks in
 * src/lib/content/site.ts (references resolve, requirement codes unique, lessons numbered
 * 1, 2, 3 … per course, meetings end after they start), about 5–7 kB per entry, ~20 % MDX
 * with <Term> glossary links and ~80 % Markdown. Deterministic for a given seed.
 *
 *   node scripts/bench/generate.mjs --size 1000 --out /tmp/corpus [--seed 1] [--terms all|none|lessons,…]
 *
 * Never point it at content/: it empties the folder it writes to.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  PRODUCTS,
  createRng,
  markdownBody,
  paragraph,
  phrase,
  sentence,
  slugify,
} from './text.mjs';

/** The build date the corpus is written for (meetings before it are held, after it planned). */
export const CORPUS_BUILD_DATE = '2026-11-25';

/** Share of entries per collection; pages take what is left. Risk categories stay a short list. */
const SHARES = {
  requirements: 0.15,
  cases: 0.1,
  meetings: 0.1,
  procurements: 0.1,
  templates: 0.08,
  courses: 0.02,
  lessons: 0.3,
  glossary: 0.1,
};

/** How many entries of each collection a corpus of `size` gets (sums to `size`, at least 1 each). */
export function plan(size) {
  if (!Number.isInteger(size) || size < 50)
    throw new RangeError(`corpus size must be an integer ≥ 50, got ${size}`);
  const riskCategories = Math.min(
    40,
    Math.max(Math.min(8, Math.round(size * 0.04)), Math.round(size * 0.003)),
  );
  const counts = { riskCategories };
  for (const [name, share] of Object.entries(SHARES)) {
    counts[name] = Math.max(1, Math.floor((size - riskCategories) * share));
  }
  const used = Object.values(counts).reduce((a, b) => a + b, 0);
  counts.pages = size - used;
  if (counts.pages < 1)
    throw new RangeError(`corpus size ${size} is too small for every collection`);
  return counts;
}

/** Folder of each collection under the content root (as in src/content.config.ts). */
export const FOLDERS = {
  requirements: 'requirements',
  riskCategories: 'risk-categories',
  cases: 'cases',
  meetings: 'meetings',
  procurements: 'procurements',
  templates: 'templates',
  courses: 'courses',
  lessons: 'lessons',
  glossary: 'glossary',
  pages: 'pages',
};

// ---------------------------------------------------------------- YAML frontmatter

const date = (iso) => ({ yamlDate: iso });

/** The source every generated entry that is not an illustration cites. */
const BENCH_SOURCE = {
  title: 'Erfaringer med sosial dialog i anskaffelse og kontraktsoppfølging av arbeidstøy – UKE',
  publisher: 'Utviklings- og kompetanseetaten (UKE), Oslo kommune',
  date: 2020,
};
const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
/** Plain scalars where YAML reads them back as the same string; quoted otherwise. */
function scalar(value) {
  if (value && typeof value === 'object' && 'yamlDate' in value) return value.yamlDate;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const plain =
    /^[\p{L}][\p{L}\p{N} ,.()/«»–-]*$/u.test(value) &&
    !RESERVED.test(value) &&
    !/[ ,]$/.test(value);
  return plain ? value : JSON.stringify(value);
}
const isScalar = (value) =>
  typeof value !== 'object' || value === null || (typeof value === 'object' && 'yamlDate' in value);

function yamlLines(object, indent = '') {
  const lines = [];
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    if (isScalar(value)) lines.push(`${indent}${key}: ${scalar(value)}`);
    else if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${indent}${key}: []`);
      else if (value.every(isScalar) && value.join('').length < 60) {
        lines.push(`${indent}${key}: [${value.map(scalar).join(', ')}]`);
      } else {
        lines.push(`${indent}${key}:`);
        for (const item of value) {
          if (isScalar(item)) lines.push(`${indent}  - ${scalar(item)}`);
          else {
            const [first, ...rest] = yamlLines(item, `${indent}    `);
            lines.push(`${indent}  - ${first.trimStart()}`, ...rest);
          }
        }
      }
    } else {
      lines.push(`${indent}${key}:`, ...yamlLines(value, `${indent}  `));
    }
  }
  return lines;
}

export const frontmatter = (data) => `---\n${yamlLines(data).join('\n')}\n---\n`;

// ---------------------------------------------------------------- helpers

const pad = (n, width = 5) => String(n).padStart(width, '0');
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const BUILD_MS = Date.parse(`${CORPUS_BUILD_DATE}T00:00:00Z`);
/** A calendar date `days` from the corpus's build date (negative: before). */
const dayFrom = (days) => isoDay(BUILD_MS + days * DAY);

/** Titles and ids that stay unique: a second "Sosial dialog" becomes "Sosial dialog i Dhaka". */
function uniqueNamer(rng) {
  const titles = new Set();
  const ids = new Set();
  return (makeTitle) => {
    let title = makeTitle();
    for (let i = 0; titles.has(title) && i < 6; i++)
      title = i < 3 ? makeTitle() : `${title} i ${phrase.city(rng)}`;
    for (let n = 2; titles.has(title); n++) title = `${title.replace(/ \(\d+\)$/, '')} (${n})`;
    titles.add(title);
    let id = slugify(title) || 'oppforing';
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.add(id);
    return { title, id };
  };
}

const AUDIENCES = ['leverandor', 'innkjoper', 'kursdeltaker'];
const CATEGORY_NAMES = [
  'Arbeidsklær, sko og verneutstyr',
  'Tekstiler',
  'Elektronikk og IKT',
  'Møbler og inventar',
  'Mat og drikke',
  'Medisinsk forbruksmateriell',
  'Leker og sportsutstyr',
  'Profilartikler',
  'Bygg- og anleggsmaterialer',
  'Renholdsprodukter',
  'Solcellepaneler og batterier',
  'Naturstein',
  'Kaffe og te',
  'Kontorrekvisita',
];
const REQUIREMENT_TOPICS = [
  'Etisk handel',
  'Oversikt over produksjonssteder',
  'Sosial dialog på fabrikknivå',
  'Lønn det går an å leve av',
  'Aktsomhetsvurderinger',
  'Klagemekanisme for arbeidere',
  'Begrenset kjede av underleverandører',
  'Lønns- og arbeidsvilkår',
  'Sporbarhet til råvare',
  'Revisjon av produksjonssteder',
  'Tiltaksplan ved avvik',
  'Opplæring i arbeidsrettigheter',
  'Forbud mot rekrutteringsgebyrer',
  'Helse, miljø og sikkerhet',
  'Organisasjonsfrihet',
  'Regulert arbeidstid',
  'Skriftlige arbeidsavtaler',
  'Ansvarlige innkjøpspraksiser',
  'Åpenhet om leverandørkjeden',
  'Konfliktmineraler',
  'Vern mot tvangsarbeid',
  'Vern mot barnearbeid',
];
const KIND_LETTER = {
  kvalifikasjonskrav: 'K',
  kontraktsvilkar: 'KV',
  'saerlig-kontraktsvilkar': 'S',
  tildelingskriterium: 'T',
};
const TEMPLATE_KINDS = [
  'Egenerklæring',
  'Sjekkliste',
  'Tiltaksplan',
  'Risikovurdering',
  'Kravbilag',
  'Veileder',
  'Rapportmal',
  'Oppfølgingsplan',
  'Spørreskjema',
  'Revisjonsplan',
  'Møtereferat',
  'Evalueringsmal',
];
const COURSE_TOPICS = [
  'Etisk handel i høyrisikoanskaffelser',
  'Kontraktsoppfølging',
  'Sosial dialog',
  'Aktsomhetsvurderinger',
  'Markedsdialog',
  'Oslomodellen',
  'Revisjon',
  'Åpenhetsloven',
  'Risikokartlegging',
  'Leverandørkjeder',
];
const PAGE_TOPICS = [
  'Om',
  'Slik jobber vi med',
  'Spørsmål og svar om',
  'Veiledning om',
  'Historikk for',
];
const LEVELS = ['basis', 'avansert', 'spydspiss'];
const PARTS = ['arbeidslivskriminalitet', 'leverandorkjeder'];

// ---------------------------------------------------------------- the corpus

/**
 * Generates the corpus in memory: [{ file, text }] with paths relative to the content root,
 * plus the per-collection counts. Pure and deterministic. `terms` names the collections whose
 * MDX entries link glossary terms with <Term> ('all', 'none' or a list).
 * @param {{ size: number, seed?: number, terms?: 'all' | 'none' | string[] }} options
 */
export function generateEntries({ size, seed = 1, terms: termCollections = 'all' }) {
  const termsIn = (collection) =>
    termCollections === 'all' ||
    (Array.isArray(termCollections) && termCollections.includes(collection));
  const rng = createRng(seed);
  const counts = plan(size);
  const files = [];
  const add = (file, text) => files.push({ file, text });
  const mdxShare = 0.2;

  // ids and titles first, so references and links can point anywhere.
  const named = (count, makeTitle) => {
    const name = uniqueNamer(rng);
    return Array.from({ length: count }, (_, i) => ({ index: i, ...name(() => makeTitle(i)) }));
  };
  const categories = named(counts.riskCategories, (i) =>
    i < CATEGORY_NAMES.length
      ? CATEGORY_NAMES[i]
      : phrase.capitalize(PRODUCTS[(i * 7) % PRODUCTS.length]),
  );
  const terms = named(counts.glossary, () => phrase.capitalize(phrase.compound(rng)));
  const requirements = named(
    counts.requirements,
    () => `${rng.pick(REQUIREMENT_TOPICS)} for ${phrase.product(rng)}`,
  );
  const procurements = named(
    counts.procurements,
    () =>
      `${phrase.capitalize(phrase.product(rng))} til ${rng.pick(['skolene', 'sykehjemmene', 'bydelene', 'etatene', 'barnehagene', 'brannvesenet', 'Bymiljøetaten', 'helseetaten'])}`,
  );
  const courses = named(
    counts.courses,
    () => `${rng.pick(COURSE_TOPICS)}: ${phrase.compound(rng)}`,
  );
  const cases = named(
    counts.cases,
    () => `${phrase.capitalize(phrase.compound(rng))} i avtalen om ${phrase.product(rng)}`,
  );
  const meetings = named(counts.meetings, () => `Markedsdialog om ${phrase.product(rng)}`);
  const templates = named(
    counts.templates,
    () => `${rng.pick(TEMPLATE_KINDS)} for ${phrase.compound(rng)}`,
  );
  const pages = named(counts.pages, () => `${rng.pick(PAGE_TOPICS)} ${phrase.compound(rng)}`);

  const requirementTitle = new Map(requirements.map((r) => [r.id, r.title]));
  const ref = (list) => rng.pick(list).id;
  const refs = (list, min, max) => rng.sample(list, rng.int(min, max)).map((e) => e.id);
  const audienceList = () => rng.sample(AUDIENCES, rng.int(1, 2));
  const dates = () => {
    const updated = -rng.int(1, 700);
    return {
      updated: date(dayFrom(updated)),
      reviewBy: date(dayFrom(updated + rng.int(180, 540))),
    };
  };
  const summary = () => sentence(rng);
  /** MDX entries link a few glossary terms with <Term>, the way editors do. */
  const termUse = (r) => {
    if (!r.chance(0.3)) return undefined;
    const term = r.pick(terms);
    return `Se <Term id="${term.id}">${term.title.toLowerCase()}</Term> i ordlisten.`;
  };
  /** Writes one entry: frontmatter plus a body filling it to 5–7 kB. */
  const entry = (collection, id, data, { links = [], lead = '' } = {}) => {
    const mdx = rng.chance(mdxShare);
    // A published entry needs a source unless it is marked as an illustration (example: true).
    const head = frontmatter(data.example ? data : { ...data, sources: [BENCH_SOURCE] });
    const target = Math.max(
      1500,
      rng.int(5000, 7000) - Buffer.byteLength(head) - Buffer.byteLength(lead),
    );
    let body =
      lead +
      markdownBody(rng, target, {
        links,
        extras: mdx && termsIn(collection) ? termUse : undefined,
      });
    if (mdx) body = `{/* Skrevet i MDX for å kunne lenke til ordlisten. */}\n\n${body}`;
    add(`${FOLDERS[collection]}/${id}.${mdx ? 'mdx' : 'md'}`, `${head}\n${body}\n`);
  };
  const link = (title, url) => ({ title, url });

  // Risk categories.
  for (const c of categories) {
    const highRisk = c.index < 3 || rng.chance(0.8);
    entry('riskCategories', c.id, {
      title: c.title,
      summary: summary(),
      highRisk,
      products: rng.sample(PRODUCTS, rng.int(3, 6)).map(phrase.capitalize),
      risks: rng.sample(
        [
          'Tvangsarbeid',
          'Barnearbeid',
          'Lave lønninger',
          'Lange arbeidsdager',
          'Farlig arbeidsmiljø',
          'Manglende organisasjonsfrihet',
          'Diskriminering',
        ],
        rng.int(2, 4),
      ),
      classifiedBy: highRisk ? rng.sample(['dfo', 'etisk-handel-norge'], rng.int(1, 2)) : [],
      ...dates(),
    });
  }

  // Requirements: codes unique by index; about one in ten replaces an earlier version.
  const versionOf = new Map();
  const replaced = new Set();
  for (const r of requirements) {
    const kind = rng.pick(Object.keys(KIND_LETTER));
    let supersedes;
    if (r.index > 0 && rng.chance(0.1)) {
      const older = requirements[rng.int(Math.max(0, r.index - 50), r.index - 1)];
      if (!replaced.has(older.id)) {
        supersedes = older.id;
        replaced.add(older.id);
      }
    }
    const major = supersedes ? (versionOf.get(supersedes) ?? 1) + 1 : 1;
    versionOf.set(r.id, major);
    const effective = supersedes ? -rng.int(1, 200) : -rng.int(200, 1500);
    const updated = effective + rng.int(0, Math.max(0, -effective - 1));
    const categoriesRule = rng.chance(0.3) ? 'alle-hoyrisiko' : refs(categories, 1, 3);
    const requirementText = paragraph(rng, rng.int(3, 5));
    const data = {
      kind,
      code: `EH-${KIND_LETTER[kind]}${r.index + 1}`,
      title: r.title,
      summary: summary(),
      requirementText,
      oslomodellenPart: rng.pick(PARTS),
      appliesTo: {
        riskCategories: categoriesRule,
        valueOverNok: rng.pick([100000, 500000, 500000, 500000, 1300000]),
      },
      level: rng.pick(LEVELS),
      legalBasis: rng.sample(
        [
          { title: 'FNs veiledende prinsipper for næringsliv og menneskerettigheter (UNGP)' },
          { title: 'ILOs kjernekonvensjoner' },
          {
            title: 'Anskaffelsesloven § 5',
            url: 'https://lovdata.no/dokument/NL/lov/2016-06-17-73',
          },
          { title: 'Byrådssak om etisk handel (2012)' },
          { title: 'Åpenhetsloven', url: 'https://lovdata.no/dokument/NL/lov/2021-06-18-99' },
        ],
        rng.int(1, 3),
      ),
      documentation: Array.from({ length: rng.int(1, 3) }, () => ({
        what: phrase.capitalize(phrase.document(rng)),
        when: phrase.capitalize(phrase.deadline(rng)),
        phase: rng.pick(['tilbud', 'oppstart', 'kontraktsperiode', 'arlig']),
      })),
      followUp: paragraph(rng, 2),
      version: `${major}.0`,
      effectiveFrom: date(dayFrom(effective)),
      supersedes,
      changeNote: supersedes ? sentence(rng) : undefined,
      audience: audienceList(),
      ...(kind === 'tildelingskriterium' ? { weightPercent: rng.pick([10, 15, 20, 25, 30]) } : {}),
      updated: date(dayFrom(Math.min(updated, -1))),
      reviewBy: date(dayFrom(updated + rng.int(180, 540))),
    };
    const links = [
      ...(Array.isArray(categoriesRule)
        ? categoriesRule.map((id) =>
            link(categories.find((c) => c.id === id).title, `/krav/kategori/${id}/`),
          )
        : []),
      ...(supersedes
        ? [link(`forrige versjon, ${requirementTitle.get(supersedes)}`, `/krav/${supersedes}/`)]
        : []),
    ];
    entry('requirements', r.id, data, { links });
  }
  const current = requirements.filter((r) => !replaced.has(r.id));

  // Glossary.
  for (const t of terms) {
    entry('glossary', t.id, {
      title: t.title,
      aliases: rng.chance(0.3) ? [phrase.compound(rng)] : [],
      summary: summary(),
      ...dates(),
    });
  }

  // Procurements.
  for (const p of procurements) {
    const year = rng.int(2026, 2028);
    const planned = `${year}-Q${rng.int(1, 4)}`;
    const status =
      year >= 2027 ? 'planlagt' : rng.pick(['planlagt', 'kunngjort', 'pagaende', 'tildelt']);
    const reqs = refs(current, 0, 2);
    entry(
      'procurements',
      p.id,
      {
        title: p.title,
        summary: summary(),
        category: ref(categories),
        estimatedValueNok: rng.int(2, 2000) * 50_000,
        plannedAnnouncement: planned,
        status,
        requirements: reqs,
        contact: { name: 'Innkjøpsteamet i UKE', email: 'innkjop@uke.oslo.kommune.no' },
        example: status === 'planlagt' ? true : undefined,
        ...dates(),
      },
      {
        links: reqs.map((id) => link(requirementTitle.get(id), `/krav/${id}/`)),
        lead:
          status === 'planlagt'
            ? '**Dette er et eksempel.** Anskaffelsen er oppdiktet for å vise hvordan planlagte anskaffelser presenteres.\n\n'
            : '',
      },
    );
  }

  // Courses and their lessons: 1, 2, 3 … in each course, no gaps.
  const lessonsPerCourse = courses.map(() => 1);
  for (let left = counts.lessons - courses.length; left > 0; left--) {
    lessonsPerCourse[rng.int(0, courses.length - 1)]++;
  }
  for (const c of courses) {
    entry('courses', c.id, {
      title: c.title,
      summary: summary(),
      goals: Array.from(
        { length: rng.int(2, 4) },
        () => `Du kan forklare ${phrase.compound(rng)} og ${phrase.right(rng)}.`,
      ),
      audience: audienceList(),
      durationMinutes: lessonsPerCourse[c.index] * 15,
      ...dates(),
    });
  }
  const lessonName = uniqueNamer(rng);
  courses.forEach((c) => {
    for (let order = 1; order <= lessonsPerCourse[c.index]; order++) {
      const { title, id } = lessonName(
        () => `${phrase.capitalize(phrase.compound(rng))} og ${phrase.risk(rng)}`,
      );
      const options = rng.sample(
        ['Leverandøren', 'Oppdragsgiveren', 'Revisoren', 'Arbeiderne', 'Fagforeningen'],
        3,
      );
      entry(
        'lessons',
        `${c.id}/${pad(order, 2)}-${id}`,
        {
          title,
          summary: summary(),
          course: c.id,
          order,
          goals: [`Du vet hva ${phrase.compound(rng)} betyr i praksis.`],
          durationMinutes: rng.int(5, 30),
          quiz: rng.chance(0.5)
            ? [
                {
                  question: `Hvem har ansvaret for ${phrase.compound(rng)}?`,
                  options,
                  answer: options[0],
                  explanation: sentence(rng),
                },
              ]
            : [],
          ...dates(),
        },
        { links: [link(c.title, `/kurs/${c.id}/`)] },
      );
    }
  });

  // Cases.
  for (const k of cases) {
    const reqs = refs(current, 1, 3);
    entry(
      'cases',
      k.id,
      {
        title: k.title,
        summary: summary(),
        agreement: `Rammeavtale om ${phrase.product(rng)}`,
        category: ref(categories),
        contractValueNok: rng.int(1, 400) * 100_000,
        contractYears: rng.int(2, 4),
        requirements: reqs,
        challenge: paragraph(rng, 2),
        actions: Array.from({ length: rng.int(3, 6) }, () => sentence(rng)),
        result: paragraph(rng, 2),
        lessons: Array.from({ length: rng.int(2, 4) }, () => sentence(rng)),
        status: rng.pick(['pagaende', 'avsluttet']),
        ...dates(),
      },
      { links: reqs.map((id) => link(requirementTitle.get(id), `/krav/${id}/`)) },
    );
  }

  // Meetings: before the build date held (or cancelled), after it planned and marked as examples.
  for (const m of meetings) {
    const offset = rng.int(-900, 300);
    const day = dayFrom(offset);
    const startHour = rng.int(8, 13);
    const start = `${day}T${pad(startHour, 2)}:${rng.pick(['00', '30'])}`;
    const end = `${day}T${pad(startHour + rng.int(1, 3), 2)}:${rng.pick(['00', '15', '45'])}`;
    const future = offset > 0;
    const location = rng.pick([
      {
        kind: 'fysisk',
        address: `Grensen ${rng.int(1, 20)}, møterom ${phrase.capitalize(phrase.compound(rng))}`,
      },
      { kind: 'digitalt', url: 'https://teams.microsoft.com/l/meetup-join/eksempel' },
      {
        kind: 'hybrid',
        address: 'Rådhuset, Oslo',
        url: 'https://teams.microsoft.com/l/meetup-join/eksempel',
      },
    ]);
    entry('meetings', m.id, {
      title: m.title,
      summary: summary(),
      start,
      end,
      location,
      status: future ? 'planlagt' : rng.chance(0.1) ? 'avlyst' : 'gjennomfort',
      agenda: Array.from({ length: rng.int(2, 5) }, (_, i) => ({
        time: `${pad(startHour, 2)}:${pad(i * 10, 2)}`,
        title: phrase.capitalize(
          sentence(rng)
            .slice(0, 80)
            .replace(/[ ,.]+$/, ''),
        ),
      })),
      materials: [],
      procurements: refs(procurements, 0, 2),
      requirements: refs(current, 0, 3),
      registration: future
        ? {
            deadline: date(dayFrom(offset - rng.int(1, 14))),
            email: 'markedsdialog@uke.oslo.kommune.no',
          }
        : undefined,
      example: future ? true : undefined,
      ...dates(),
    });
  }

  // Templates: a few get a generated .docx (costly per template), the rest are text only.
  for (const t of templates) {
    const versions = rng.int(1, 3);
    const changes = Array.from({ length: versions }, (_, i) => ({
      version: `1.${versions - 1 - i}`,
      date: date(dayFrom(-30 - i * 120 - rng.int(0, 100))),
      note: sentence(rng),
    }));
    const reqs = refs(current, 0, 2);
    entry(
      'templates',
      t.id,
      {
        title: t.title,
        purpose: sentence(rng),
        audience: audienceList(),
        stage: rng.pick(['planlegging', 'konkurranse', 'kontraktsoppfolging']),
        files: [],
        requirements: reqs,
        generateDocx: t.index % 50 === 0,
        version: changes[0].version,
        changes,
        ...dates(),
      },
      { links: reqs.map((id) => link(requirementTitle.get(id), `/krav/${id}/`)) },
    );
  }

  // Free pages.
  for (const p of pages) entry('pages', p.id, { title: p.title, summary: summary(), ...dates() });

  return { counts, files };
}

/**
 * Writes the corpus into `dir` (emptied first) and returns the counts and total bytes.
 * @param {{ size: number, seed?: number, dir: string, terms?: 'all' | 'none' | string[] }} options
 */
export function writeCorpus({ size, seed = 1, dir, terms = 'all' }) {
  const target = path.resolve(dir);
  const content = path.resolve(fileURLToPath(new URL('../../content', import.meta.url)));
  if (target === content || target.startsWith(content + path.sep)) {
    throw new Error(
      `refusing to write a synthetic corpus into the real content folder (${target})`,
    );
  }
  rmSync(target, { recursive: true, force: true });
  const { counts, files } = generateEntries({ size, seed, terms });
  let bytes = 0;
  const made = new Set();
  for (const { file, text } of files) {
    const full = path.join(target, file);
    const folder = path.dirname(full);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
  }
  for (const folder of Object.values(FOLDERS))
    mkdirSync(path.join(target, folder), { recursive: true });
  const mdx = files.filter((f) => f.file.endsWith('.mdx')).length;
  return { dir: target, size, seed, counts, bytes, mdx, entries: files.length };
}

/** "all", "none" or a comma list of collections whose MDX entries use <Term>. */
export function parseTerms(value) {
  if (value === 'all' || value === 'none') return value;
  const list = value.split(',').map((name) => name.trim());
  const unknown = list.filter((name) => !(name in FOLDERS));
  if (unknown.length)
    throw new Error(
      `--terms: unknown collection(s) ${unknown.join(', ')}; use all, none or ${Object.keys(FOLDERS).join(',')}`,
    );
  return list;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      terms: { type: 'string', default: 'all' },
    },
  });
  if (!values.out)
    throw new Error(
      'usage: node scripts/bench/generate.mjs --size 1000 --out /tmp/corpus [--seed 1] [--terms all|none|a,b]',
    );
  const result = writeCorpus({
    size: Number(values.size),
    seed: Number(values.seed),
    dir: values.out,
    terms: parseTerms(values.terms),
  });
  console.log(
    `${result.entries} entries (${result.mdx} MDX), ${(result.bytes / 1e6).toFixed(1)} MB in ${result.dir}\n` +
      Object.entries(result.counts)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n'),
  );
}

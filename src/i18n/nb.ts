/**
 * Every UI string, in Norwegian bokmål. Components call `t('key')`; labels for schema
 * values (kinds, levels, statuses) live here too, so a second language is one more file.
 */
import type { Audience } from '../schemas/fields';
import type { CASE_STATUSES } from '../schemas/case';
import type { MATERIAL_KINDS, MEETING_STATUSES } from '../schemas/meeting';
import type { PROCUREMENT_STATUSES } from '../schemas/procurement';
import type { OSLOMODELLEN_PARTS, REQUIREMENT_KINDS, REQUIREMENT_LEVELS } from '../schemas/requirement';
import type { RISK_SOURCES } from '../schemas/risk-category';
import type { FILE_FORMATS, PROCUREMENT_STAGES } from '../schemas/template';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export interface UiStrings {
  site: { name: string; owner: string; ownerLong: string; description: string };
  nav: Record<
    'label' | 'home' | 'requirements' | 'suppliers' | 'marketDialogue' | 'cases' | 'templates' | 'courses' | 'glossary' | 'search',
    string
  >;
  common: Record<
    | 'skipLink'
    | 'updated'
    | 'example'
    | 'exampleNote'
    | 'breadcrumbs'
    | 'readMore'
    | 'backToTop'
    | 'searchLabel'
    | 'searchButton'
    | 'searchPlaceholder'
    | 'audience'
    | 'noEntries'
    | 'source'
    | 'contact'
    | 'accessibility'
    | 'about'
    | 'footerAbout'
    | 'forEditors'
    | 'fieldReference',
    string
  >;
  audiences: Record<Audience, string>;
  requirementKinds: Labels<typeof REQUIREMENT_KINDS>;
  oslomodellenParts: Labels<typeof OSLOMODELLEN_PARTS>;
  levels: Labels<typeof REQUIREMENT_LEVELS>;
  riskSources: Labels<typeof RISK_SOURCES>;
  caseStatuses: Labels<typeof CASE_STATUSES>;
  meetingStatuses: Labels<typeof MEETING_STATUSES>;
  materialKinds: Labels<typeof MATERIAL_KINDS>;
  procurementStatuses: Labels<typeof PROCUREMENT_STATUSES>;
  stages: Labels<typeof PROCUREMENT_STAGES>;
  templates: Record<
    | 'lead'
    | 'filters'
    | 'filterStage'
    | 'filterAudience'
    | 'all'
    | 'count'
    | 'none'
    | 'stageTitle'
    | 'audienceTitle'
    | 'purpose'
    | 'stage'
    | 'format'
    | 'size'
    | 'version'
    | 'changed'
    | 'downloads'
    | 'downloadsNote'
    | 'checksum'
    | 'latest'
    | 'thisVersion'
    | 'generated'
    | 'text'
    | 'history'
    | 'whatChanged',
    string
  >;
  courses: Record<
    | 'lead'
    | 'goals'
    | 'lessonGoals'
    | 'duration'
    | 'lessons'
    | 'lessonCount'
    | 'lessonOf'
    | 'start'
    | 'pager'
    | 'previous'
    | 'next'
    | 'backToCourse'
    | 'quiz'
    | 'quizIntro'
    | 'question'
    | 'showAnswer'
    | 'answer'
    | 'correct'
    | 'wrong'
    | 'markDone'
    | 'unmarkDone'
    | 'doneStatus'
    | 'progress'
    | 'progressNote'
    | 'lessonDone',
    string
  >;
  glossary: Record<'lead' | 'letters' | 'aliases' | 'usedIn' | 'allTerms' | 'definition', string>;
  collectionNames: Record<
    'requirements' | 'riskCategories' | 'cases' | 'meetings' | 'procurements' | 'templates' | 'courses' | 'lessons' | 'glossary' | 'pages',
    string
  >;
  fileFormats: Labels<typeof FILE_FORMATS>;
  meetingPhases: Record<'kommende' | 'gjennomfort' | 'avlyst', string>;
  meetings: Record<
    | 'lead'
    | 'upcoming'
    | 'held'
    | 'cancelled'
    | 'noUpcoming'
    | 'noHeld'
    | 'when'
    | 'where'
    | 'joinOnline'
    | 'registration'
    | 'deadline'
    | 'register'
    | 'registerByEmail'
    | 'agenda'
    | 'materials'
    | 'noMaterials'
    | 'procurements'
    | 'requirements'
    | 'addToCalendar'
    | 'subscribe'
    | 'subscribeHelp'
    | 'heldNote'
    | 'cancelledNote'
    | 'endedNow',
    string
  >;
  procurements: Record<
    | 'title'
    | 'lead'
    | 'category'
    | 'value'
    | 'announcement'
    | 'status'
    | 'contact'
    | 'applicable'
    | 'applicableLead'
    | 'noneApplicable'
    | 'alsoReferenced'
    | 'meetings'
    | 'noMeetings'
    | 'valueNote',
    string
  >;
}

export const nb = {
  site: {
    name: 'Etisk handel i Oslo kommune',
    owner: 'UKE',
    ownerLong: 'Utviklings- og kompetanseetaten, Oslo kommune',
    description:
      'Krav, eksempler, markedsdialog, maler og kurs om etisk handel i Oslo kommunes anskaffelser.',
  },
  nav: {
    label: 'Hovedmeny',
    home: 'Forside',
    requirements: 'Krav',
    suppliers: 'For leverandører',
    marketDialogue: 'Markedsdialog',
    cases: 'Eksempler',
    templates: 'Maler',
    courses: 'Kurs',
    glossary: 'Ordliste',
    search: 'Søk',
  },
  common: {
    skipLink: 'Gå til hovedinnholdet',
    updated: 'Sist oppdatert',
    example: 'Eksempel',
    exampleNote: 'Oppdiktet eksempel som viser hvordan portalen fungerer. Opplysningene er ikke reelle.',
    breadcrumbs: 'Brødsmulesti',
    readMore: 'Les mer',
    backToTop: 'Til toppen',
    searchLabel: 'Søk i portalen',
    searchButton: 'Søk',
    searchPlaceholder: 'For eksempel «sosial dialog»',
    audience: 'For',
    noEntries: 'Det er ingenting publisert her ennå.',
    source: 'Kilde',
    contact: 'Kontakt',
    accessibility: 'Tilgjengelighetserklæring',
    about: 'Om etisk handel i UKE',
    footerAbout:
      'UKE stiller krav om etisk handel i Oslo kommunes høyrisikoanskaffelser og følger dem opp.',
    forEditors: 'For redaktører',
    fieldReference: 'Feltreferanse',
  },
  audiences: {
    leverandor: 'Leverandører',
    innkjoper: 'Innkjøpere',
    kursdeltaker: 'Kursdeltakere',
  },
  requirementKinds: {
    kvalifikasjonskrav: 'Kvalifikasjonskrav',
    kontraktsvilkar: 'Kontraktsvilkår',
    'saerlig-kontraktsvilkar': 'Særlig kontraktsvilkår',
    tildelingskriterium: 'Tildelingskriterium',
  },
  oslomodellenParts: {
    arbeidslivskriminalitet: 'Arbeidslivskriminalitet',
    leverandorkjeder: 'Leverandørkjeder i utlandet',
  },
  levels: {
    basis: 'Basis',
    avansert: 'Avansert',
    spydspiss: 'Spydspiss',
  },
  riskSources: {
    dfo: 'DFØs høyrisikoliste',
    'etisk-handel-norge': 'Etisk Handel Norge',
  },
  caseStatuses: {
    pagaende: 'Pågående',
    avsluttet: 'Avsluttet',
  },
  meetingStatuses: {
    planlagt: 'Planlagt',
    gjennomfort: 'Gjennomført',
    avlyst: 'Avlyst',
  },
  materialKinds: {
    presentasjon: 'Presentasjon',
    referat: 'Referat',
    'sporsmal-og-svar': 'Spørsmål og svar',
    annet: 'Annet',
  },
  procurementStatuses: {
    planlagt: 'Planlagt',
    kunngjort: 'Kunngjort',
    pagaende: 'Pågående',
    tildelt: 'Tildelt',
  },
  stages: {
    planlegging: 'Planlegging',
    konkurranse: 'Konkurranse',
    kontraktsoppfolging: 'Kontraktsoppfølging',
  },
  templates: {
    lead: 'Maler for innkjøpere som stiller og følger opp krav om etisk handel. Lenkene til filene går alltid til nyeste versjon, og hver versjon har i tillegg sin egen faste adresse.',
    filters: 'Filtrer malene',
    filterStage: 'Fase i anskaffelsen',
    filterAudience: 'Hvem malen er for',
    all: 'Alle maler',
    count: '{count} maler',
    none: 'Ingen maler passer dette filteret.',
    stageTitle: 'Maler i fasen «{stage}»',
    audienceTitle: 'Maler for {audience}',
    purpose: 'Formål',
    stage: 'Fase',
    format: 'Format',
    size: 'Størrelse',
    version: 'Versjon',
    changed: 'Endret',
    downloads: 'Last ned',
    downloadsNote: 'Størrelse og SHA-256-sjekksum er regnet ut da siden ble bygget. Med sjekksummen kan du kontrollere at filen du har lastet ned, er den samme som vi publiserte.',
    checksum: 'SHA-256',
    latest: 'Nyeste versjon',
    thisVersion: 'Versjon {version} (fast adresse)',
    generated: 'Laget fra teksten på denne siden',
    text: 'Teksten i malen',
    history: 'Endringer mellom versjoner',
    whatChanged: 'Hva er endret',
  },
  courses: {
    lead: 'Kurs i etisk handel for innkjøpere og andre som følger opp leverandører. Gå gjennom leksjonene i ditt eget tempo.',
    goals: 'Dette lærer du',
    lessonGoals: 'I denne leksjonen lærer du',
    duration: 'Tid',
    lessons: 'Leksjoner',
    lessonCount: '{count} leksjoner',
    lessonOf: 'Leksjon {number} av {total}',
    start: 'Start kurset',
    pager: 'Forrige og neste leksjon',
    previous: 'Forrige',
    next: 'Neste',
    backToCourse: 'Tilbake til kurset',
    quiz: 'Test deg selv',
    quizIntro: 'Svarene sjekkes i nettleseren din og lagres ikke.',
    question: 'Spørsmål {number}',
    showAnswer: 'Se svaret',
    answer: 'Riktig svar',
    correct: 'Riktig!',
    wrong: 'Ikke riktig. Riktig svar er: {answer}',
    markDone: 'Marker som fullført',
    unmarkDone: 'Fjern markeringen',
    doneStatus: 'Du har markert leksjonen som fullført.',
    progress: '{done} av {total} fullført',
    progressNote: 'Fremdriften lagres bare i denne nettleseren.',
    lessonDone: 'Fullført',
  },
  glossary: {
    lead: 'Begreper som går igjen i arbeidet med etisk handel, forklart kort. Lenker i krav og kurs går hit.',
    letters: 'Hopp til bokstav',
    aliases: 'Også kalt',
    usedIn: 'Brukt i',
    allTerms: 'Alle begreper',
    definition: 'Definisjon',
  },
  collectionNames: {
    requirements: 'Krav',
    riskCategories: 'Høyrisikokategori',
    cases: 'Eksempel',
    meetings: 'Markedsdialog',
    procurements: 'Anskaffelse',
    templates: 'Mal',
    courses: 'Kurs',
    lessons: 'Leksjon',
    glossary: 'Ordliste',
    pages: 'Side',
  },
  fileFormats: {
    docx: 'Word (.docx)',
    xlsx: 'Excel (.xlsx)',
    pdf: 'PDF',
    odt: 'OpenDocument (.odt)',
  },
  meetingPhases: {
    kommende: 'Kommende',
    gjennomfort: 'Gjennomført',
    avlyst: 'Avlyst',
  },
  meetings: {
    lead: 'To ganger i året inviterer UKE leverandører til markedsdialog. Der forteller vi hvilke anskaffelser som kommer, og hvilke krav om etisk handel dere vil møte. Her finner du neste møte og materiellet fra tidligere møter.',
    upcoming: 'Kommende møter',
    held: 'Gjennomførte møter',
    cancelled: 'Avlyste møter',
    noUpcoming: 'Ingen møter er satt opp akkurat nå. Abonner på kalenderen, så kommer nye møter inn av seg selv.',
    noHeld: 'Ingen møter er gjennomført ennå.',
    when: 'Tid',
    where: 'Sted',
    joinOnline: 'Lenke til det digitale møtet',
    registration: 'Påmelding',
    deadline: 'Påmeldingsfrist',
    register: 'Meld deg på',
    registerByEmail: 'Send e-post til',
    agenda: 'Program',
    materials: 'Materiell fra møtet',
    noMaterials: 'Materiellet blir lagt ut her etter møtet.',
    procurements: 'Anskaffelser som presenteres',
    requirements: 'Krav som diskuteres',
    addToCalendar: 'Legg møtet i kalenderen (.ics)',
    subscribe: 'Abonner på alle kommende møter (.ics)',
    subscribeHelp: 'Kopier lenken inn i kalenderen din som en abonnert kalender, så får du nye og endrede møter automatisk.',
    heldNote: 'Dette møtet er gjennomført.',
    cancelledNote: 'Dette møtet er avlyst.',
    endedNow: 'Møtet er over.',
  },
  procurements: {
    title: 'Planlagte anskaffelser',
    lead: 'Anskaffelser i høyrisikokategorier som UKE planlegger eller har gående, med kravene om etisk handel som vil gjelde. Slik kan leverandører forberede seg i god tid.',
    category: 'Varekategori',
    value: 'Anslått verdi',
    announcement: 'Planlagt kunngjort',
    status: 'Status',
    contact: 'Kontakt',
    applicable: 'Krav som gjelder',
    applicableLead: 'Ut fra varekategorien og den anslåtte verdien gjelder disse kravene om etisk handel:',
    noneApplicable: 'Ingen av de gjeldende kravene om etisk handel slår inn for denne kategorien og verdien.',
    alsoReferenced: 'Andre krav UKE vil stille',
    meetings: 'Presentert på markedsdialog',
    noMeetings: 'Anskaffelsen er ikke satt opp på noe markedsdialogmøte ennå.',
    valueNote: 'Verdien er et anslag før konkurransen, oppgitt som et intervall.',
  },
} satisfies UiStrings;

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type UiKey = Paths<typeof nb>;

/** A UI string by its dotted key, e.g. t('nav.requirements'). */
export function t(key: UiKey): string {
  let value: unknown = nb;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`Missing UI string: ${key}`);
  return value;
}

/** A UI string with {placeholders} filled in, e.g. tf('courses.lessonOf', { number: 2, total: 6 }). */
export function tf(key: UiKey, values: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string ${key} needs a value for {${name}}`);
    return typeof value === 'number' ? value.toLocaleString('nb-NO') : value;
  });
}

/**
 * Every UI string, in Norwegian bokmål, and the source of every language's shape. Code reads it
 * through `strings(locale)` in ./index.ts; labels for schema values (kinds, levels, statuses)
 * live here too.
 */
import type { Audience } from '../schemas/fields';
import type { CASE_STATUSES } from '../schemas/case';
import type { MATERIAL_KINDS, MEETING_STATUSES } from '../schemas/meeting';
import type { PROCUREMENT_STATUSES } from '../schemas/procurement';
import type {
  ILLUSTRATIVE_FIELDS,
  OSLOMODELLEN_PARTS,
  DOCUMENTATION_PHASES,
  REQUIREMENT_KINDS,
  REQUIREMENT_LEVELS,
} from '../schemas/requirement';
import type { RISK_SOURCES } from '../schemas/risk-category';
import type { FILE_FORMATS, PROCUREMENT_STAGES } from '../schemas/template';
import type { SEARCH_TYPES } from '../lib/search/types';
import type { CollectionName } from '../lib/collections';
import type { ProvenanceStatus } from '../lib/provenance';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/**
 * Groups keyed by schema values: a kind, level or status added to a schema must get its label
 * here (and, through the parity test, in every language). The rest of the shape is the object.
 */
type SchemaLabels = {
  illustrativeFields: Labels<typeof ILLUSTRATIVE_FIELDS>;
  provenanceStatuses: Record<ProvenanceStatus, string>;
  audiences: Record<Audience, string>;
  requirementKinds: Labels<typeof REQUIREMENT_KINDS>;
  oslomodellenParts: Labels<typeof OSLOMODELLEN_PARTS>;
  levels: Labels<typeof REQUIREMENT_LEVELS>;
  levelsInText: Labels<typeof REQUIREMENT_LEVELS>;
  audiencesInText: Record<Audience, string>;
  caseStatusesInText: Labels<typeof CASE_STATUSES>;
  documentationPhases: Labels<typeof DOCUMENTATION_PHASES>;
  riskSources: Labels<typeof RISK_SOURCES>;
  caseStatuses: Labels<typeof CASE_STATUSES>;
  meetingStatuses: Labels<typeof MEETING_STATUSES>;
  materialKinds: Labels<typeof MATERIAL_KINDS>;
  procurementStatuses: Labels<typeof PROCUREMENT_STATUSES>;
  stages: Labels<typeof PROCUREMENT_STAGES>;
  collectionNames: Record<CollectionName, string>;
  fileFormats: Labels<typeof FILE_FORMATS>;
  requirementKindHelp: Labels<typeof REQUIREMENT_KINDS>;
  oslomodellenPartHelp: Labels<typeof OSLOMODELLEN_PARTS>;
  riskSourceHelp: Labels<typeof RISK_SOURCES>;
  searchType: Labels<typeof SEARCH_TYPES>;
  searchTypes: Labels<typeof SEARCH_TYPES>;
};

export const nb = {
  site: {
    name: 'Etisk handel i Oslo kommune',
    owner: 'UKE',
    ownerLong: 'Utviklings- og kompetanseetaten, Oslo kommune',
    /** The publisher named in documents the site writes. */
    publisher: 'Utviklings- og kompetanseetaten (UKE), Oslo kommune',
    description:
      'Krav, erfaringer, markedsdialog, maler og kurs om etisk handel i Oslo kommunes anskaffelser.',
  },
  home: {
    lead: 'Oslo kommune stiller krav om etisk handel når vi kjøper varer med høy risiko for brudd på menneskerettigheter og arbeidsrettigheter. Her finner du kravene, hvordan de følges opp, og hva vi har lært.',
    pathsTitle: 'Hva kommer du for?',
    supplierTitle: 'Jeg er leverandør',
    supplierText:
      'Se hvilke krav om etisk handel du møter i våre konkurranser, og hva du må dokumentere, og når.',
    supplierTask: 'Hvilke krav gjelder for meg?',
    supplierMore: 'Krav og sjekklister for leverandører',
    supplierMeetings: 'Markedsdialog og kommende anskaffelser',
    purchaserTitle: 'Jeg er innkjøper',
    purchaserText:
      'Finn kravene som gjelder for anskaffelsen din, kravtekstene til konkurransegrunnlaget og malene.',
    purchaserTask: 'Hvilke krav gjelder for anskaffelsen?',
    purchaserTexts: 'Kravkatalogen med kravtekster',
    purchaserTemplates: 'Maler',
    courseTitle: 'Jeg er kursdeltaker',
    courseText:
      'Gå gjennom kurset i ditt eget tempo. Fremdriften lagres i nettleseren, så du kan fortsette der du slapp.',
    courseTask: 'Gå til kurset',
    courseCases: 'Erfaringer fra UKE',
    nextMeeting: 'Neste markedsdialogmøte',
    noMeetings: 'Ingen møter er satt opp ennå. Vi holder markedsdialog to ganger i året.',
    allMeetings: 'Alle møter og kalender',
    latestRequirements: 'Sist endrede krav',
    fromPractice: 'Fra praksis',
  },
  nav: {
    label: 'Hovedmeny',
    home: 'Forside',
    requirements: 'Krav',
    suppliers: 'For leverandører',
    marketDialogue: 'Markedsdialog',
    cases: 'Erfaringer',
    templates: 'Maler',
    courses: 'Kurs',
    glossary: 'Ordliste',
    search: 'Søk',
    about: 'Om portalen',
  },
  common: {
    skipLink: 'Gå til hovedinnholdet',
    updated: 'Sist oppdatert',
    example: 'Fiktivt eksempel',
    /** A title or summary of invented data (feeds, calendars). */
    exampleTitle: 'Fiktivt eksempel: {title}',
    /** The first line of a description of invented data. */
    exampleLead: 'Fiktivt eksempel. {note}',
    exampleNote:
      'Laget for å vise hvordan portalen virker. Dette er ikke et krav, en avtale, et møte eller en plan fra UKE.',
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
    aboutContent: 'Om innholdet',
    followTitle: 'Følg med',
  },
  provenance: {
    sources: 'Kilder',
    sourcesNone:
      'Ingen kilde: innholdet er et fiktivt eksempel, laget for å vise hvordan portalen virker.',
    factsAsOf: 'Tall fra {year}',
    factsAsOfNote:
      'Opplysningene på denne siden gjelder {year}, da kilden ble skrevet. Tall, navn og status kan ha endret seg siden.',
    sourced: 'Fra UKE, med kilde',
    sourcedOnly: 'Vis bare UKEs krav med kilde',
    sourcedOnlyHint: 'Skjuler kravene som er fiktive eksempler.',
    sourcedTitle: 'UKEs krav med kilde',
    sourcedLead:
      'Bare krav der kravteksten er UKEs egen og har en kilde. De fiktive eksemplene er utelatt.',
    illustrations: 'Fiktive eksempler',
    illustrationsLead:
      'Disse kravene er laget for å vise hvordan portalen virker. De er ikke UKEs krav og skal ikke kopieres inn i et konkurransegrunnlag.',
    docxNote:
      'FIKTIVT EKSEMPEL: Dette kravet er laget for å vise hvordan portalen virker. Det er ikke et krav fra UKE og skal ikke brukes i et konkurransegrunnlag.',
    feedNote: 'Fiktivt eksempel, ikke et krav fra UKE.',
    fictional: 'fiktivt',
    illustrativeFields:
      'Kravteksten er UKEs, men dette er portalens egne opplysninger som ikke står i kilden: {fields}.',
    wordingSourced:
      'Kravteksten bygger på UKEs krav slik kilden beskriver det (se Kilder nederst). I en konkurranse er det ordlyden i konkurransegrunnlaget som gjelder.',
    wordingExample:
      'Kravteksten er et fiktivt eksempel, laget for å vise hvordan et slikt krav kan se ut. Den er ikke UKEs krav. Ikke kopier den inn i et konkurransegrunnlag.',
  },
  cases: {
    lead: 'Slik har UKE stilt og fulgt opp krav om etisk handel i egne avtaler: hva som var utfordringen, hva som ble gjort, og hva UKE lærte.',
    agreement: 'Avtale',
    category: 'Varekategori',
    value: 'Verdi og varighet',
    valueText: '{value} over {years} år',
    status: 'Status',
    statusAsOf: 'Status i {year}',
    statusAsOfValue: 'Status i {year}: {status}',
    requirements: 'Kravet i kravkatalogen',
    challenge: 'Utfordringen',
    actions: 'Dette ble gjort',
    result: 'Resultat',
    lessons: 'Hva UKE lærte',
    keyFigures: 'Nøkkeltall',
  },
  provenanceStatuses: {
    sourced: 'Med kilde',
    'partly-illustrative': 'Med kilde, men noen opplysninger er fiktive',
    illustration: 'Fiktivt eksempel',
  },
  illustrativeFields: {
    code: 'kravnummer',
    version: 'versjon',
    effectiveFrom: 'datoen kravet gjelder fra',
    appliesTo: 'kategoriene og terskelen kravet gjelder for',
    level: 'nivå',
    documentation: 'fristene for dokumentasjon',
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
  documentationPhases: {
    tilbud: 'Sammen med tilbudet',
    oppstart: 'Ved kontraktsoppstart',
    kontraktsperiode: 'I kontraktsperioden',
    arlig: 'Hvert år i kontraktsperioden',
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
  /**
   * Labels inside a sentence (lower case where the language wants it). After the labels
   * they copy: the CMS takes the first group whose keys match an enum (src/lib/cms/config.ts).
   */
  levelsInText: {
    basis: 'basis',
    avansert: 'avansert',
    spydspiss: 'spydspiss',
  },
  audiencesInText: {
    leverandor: 'leverandører',
    innkjoper: 'innkjøpere',
    kursdeltaker: 'kursdeltakere',
  },
  caseStatusesInText: {
    pagaende: 'pågående',
    avsluttet: 'avsluttet',
  },
  templates: {
    lead: 'Maler for innkjøpere som stiller og følger opp krav om etisk handel. Lenkene til filene går alltid til nyeste versjon, og hver versjon har i tillegg sin egen faste adresse.',
    filters: 'Filtrer malene',
    filterStage: 'Fase i anskaffelsen',
    filterAudience: 'Hvem malen er for',
    all: 'Alle maler',
    count: '{count, plural, one {# mal} other {# maler}}',
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
    downloadsNote:
      'Størrelse og SHA-256-sjekksum er regnet ut da siden ble bygget. Med sjekksummen kan du kontrollere at filen du har lastet ned, er den samme som vi publiserte.',
    checksum: 'SHA-256',
    latest: 'Nyeste versjon',
    downloadLatest: 'Last ned (nyeste versjon)',
    thisVersion: 'Versjon {version} (fast adresse)',
    generated: 'Laget fra teksten på denne siden',
    docxSubtitle: 'Versjon {version} · endret {date} · {publisher}',
    text: 'Teksten i malen',
    history: 'Endringer mellom versjoner',
    whatChanged: 'Hva er endret',
    requirements: 'Krav malen hører til',
  },
  courses: {
    lead: 'Kurs i etisk handel for innkjøpere og andre som følger opp leverandører. Gå gjennom leksjonene i ditt eget tempo.',
    goals: 'Dette lærer du',
    lessonGoals: 'I denne leksjonen lærer du',
    duration: 'Tid',
    lessons: 'Leksjoner',
    lessonCount: '{count, plural, one {# leksjon} other {# leksjoner}}',
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
    wrong: 'Ikke riktig.',
    rightAnswerIs: 'Riktig svar er «{answer}».',
    resume: 'Fortsett der du slapp: leksjon {number}, {title}',
    allDone: 'Du har fullført alle leksjonene i kurset.',
    review: 'Gå gjennom kurset på nytt',
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
    cases: 'Erfaring',
    meetings: 'Markedsdialog',
    procurements: 'Anskaffelse',
    templates: 'Mal',
    courses: 'Kurs',
    lessons: 'Leksjon',
    glossary: 'Ordliste',
    pages: 'Side',
  },
  /** The web editor's (/admin/) label for a field, by its name in the schemas. */
  cmsFieldLabels: {
    body: 'Tekst',
    kind: 'Type',
    code: 'Kravnummer',
    title: 'Tittel',
    summary: 'Sammendrag',
    requirementText: 'Kravtekst',
    oslomodellenPart: 'Del av Oslomodellen',
    appliesTo: 'Gjelder for',
    riskCategories: 'Risikokategorier',
    valueOverNok: 'Gjelder over beløp (kr)',
    level: 'Nivå',
    legalBasis: 'Rettslig grunnlag',
    url: 'Nettadresse',
    documentation: 'Dokumentasjon',
    what: 'Hva',
    when: 'Når',
    phase: 'Fase',
    followUp: 'Oppfølging',
    version: 'Versjon',
    effectiveFrom: 'Gjelder fra',
    supersedes: 'Erstatter',
    changeNote: 'Endringsnotat',
    audience: 'Målgruppe',
    illustrativeFields: 'Fiktive opplysninger',
    weightPercent: 'Vekt (prosent)',
    draft: 'Utkast (publiseres ikke)',
    updated: 'Sist oppdatert',
    reviewBy: 'Gjennomgås innen',
    sources: 'Kilder',
    publisher: 'Utgiver',
    date: 'Dato',
    factsAsOf: 'Tall fra (år)',
    example: 'Fiktivt eksempel',
    changes: 'Endringer',
    note: 'Merknad',
    highRisk: 'Høyrisiko',
    products: 'Produkter',
    risks: 'Risikoer',
    classifiedBy: 'Klassifisert av',
    agreement: 'Avtale',
    category: 'Kategori',
    contractValueNok: 'Kontraktsverdi (kr)',
    contractYears: 'Avtalens lengde (år)',
    requirements: 'Krav',
    challenge: 'Utfordring',
    actions: 'Tiltak',
    result: 'Resultat',
    lessons: 'Lærdom',
    status: 'Status',
    start: 'Start',
    end: 'Slutt',
    location: 'Sted',
    address: 'Adresse',
    agenda: 'Agenda',
    time: 'Klokkeslett',
    materials: 'Materiell',
    file: 'Fil',
    procurements: 'Anskaffelser',
    registration: 'Påmelding',
    deadline: 'Påmeldingsfrist',
    email: 'E-post',
    estimatedValueNok: 'Anslått verdi (kr)',
    plannedAnnouncement: 'Planlagt kunngjøring',
    deadlines: 'Frister',
    contact: 'Kontakt',
    name: 'Navn',
    purpose: 'Formål',
    stage: 'Fase i anskaffelsen',
    files: 'Filer',
    format: 'Format',
    generateDocx: 'Lag Word-fil',
    goals: 'Læringsmål',
    durationMinutes: 'Varighet (minutter)',
    course: 'Kurs',
    order: 'Rekkefølge',
    quiz: 'Quiz',
    question: 'Spørsmål',
    options: 'Svaralternativer',
    answer: 'Riktig svar',
    explanation: 'Forklaring',
    aliases: 'Andre skrivemåter',
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
    clock: '{hour}.{minute}',
    timeSameDay: '{day} kl. {from}–{to}',
    timeOvernight: '{startDay} kl. {from} – {endDay} kl. {to}',
    lead: 'To ganger i året inviterer UKE leverandører til markedsdialog. Der forteller vi hvilke anskaffelser som kommer, og hvilke krav om etisk handel dere vil møte. Her finner du neste møte og materiellet fra tidligere møter.',
    upcoming: 'Kommende møter',
    held: 'Gjennomførte møter',
    cancelled: 'Avlyste møter',
    noUpcoming:
      'Ingen møter er satt opp akkurat nå. Abonner på kalenderen, så kommer nye møter inn av seg selv.',
    noHeld: 'Ingen møter er gjennomført ennå.',
    when: 'Tid',
    where: 'Sted',
    joinOnline: 'Lenke til det digitale møtet',
    linkLater: 'Lenken til møtet er ikke klar ennå. Den sendes til dem som melder seg på.',
    linkLaterShort: 'lenken sendes til dem som melder seg på',
    online: 'Digitalt: ',
    alsoOnline: 'Eller digitalt: ',
    status: 'Status',
    agendaTime: 'kl. {time}',
    registration: 'Påmelding',
    deadline: 'Påmeldingsfrist',
    register: 'Meld deg på',
    registerByEmail: 'Send e-post til',
    agenda: 'Program',
    materials: 'Materiell fra møtet',
    noMaterials: 'Materiellet blir lagt ut her etter møtet.',
    /** A material's format and size: «PDF, 1,4 MB». */
    materialFile: '{format}, {size}',
    formatText: 'Tekst',
    /** A material whose file name has no extension. */
    formatUnknown: 'Fil',
    procurements: 'Anskaffelser som presenteres',
    requirements: 'Krav som diskuteres',
    addToCalendar: 'Legg møtet i kalenderen (.ics)',
    subscribe: 'Abonner på alle kommende møter (.ics)',
    subscribeHelp:
      'Kopier lenken inn i kalenderen din som en abonnert kalender, så får du nye og endrede møter automatisk.',
    heldNote: 'Dette møtet er gjennomført.',
    cancelledNote: 'Dette møtet er avlyst.',
    endedNow: 'Møtet er over.',
  },
  notFound: {
    title: 'Fant ikke siden',
    lead: 'Siden du ba om finnes ikke, eller den er flyttet.',
    home: 'Gå til forsiden',
    requirements: 'Se alle krav',
    search: 'Søk i portalen',
  },
  /** The Word documents (.docx) of a requirement and of a category's requirements. */
  docx: {
    labelled: '{label}: ',
    title: '{code} {title}',
    titleExample: 'Fiktivt eksempel: {code} {title}',
    threshold: 'Gjelder når kontraktsverdien er over',
    weight: 'Vekt',
    weightValue: '{percent} %',
    followUp: 'Slik følger UKE opp',
    changed: 'Endret i denne versjonen',
    categoryTitle: 'Krav om etisk handel: {category}',
    categoryIntro:
      'Dette dokumentet samler kravene {owner} stiller i anskaffelser i kategorien «{category}». Hvert krav sier hvilken kontraktsverdi det gjelder fra.',
    categoryNone: 'Ingen krav om etisk handel gjelder for denne kategorien.',
  },
  /** Calendar files (.ics) for market-dialogue meetings. */
  calendar: {
    feedName: 'Markedsdialog – etisk handel i Oslo kommune',
    cancelled: 'Avlyst: {title}',
    moreInfo: 'Mer informasjon og påmelding: {url}',
    online: 'Digitalt møte',
    hybrid: '{address}, eller digitalt',
    onlineLine: 'Digitalt: {link}',
    hybridLine: '{address} / digitalt: {link}',
  },
  /** Amounts of money and durations, as src/lib/format.ts writes them. */
  amounts: {
    nok: '{amount} kr',
    millions: '{millions, plural, one {# million kroner} other {# millioner kroner}}',
    minutes: '{count, plural, one {# minutt} other {# minutter}}',
    hours: '{hours} t',
    hoursMinutes: '{hours} t {minutes} min',
  },
  /** Estimated values of planned procurements, as bands (src/lib/procurements.ts). */
  valueBands: {
    upTo500k: 'inntil 500 000 kr',
    upTo5m: '0,5–5 mill. kr',
    upTo20m: '5–20 mill. kr',
    upTo50m: '20–50 mill. kr',
    upTo100m: '50–100 mill. kr',
    over100m: 'over 100 mill. kr',
  },
  procurements: {
    title: 'Planlagte anskaffelser',
    quarter: '{quarter}. kvartal {year}',
    lead: 'Anskaffelser i høyrisikokategorier som UKE planlegger eller har gående, med kravene om etisk handel som vil gjelde. Slik kan leverandører forberede seg i god tid.',
    category: 'Varekategori',
    value: 'Anslått verdi',
    announcement: 'Planlagt kunngjort',
    status: 'Status',
    contact: 'Kontakt',
    applicable: 'Krav som gjelder',
    applicableLead:
      'Ut fra varekategorien og den anslåtte verdien gjelder disse kravene om etisk handel:',
    noneApplicable:
      'Ingen av de gjeldende kravene om etisk handel slår inn for denne kategorien og verdien.',
    alsoReferenced: 'Andre krav UKE vil stille',
    meetings: 'Presentert på markedsdialog',
    noMeetings: 'Anskaffelsen er ikke satt opp på noe markedsdialogmøte ennå.',
    valueNote: 'Verdien er et anslag før konkurransen, oppgitt som et intervall.',
    keyFacts: 'Nøkkelopplysninger',
    announcedIn: 'Kunngjøres {when}',
    presentedAt: 'Anskaffelsene blir presentert på',
    presentedAtLink: 'markedsdialogmøtene',
    whatIsComing: 'hvilke anskaffelser som kommer, og hvilke krav som gjelder for dem.',
  },
  // Requirements portal: catalogue, finder, versions, checklists, open data, review.
  req: {
    catalogueTitle: 'Krav om etisk handel',
    catalogueLead:
      'Krav om etisk handel i Oslo kommunes anskaffelser med høy risiko for brudd på menneskerettigheter og arbeidsrettigheter. Bare kravene under «UKEs krav med kilde» er UKEs egne. De andre er fiktive eksempler som viser hvordan slike krav kan se ut, og skal ikke kopieres inn i et konkurransegrunnlag.',
    filterTitle: 'Filtrer kravene',
    filterByCategory: 'Varekategori',
    filterByKind: 'Type krav',
    filterByPart: 'Del av Oslomodellen',
    allRequirements: 'Alle gjeldende krav',
    current: 'Gjeldende krav',
    superseded: 'Tidligere versjoner',
    supersededLead:
      'Disse versjonene er erstattet og brukes ikke i nye konkurranser. De står her fordi eldre kontrakter kan vise til dem.',
    supersededNotice:
      'Denne versjonen er erstattet og brukes ikke i nye konkurranser. Gjeldende versjon er',
    replacedBy: 'Erstattet av',
    replaces: 'Erstatter',
    noneHere: 'Ingen gjeldende krav her.',
    kind: 'Type',
    part: 'Oslomodellen',
    appliesTo: 'Gjelder for',
    allHighRisk: 'Alle høyrisikokategorier',
    threshold: 'Kontraktsverdi',
    over: 'Over',
    exVat: 'eks. mva.',
    effectiveFrom: 'Gjelder fra',
    level: 'Nivå',
    version: 'Versjon',
    versionLabel: 'Versjon {version}',
    versionInline: '(versjon {version})',
    codeVersion: '{code} versjon {version}',
    titleVersion: '{title}, versjon {version}',
    versionEffectiveFrom: '(versjon {version}, gjelder fra {date}).',
    effectiveFromInline: 'gjelder fra',
    feedItemTitle: '{label}: {code} {title}, versjon {version}',
    feedItemTitleExample: 'Fiktivt eksempel: {label}: {code} {title}, versjon {version}',
    wordsChanged: '{added} ord lagt til, {removed} ord fjernet',
    weight: 'Vekt i evalueringen',
    thisPage: 'denne siden',
    requirementText: 'Kravtekst',
    copy: 'Kopier kravteksten',
    copied: 'Kravteksten er kopiert. Lim den inn i konkurransegrunnlaget.',
    copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    download: 'Last ned kravet som Word-dokument (.docx)',
    downloadCategory: 'Last ned alle kravene for kategorien som Word-dokument (.docx)',
    documentation: 'Dette må leverandøren dokumentere',
    docWhen: 'Frist',
    noDocumentation: 'Kravet krever ingen egen dokumentasjon.',
    noDocumentationAtAll: 'Kravene for denne kategorien krever ingen egen dokumentasjon.',
    followUp: 'Oppfølging',
    legalBasis: 'Rettslig og politisk grunnlag',
    changesSince: 'Endret siden versjon',
    changeNote: 'Hva er endret',
    readVersion: 'Les versjon',
    versions: 'Alle versjoner',
    removedLegend: 'fjernet tekst',
    addedLegend: 'ny tekst',
    removedStart: '[fjernet:',
    addedStart: '[lagt til:',
    changeEnd: ']',
    related: 'Brukt i praksis',
    relatedCases: 'Erfaringer',
    relatedTemplates: 'Maler',
    relatedProcurements: 'Anskaffelser',
    relatedMeetings: 'Markedsdialogmøter',
    allChanges: 'Alle endringer i kravene',
    kindAndLevel: '{kind}, nivå {level}',
    changesTitle: 'Endringer i kravene',
    changesLead:
      'Nye krav og nye versjoner av krav, nyeste først. Datoen er når kravet eller versjonen tas i bruk i nye konkurranser.',
    newRequirement: 'Nytt krav',
    newVersion: 'Ny versjon',
    feed: 'Abonner på endringer (RSS)',
    feedTitle: 'Endringer i kravene om etisk handel – Oslo kommune',
    highRiskTitle: 'Høyrisikokategorier',
    highRiskLead:
      'DFØ og Etisk Handel Norge har pekt ut varekategorier med høy risiko. UKE regner alle anskaffelser i disse kategoriene som høyrisikoanskaffelser. I dem stiller vi krav om etisk handel når kontraktsverdien er over terskelen.',
    highRiskTag: 'Høyrisiko',
    notHighRiskTag: 'Ikke høyrisiko',
    otherCategories: 'Andre kategorier',
    otherCategoriesLead:
      'Disse kategoriene står ikke på høyrisikolisten. UKEs standardkrav om etisk handel gjelder ikke her, med mindre et krav nevner kategorien særskilt.',
    aboutSources: 'Hvem klassifiserer kategoriene?',
    products: 'Typiske produkter',
    risks: 'Kjente risikoer',
    sources: 'Klassifisert av',
    categoryRequirements: 'Krav for denne kategorien',
    categoryThreshold: 'Kravene gjelder når anslått kontraktsverdi er over',
    categoryThresholdEach: 'Hvert krav sier hvilken terskel det har.',
    categoryNone:
      'Kategorien står ikke på høyrisikolisten, og ingen av UKEs krav om etisk handel gjelder for den.',
    categoryNoneHighRisk: 'Ingen gjeldende krav dekker denne kategorien ennå.',
    checklistTitle: 'Dette vil du bli bedt om',
    checklistShort: 'Sjekkliste',
    checklistLink: 'Sjekkliste for leverandører: dette vil du bli bedt om',
    checklistLead:
      'Alt du som leverandør må levere og dokumentere etter kravene om etisk handel, med frister. Skriv ut listen og kryss av.',
    checklistPrintHint: 'Siden er laget for å skrives ut.',
    checklistFrom: 'Krav:',
    printSource: 'Hentet fra',
    seeRequirements: 'Se {count} krav',
  },
  requirementKindHelp: {
    kvalifikasjonskrav:
      'Kvalifikasjonskrav avgjør om en leverandør kan delta i konkurransen. Leverandøren dokumenterer dem sammen med tilbudet.',
    kontraktsvilkar:
      'Kontraktsvilkår gjelder i hele kontraktsperioden. UKE følger dem opp etter at kontrakten er inngått.',
    'saerlig-kontraktsvilkar':
      'Særlige kontraktsvilkår er vilkår for hvordan kontrakten skal gjennomføres, for eksempel om sosiale, arbeidsrelaterte eller miljømessige forhold. De må ha tilknytning til leveransen. Kravet om sosial dialog på fabrikkene er ett eksempel.',
    tildelingskriterium:
      'Tildelingskriterier gir poeng i evalueringen av tilbudene. Vekten står ved hvert kriterium.',
  },
  oslomodellenPartHelp: {
    arbeidslivskriminalitet:
      'Den ene delen av Oslomodellen skal forebygge og bekjempe arbeidslivskriminalitet i kommunens kontrakter.',
    leverandorkjeder:
      'Den andre delen av Oslomodellen skal ivareta ILOs kjernekonvensjoner og arbeidsrettigheter der leverandørkjeden strekker seg utenfor Norge.',
  },
  riskSourceHelp: {
    dfo: 'Direktoratet for forvaltning og økonomistyring (DFØ) har en liste over varekategorier med høy risiko for brudd på menneskerettigheter i leverandørkjeden.',
    'etisk-handel-norge':
      'Etisk Handel Norge kartlegger risiko i leverandørkjeder og klassifiserer varekategorier etter risiko.',
  },
  finder: {
    title: 'Hvilke krav gjelder for meg?',
    lead: 'Velg varekategori og skriv inn anslått kontraktsverdi, så ser du hvilke krav om etisk handel som gjelder for anskaffelsen.',
    category: 'Varekategori',
    chooseCategory: 'Velg kategori',
    value: 'Anslått kontraktsverdi i kroner, eks. mva.',
    valueHint: 'Hele kontraktsperioden, for eksempel 750\u00a0000',
    submit: 'Vis krav',
    incomplete: 'Velg kategori og skriv inn anslått verdi, så vises kravene som gjelder.',
    invalidValue: 'Skriv verdien som et helt antall kroner, for eksempel 750\u00a0000.',
    unknownCategory: 'Vi kjenner ikke den kategorien. Velg en kategori fra listen.',
    none: 'Ingen av UKEs krav om etisk handel gjelder for {category} når verdien er {value}.',
    some: '{count} krav gjelder for {category} når verdien er {value}:',
    categoryLink: 'Se alle kravene for kategorien',
    checklistLink: 'Sjekkliste for kategorien: dette vil du bli bedt om',
    dutiesTitle: 'Dette må leverandøren levere, og når',
    higher: 'Over {threshold} gjelder {count} krav til for kategorien.',
    higherFirst: 'Over {threshold} gjelder {count} krav for kategorien.',
    onlySourced: 'Vis bare UKEs egne krav (skjul krav merket «{label}»)',
    ruleTitle: 'Slik avgjør vi hvilke krav som gjelder',
    rule1: 'Et krav om etisk handel gjelder for en anskaffelse når begge disse er oppfylt:',
    ruleCategory:
      'Varekategorien står på høyrisikolisten, eller kravet nevner kategorien særskilt.',
    ruleValue:
      'Anslått kontraktsverdi for hele perioden, eks. mva., er over kravets terskel. For de fleste av UKEs krav er terskelen {threshold}.',
    ruleExample:
      'Terskelen er en nedre grense som ikke er med: en anskaffelse på nøyaktig {threshold} er ikke over terskelen, mens en på {justOver} er det.',
    noScript:
      'Skjemaet regner ut svaret i nettleseren, og det trenger JavaScript, som er slått av her. Svaret står likevel på siden for hver varekategori.',
    noScriptLink: 'Gå til svaret for hver varekategori',
    answersTitle: 'Svar for hver varekategori',
    answersLead:
      'Finn kategorien din. Et krav gjelder når anslått kontraktsverdi er over beløpet kravet står under; over et høyere beløp gjelder også kravene over de lavere.',
    highRiskMark: 'høyrisiko',
    bandBelow: 'Til og med {threshold}: ingen av UKEs krav.',
    bandOver: 'Over {threshold}:',
    noneForCategory: 'Ingen av UKEs krav gjelder for kategorien, uansett verdi.',
    stillLink: 'Dette gjelder likevel',
    stillTitle: 'Under terskelen: dette gjelder likevel',
    stillLead: 'Når ingen av UKEs krav gjelder, har oppdragsgiveren fortsatt et ansvar:',
    stillLaw:
      'Anskaffelsesloven § 5 gjelder også under tersklene for UKEs krav: oppdragsgiveren skal ha egnede rutiner for å fremme respekt for grunnleggende menneskerettigheter der det er risiko for brudd.',
    stillLawLink: 'Anskaffelsesloven § 5 på Lovdata',
    stillRisk:
      'Risikoen i leverandørkjeden forsvinner ikke under terskelen. Vurder risikoen, og still enklere krav der den er høy.',
    stillLesson: 'Les om dette i kurset:',
    stillTemplate: 'Vurder risikoen med malen:',
  },
  suppliers: {
    lead: 'Skal du gi tilbud til Oslo kommune på varer der det er høy risiko for brudd på menneskerettigheter og arbeidsrettigheter? Her står hva du bør gjøre før du gir tilbud, hvor konkurransene kunngjøres, hva som skjer ved en revisjon, og hvem du kan spørre.',
    provenanceTitle: 'Hva er UKEs krav, og hva er fiktive eksempler?',
    provenanceText:
      'Portalen har {sourced} krav fra UKE med kilde og {examples} fiktive eksempler. Eksemplene er merket «Fiktivt eksempel» og viser hvordan slike krav kan se ut; de er ikke krav du vil møte. I en konkurranse er det alltid konkurransegrunnlaget som gjelder.',
    prepareTitle: 'Slik forbereder du deg',
    prepareCategory:
      'Finn ut om varene hører til en høyrisikokategori. DFØ og Etisk Handel Norge har pekt ut disse varekategoriene, og UKE regner alle anskaffelser i dem som høyrisikoanskaffelser.',
    prepareRoutines:
      'Ha rutiner for etisk handel. I alle høyrisikoanskaffelser over 500 000 kroner bruker UKE standard kvalifikasjonskrav og kontraktsvilkår for etisk handel.',
    prepareChain:
      'Kjenn leverandørkjeden din, helt ned til fabrikkene. Krav som sosial dialog gjelder de mest sentrale fabrikkene som produserer varene.',
    prepareDialogue:
      'Kom på markedsdialog. UKE holder dialogmøter med markedet hvert halvår og forteller om kommende anskaffelser og hvilke krav som vil bli stilt.',
    announceTitle: 'Hvor kunngjøres konkurransene?',
    announceText:
      'Offentlige konkurranser over de nasjonale terskelverdiene kunngjøres i Doffin, den nasjonale databasen for offentlige anskaffelser. Der finner du konkurransegrunnlaget og fristene.',
    announceLink: 'Doffin',
    whatTitle: 'Krav du kan møte',
    whatLead:
      'Hvert krav har sin egen terskel: kravet gjelder når anslått kontraktsverdi er over terskelen. Kravfinneren viser hvilke krav som gjelder for en varekategori og en verdi.',
    thresholdOf: 'over {value}',
    inTender: 'Når du gir tilbud',
    inContract: 'Når du har fått kontrakten',
    auditTitle: 'Hva skjer ved en skrivebordsrevisjon?',
    auditText:
      'I en skrivebordsrevisjon kontrollerer oppdragsgiveren om kravene er oppfylt ved å gå gjennom dokumentasjon fra deg, uten å besøke fabrikkene. Du sender for eksempel rutiner, risikovurderinger og oversikt over produksjonssteder. I avtalen om arbeidstøy kontrollerte UKE både standardkravene til etisk handel og kravet om sosial dialog.',
    auditPlan:
      'Finner revisjonen avvik, lages en tiltaksplan på grunnlag av revisjonsrapporten: hva som må gjøres, og når.',
    auditDialogue:
      'Første gang UKE brukte kravet om sosial dialog, valgte UKE dialog framfor strenge sanksjoner, slik at leverandøren fikk en reell mulighet til å sette seg inn i hvordan kravet skulle oppfylles.',
    contactTitle: 'Hvem kan du spørre?',
    contactTender:
      'Spørsmål om en konkurranse som er kunngjort, stiller du gjennom verktøyet som er oppgitt i konkurransen, slik at alle leverandører får samme svar.',
    contactOther: 'Andre spørsmål om etisk handel: se',
    checklistsTitle: 'Sjekklister: dette vil du bli bedt om',
    checklistsLead:
      'For hver høyrisikokategori finnes en utskriftsvennlig liste over alt du må dokumentere, med frister. Listene tar med de fiktive eksemplene, merket som fiktive.',
    meetingTitle: 'Møt oss i markedsdialog',
    nextMeeting: 'Neste markedsdialogmøte:',
    at: 'kl.',
    noMeeting: 'Ingen markedsdialogmøter er satt opp akkurat nå.',
    allMeetings: 'Alle markedsdialogmøter og planlagte anskaffelser',
    followTitle: 'Følg med på endringer',
    followLead:
      'Når et krav endres, får det en ny versjon. Abonner på endringene, eller hent kravene som åpne data.',
  },
  review: {
    title: 'Innhold som skal gjennomgås',
    lead: 'Oppføringer der datoen for neste gjennomgang (reviewBy) har passert eller er mindre enn 60 dager unna, og alle oppføringer med kildene sine, om de er fiktive eksempler, og om opplysningene er gamle. Les gjennom, oppdater ved behov, og sett ny reviewBy.',
    asOf: 'Beregnet ved bygging',
    none: 'Ingen oppføringer skal gjennomgås de neste 60 dagene.',
    overdue: 'Fristen har passert',
    soon: 'Skal gjennomgås innen {days, plural, one {# dag} other {# dager}}',
    entry: 'Oppføring',
    collection: 'Samling',
    reviewBy: 'Gjennomgås innen',
    file: 'Fil',
    daysAgo: '{days, plural, one {# dag} other {# dager}} siden',
    provenanceTitle: 'Kilder og fiktive eksempler',
    provenanceLead:
      'Alle {count} publiserte oppføringer med kildene sine. {illustrations} er fiktive eksempler. {old} har opplysninger som er mer enn {years} år gamle regnet fra byggedatoen; de står først og bør sjekkes mot en nyere kilde.',
    provenanceStatus: 'Status',
    noSources: 'Ingen kilde',
    factsAsOf: 'Opplysninger fra',
    factsOld: '{year} – mer enn {years} år gammelt',
    daysLeft: 'om {days, plural, one {# dag} other {# dager}}',
    today: 'i dag',
  },
  openData: {
    title: 'Åpne data: krav og varekategorier',
    lead: 'Kravene og varekategoriene er åpne data i JSON, bygget fra det samme innholdet som sidene. Utkast er aldri med.',
    stability:
      'Formatet er beskrevet av et JSON Schema ved siden av hver fil og laget fra de samme skjemaene som kontrollerer filene. Nye felt kan komme; fjernes eller endres et felt, øker formatversjonen. Gjeldende formatversjon er',
    requirementsTitle: 'Krav',
    categoriesTitle: 'Varekategorier',
    data: 'data',
    schema: 'JSON Schema',
  },
  /**
   * Words readers search with for the tools pages (the finder, the checklists, the high-risk
   * list), indexed with the page but not shown, so their own wording finds the tool.
   */
  searchWords: {
    finder:
      'hvilke krav gjelder for meg, hvilke krav gjelder for anskaffelsen, kravfinner, finn kravene, krav for min anskaffelse, terskelverdi, kontraktsverdi, varekategori',
    checklist:
      'sjekkliste, sjekklister, hva må jeg levere, hva må leverandøren dokumentere, dokumentasjonskrav, frister, egenerklæring, tilbud',
    highRisk:
      'høyrisikoliste, høyrisikolisten, liste over høyrisikoprodukter, høyrisikoprodukter, risikoprodukter, høyrisikoanskaffelse, hvilke produkter er høyrisiko, DFØ, Etisk Handel Norge',
  },
  /** Search result tag (singular) and filter label (plural) for each content type. */
  searchType: {
    krav: 'Krav',
    erfaring: 'Erfaring fra UKE',
    møte: 'Markedsdialogmøte',
    anskaffelse: 'Anskaffelse',
    mal: 'Mal',
    kurs: 'Kurs',
    ordliste: 'Ordliste',
    produktkategori: 'Varekategori',
    om: 'Om portalen',
  },
  searchTypes: {
    krav: 'Krav',
    erfaring: 'Erfaringer fra UKE',
    møte: 'Markedsdialogmøter',
    anskaffelse: 'Anskaffelser',
    mal: 'Maler',
    kurs: 'Kurs og leksjoner',
    ordliste: 'Ordliste',
    produktkategori: 'Varekategorier',
    om: 'Om portalen',
  },
  search: {
    title: 'Søk',
    lead: 'Søk i krav, erfaringer, markedsdialog, maler, kurs og ordlisten.',
    label: 'Hva leter du etter?',
    hint: 'For eksempel «sosial dialog», «arbeidsklær» eller «egenerklæring».',
    /** The page searches as the reader types only from three letters (searchWhileTyping). */
    hintShort: 'Korte ord som «EU» eller «FN» søker du etter med Enter eller Søk-knappen.',
    submit: 'Søk',
    filters: 'Avgrens søket',
    filterType: 'Innhold',
    filterCategory: 'Varekategori',
    filterAudience: 'Skrevet for',
    clearFilters: 'Fjern avgrensningene',
    sort: 'Rekkefølge',
    sortRelevance: 'Beste treff først',
    sortDate: 'Sist oppdatert først',
    results: 'Søkeresultater',
    count: '{count} treff',
    countFor: '{count} treff på «{query}»',
    none: 'Ingen treff med disse avgrensningene.',
    noneFor: 'Ingen treff på «{query}».',
    respelled: '{count} treff på «{respelled}». Vi leste «{query}» med æ, ø og å.',
    tips: 'Prøv et annet eller kortere ord, eller fjern avgrensninger.',
    letters:
      'Søket skiller mellom a, æ og å, og mellom o og ø: «okonomi» finner ikke «økonomi». Uten norsk tastatur kan du skrive ae, oe og aa.',
    loading: 'Søker …',
    more: 'Vis flere treff',
    shown: 'Viser {shown} av {count} treff.',
    updated: 'Oppdatert {date}',
    meetingDate: 'Møtet er {date}',
    superseded: 'Erstattet av {title}',
    error: 'Søket virker ikke akkurat nå. Prøv igjen senere, eller finn fram i listene:',
    noScript:
      'Søket trenger JavaScript, som er slått av eller ikke kunne lastes. Alt innholdet finner du også i listene:',
    lists: 'Alt innholdet i lister',
  },
  // Following the site: feeds and calendars per category, "Nytt og endret", page feedback.
  follow: {
    title: 'Abonner',
    lead: 'Følg med på varekategoriene du leverer til eller kjøper inn: nye og endrede krav, planlagte anskaffelser og markedsdialogmøter. Hver strøm er en fast adresse som du legger inn i en nyhetsleser eller kalender. Du trenger ingen konto.',
    siteWide: 'For hele portalen',
    perCategory: 'Per varekategori',
    perCategoryLead:
      'Hver varekategori har en nyhetsstrøm (RSS) med endringer i kravene og nye og endrede anskaffelser og møter, og en kalender (.ics) med planlagte kunngjøringer, frister og kommende møter.',
    rss: 'Nyhetsstrøm (RSS)',
    ics: 'Kalender (.ics)',
    feedTitle: 'Etisk handel – {category}',
    feedDescription:
      'Endringer i kravene om etisk handel for {category}, og nye og endrede anskaffelser og markedsdialogmøter i kategorien. Fra Utviklings- og kompetanseetaten (UKE) i Oslo kommune.',
    calendarName: 'Etisk handel – {category}',
    categoryHeading: 'Følg kategorien',
    categoryLead:
      'Få nye og endrede krav, anskaffelser og møter i {category} i nyhetsleseren eller kalenderen din.',
    howTo: 'Slik abonnerer du',
    howToLead:
      'Kopier adressen til strømmen (høyreklikk eller trykk lenge på lenken og velg «Kopier lenke»), og lim den inn i programmet ditt slik:',
    outlook: 'Outlook',
    outlookSteps:
      'Åpne kalenderen i Outlook på nett eller i nye Outlook, velg «Legg til kalender» og så «Abonner fra nettet». Lim inn adressen til kalenderen, gi den et navn og velg «Importer».',
    google: 'Google Kalender',
    googleSteps:
      'Åpne Google Kalender på en datamaskin. Ved «Andre kalendere» velger du plusstegnet og så «Fra nettadresse». Lim inn adressen og velg «Legg til kalender». Kalenderen vises også på telefonen.',
    apple: 'Apple Kalender',
    appleSteps:
      'På Mac: velg Arkiv og så «Nytt kalenderabonnement», og lim inn adressen. På iPhone og iPad: åpne Innstillinger, velg Kalender, Kontoer, «Legg til konto», Annet og så «Legg til abonnert kalender».',
    reader: 'Nyhetsleser (RSS)',
    readerSteps:
      'Legg til adressen til nyhetsstrømmen som en ny strøm i nyhetsleseren din, for eksempel Feedly, Inoreader, NetNewsWire eller Thunderbird. I klassiske Outlook for Windows: høyreklikk «RSS-abonnementer» og velg «Legg til en ny RSS-feed».',
    calendarNote:
      'En kalender du abonnerer på, oppdateres av kalenderprogrammet selv, vanligvis noen ganger i døgnet. Laster du bare ned filen, får du ikke endringene.',
    announcement: 'Planlagt kunngjøring i {quarter}: {title}',
    announcementNote:
      'Kunngjøringen er planlagt i løpet av {quarter}. Datoen i kalenderen er første dag i kvartalet, ikke en fast dato.',
    deadline: '{what}: {title}',
    moreInfo: 'Mer informasjon: {url}',
    deadlines: 'Frister',
    meetingsCalendar: 'Alle kommende markedsdialogmøter',
    requirementChanges: 'Nye og endrede krav',
    nothingYet:
      'Ingen krav, anskaffelser eller møter i kategorien ennå. Strømmene kommer her når det er noe å følge.',
  },
  changes: {
    title: 'Nytt og endret',
    lead: 'Det som er nytt eller endret i krav, anskaffelser, markedsdialog, maler, erfaringer og kurs, med det nyeste først.',
    itemTitle: '{collection}, {kind}',
    kindVersion: '{kind} {version}',
    feedTitle: '{label}: {title}',
    changed: 'Endret',
    sinceLastVisit: 'Nytt siden sist',
    lastVisitNote:
      'Nettleseren din husker når du sist så en slik liste, og merker det som er nytt siden da. Det lagres bare i nettleseren din.',
    lastVisitSummary: 'Nytt siden forrige besøk {date}: {count}',
    none: 'Ingen endringer ennå.',
  },
  changeKinds: {
    new: 'publisert',
    version: 'ny versjon',
    changed: 'endret',
    updated: 'oppdatert',
  },
  feedback: {
    question: 'Fant du det du lette etter?',
    yes: 'Ja',
    no: 'Nei',
    comment: 'Hva lette du etter, eller hva kan bli bedre? (valgfritt)',
    commentHint:
      'Ikke skriv navn, e-postadresse eller andre personopplysninger. Vi svarer ikke på tilbakemeldinger; trenger du svar, finner du oss på kontaktsiden.',
    send: 'Send tilbakemelding',
    errorChoose: 'Velg ja eller nei.',
    errorTitle: 'Feil',
    thanks: 'Takk for tilbakemeldingen!',
    sendFailed:
      'Tilbakemeldingen ble ikke sendt. Prøv igjen litt senere, eller send den med e-post:',
    mailLead:
      'Svar med e-post: lenkene åpner e-postprogrammet ditt med tittelen og adressen til siden fylt inn.',
    mailSubject: 'Tilbakemelding: {answer} – {title}',
    mailBody:
      'Fant du det du lette etter? {answer}\n\nSide: {title}\nAdresse: {url}\n\nHva lette du etter, eller hva kan bli bedre?\n',
    mailSubjectPlain: 'Tilbakemelding – {title}',
    mailBodyPlain: 'Side: {title}\nAdresse: {url}\n\n',
    mailLink: 'Send tilbakemeldingen med e-post',
    contactLead: 'Vil du fortelle oss det, finner du kontaktopplysninger på kontaktsiden.',
    contactLink: 'Til kontaktsiden',
    sendFailedContact:
      'Tilbakemeldingen ble ikke sendt. Prøv igjen litt senere, eller skriv til oss:',
    thanksTitle: 'Takk for tilbakemeldingen',
    thanksLead: 'Tilbakemeldingen er sendt. Redaktørene bruker den til å gjøre sidene bedre.',
    back: 'Til forsiden',
  },
  language: {
    /** The switcher's label, in the page's language. */
    label: 'Språk',
    /** This language's name in itself: the switcher on a page in the other language shows it. */
    name: 'Norsk',
    /** Shown, in this language, on a page that has no version in it; links to this language's home. */
    missing: 'Denne siden finnes ikke på norsk. Gå til den norske forsiden',
    /** English navigation: the sections that are only in Norwegian (templates, courses). */
    norwegianOnly: 'Bare på norsk:',
    /** After a link to a page that is only in Norwegian. */
    inNorwegian: '(på norsk)',
    outdatedTitle: 'Den norske teksten er endret',
    outdatedText:
      'Den norske versjonen av denne siden ble endret {date}, etter at denne oversettelsen ble laget. Det som gjelder, står på',
    outdatedLink: 'den norske siden',
  },
  translationReview: {
    title: 'Engelske oversettelser',
    lead: '{current} oppdatert, {outdated} utdatert, {missing} mangler. En utdatert oversettelse vises på engelsk med en merknad om at den norske teksten er endret og en lenke til den norske siden. Oppdater teksten og sett sourceUpdated til datoen i den norske «updated».',
    none: 'Alle publiserte oppføringer som kan oversettes, har en oppdatert engelsk oversettelse.',
    state: 'Tilstand',
    missing: 'Mangler',
    outdated: 'Utdatert',
    norwegianUpdated: 'Norsk endret',
    translates: 'Oversettelsen gjelder',
    file: 'Oversettelsens fil',
  },
} satisfies SchemaLabels & Record<string, Record<string, string>>;

/** The shape every language has: the Norwegian dictionary's keys, each a string. */
export type UiStrings = {
  readonly [Group in keyof typeof nb]: { readonly [Key in keyof (typeof nb)[Group]]: string };
};

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type UiKey = Paths<typeof nb>;

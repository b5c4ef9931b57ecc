/**
 * A seeded random source and a bank of Norwegian (bokmål) ethical-trade language, so the
 * benchmark's synthetic corpus reads like the portal's real content: same kind of words,
 * sentence lengths, headings, lists and links. Everything is deterministic for a given seed.
 */

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function createRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    /** k distinct items from list, in list order. */
    sample(list, k) {
      const chosen = new Set();
      const n = Math.min(k, list.length);
      while (chosen.size < n) chosen.add(Math.floor(next() * list.length));
      return [...chosen].sort((a, b) => a - b).map((i) => list[i]);
    },
  };
}

export const PRODUCTS = [
  'arbeidsklær',
  'vernesko',
  'arbeidshansker',
  'engangshansker',
  'sengetøy',
  'håndklær',
  'uniformer',
  'refleksvester',
  'hjelmer',
  'arbeidsbukser',
  'regntøy',
  'bærbare PC-er',
  'nettbrett',
  'mobiltelefoner',
  'skjermer',
  'kabler',
  'skrivere',
  'batterier',
  'solcellepaneler',
  'LED-armaturer',
  'kontorstoler',
  'skolemøbler',
  'senger',
  'hyller',
  'kaffe',
  'kakao',
  'bananer',
  'ris',
  'hermetisk tunfisk',
  'krydder',
  'operasjonsfrakker',
  'sprøyter',
  'kompresser',
  'munnbind',
  'fotballer',
  'leker',
  'profilartikler',
  'gardiner',
  'madrasser',
  'naturstein',
  'fliser',
  'armeringsstål',
  'trelast',
  'tørkepapir',
  'servietter',
];

export const COUNTRIES = [
  'Bangladesh',
  'Kina',
  'India',
  'Pakistan',
  'Vietnam',
  'Kambodsja',
  'Tyrkia',
  'Malaysia',
  'Indonesia',
  'Sri Lanka',
  'Myanmar',
  'Etiopia',
  'Marokko',
  'Romania',
  'Bulgaria',
  'Mexico',
  'Brasil',
  'Thailand',
  'Filippinene',
  'Kenya',
  'Ghana',
  'Elfenbenskysten',
  'Ecuador',
  'Colombia',
  'Polen',
  'Litauen',
];

export const CITIES = [
  'Dhaka',
  'Chittagong',
  'Gazipur',
  'Tiruppur',
  'Bangalore',
  'Ho Chi Minh-byen',
  'Hanoi',
  'Phnom Penh',
  'Izmir',
  'Istanbul',
  'Karachi',
  'Lahore',
  'Sialkot',
  'Shenzhen',
  'Dongguan',
  'Guangzhou',
  'Penang',
  'Colombo',
  'Addis Abeba',
  'Tanger',
  'Casablanca',
  'Kaunas',
  'Łódź',
  'Guayaquil',
  'Medellín',
  'Accra',
];

const ACTORS = [
  'leverandøren',
  'underleverandøren',
  'oppdragsgiveren',
  'innkjøperen',
  'kontraktsforvalteren',
  'revisoren',
  'fabrikkledelsen',
  'arbeiderrepresentantene',
  'fagforeningen',
  'den kvalitetsansvarlige',
  'bransjeorganisasjonen',
  'UKE',
  'virksomheten',
  'etaten',
  'agenten',
  'importøren',
  'grossisten',
];

const DOCUMENTS = [
  'egenerklæring om etisk handel',
  'oversikt over produksjonssteder',
  'tiltaksplan',
  'revisjonsrapport',
  'risikovurdering',
  'aktsomhetsvurdering',
  'sporbarhetsoversikt',
  'handlingsplan',
  'lønnsslipp',
  'arbeidskontrakt',
  'timeliste',
  'redegjørelse for aktsomhetsvurderinger',
  'årsrapport om etisk handel',
  'oversikt over underleverandører',
  'avviksrapport',
  'dokumentasjon på opplæring',
  'klageprosedyre',
];

const RIGHTS = [
  'retten til å organisere seg',
  'retten til kollektive forhandlinger',
  'forbudet mot tvangsarbeid',
  'forbudet mot barnearbeid',
  'retten til en lønn det går an å leve av',
  'regulert arbeidstid',
  'et trygt og sunt arbeidsmiljø',
  'vern mot diskriminering',
  'vern mot trakassering',
  'retten til skriftlig arbeidsavtale',
  'retten til fri bevegelse',
  'retten til å klage uten å bli straffet',
];

const RISKS = [
  'tvangsarbeid',
  'barnearbeid',
  'gjeldsslaveri',
  'ulovlig lange arbeidsdager',
  'lønn under minstelønn',
  'farlige kjemikalier',
  'brannfare',
  'manglende verneutstyr',
  'låste nødutganger',
  'tilbakeholdte pass',
  'rekrutteringsgebyrer',
  'trakassering av kvinnelige arbeidere',
  'ulovlig hogst',
  'forurenset drikkevann',
  'ubetalt overtid',
  'midlertidige kontrakter uten vern',
  'støv og støy uten skjerming',
];

const DEADLINES = [
  'innen tre måneder',
  'senest seks måneder etter kontraktsoppstart',
  'før første levering',
  'én gang i året',
  'ved hver fornyelse av avtalen',
  'innen 30 dager etter forespørsel',
  'ved kontraktsoppstart',
  'før opsjonen utløses',
  'innen utgangen av første kontraktsår',
  'hvert halvår',
];

const TOOLS = [
  'skrivebordsrevisjon',
  'fabrikkrevisjon',
  'uanmeldt inspeksjon',
  'arbeiderintervjuer',
  'spørreundersøkelser på mobil',
  'digitale opplæringsverktøy',
  'klagemekanismer',
  'sporbarhetssystemer',
  'markedsdialog',
  'faste oppfølgingsmøter',
  'stikkprøver',
  'tredjepartsrevisjon',
  'bransjesamarbeid',
];

const STANDARDS = [
  'ILOs kjernekonvensjoner',
  'FNs veiledende prinsipper for næringsliv og menneskerettigheter',
  'OECDs retningslinjer for flernasjonale selskaper',
  'åpenhetsloven',
  'anskaffelsesloven § 5',
  'Oslomodellen',
  'Etisk Handel Norges prinsipper',
  'DFØs høyrisikoliste',
  'byrådssaken om etisk handel fra 2012',
  'OECDs veileder for aktsomhetsvurderinger',
  'FNs barnekonvensjon',
];

const AMOUNTS = [
  '500 000 kroner',
  '750 000 kroner',
  '1,2 millioner kroner',
  '3 millioner kroner',
  '8 millioner kroner',
  '12 millioner kroner',
  '25 millioner kroner',
  '40 millioner kroner',
  '120 millioner kroner',
];

const NUMBERS = [
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'åtte',
  'ti',
  'tolv',
  'femten',
  'tjue',
  'tretti',
];
const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** Halves of compound nouns: Norwegian builds its long tail of words this way. */
export const COMPOUND_HEADS = [
  'leverandør',
  'kontrakts',
  'fabrikk',
  'arbeider',
  'lønns',
  'risiko',
  'revisjons',
  'oppfølgings',
  'innkjøps',
  'tekstil',
  'elektronikk',
  'sko',
  'tiltaks',
  'dialog',
  'kvalitets',
  'bransje',
  'markeds',
  'produksjons',
  'sporbarhets',
  'avviks',
  'rettighets',
  'aktsomhets',
  'klage',
  'verne',
  'opplærings',
  'underleverandør',
  'arbeidstids',
  'innkjøper',
  'bærekrafts',
  'kartleggings',
  'dokumentasjons',
  'råvare',
  'transport',
  'rapport',
  'miljø',
  'forbedrings',
];
export const COMPOUND_TAILS = [
  'oppfølging',
  'kartlegging',
  'plan',
  'rapport',
  'møte',
  'krav',
  'rutine',
  'vurdering',
  'ansvar',
  'avtale',
  'register',
  'kontroll',
  'dialog',
  'prosess',
  'system',
  'forbedring',
  'sjekkliste',
  'analyse',
  'opplæring',
  'grunnlag',
  'kjede',
  'nettverk',
  'strategi',
  'praksis',
  'kompetanse',
  'verktøy',
  'indikator',
  'mål',
  'frist',
  'forum',
  'team',
  'risiko',
  'perspektiv',
  'data',
  'budsjett',
];
function compound(rng) {
  const head = rng.pick(COMPOUND_HEADS);
  let tail = rng.pick(COMPOUND_TAILS);
  while (head.startsWith(tail)) tail = rng.pick(COMPOUND_TAILS); // no "rapportrapport"
  return `${head}${tail}`;
}

const SLOTS = {
  produkt: PRODUCTS,
  land: COUNTRIES,
  by: CITIES,
  aktør: ACTORS,
  dokument: DOCUMENTS,
  rettighet: RIGHTS,
  risiko: RISKS,
  frist: DEADLINES,
  verktøy: TOOLS,
  standard: STANDARDS,
  beløp: AMOUNTS,
  antall: NUMBERS,
  måned: MONTHS,
};

/** Sentence templates; {slot} is filled from the lists above, {ord} with a compound noun, {år} with a year. */
const SENTENCES = [
  '{Aktør} må kunne vise hvor {produkt} er produsert, og sende en {dokument} {frist}.',
  'I {land} er risikoen for {risiko} særlig høy i produksjonen av {produkt}.',
  'Erfaringen fra {år} viser at {verktøy} gir bedre innsikt enn en egenerklæring alene.',
  'Kravet bygger på {standard}, og gjelder alle kontrakter over {beløp} i kategorier med høy risiko.',
  '{Aktør} skal ha rutiner som sikrer {rettighet} i hele leverandørkjeden.',
  'Når {aktør} oppdager {risiko}, skal det lages en {dokument} med konkrete tiltak og frister.',
  'Ved fabrikken i {by} ble det gjennomført {verktøy} i {måned} {år}, og funnene ble fulgt opp med en {dokument}.',
  'Det er ikke nok å sende et skjema: {aktør} må vise hva som faktisk er gjort for å redusere {risiko}.',
  'Mange av arbeiderne i {by} er arbeidsinnvandrere, og risikoen for {risiko} er derfor større enn ellers.',
  '{Ord} er en fast del av arbeidet, og UKE tar temaet opp i {verktøy}.',
  'Innkjøperen bør prioritere de leverandørene og produktene der risikoen for {risiko} er størst.',
  'I markedsdialogen spør UKE hvordan leverandørene arbeider med {ord}, og hva som er realistisk å kreve.',
  '{Aktør} har ansvar for at {rettighet} respekteres, også hos underleverandører i {land}.',
  'En god {dokument} beskriver hvem som gjør hva, når det skal være ferdig, og hvordan resultatet måles.',
  'Etter revisjonen i {år} ble {antall} avvik lukket, mens {antall} fortsatt følges opp.',
  'Leverandøren brukte {verktøy} for å nå arbeiderne direkte, uten at ledelsen var til stede.',
  'Oppdragsgiveren kan be om {dokument} {frist}, og leverandøren skal svare uten ugrunnet opphold.',
  'Kravet gjelder {produkt} og andre varer der DFØ eller Etisk Handel Norge har pekt på høy risiko.',
  'Et krav som ingen i markedet kan oppfylle, gir ingen forbedring; derfor kartlegger UKE modenheten først.',
  'Sosial dialog handler om at arbeidere og ledelse snakker sammen og løser problemer før de blir alvorlige.',
  'Arbeiderne fikk opplæring i {rettighet}, og {antall} representanter ble valgt i {måned}.',
  '{Aktør} bør sette av ressurser til {ord} allerede før kontrakten signeres.',
  'Prisen alene kan ikke avgjøre en konkurranse der risikoen for {risiko} er kjent.',
  'Leverandørkjeden for {produkt} går ofte gjennom {antall} ledd før varene når Norge.',
  'Råvarene kommer fra {land}, mens sømmen og pakkingen skjer i {land}.',
  'Det er vanskelig å spore {produkt} helt tilbake til råvaren, men det første leddet må alltid være kjent.',
  'UKE følger opp kravene gjennom hele kontraktsperioden, ikke bare når kontrakten inngås.',
  'Resultatet ble målt med {antall} indikatorer, blant annet andelen arbeidere som kjenner klageordningen.',
  'Dersom leverandøren ikke følger opp, kan oppdragsgiveren holde tilbake betaling eller heve kontrakten.',
  'Første gang et krav brukes, legger UKE vekt på læring og dialog framfor sanksjoner.',
  '{Ord} ble innført etter en gjennomgang av {antall} kontrakter i {år}.',
  'Hvis {aktør} er usikker, kan Etisk Handel Norge eller DFØ gi råd om hvordan kravet kan følges opp.',
  'Leverandøren skal varsle oppdragsgiveren dersom det skjer vesentlige endringer i leverandørkjeden.',
  'I {land} er det vanlig med {risiko}, og lokale myndigheter fører sjelden tilsyn.',
  'Arbeidstakerne ved fabrikken i {by} jobbet i snitt {antall} timer overtid i uka før tiltakene kom i gang.',
  'En skrivebordsrevisjon går gjennom dokumenter, lønnslister og timelister uten å besøke fabrikken.',
  'Revisoren intervjuet {antall} arbeidere uten ledelsen til stede, og intervjuene ble holdt på arbeidernes eget språk.',
  'UKE deler erfaringene med andre innkjøpere i kommunen, slik at kravene blir stilt likt i alle etater.',
  'Kravet står i konkurransegrunnlaget, og leverandøren bekrefter det når tilbudet leveres.',
  '{Aktør} bør lese kravteksten nøye og stille spørsmål i markedsdialogen hvis noe er uklart.',
  'Tiltakene skal være målbare, slik at både leverandøren og UKE ser om de virker.',
  'Risikovurderingen skal oppdateres når leverandøren bytter produksjonssted eller underleverandør.',
  'Det tok {antall} måneder før {ord} var på plass, men etter det gikk oppfølgingen lettere.',
  'Avtalen har en verdi på {beløp} og løper i {antall} år med mulighet for forlengelse.',
  'Leverandøren har {antall} produksjonssteder, hvorav de fleste ligger i {land}.',
  'Klagemekanismen skal være kjent for arbeiderne og mulig å bruke anonymt.',
  'Kontraktsvilkårene gir oppdragsgiveren rett til innsyn i dokumentasjon og til å gjennomføre revisjon.',
  'Det viktigste er ikke at alt er perfekt fra første dag, men at forholdene blir bedre over tid.',
  'Ved neste anskaffelse av {produkt} vil UKE stille kravet om {ord} fra starten av.',
  'Innkjøperen kan bruke malen for {dokument} for å komme raskt i gang.',
  '{Standard} beskriver hvordan virksomheter skal kartlegge, forebygge og begrense skade på mennesker.',
  'Aktsomhetsvurderinger er en løpende prosess, ikke en engangsøvelse.',
  'Når flere offentlige innkjøpere stiller de samme kravene, blir det enklere for leverandørene å følge dem opp.',
  'I {år} ble {antall} fabrikker i {land} fulgt opp med {verktøy}.',
  'Arbeiderne ved fabrikken i {by} fikk skriftlige kontrakter på et språk de forstår.',
  'Kravene gjelder både varer og tjenester der risikoen for brudd på arbeidstakerrettigheter er høy.',
  'Oslomodellen har to deler: den ene skal bekjempe arbeidslivskriminalitet, den andre skal ivareta arbeidsrettigheter i leverandørkjeder.',
  'UKE bruker {verktøy} for å kontrollere at {aktør} faktisk gjør det som er avtalt.',
  'Leverandøren leverte en {dokument} i {måned}, og UKE ga tilbakemelding innen {antall} uker.',
  '{Aktør} bør vite hvilke fabrikker som produserer {produkt}, og hvem som eier dem.',
  'Når prisen presses hardt, øker risikoen for {risiko} lenger ned i kjeden.',
  'Et godt samarbeid med leverandøren gjør det lettere å rette opp avvik.',
  '{Ord} hjelper innkjøperen å se hvilke krav som passer til kontraktens verdi og risiko.',
  'Leverandøren skal oppgi navn og adresse på alle produksjonssteder for {produkt} i kontrakten.',
  'Tiltaksplanen ble fulgt opp i {antall} møter i løpet av {år}.',
  'Det er lettere å oppnå endring når flere kunder stiller de samme kravene til den samme fabrikken.',
];

const HEADINGS = [
  'Bakgrunn',
  'Hvorfor dette er viktig',
  'Slik dokumenterer du',
  'Slik følger UKE opp',
  'Risiko i leverandørkjeden',
  'Hva kravet betyr i praksis',
  'Erfaringer så langt',
  'Vanlige spørsmål',
  'Råd til innkjøperen',
  'Råd til leverandøren',
  'Tidsplan',
  'Hva vi lærte',
  'Neste steg',
  'Slik kommer du i gang',
  'Ansvar og roller',
  'Når kravet gjelder',
  'Oppfølging i kontraktsperioden',
  'Dialog med markedet',
  'Kilder og videre lesning',
  'Eksempel fra praksis',
];

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence with its slots filled. */
export function sentence(rng) {
  return rng.pick(SENTENCES).replace(/\{([^}]+)\}/g, (_, slot) => {
    const key = slot.toLowerCase();
    let value;
    if (key === 'ord') value = compound(rng);
    else if (key === 'år') value = String(rng.int(2016, 2027));
    else value = rng.pick(SLOTS[key]);
    return slot[0] === slot[0].toUpperCase() && slot[0] !== slot[0].toLowerCase()
      ? capitalize(value)
      : value;
  });
}

export const paragraph = (rng, sentences) =>
  Array.from({ length: sentences }, () => sentence(rng)).join(' ');

/** A short phrase for titles, lists and summaries. */
export const phrase = {
  product: (rng) => rng.pick(PRODUCTS),
  country: (rng) => rng.pick(COUNTRIES),
  city: (rng) => rng.pick(CITIES),
  risk: (rng) => rng.pick(RISKS),
  right: (rng) => rng.pick(RIGHTS),
  document: (rng) => rng.pick(DOCUMENTS),
  deadline: (rng) => rng.pick(DEADLINES),
  tool: (rng) => rng.pick(TOOLS),
  standard: (rng) => rng.pick(STANDARDS),
  compound: (rng) => compound(rng),
  heading: (rng) => rng.pick(HEADINGS),
  capitalize,
};

/**
 * A Markdown body of about `targetBytes` (UTF-8): sections with headings, paragraphs, lists,
 * a table now and then, and links to related entries. `extras(rng)` may return a string to
 * weave into a paragraph (an MDX component use, for instance).
 */
export function markdownBody(rng, targetBytes, { links = [], extras } = {}) {
  const parts = [];
  let size = 0;
  const push = (text) => {
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  };
  push(paragraph(rng, rng.int(2, 4)));
  const usedHeadings = new Set();
  let linkIndex = 0;
  while (size < targetBytes) {
    let heading = phrase.heading(rng);
    if (usedHeadings.has(heading)) heading = `${heading}: ${capitalize(compound(rng))}`;
    usedHeadings.add(heading);
    push(`## ${heading}`);
    const blocks = rng.int(2, 4);
    for (let b = 0; b < blocks && size < targetBytes; b++) {
      const roll = rng.next();
      if (roll < 0.15) {
        push(Array.from({ length: rng.int(3, 6) }, () => `- ${sentence(rng)}`).join('\n'));
      } else if (roll < 0.22) {
        push(
          Array.from({ length: rng.int(3, 5) }, (_, i) => `${i + 1}. ${sentence(rng)}`).join('\n'),
        );
      } else if (roll < 0.26) {
        const rows = Array.from(
          { length: rng.int(3, 5) },
          () =>
            `| ${capitalize(rng.pick(PRODUCTS))} | ${rng.pick(COUNTRIES)} | ${capitalize(rng.pick(RISKS))} |`,
        );
        push(['| Vare | Land | Viktigste risiko |', '| --- | --- | --- |', ...rows].join('\n'));
      } else {
        let text = paragraph(rng, rng.int(3, 6));
        if (links.length > 0 && rng.chance(0.35)) {
          const link = links[linkIndex++ % links.length];
          text += ` Les også [${link.title}](${link.url}).`;
        }
        const extra = extras?.(rng);
        if (extra) text += ` ${extra}`;
        push(text);
      }
    }
  }
  return parts.join('\n\n');
}

/** "sosial-dialog-i-dhaka" from "Sosial dialog i Dhaka": the file-name form of a title. */
export function slugify(text) {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

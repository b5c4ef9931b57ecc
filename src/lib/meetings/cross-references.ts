/**
 * A meeting's text about another meeting must agree with the two meetings' dates: "allerede",
 * "tidligere", "forrige" or "N uker før" about a meeting that came later (or "neste", "senere",
 * "N uker etter" about one that came earlier) fails the build, and so does a season or year
 * ("høsten 2026") the meeting is not in. Other meetings are found by links in the text and by
 * names such as "markedsdialogmøtet høsten 2026" in the summary or the text; the words are read
 * in the sentence around them. Pure: the site check hands in the meetings.
 */
import type { Problem } from '../editor-errors';
import { formatDate } from '../dates';
import { routes } from '../routes';

export interface MeetingText {
  id: string;
  /** "YYYY-MM-DDTHH:MM", Oslo time. */
  start: string;
  /** The Markdown body as the editor wrote it. */
  body: string;
}

/** The field a problem in the body is reported under (the body has no frontmatter name). */
export const BODY_FIELD = '(teksten)';

const [meetingPrefix = '/markedsdialog/'] = routes.meeting('\0').split('\0');
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `[link text](/markedsdialog/<id>/)`, with or without the trailing slash or an anchor. */
const MEETING_LINK = new RegExp(
  `\\[([^\\]]+)\\]\\(${escapeRe(meetingPrefix)}([a-z0-9-]+)\\/?(?:#[^)]*)?\\)`,
  'g',
);

const EARLIER = /\b(allerede|tidligere|forrige|i fjor)\b/i;
const LATER = /\b(neste|senere|kommende|seinere|til neste år)\b/i;
const NUMBERS: Record<string, number> = {
  en: 1,
  én: 1,
  ett: 1,
  ei: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
};
const UNIT_DAYS: Record<string, number> = { dag: 1, døgn: 1, uke: 7, måned: 30.44, år: 365.25 };
/** "to uker før", "3 dager etter", "én måned før". */
const DISTANCE =
  /(?<![\p{L}\d])(\d+|en|én|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv)\s+(dager|dag|døgn|uker|uke|måneder|måned|år)\s+(før|etter)(?![\p{L}\d])/iu;
/** "våren 2026", "høsten 2026": the half-years the meetings are held in. */
const SEASON = /\b(våren|høsten)\s+(\d{4})\b/i;
const YEAR = /\b(20\d{2})\b/;

const dayNumber = (start: string) => Date.parse(`${start.slice(0, 10)}T00:00:00Z`) / 86_400_000;
const shownDate = (start: string) => formatDate(new Date(`${start.slice(0, 10)}T12:00:00Z`));

/** The sentence around a position: from the previous sentence end to the next (not "27. oktober"). */
function sentenceAround(text: string, from: number, to: number): string {
  const ends = [...text.matchAll(/(?<!\d)[.!?](?=\s|$)|\n\s*\n/g)].map((m) => m.index);
  const start = Math.max(-1, ...ends.filter((i) => i < from)) + 1;
  const end = ends.find((i) => i >= to) ?? text.length;
  return text
    .slice(start, end + 1)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Half-year of a meeting: «våren» January–June, «høsten» July–December. */
const seasonOf = (start: string) => (Number(start.slice(5, 7)) <= 6 ? 'våren' : 'høsten');

function unitOf(word: string): number {
  const key = Object.keys(UNIT_DAYS).find((unit) => word.toLowerCase().startsWith(unit));
  return key ? (UNIT_DAYS[key] ?? 1) : 1;
}

/** What in `words` contradicts the dates of `meeting` and `other`, as "som …"; undefined when nothing does. */
function contradiction(
  words: string,
  named: string,
  meeting: MeetingText,
  other: MeetingText,
): string | undefined {
  const days = dayNumber(other.start) - dayNumber(meeting.start);
  const distance = DISTANCE.exec(words);
  if (distance) {
    const [, amount = '', unit = '', direction = ''] = distance;
    const count = NUMBERS[amount.toLowerCase()] ?? Number(amount);
    const said = direction.toLowerCase() === 'før' ? -count : count;
    if (Math.abs(days / unitOf(unit) - said) > 0.5)
      return `sier at ${other.id} var «${distance[0]}» dette møtet`;
  } else if (EARLIER.test(words) && days > 0) {
    return `omtaler ${other.id} som tidligere («${EARLIER.exec(words)?.[0] ?? ''}»)`;
  } else if (LATER.test(words) && days < 0) {
    return `omtaler ${other.id} som senere («${LATER.exec(words)?.[0] ?? ''}»)`;
  }
  const season = SEASON.exec(named);
  const year = season?.[2] ?? YEAR.exec(named)?.[1];
  const otherYear = other.start.slice(0, 4);
  if (
    (season && season[1]?.toLowerCase() !== seasonOf(other.start)) ||
    (year && year !== otherYear)
  )
    return `kaller ${other.id} «${season?.[0] ?? year ?? ''}», men møtet er ${seasonOf(other.start)} ${otherYear}`;
  return undefined;
}

function relation(meeting: MeetingText, other: MeetingText): string {
  const days = dayNumber(other.start) - dayNumber(meeting.start);
  const where = days < 0 ? `${-days} dager før` : `${days} dager etter`;
  return `${other.id} er ${shownDate(other.start)}, ${where} dette møtet (${shownDate(meeting.start)})`;
}

/** "markedsdialogmøtet høsten 2026", "møtet våren 2027": a meeting named by its half-year, outside a link. */
const NAMED_MEETING = /\b(?:markedsdialog|dialog)?møte[a-zæøå]*\s+(våren|høsten)\s+(\d{4})\b/giu;

/**
 * Problems per meeting id: each link to another meeting whose words contradict the dates, and
 * each meeting named by its half-year ("markedsdialogmøtet høsten 2026", in the summary or the
 * text) that no other meeting is in, or whose sentence contradicts its date.
 */
export function meetingTextProblems(
  meetings: readonly (MeetingText & { summary?: string })[],
): Map<string, Problem[]> {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const problems = new Map<string, Problem[]>();
  for (const meeting of meetings) {
    const found: Problem[] = [];
    for (const link of meeting.body.matchAll(MEETING_LINK)) {
      const [whole, linkText = '', id = ''] = link;
      const other = byId.get(id);
      if (!other || other.id === meeting.id) continue;
      const sentence = sentenceAround(meeting.body, link.index, link.index + whole.length);
      // The sentence as read: the link's text stays, its address goes.
      const words = sentence.replace(whole.replace(/\s+/g, ' '), linkText);
      const wrong = contradiction(words, linkText, meeting, other);
      if (wrong)
        found.push({
          field: BODY_FIELD,
          found: `«${sentence}», som ${wrong}`,
          expected: `en tekst som stemmer med datoene: ${relation(meeting, other)}`,
        });
    }
    const texts = [
      { field: 'summary', text: meeting.summary ?? '' },
      // Links were checked above; their text is not a second mention.
      { field: BODY_FIELD, text: meeting.body.replace(MEETING_LINK, (m) => ' '.repeat(m.length)) },
    ];
    for (const { field, text } of texts) {
      for (const mention of text.matchAll(NAMED_MEETING)) {
        const [named, season = '', year = ''] = mention;
        const candidates = meetings.filter(
          (m) =>
            m.id !== meeting.id &&
            m.start.startsWith(year) &&
            seasonOf(m.start) === season.toLowerCase(),
        );
        const sentence = sentenceAround(text, mention.index, mention.index + named.length);
        if (candidates.length === 0) {
          found.push({
            field,
            found: `«${sentence}», som nevner «${named}», men ingen andre møter er ${season.toLowerCase()} ${year}`,
            expected: 'et møte som finnes, eller en lenke til det (/markedsdialog/<møte-id>/)',
          });
          continue;
        }
        // Two meetings in one half-year: the name does not say which; a link would.
        const [other] = candidates;
        if (candidates.length > 1 || !other) continue;
        const wrong = contradiction(sentence, named, meeting, other);
        if (wrong)
          found.push({
            field,
            found: `«${sentence}», som ${wrong}`,
            expected: `en tekst som stemmer med datoene: ${relation(meeting, other)}`,
          });
      }
    }
    if (found.length > 0) problems.set(meeting.id, found);
  }
  return problems;
}

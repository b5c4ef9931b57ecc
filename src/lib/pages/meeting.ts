/** What a market-dialogue meeting's page shows besides the shared entry shell. */
import { strings, type Locale } from '../../i18n';
import { eventMeeting, meetingIn, type Meeting } from '../content/meetings';
import { procurementIn, procurementsOf, type Procurement } from '../content/procurements';
import { localizer, localRoutes } from '../content/localized';
import { byCode, type Requirement } from '../content/requirements';
import { resolveAll } from '../content/site';
import { dated } from '../dates';
import { jsonLdScript, meetingJsonLd } from '../meetings/jsonld';
import { osloIsoWithOffset } from '../meetings/time';
import { routesIn } from '../routes';
import { sectionsIn, trailIn } from './trail';

/** `meeting` is the Norwegian meeting; in English its text comes from the translation. */
export async function meetingPage(norwegian: Meeting, site: URL, locale: Locale = 'nb') {
  const [meeting, procurements, requirements, routes, localize] = await Promise.all([
    meetingIn(norwegian, locale),
    procurementsOf(norwegian),
    resolveAll(norwegian.data.requirements),
    localRoutes(locale),
    localizer(locale),
  ]);
  return {
    meeting,
    ...meetingView(
      meeting,
      site,
      {
        procurements: await Promise.all(procurements.map((p) => procurementIn(p, locale))),
        requirements: requirements.map(localize),
      },
      { locale, routes },
    ),
  };
}

/** The page from the meeting and what it refers to (pure, for tests). */
export function meetingView(
  meeting: Meeting,
  site: URL,
  related: { procurements: Procurement[]; requirements: Requirement[] },
  { locale, routes }: { locale: Locale; routes: ReturnType<typeof routesIn> } = {
    locale: 'nb',
    routes: routesIn('nb'),
  },
) {
  const { t, format: tf } = strings(locale);
  const { data, phase } = meeting;
  const upcoming = phase === 'kommende';
  const registration = upcoming ? data.registration : undefined;
  const { location } = data;
  return {
    breadcrumbs: trailIn(locale, sectionsIn(locale).meetings),
    jsonLd: jsonLdScript(
      meetingJsonLd(
        { ...eventMeeting(meeting, site), locale },
        { name: t('site.ownerLong'), url: site.href },
      ),
    ),
    phase,
    upcoming,
    /** Given only while the meeting is upcoming: the page's script re-labels it once this has passed. */
    endsAt: upcoming ? meeting.endsAt : undefined,
    when: { iso: osloIsoWithOffset(data.start), text: meeting.when },
    address: 'address' in location ? location.address : undefined,
    online:
      location.kind === 'fysisk'
        ? undefined
        : {
            label: location.kind === 'hybrid' ? t('meetings.alsoOnline') : t('meetings.online'),
            url: location.url,
          },
    /** Registration, only while the meeting is upcoming. */
    registration: registration && {
      deadline: dated(registration.deadline, locale),
      email: registration.email,
      note: registration.note,
      url: registration.url,
    },
    calendar: routes.meetingCalendar(meeting.id),
    agenda: data.agenda.map((item) => ({
      time:
        item.time &&
        tf('meetings.agendaTime', {
          time: locale === 'en' ? item.time : item.time.replace(':', '.'),
        }),
      title: item.title,
    })),
    /** Materials are listed once the meeting is held (an empty list says they will come). */
    materials: phase === 'gjennomfort' ? meeting.materials : undefined,
    procurements: related.procurements,
    requirements: related.requirements.toSorted(byCode),
  };
}

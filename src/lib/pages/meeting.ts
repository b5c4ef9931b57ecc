/** What a market-dialogue meeting's page shows besides the shared entry shell. */
import { t, tf } from '../../i18n/nb';
import { eventMeeting, type Meeting } from '../content/meetings';
import { procurementsOf, type Procurement } from '../content/procurements';
import { byCode, type Requirement } from '../content/requirements';
import { resolveAll } from '../content/site';
import { dated } from '../dates';
import { jsonLdScript, meetingJsonLd } from '../meetings/jsonld';
import { osloIsoWithOffset } from '../meetings/time';
import { routes } from '../routes';
import { sections, trail } from './trail';

export async function meetingPage(meeting: Meeting, site: URL) {
  const [procurements, requirements] = await Promise.all([
    procurementsOf(meeting),
    resolveAll(meeting.data.requirements),
  ]);
  return meetingView(meeting, site, { procurements, requirements });
}

/** The page from the meeting and what it refers to (pure, for tests). */
export function meetingView(
  meeting: Meeting,
  site: URL,
  related: { procurements: Procurement[]; requirements: Requirement[] },
) {
  const { data, phase } = meeting;
  const upcoming = phase === 'kommende';
  const registration = upcoming ? data.registration : undefined;
  const { location } = data;
  return {
    breadcrumbs: trail(sections.meetings),
    jsonLd: jsonLdScript(
      meetingJsonLd(eventMeeting(meeting, site), { name: t('site.ownerLong'), url: site.href }),
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
      deadline: dated(registration.deadline),
      email: registration.email,
      note: registration.note,
      url: registration.url,
    },
    calendar: routes.meetingCalendar(meeting.id),
    agenda: data.agenda.map((item) => ({
      time: item.time && tf('meetings.agendaTime', { time: item.time.replace(':', '.') }),
      title: item.title,
    })),
    /** Materials are listed once the meeting is held (an empty list says they will come). */
    materials: phase === 'gjennomfort' ? meeting.materials : undefined,
    procurements: related.procurements,
    requirements: related.requirements.toSorted(byCode),
  };
}

/** schema.org/Event for a meeting page, so search engines and calendars can read the facts. */
import type { Locale } from '../../i18n';
import { linkLater, type MeetingFacts, type MeetingLocation } from './location';
import { osloIsoWithOffset } from './time';

export interface EventMeeting extends MeetingFacts {
  registrationUrl?: string | undefined;
}

export interface Organizer {
  name: string;
  url: string;
}

const SCHEMA = 'https://schema.org/';

const place = (address: string) => ({ '@type': 'Place', name: address, address });
// Without a known link to the meeting itself, the virtual location is the meeting's own page,
// which says how the link comes (never another site's home page).
const virtual = (url: string | undefined, page: string, locale: Locale | undefined) =>
  url
    ? { '@type': 'VirtualLocation', url }
    : { '@type': 'VirtualLocation', url: page, name: linkLater(locale) };

function locationOf(location: MeetingLocation, page: string, locale: Locale | undefined) {
  switch (location.kind) {
    case 'fysisk':
      return { mode: 'OfflineEventAttendanceMode', location: place(location.address) };
    case 'digitalt':
      return { mode: 'OnlineEventAttendanceMode', location: virtual(location.url, page, locale) };
    case 'hybrid':
      return {
        mode: 'MixedEventAttendanceMode',
        location: [place(location.address), virtual(location.url, page, locale)],
      };
  }
}

export function meetingJsonLd(
  meeting: EventMeeting,
  organizer: Organizer,
): Record<string, unknown> {
  const { mode, location } = locationOf(meeting.location, meeting.url, meeting.locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meeting.title,
    description: meeting.summary,
    url: meeting.url,
    startDate: osloIsoWithOffset(meeting.start),
    endDate: osloIsoWithOffset(meeting.end),
    eventStatus: `${SCHEMA}${meeting.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: `${SCHEMA}${mode}`,
    location,
    organizer: { '@type': 'GovernmentOrganization', name: organizer.name, url: organizer.url },
    isAccessibleForFree: true,
    inLanguage: meeting.locale ?? 'nb',
    ...(meeting.registrationUrl
      ? {
          offers: {
            '@type': 'Offer',
            url: meeting.registrationUrl,
            price: 0,
            priceCurrency: 'NOK',
          },
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Where a meeting is, in words for people and calendars. */
import { t } from '../../i18n/nb';

export type MeetingLocation =
  | { kind: 'fysisk'; address: string }
  | { kind: 'digitalt'; url?: string | undefined }
  | { kind: 'hybrid'; address: string; url?: string | undefined };

/** What the calendar file and the page's schema.org Event both say about a meeting. */
export interface MeetingFacts {
  title: string;
  summary: string;
  /** Oslo wall time, "YYYY-MM-DDTHH:mm". */
  start: string;
  end: string;
  location: MeetingLocation;
  cancelled: boolean;
  /** Absolute URL of the meeting page. */
  url: string;
}

/** Said instead of a link when the editor has no link to the meeting itself yet. */
export const linkLater = () => t('meetings.linkLaterShort');

/** "Digitalt møte" / the address / "<address>, eller digitalt". */
export function locationText(location: MeetingLocation): string {
  switch (location.kind) {
    case 'fysisk':
      return location.address;
    case 'digitalt':
      return 'Digitalt møte';
    case 'hybrid':
      return `${location.address}, eller digitalt`;
  }
}

/** The one-line LOCATION of a calendar event: the address, and the link when there is one. */
export function calendarLocation(location: MeetingLocation): string {
  switch (location.kind) {
    case 'fysisk':
      return location.address;
    case 'digitalt':
      return `Digitalt: ${location.url ?? linkLater()}`;
    case 'hybrid':
      return `${location.address} / digitalt: ${location.url ?? linkLater()}`;
  }
}

/** Where a meeting is, in words for people and calendars. */
import { strings, type Locale } from '../../i18n';

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
  /** The language the page and calendar are written in (default Norwegian). */
  locale?: Locale | undefined;
}

/** Said instead of a link when the editor has no link to the meeting itself yet. */
export const linkLater = (locale: Locale = 'nb') => strings(locale).t('meetings.linkLaterShort');

/** "Digitalt møte" / the address / "<address>, eller digitalt". */
export function locationText(location: MeetingLocation, locale: Locale = 'nb'): string {
  const { t, format } = strings(locale);
  switch (location.kind) {
    case 'fysisk':
      return location.address;
    case 'digitalt':
      return t('calendar.online');
    case 'hybrid':
      return format('calendar.hybrid', { address: location.address });
  }
}

/** The one-line LOCATION of a calendar event: the address, and the link when there is one. */
export function calendarLocation(location: MeetingLocation, locale: Locale = 'nb'): string {
  const { format } = strings(locale);
  switch (location.kind) {
    case 'fysisk':
      return location.address;
    case 'digitalt':
      return format('calendar.onlineLine', { link: location.url ?? linkLater(locale) });
    case 'hybrid':
      return format('calendar.hybridLine', {
        address: location.address,
        link: location.url ?? linkLater(locale),
      });
  }
}

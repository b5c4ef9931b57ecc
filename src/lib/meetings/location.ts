/** Where a meeting is, in words for people and calendars. */

export type MeetingLocation =
  | { kind: 'fysisk'; address: string }
  | { kind: 'digitalt'; url: string }
  | { kind: 'hybrid'; address: string; url: string };

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
      return `Digitalt: ${location.url}`;
    case 'hybrid':
      return `${location.address} / digitalt: ${location.url}`;
  }
}

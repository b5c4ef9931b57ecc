/**
 * Which meetings are upcoming, held or cancelled. Decided at build time: a cancelled meeting is
 * cancelled whatever its date; otherwise the meeting's end, as an instant, against the build's
 * "now". The editor's planlagt/gjennomfort is not trusted for this, so nobody has to remember
 * to flip it after a meeting.
 */
import { osloToInstant } from './time';

export type MeetingPhase = 'kommende' | 'gjennomfort' | 'avlyst';

export interface TimedMeeting {
  start: string;
  end: string;
  status: 'planlagt' | 'gjennomfort' | 'avlyst';
}

/** The phase of one meeting as seen at `now`; a meeting that ends exactly at `now` is held. */
export function meetingPhase(meeting: TimedMeeting, now: Date): MeetingPhase {
  if (meeting.status === 'avlyst') return 'avlyst';
  return osloToInstant(meeting.end).getTime() <= now.getTime() ? 'gjennomfort' : 'kommende';
}

export interface Schedule<M> {
  /** Soonest first. */
  upcoming: M[];
  /** Most recent first. */
  held: M[];
  /** Most recent first. */
  cancelled: M[];
}

/** Splits meetings into the three lists the market-dialogue page shows, each in reading order. */
export function scheduleOf<M>(
  meetings: readonly M[],
  timesOf: (m: M) => TimedMeeting,
  now: Date,
): Schedule<M> {
  const startOf = (m: M) => osloToInstant(timesOf(m).start).getTime();
  const soonestFirst = (a: M, b: M) => startOf(a) - startOf(b);
  const latestFirst = (a: M, b: M) => startOf(b) - startOf(a);
  const inPhase = (phase: MeetingPhase) =>
    meetings.filter((m) => meetingPhase(timesOf(m), now) === phase);
  return {
    upcoming: inPhase('kommende').sort(soonestFirst),
    held: inPhase('gjennomfort').sort(latestFirst),
    cancelled: inPhase('avlyst').sort(latestFirst),
  };
}

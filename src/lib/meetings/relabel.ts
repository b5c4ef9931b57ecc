/**
 * Progressive enhancement for pages that may be older than the meeting they list: once an
 * upcoming meeting's end has passed in the reader's clock, call it held and hide what only
 * makes sense before it (registration). The build decides the phase; this only catches up.
 */

/** Marks meetings whose `data-meeting-ends` instant is at or before `now` (ms); returns how many. */
export function relabelEndedMeetings(doc: Document, now: number): number {
  let changed = 0;
  for (const meeting of doc.querySelectorAll<HTMLElement>('[data-meeting-ends]')) {
    const ends = Date.parse(meeting.dataset['meetingEnds'] ?? '');
    if (Number.isNaN(ends) || ends > now) continue;
    meeting.dataset['phase'] = 'gjennomfort';
    for (const label of meeting.querySelectorAll<HTMLElement>('[data-phase-label]')) {
      label.textContent = meeting.dataset['heldLabel'] ?? label.textContent;
      label.classList.replace('pkt-tag--green', 'pkt-tag--grey');
    }
    for (const node of meeting.querySelectorAll<HTMLElement>('[data-until-ended]'))
      node.hidden = true;
    for (const node of meeting.querySelectorAll<HTMLElement>('[data-once-ended]'))
      node.hidden = false;
    changed += 1;
  }
  return changed;
}

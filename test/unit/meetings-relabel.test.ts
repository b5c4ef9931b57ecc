import { describe, expect, test } from 'vitest';
import { relabelEndedMeetings } from '../../src/lib/meetings/relabel';

/** Just enough of the DOM for the script: no DOM library in the unit tests. */
class FakeElement {
  dataset: Record<string, string> = {};
  textContent = '';
  hidden = false;
  readonly classes = new Set<string>();
  readonly children: FakeElement[] = [];
  constructor(readonly attribute = '') {}
  classList = {
    add: (name: string) => this.classes.add(name),
    replace: (from: string, to: string) => {
      if (!this.classes.delete(from)) return false;
      this.classes.add(to);
      return true;
    },
  };
  querySelectorAll(selector: string): FakeElement[] {
    const name = /^\[data-([a-z-]+)\]$/.exec(selector)?.[1] ?? '';
    return this.children.flatMap((child) => [
      ...(child.attribute === name ? [child] : []),
      ...child.querySelectorAll(selector),
    ]);
  }
}

function meetingEnding(iso: string) {
  const meeting = new FakeElement('meeting-ends');
  meeting.dataset = { meetingEnds: iso, heldLabel: 'Gjennomført' };
  const label = new FakeElement('phase-label');
  label.textContent = 'Kommende';
  label.classes.add('pkt-tag--green');
  const deadline = new FakeElement('until-ended');
  const note = new FakeElement('once-ended');
  note.hidden = true;
  meeting.children.push(label, deadline, note);
  return { meeting, label, deadline, note };
}

function fakeDocument(...meetings: FakeElement[]) {
  const documentElement = new FakeElement();
  const body = new FakeElement();
  body.children.push(...meetings);
  return {
    documentElement,
    querySelectorAll: (selector: string) => body.querySelectorAll(selector),
  } as unknown as Document & { documentElement: FakeElement };
}

describe('relabelEndedMeetings', () => {
  const end = '2027-03-31T09:30:00.000Z';

  test('leaves a meeting alone until its end, then calls it held', () => {
    const { meeting, label, deadline, note } = meetingEnding(end);
    const doc = fakeDocument(meeting);
    expect(relabelEndedMeetings(doc, Date.parse(end) - 1)).toBe(0);
    expect(label.textContent).toBe('Kommende');
    expect(relabelEndedMeetings(doc, Date.parse(end))).toBe(1);
    expect(label.textContent).toBe('Gjennomført');
    expect([...label.classes]).toEqual(['pkt-tag--grey']);
    expect(meeting.dataset['phase']).toBe('gjennomfort');
    expect(deadline.hidden).toBe(true);
    expect(note.hidden).toBe(false);
  });

  test('ignores a malformed instant', () => {
    const { meeting, label } = meetingEnding('not a date');
    const doc = fakeDocument(meeting);
    expect(relabelEndedMeetings(doc, Date.now())).toBe(0);
    expect(label.textContent).toBe('Kommende');
  });
});
